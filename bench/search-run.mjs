#!/usr/bin/env node
/**
 * Search-only benchmark: `npm run bench:search` (= `node bench/search-run.mjs`).
 *
 * Bundles bench/search.bench.ts (the generator, the project's search and
 * fuse.js) with esbuild, serves it on 127.0.0.1, runs it in headless Chromium
 * through playwright-core at 100, 1,000 and 6,000 services, and prints speed
 * and relevance for our index and for plain fuse.js. See bench/README.md.
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium);
 * BENCH_SIZES=100,1000 to run fewer sizes; BENCH_QUICK=1 for fewer passes;
 * BENCH_EXTRA_WORDS=15000 for the stress mode (a pool of pseudo-words mixed
 * into the descriptions, as rich a vocabulary as real free text).
 */
import http from 'node:http';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from '../scripts/chromium.mjs';

const ENTRY = fileURLToPath(new URL('./search.bench.ts', import.meta.url));
const CHROME = CHROME_PATH;
const QUICK = process.env.BENCH_QUICK === '1';
const EXTRA_WORDS = Number(process.env.BENCH_EXTRA_WORDS) || 0;
/**
 * Passes per size. Plain fuse.js costs ~100+ ms per keystroke at 6,000, so it
 * gets one pass there, cut by a time budget; ours gets enough passes for a
 * stable p95 (each pass is ~200 keystrokes).
 */
const PLAN = [
  { n: 100, oursPasses: QUICK ? 5 : 40, fusePasses: QUICK ? 1 : 5, fuseBudgetMs: 15_000 },
  { n: 1000, oursPasses: QUICK ? 3 : 20, fusePasses: QUICK ? 1 : 2, fuseBudgetMs: 20_000 },
  { n: 6000, oursPasses: QUICK ? 2 : 20, fusePasses: 1, fuseBudgetMs: QUICK ? 10_000 : 60_000 },
]
  .filter((p) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(',').map(Number).includes(p.n))
  .map((p) => ({ ...p, extraWords: EXTRA_WORDS }));
/** The whole run must end well under 3 minutes; past this, give up and say so. */
const WATCHDOG_MS = 170_000;

const TARGET_P95_MS = 5;

const started = performance.now();
const log = (message) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${message}\n`);

async function bundle() {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Serves the page and the bundle. Cross-origin isolation (COOP + COEP) gives
 * performance.now() 5 µs resolution in Chromium instead of 100 µs, which
 * matters for sub-millisecond keystrokes.
 */
function serve(script) {
  const page = '<!doctype html><meta charset="utf-8"><title>kpss search bench</title><script type="module" src="/bench.js"></script>';
  const server = http.createServer((req, res) => {
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cache-Control': 'no-store' };
    if (req.url === '/favicon.ico') res.writeHead(204, headers).end();
    else if (req.url === '/') res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    else if (req.url === '/bench.js') res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    else res.writeHead(404, headers).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server)); // port 0: any free port
  });
}

// ---------------------------------------------------------------------------
// Formatting

const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value >= 1 ? value.toFixed(2) : value.toFixed(3));
const sum = (values) => values.reduce((a, b) => a + b, 0);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const lostOf = (relevance) => `${sum(relevance.map((q) => q.lost))}/${sum(relevance.map((q) => q.relevant))}`;
const outrankedOf = (relevance) => `${sum(relevance.map((q) => q.outranked))}`;

function summaryLine(r) {
  const o = r.ours;
  const f = r.fuse;
  const ratio = f.keystrokes.p95 / o.keystrokes.p95;
  return (
    `N=${String(r.n).padEnd(5)} ours: build ${ms(median(o.buildMs))} ms, keystroke p50 ${ms(o.keystrokes.p50)} ms p95 ${ms(o.keystrokes.p95)} ms max ${ms(o.keystrokes.max)} ms, ` +
    `lost ${lostOf(o.relevance)}, outranked ${outrankedOf(o.relevance)}` +
    `  | plain fuse.js: build ${ms(f.buildMs)} ms, p50 ${ms(f.keystrokes.p50)} ms p95 ${ms(f.keystrokes.p95)} ms max ${ms(f.keystrokes.max)} ms, ` +
    `lost ${lostOf(f.relevance)}, outranked ${outrankedOf(f.relevance)}` +
    `  | p95 ratio ${ratio.toFixed(0)}×`
  );
}

/** Precision among the first K results, K = the number of relevant services. */
const precisionAtK = (q) => (q.relevant ? `${Math.round((100 * (q.relevant - q.outranked)) / q.relevant)} %` : '–');

function relevanceTable(r) {
  const rows = [['query', 'K=relevant', 'ours: returned', 'lost', 'P@K', 'fuse: returned', 'lost', 'P@K']];
  r.ours.relevance.forEach((o, i) => {
    const f = r.fuse.relevance[i];
    rows.push([JSON.stringify(o.query), o.relevant, o.returned, o.lost, precisionAtK(o), f.returned, f.lost, precisionAtK(f)].map(String));
  });
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) => '  ' + row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

function details(r) {
  const lines = [];
  const o = r.ours.keystrokes;
  lines.push(`  ours, slowest keystrokes (median of ${r.ours.buildMs.length} passes): ${o.slowest.map((s) => `${JSON.stringify(s.keystroke)} ${ms(s.median)} ms`).join(', ')}; max was ${JSON.stringify(o.maxKeystroke)}`);
  const f = r.fuse.keystrokes;
  lines.push(`  plain fuse.js, slowest keystrokes: ${f.slowest.map((s) => `${JSON.stringify(s.keystroke)} ${ms(s.median)} ms`).join(', ')}`);
  for (const q of r.ours.relevance) {
    if (q.lost) lines.push(`  ours loses ${q.lost} for ${JSON.stringify(q.query)}, e.g. ${q.lostExamples.map((n) => JSON.stringify(n)).join(', ')}`);
    if (q.outranked > q.lost) lines.push(`  ours ranks ${q.outranked - q.lost} irrelevant above relevant for ${JSON.stringify(q.query)}, e.g. ${q.intruderExamples.map((n) => JSON.stringify(n)).join(', ')}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------

