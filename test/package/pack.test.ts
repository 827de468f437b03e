/**
 * The published package, as a town's front-end build gets it: `npm pack`
 * ships the built files and no sources, the tarball installs without the
 * receiver's dependencies (fastify, better-sqlite3), a small Vite app that
 * imports it builds and type-checks against it, and its `kpss` command runs.
 *
 * `npm pack` runs `prepack`, which builds. When dist/ is newer than every
 * source (npm test has just built it) the test passes KPSS_PREBUILT=1, which
 * makes `prepack` keep that build instead of making it again.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** What the build writes, one file per output. */
const BUILT = ['dist/kpss-widgets.js', 'dist/index.js', 'dist/types/index.d.ts', 'dist/types/embed.d.ts', 'dist/cli/main.js'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function distIsFresh(): boolean {
  if (!BUILT.every((f) => existsSync(join(ROOT, f)))) return false;
  const built = Math.min(...BUILT.map((f) => statSync(join(ROOT, f)).mtimeMs));
  const sources = Math.max(...['src', 'vite.config.ts', 'tsconfig.build.json', 'scripts/build.mjs'].map((p) => newest(join(ROOT, p))));
  return built >= sources;
}

interface Packed {
  filename: string;
  files: { path: string }[];
}

/** `npm pack --json` in the repository; the build (prepack) writes to stderr, so stdout is the JSON. */
function npmPack(args: string[], env: NodeJS.ProcessEnv): Packed {
  const out = execFileSync('npm', ['pack', '--json', ...args], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  const [packed] = JSON.parse(out) as Packed[];
  assert.ok(packed, 'npm pack --json printed one package');
  return packed;
}

function run(command: string, args: string[], cwd: string): { code: number | null; output: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 << 20 });
  return { code: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

describe('the kpss-widgets package', () => {
  let tmp: string;
  let app: string;
  let listed: string[];
  let tarball: string;

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'kpss-pack-'));
    app = join(tmp, 'town');
    mkdirSync(app);
    const env = { ...process.env, ...(distIsFresh() ? { KPSS_PREBUILT: '1' } : {}) };
    listed = npmPack(['--dry-run'], env).files.map((f) => f.path);
    // The dry run has built (or found a fresh build): the real pack keeps it.
    tarball = join(tmp, npmPack(['--pack-destination', tmp], { ...env, KPSS_PREBUILT: '1' }).filename);
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  test('package.json: prepack builds, every export has types, the receiver is not a dependency', () => {
    assert.match(pkg.scripts?.prepack ?? '', /build|prepack/, 'a prepack script that builds dist/');
    for (const [entry, target] of Object.entries(pkg.exports as Record<string, unknown>)) {
      if (entry.endsWith('.json')) continue;
      assert.equal(typeof target, 'object', `exports["${entry}"] has conditions`);
      const conditions = target as Record<string, string>;
      assert.ok(conditions.types, `exports["${entry}"] has a types condition`);
      assert.equal(Object.keys(conditions)[0], 'types', `exports["${entry}"]: types comes first`);
    }
    for (const entry of ['./package.json', './custom-elements.json', './schema/region.schema.json']) assert.ok(pkg.exports[entry], `exports["${entry}"]`);
    for (const dep of ['fastify', 'better-sqlite3', 'tsx', '@fastify/static']) assert.equal(pkg.dependencies?.[dep], undefined, `${dep} is not a dependency of kpss-widgets`);
    assert.deepEqual(pkg.workspaces, ['server']);
  });

  test('npm pack lists the built files, the types and the manifest, and no sources', () => {
    for (const f of [...BUILT, 'custom-elements.json', 'schema/region.schema.json', 'bin/kpss.mjs', 'package.json', 'README.md']) {
      assert.ok(listed.includes(f), `${f} is packed`);
    }
    assert.ok(listed.some((f) => /^dist\/chunks\/catalog-[\w-]+\.js$/.test(f)), 'the widget chunks are packed');
    const unwanted = listed.filter((f) => /^(src|server|test|demo|scripts|bench)\//.test(f) || /\.ts$/.test(f.replace(/\.d\.ts$/, '')));
    assert.deepEqual(unwanted, [], 'no sources, server, tests or demo');
    // Every file package.json points at is in the package.
    const targets = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin as Record<string, string>)];
    for (const t of Object.values(pkg.exports as Record<string, string | Record<string, string>>)) targets.push(...(typeof t === 'string' ? [t] : Object.values(t)));
    for (const t of targets) assert.ok(listed.includes(t.replace(/^\.\//, '')), `${t} (named in package.json) is packed`);
  });

  test('custom-elements.json points at the published JavaScript', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
    const paths = new Set<string>();
    for (const m of manifest.modules) {
      paths.add(m.path);
      for (const e of m.exports ?? []) if (e.declaration?.module) paths.add(e.declaration.module);
      for (const d of m.declarations ?? []) {
        if (d.superclass?.module) paths.add(d.superclass.module);
        for (const member of [...(d.members ?? []), ...(d.attributes ?? [])]) if (member.inheritedFrom?.module) paths.add(member.inheritedFrom.module);
      }
    }
    for (const p of paths) assert.ok(listed.includes(p.replace(/^\//, '')), `${p} (in custom-elements.json) is packed`);
  });

  test('the tarball installs without fastify, better-sqlite3 or tsx', () => {
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'town-site', private: true, type: 'module' }, null, 2));
    const r = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
    assert.equal(r.code, 0, r.output);
    assert.ok(existsSync(join(app, 'node_modules/kpss-widgets/dist/index.js')), 'kpss-widgets is installed');
    for (const dep of ['fastify', 'better-sqlite3', 'tsx', '@fastify/static', 'csv-stringify']) {
      assert.ok(!existsSync(join(app, 'node_modules', dep)), `${dep} is not installed`);
    }
  });

  test('a Vite app that imports it builds and type-checks', () => {
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html>\n<html lang="cs">\n<body>\n<kpss-catalog src="/klatovsko.json"></kpss-catalog>\n<script type="module" src="/src/main.ts"></script>\n</body>\n</html>\n',
    );
    mkdirSync(join(app, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'src/main.ts'),
      [
        "import { KpssCatalog, VERSION, type RegionData } from 'kpss-widgets';",
        "import 'kpss-widgets/embed';",
        '// Only with a declaration for the entry (the types condition): else TS7016 under strict.',
        "import type * as Embed from 'kpss-widgets/embed';",
        "import manifest from 'kpss-widgets/custom-elements.json';",
        '',
        'export type EmbedExports = keyof typeof Embed;',
        'export function serviceCount(data: RegionData): number {',
        '  return data.services.length;',
        '}',
        '',
        "const catalog = document.querySelector('kpss-catalog');",
        'if (catalog instanceof KpssCatalog) catalog.src = `/klatovsko.json?v=${VERSION}`;',
        "const el: KpssCatalog = document.createElement('kpss-catalog');",
        'console.log(el.tagName, manifest.schemaVersion);',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'bundler',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            strict: true,
            noEmit: true,
            resolveJsonModule: true,
            noUncheckedSideEffectImports: true,
            skipLibCheck: false,
            types: [],
          },
          include: ['src'],
        },
        null,
        2,
      ),
    );
    const tsc = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    assert.equal(tsc.code, 0, `tsc:\n${tsc.output}`);
    const vite = run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', app, '--logLevel', 'warn', '--emptyOutDir'], app);
    assert.equal(vite.code, 0, `vite build:\n${vite.output}`);
    const assets = readdirSync(join(app, 'dist/assets')).filter((f) => f.endsWith('.js'));
    assert.ok(assets.length > 0, 'vite wrote the app');
    const code = assets.map((f) => readFileSync(join(app, 'dist/assets', f), 'utf8')).join('\n');
    assert.match(code, /kpss-catalog/, 'the app bundles the widgets');
  });

  test('its kpss command validates a region file', () => {
    const r = run(join(app, 'node_modules/.bin/kpss'), ['validate', join(ROOT, 'demo/data/klatovsko.json')], app);
    assert.equal(r.code, 0, r.output);
    assert.match(r.output, /klatovsko\.json/);
  });
});
