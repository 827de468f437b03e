#!/usr/bin/env node
/**
 * kpss-server benchmark: `npm run bench:server` (= `node bench/server/run.mjs`).
 *
 * Starts the real server (`node --import tsx server/main.ts`) as a child
 * process on a free port with a fresh SQLite file (WAL, synchronous=FULL) and
 * a region whose commenting period is open, then drives it with autocannon:
 *
 *   1. POST /api/feedback with valid comments, each with a new UUID: every 201
 *      is a comment committed and synced to disk before the answer;
 *   2. GET /api/health, a no-op route of the same server, as the baseline.
 *
 * It prints requests/s and p50/p97.5/p99 latency for both and the CPU each
 * side used, checks that every comment answered 201 is in the database, and
 * ends the server. The rate limit is turned off (KPSS_RATE_MAX=0): one address
 * sends all.
 *
 * Environment: BENCH_CONNECTIONS (default 100), BENCH_DURATION seconds per
 * scenario (default 10), BENCH_WARMUP seconds (default 2), BENCH_SERVER_LOG
 * (where the server's log goes; default a temporary file), BENCH_NODE_ARGS
 * (extra node flags for the server, e.g. --cpu-prof).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS) || 100;
const DURATION = Number(process.env.BENCH_DURATION) || 10;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const TOKEN = 'bench-token-0123456789abcdef';
const REGION = 'benchovsko';
const PLAN = 'kp-benchovsko-2026-2028';
const TARGET = { perSecond: 2000, p99: 50 };

const answered = new Set();
const log = (m) => process.stderr.write(`[bench:server] ${m}\n`);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function regionFile() {
  return {
    schemaVersion: 1,
    region: { id: REGION, name: 'Benchovsko' },
    services: [],
    plan: {
      id: PLAN,
      title: 'Komunitní plán Benchovska 2026–2028',
      commenting: { from: '2000-01-01', until: '2999-12-31' },
      sections: [
        { id: '1', title: 'Priorita 1: Senioři', measures: [{ id: '1.1', title: 'Pečovatelská služba o víkendech' }] },
        { id: '2', title: 'Priorita 2: Rodiny s dětmi' },
      ],
    },
  };
}

const MESSAGE =
  'Navrhujeme rozšířit pečovatelskou službu o víkendy i v menších obcích; ' +
  'senioři v Běšinách a Janovicích dnes v sobotu a v neděli zůstávají bez pomoci. ' +
  'Pomohla by také lepší dostupnost odlehčovací služby pro pečující rodiny.';

function comment() {
  return JSON.stringify({
    id: randomUUID(),
    region: REGION,
    planId: PLAN,
    sectionId: '1.1',
    message: MESSAGE,
    proposal: 'Opatření 1.1: „…o víkendech a svátcích ve všech obcích ORP."',
    name: 'Jana Nováková',
    organization: 'Spolek pečujících',
    email: 'jana.novakova@example.cz',
    website: '',
  });
}

async function waitReady(base, child, ms = 20_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start in time');
}

/**
 * CPU use during a scenario, in cores, from /proc (Linux): the server process
 * (with its threads), this process (the load generator) and everything else on
 * the machine. "Other" above ~0.1 means the figures were taken on a shared,
 * busy machine.
 */
