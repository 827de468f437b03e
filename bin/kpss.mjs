#!/usr/bin/env node
// The `kpss` command. The package runs the compiled CLI, dist/cli/main.js
// (built from src/cli/ by `npm run build`), with plain Node. In a checkout of
// the repository, where the sources are next to this file, it runs them
// through tsx (a dev dependency there) instead, so a change to src/cli/ needs
// no rebuild and the tests always run the current code.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
let cli;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(source.href);
} else {
  cli = await import('../dist/cli/main.js');
}
process.exitCode = await cli.run(process.argv.slice(2), cli.processIo());
