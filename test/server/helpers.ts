/** Shared fixtures for the server tests: a region folder, an app, comments. */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildApp, type AppOptions } from '../../server/app.js';
import { RegionRegistry } from '../../server/regions.js';
import { OriginPolicy } from '../../server/origins.js';
import { SESSION_COOKIE } from '../../server/admin/auth.js';

export const TOKEN = 'test-admin-token-0123456789';
export const TOWN = 'https://www.klatovy.example';
export const OTHER_TOWN = 'https://www.susice.example';
export const REGION = 'testovsko';
export const PLAN = 'kp-testovsko-2026-2028';
/** Inside the fixture's commenting period (2026-11-01 … 2026-12-15, Prague). */
export const OPEN_DAY = new Date('2026-11-20T10:00:00Z');

/**
 * The plan's text as paragraphs (`<kpss-plan>`), for `regionFile({ paragraphs: PARAGRAPHS })`: one of section 1,
 * two of measure 1.1 (one long, one with markup that must stay text), one of section 2. Not in the default
 * fixture, so tests of the pages and files without paragraphs see what they always saw.
 */
export const PARAGRAPHS = {
  '1': [{ id: 'o1-uvod', text: 'Senioři jsou v Testovsku čtvrtina obyvatel a jejich počet roste.' }],
  '1.1': [
    {
      id: 'o1.1-cil',
      text:
        'Pečovatelská služba bude od roku 2027 dostupná i o sobotách, nedělích a svátcích ve všech obcích mikroregionu, ' +
        'včetně místních částí bez pravidelného autobusového spojení, a to nejméně ve dvou návštěvách denně.',
    },
    { id: 'o1.1-html', text: 'Služba <script>alert("x")</script> & <b>tučně</b> „v uvozovkách“' },
  ],
  '2': [{ id: 'o2-1', text: 'Rodinám s dětmi pomáhá nízkoprahový klub a odborné sociální poradenství.' }],
} as const satisfies Record<string, ReadonlyArray<{ id: string; text: string }>>;

type Paragraphs = Partial<Record<string, ReadonlyArray<{ readonly id: string; readonly text: string }>>>;

export function regionFile(overrides: { id?: string; planId?: string; commenting?: { from: string; until: string } | null; paragraphs?: Paragraphs } = {}) {
  const commenting = overrides.commenting === undefined ? { from: '2026-11-01', until: '2026-12-15' } : overrides.commenting;
  const text = (place: string) => (overrides.paragraphs?.[place] ? { paragraphs: overrides.paragraphs[place] } : {});
  return {
    schemaVersion: 1,
    region: { id: overrides.id ?? REGION, name: 'Testovsko' },
    services: [],
    plan: {
      id: overrides.planId ?? PLAN,
      title: 'Komunitní plán Testovska 2026–2028',
      ...(commenting ? { commenting: { ...commenting, endpoint: '/api/feedback' } } : {}),
      sections: [
        {
          id: '1',
          title: 'Priorita 1: Senioři',
          ...text('1'),
          measures: [
            { id: '1.1', title: 'Pečovatelská služba o víkendech', ...text('1.1') },
            { id: '1.2', title: 'Odlehčovací služba', ...text('1.2') },
          ],
        },
        { id: '2', title: 'Priorita 2: Rodiny s dětmi', ...text('2') },
      ],
    },
  };
}

export interface TempDir {
  dir: string;
  cleanup(): void;
}

export function tempDir(prefix = 'kpss-test-'): TempDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A folder with the test region and a closed one (`zavrenovsko`) and one without a period (`bezobdobi`). */
export function regionDir(parent: string): string {
  const dir = join(parent, 'data');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'testovsko.json'), JSON.stringify(regionFile()));
  writeFileSync(
    join(dir, 'zavrenovsko.json'),
    JSON.stringify(regionFile({ id: 'zavrenovsko', planId: 'kp-zavrenovsko', commenting: { from: '2027-01-05', until: '2027-01-31' } })),
  );
  writeFileSync(join(dir, 'bezobdobi.json'), JSON.stringify(regionFile({ id: 'bezobdobi', planId: 'kp-bezobdobi', commenting: null })));
  return dir;
}

export function comment(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    region: REGION,
    planId: PLAN,
    sectionId: '1.1',
    message: 'Prosíme o pečovatelskou službu i o víkendech v menších obcích.',
    proposal: 'Doplnit do opatření 1.1 „včetně víkendů".',
    name: 'Jana Nováková',
    organization: 'Spolek pečujících',
    email: 'jana.novakova@example.cz',
    website: '',
    ...overrides,
  };
}

