// Builds dist/ (script-tag bundle, npm entry, type declarations) and prints
// the gzip size of the script-tag bundle, failing over the budget.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 40;
const quiet = { logLevel: 'warn' };

await build({ ...quiet, mode: 'production' });
await build({ ...quiet, mode: 'lib' });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const kb = (bytes) => (bytes / 1024).toFixed(1);
const main = readFileSync('dist/kpss-widgets.js');
const gz = gzipSync(main, { level: 9 }).length;
console.log(`dist/kpss-widgets.js: ${kb(main.length)} KB, ${kb(gz)} KB gzip (budget ${BUDGET_KB} KB gzip, Leaflet excluded)`);
for (const chunk of (existsSync('dist/chunks') ? readdirSync('dist/chunks') : []).filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(`dist/chunks/${chunk}`);
  console.log(`  lazy chunk ${chunk}: ${kb(bytes.length)} KB, ${kb(gzipSync(bytes, { level: 9 }).length)} KB gzip`);
}
if (gz > BUDGET_KB * 1024) {
  console.error(`dist/kpss-widgets.js is over the budget of ${BUDGET_KB} KB gzip`);
  process.exit(1);
}
