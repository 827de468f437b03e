/** Running `kpss` as a user does (a child process through bin/kpss.mjs) and in-process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/main.js';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const BIN = join(ROOT, 'bin/kpss.mjs');
export const FIXTURE = join(ROOT, 'test/fixtures/registry');
export const RPSS = join(FIXTURE, 'rpss.json');
export const DEMO = ['klatovsko', 'susicko', 'vimpersko'].map((r) => join(ROOT, 'demo/data', `${r}.json`));

export interface Result {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A locale that is not English, so the default (Czech) applies unless a test sets one. */
const NEUTRAL = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

export function kpss(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): Result {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...NEUTRAL, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command in this process (faster, for the details). */
export async function kpssHere(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { ...NEUTRAL, ...env },
    resolve: (p) => resolve(cwd, p),
  });
  return { code, stdout, stderr };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kpss-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