async function main() {
  let server;
  let browser;
  const watchdog = setTimeout(() => {
    log(`watchdog: still running after ${WATCHDOG_MS / 1000} s, giving up`);
    Promise.allSettled([browser?.close(), server && new Promise((r) => server.close(r))]).finally(() => process.exit(1));
  }, WATCHDOG_MS);
  try {
    log('bundling bench/search.bench.ts with esbuild');
    server = await serve(await bundle());
    const { port } = server.address();
    log(`serving on http://127.0.0.1:${port}/, launching ${CHROME}`);
    browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
    const page = await browser.newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && log(`page console: ${message.text()}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.kpssBench !== undefined, undefined, { timeout: 15_000 });
    const { keystrokes, queries } = await page.evaluate(() => ({ keystrokes: window.kpssBench.keystrokes, queries: window.kpssBench.queries }));
    await page.evaluate(() => window.kpssBench.warmUp());

    const results = [];
    for (const options of PLAN) {
      log(`N=${options.n}: ${options.oursPasses} passes of ours, up to ${options.fusePasses} of plain fuse.js (budget ${options.fuseBudgetMs / 1000} s)`);
      const result = await page.evaluate((o) => window.kpssBench.runSize(o), options);
      if (result.contractWarnings) log(`N=${options.n}: the contract's parser warned about ${result.contractWarnings} generated services`);
      results.push(result);
      log(summaryLine(result));
    }

    const version = browser.version();
    const out = [];
    out.push(`kpss-widgets catalogue search benchmark — Chromium ${version} headless, Node ${process.version}, ${os.cpus().length} cores, timer resolution ${ms(results[0]?.timerResolutionMs ?? NaN)} ms`);
    out.push(`${queries} queries, ${keystrokes} keystrokes (every prefix of each query as typed); ours on a fresh index each pass; plain fuse.js = new Fuse(services, { keys: ['name', 'provider.name', 'kind', 'targetGroups', 'description'] })`);
    out.push(`lost = relevant services missing from the results; outranked = relevant services not among the first K results (K = number of relevant), P@K = precision there`);
    if (EXTRA_WORDS) out.push(`STRESS MODE: 8 words from a pool of ${EXTRA_WORDS} pseudo-words appended to every description`);
    out.push('');
    for (const r of results) out.push(summaryLine(r));
    out.push('');
    for (const r of results) {
      const f = r.fuse;
      out.push(
        `N=${r.n}: vocabulary ${r.vocabulary} words; ours ${r.ours.buildMs.length} passes × ${keystrokes} keystrokes = ${r.ours.keystrokes.samples} samples, build min/median/max ${ms(Math.min(...r.ours.buildMs))}/${ms(median(r.ours.buildMs))}/${ms(Math.max(...r.ours.buildMs))} ms; ` +
          `plain fuse.js ${f.measuredKeystrokes} keystrokes measured${f.measuredKeystrokes < keystrokes ? ` (time budget hit: first ${f.measuredKeystrokes} of ${keystrokes})` : ''}`,
      );
    }
    const largest = results.at(-1);
    if (largest) {
      out.push('');
      out.push(`Relevance at N=${largest.n} (full queries):`);
      out.push(relevanceTable(largest));
      out.push(details(largest));
      const verdict = largest.ours.keystrokes.p95 <= TARGET_P95_MS ? 'meets' : 'MISSES';
      out.push('');
      out.push(`Target: ours p95 ≤ ${TARGET_P95_MS} ms at N=${largest.n}: ${verdict} (${ms(largest.ours.keystrokes.p95)} ms); relevant results lost: ${lostOf(largest.ours.relevance)} (target 0).`);
    }
    process.stdout.write(out.join('\n') + '\n');
    log('done');
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => {});
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    log(`failed: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