const TICKS = 100; // USER_HZ on Linux
function cpuSnapshot(pid) {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = fields[3] + fields[4];
    const total = fields.reduce((a, b) => a + b, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const server = Number(after[11]) + Number(after[12]);
    const usage = process.cpuUsage();
    return { at: performance.now(), busy: total - idle, server, self: (usage.user + usage.system) / (1e6 / TICKS) };
  } catch {
    return undefined;
  }
}
function cpuShare(a, b) {
  if (!a || !b) return 'n/a';
  const seconds = (b.at - a.at) / 1000;
  const cores = (ticks) => (ticks / TICKS / seconds).toFixed(2);
  const server = b.server - a.server;
  const self = b.self - a.self;
  const other = Math.max(0, b.busy - a.busy - server - self);
  return `server ${cores(server)}, load generator ${cores(self)}, other processes ${cores(other)} cores`;
}

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, pipelining: 1, ...options }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function row(name, r) {
  return {
    scenario: name,
    'req/s': Math.round(r.requests.average),
    'p50 ms': r.latency.p50,
    'p97.5 ms': r.latency.p97_5,
    'p99 ms': r.latency.p99,
    'max ms': r.latency.max,
    '2xx': r['2xx'],
    'non-2xx': r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

const dir = mkdtempSync(join(os.tmpdir(), 'kpss-bench-'));
const dataDir = join(dir, 'data');
const dbPath = join(dir, 'kpss.db');
let child;
let code = 0;
try {
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, `${REGION}.json`), JSON.stringify(regionFile()));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // BENCH_SERVER_LOG=/dev/null to compare without the log file.
  const logFile = process.env.BENCH_SERVER_LOG || join(dir, 'server.log');
  const out = openSync(logFile, 'a');
  const extraArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean); // e.g. --cpu-prof
  child = spawn(process.execPath, [...extraArgs, '--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      KPSS_DB: dbPath,
      KPSS_DATA_DIR: dataDir,
      KPSS_ADMIN_TOKEN: TOKEN,
      KPSS_RATE_MAX: '0',
    },
    stdio: ['ignore', out, out], // the server logs one line per request, as in production, to a file
  });
  await waitReady(base, child);
  log(`server ready on ${base}; database ${dbPath}`);

  const post = {
    url: `${base}/api/feedback`,
    requests: [
      {
        method: 'POST',
        path: '/api/feedback',
        headers: { 'content-type': 'application/json', origin: base },
        setupRequest: (req) => ({ ...req, body: comment() }),
        // Every id answered 201 is kept, to check afterwards that each one is in the database.
        onResponse: (status, body) => {
          if (status === 201) answered.add(JSON.parse(body).id);
        },
      },
    ],
  };
  if (WARMUP > 0) {
    log(`warm-up: ${WARMUP} s of POST`);
    await cannon({ ...post, duration: WARMUP });
  }
  log(`POST /api/feedback: ${CONNECTIONS} connections, ${DURATION} s`);
  const c0 = cpuSnapshot(child.pid);
  const posts = await cannon({ ...post, duration: DURATION });
  const c1 = cpuSnapshot(child.pid);
  log(`GET /api/health: ${CONNECTIONS} connections, ${DURATION} s`);
  const noop = await cannon({ url: `${base}/api/health`, duration: DURATION });
  const c2 = cpuSnapshot(child.pid);

  const listed = await fetch(`${base}/api/feedback?region=${REGION}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const ids = new Set((await listed.json()).comments.map((c) => c.id));
  const missing = [...answered].filter((id) => !ids.has(id));

  const lines = logFile === '/dev/null' ? [] : readFileSync(logFile, 'utf8').split('\n');
  const requestLines = lines.filter((l) => l.includes('"msg":"request"')).length;

  console.log(`kpss-server benchmark: Node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}), ${os.platform()} ${os.release()}`);
  console.log(`${CONNECTIONS} connections, ${DURATION} s per scenario, load generator and server on the same machine`);
  console.log(`CPU during POST: ${cpuShare(c0, c1)}; during no-op: ${cpuShare(c1, c2)}`);
  console.table([
    row('POST /api/feedback (durable)', posts),
    row('GET /api/health (no-op)', noop),
  ]);
  // Rows can exceed the 201s seen: requests still in flight when autocannon stops are stored, their answers dropped.
  console.log(`comments answered 201: ${answered.size} (incl. warm-up); rows in the database: ${ids.size}; answered but missing: ${missing.length}; log lines: ${requestLines}`);
  const perSecond = posts['2xx'] / DURATION;
  console.log(
    `durable comments/s: ${Math.round(perSecond)} (target ≥ ${TARGET.perSecond}), p50 ${posts.latency.p50} ms, p99 ${posts.latency.p99} ms (target < ${TARGET.p99} ms); ` +
      `no-op route: ${Math.round(noop.requests.average)} req/s, p99 ${noop.latency.p99} ms`,
  );
  if (missing.length > 0) {
    console.log(`FAIL: ${missing.length} comments were answered 201 but are not stored`);
    code = 1;
  }
  if (posts.non2xx > 0 || posts.errors > 0) {
    console.log(`FAIL: ${posts.non2xx} non-2xx answers and ${posts.errors} errors under load`);
    code = 1;
  }
  const met = perSecond >= TARGET.perSecond && posts.latency.p99 < TARGET.p99;
  console.log(`target (≥ ${TARGET.perSecond} durable comments/s with p99 < ${TARGET.p99} ms at ${CONNECTIONS} connections): ${met ? 'met' : 'NOT met'}`);
} catch (error) {
  console.error(`bench failed: ${error.stack ?? error}`);
  code = 1;
} finally {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