export interface TestApp {
  app: Awaited<ReturnType<typeof buildApp>>;
  dir: TempDir;
  clock: { now: Date };
  close(): Promise<void>;
}

/** An app on an in-memory store with the fixture regions, a settable clock and the admin token. */
export async function testApp(options: Partial<AppOptions> = {}): Promise<TestApp> {
  const dir = tempDir();
  const clock = { now: OPEN_DAY };
  const app = await buildApp({
    regions: regionDir(dir.dir),
    origins: OriginPolicy.parse(`${REGION}=${TOWN};zavrenovsko=${TOWN};bezobdobi=${TOWN};*=${OTHER_TOWN}`),
    adminToken: TOKEN,
    rateLimit: { max: 1000, windowMs: 60_000 },
    now: () => clock.now,
    ...options,
  });
  return {
    app,
    dir,
    clock,
    async close() {
      await app.close();
      dir.cleanup();
    },
  };
}

/**
 * An app whose test region has the plan's text as paragraphs (PARAGRAPHS), in
 * `file`, read again on every request: a test may edit the plan and see it at once.
 */
export async function paragraphApp(): Promise<TestApp & { file: string }> {
  const data = tempDir();
  mkdirSync(join(data.dir, 'data'));
  const file = join(data.dir, 'data', `${REGION}.json`);
  writeFileSync(file, JSON.stringify(regionFile({ paragraphs: PARAGRAPHS })));
  const t = await testApp({ regions: new RegionRegistry(join(data.dir, 'data'), { refreshMs: 0, warn: (m) => assert.fail(m) }) });
  return {
    ...t,
    file,
    async close() {
      await t.close();
      data.cleanup();
    },
  };
}

export const auth = { authorization: `Bearer ${TOKEN}` };

export function post(app: TestApp['app'], body: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/feedback',
    headers: { 'content-type': 'application/json', origin: TOWN, ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real server as a child process (`server/main.ts` through tsx) on a free port. */
export interface ChildServer {
  child: ChildProcess;
  base: string;
  output: () => string;
}

/** Starts the server with these environment variables (on `port`, or a free one) and waits until /api/health answers. */
export async function startServer(env: Record<string, string>, port?: number): Promise<ChildServer> {
  port ??= await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, base, output: () => output };
}

/**
 * A copy of the demo's region files in `parent/data`, with Klatovsko open for
 * comments whatever today is (`change` may edit it further before it is written).
 */
export function openDemoData(parent: string, change: (klatovsko: Record<string, any>) => void = () => {}): { dataDir: string; klatovsko: Record<string, any> } {
  const dataDir = join(parent, 'data');
  cpSync(join(ROOT, 'demo', 'data'), dataDir, { recursive: true });
  const file = join(dataDir, 'klatovsko.json');
  const klatovsko = JSON.parse(readFileSync(file, 'utf8')) as Record<string, any>;
  klatovsko.plan.commenting = { ...klatovsko.plan.commenting, from: '2000-01-01', until: '2999-12-31', endpoint: '/api/feedback' };
  change(klatovsko);
  writeFileSync(file, JSON.stringify(klatovsko));
  return { dataDir, klatovsko };
}

export interface DeskSession {
  cookie: string;
  /** The raw session id (the cookie's value). */
  id: string;
  csrf: string;
}

/** Sign-ins are limited per address (10 a minute): each test sign-in comes from its own. */
let signInAddress = 0;

/** Signs in at the desk with the token (by inject) and reads the session's CSRF token off the overview. */
export async function deskSignIn(app: TestApp['app'], name = 'Jana Vlčková'): Promise<DeskSession> {
  const res = await app.inject({
    method: 'POST',
    url: '/admin/sign-in',
    remoteAddress: `198.51.100.${(signInAddress++ % 250) + 1}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' },
    payload: new URLSearchParams({ token: TOKEN, name }).toString(),
  });
  assert.equal(res.statusCode, 303, res.body);
  const id = new RegExp(`^${SESSION_COOKIE}=([^;]+)`).exec(String(res.headers['set-cookie']))![1]!;
  const cookie = `${SESSION_COOKIE}=${id}`;
  const page = await app.inject({ method: 'GET', url: '/admin', headers: { cookie } });
  assert.equal(page.statusCode, 200);
  return { cookie, id, csrf: /<meta name="kpss-csrf" content="([^"]+)">/.exec(page.body)![1]! };
}
