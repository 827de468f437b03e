#!/usr/bin/env node
// The `kpss` command: runs the TypeScript CLI (src/cli/main.ts) through tsx,
// a runtime dependency, so the package ships no separate build of it.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/main.ts');
const { processIo } = await import('../src/cli/io.ts');
process.exitCode = await run(process.argv.slice(2), processIo());
