// Which source modules make up what a page with one widget downloads, by
// their share of its gzip size: `npm run size -- catalog` (after `npm run build`;
// any widget name: catalog, events, feedback-form, settlement, survey).
// A module's share is its minified text gzipped on its own, so the shares add
// up to a little more than the page (each piece is compressed without the
// others' context); the order is what tells where the bytes go.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const widget = process.argv[2] ?? 'catalog';
const dist = resolve('dist');
const gz = (text) => gzipSync(text, { level: 9 }).length;
const chunk = readdirSync(join(dist, 'chunks')).find((f) => new RegExp(`^${widget}-[\\w-]{8}\\.js$`).test(f));
if (!chunk) {
  console.error(`no chunk for "${widget}" in dist/chunks: run npm run build first`);
  process.exit(1);
}

// The page: the entry, the widget's chunk and their static imports.
const files = new Set();
const visit = (path) => {
  if (files.has(path)) return;
  files.add(path);
  const code = readFileSync(path, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) visit(resolve(dirname(path), m[1]));
};
visit(join(dist, 'kpss-widgets.js'));
visit(join(dist, 'chunks', chunk));

const bySource = new Map();
let page = 0;
for (const path of files) {
  const code = readFileSync(path, 'utf8');
  page += gz(code);
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
  const mappings = new Map();
  map.eachMapping((m) => (mappings.get(m.generatedLine) ?? mappings.set(m.generatedLine, []).get(m.generatedLine)).push(m));
  code.split('\n').forEach((line, i) => {
    let source = '(glue: imports, exports, template text)';
    let at = 0;
    for (const m of (mappings.get(i + 1) ?? []).sort((a, b) => a.generatedColumn - b.generatedColumn)) {
      bySource.set(source, (bySource.get(source) ?? '') + line.slice(at, m.generatedColumn));
      at = m.generatedColumn;
      source = m.source ? m.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '') : source;
    }
    bySource.set(source, (bySource.get(source) ?? '') + line.slice(at) + '\n');
  });
}
console.log(`a page with <kpss-${widget}>: ${(page / 1024).toFixed(1)} KB gzip in ${files.size} files`);
for (const [source, text] of [...bySource].map(([s, t]) => [s, gz(t)]).sort((a, b) => b[1] - a[1])) {
  console.log(`${String(text).padStart(7)} B  ${source}`);
}
