// Builds dist/ (script-tag bundle, npm entry, type declarations, the `kpss`
// command) and prints the gzip size of the script-tag bundle, failing over the
// budget.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 32;
const quiet = { logLevel: 'warn' };

await build({ ...quiet, mode: 'production' });
await build({ ...quiet, mode: 'lib' });
await build({ ...quiet, mode: 'cli' });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const kb = (bytes) => (bytes / 1024).toFixed(1);

// The chunk graph of the script-tag build: the entry loads each widget's chunk
// with import() when the page has that element; chunks import shared chunks
// statically. What a page downloads = the entry + the widget chunks it uses +
// their static imports. Leaflet's map chunk is loaded only when a map is shown.
const files = new Map();
function file(path) {
  if (!files.has(path)) {
    const code = readFileSync(path, 'utf8');
    const rel = (spec) => resolve(dirname(path), spec);
    const staticImports = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => rel(m[1]));
    const dynamicImports = [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => rel(m[1]));
    files.set(path, { gz: gzipSync(code, { level: 9 }).length, bytes: Buffer.byteLength(code), staticImports, dynamicImports });
  }
  return files.get(path);
}
function closure(path, into = new Set()) {
  if (into.has(path)) return into;
  into.add(path);
  for (const dep of file(path).staticImports) closure(dep, into);
  return into;
}
const sum = (set) => [...set].reduce((n, p) => n + file(p).gz, 0);
const name = (path) => relative('dist', path);

const entry = resolve('dist/kpss-widgets.js');
const base = closure(entry);
console.log(`dist/kpss-widgets.js (entry): ${kb(file(entry).bytes)} KB, ${kb(file(entry).gz)} KB gzip`);
const pages = [];
const all = new Set(base);
for (const chunk of file(entry).dynamicImports) {
  const page = closure(chunk, new Set(base));
  page.forEach((p) => all.add(p));
  const widget = name(chunk).replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '');
  pages.push({ widget, gz: sum(page), files: [...page].map(name) });
}
for (const p of pages) console.log(`  a page with <kpss-${p.widget}> loads ${kb(p.gz)} KB gzip: ${p.files.join(', ')}`);
console.log(`  a page with every widget loads ${kb(sum(all))} KB gzip`);
for (const path of [...all]) {
  for (const lazy of file(path).dynamicImports) {
    if (all.has(lazy)) continue;
    const extra = closure(lazy, new Set());
    [...all].forEach((p) => extra.delete(p));
    const what = /catalog-map/.test(lazy)
      ? 'the map, when a resident opens it (Leaflet)'
      : /\/results-[\w-]{8}\.js$/.test(lazy)
        ? "the survey's results, when they are shown"
        : /\/problem-reasons-[\w-]{8}\.js$/.test(lazy)
          ? 'a data file with a problem, the words of its problems'
          : /\/service-details-[\w-]{8}\.js$/.test(lazy)
            ? "a service's details, when a resident is about to open them"
            : 'another language, when a widget needs it';
    console.log(`  + only for ${what}: ${[...extra].map(name).join(', ')}: ${kb(sum(extra))} KB gzip`);
  }
}
const worst = Math.max(...pages.map((p) => p.gz));
console.log(`budget: the largest widget page, Leaflet excluded, ${kb(worst)} KB gzip (${worst} bytes) of ${BUDGET_KB} KB; the aim is 30 KB (${30 * 1024} bytes)`);
if (worst > BUDGET_KB * 1024) {
  console.error(`over the budget of ${BUDGET_KB} KB gzip`);
  process.exit(1);
}
