// `prepack` (npm pack, npm publish): builds dist/, so a package is never made
// without the files package.json points at. The build's report goes to
// stderr, which keeps `npm pack --json` readable.
//
// KPSS_PREBUILT=1 keeps the dist/ that is there: for a caller that has just
// built it (test/package/pack.test.ts after `npm test`'s build step).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BUILT = ['dist/kpss-widgets.js', 'dist/index.js', 'dist/types/index.d.ts', 'dist/types/embed.d.ts', 'dist/cli/main.js'];

if (process.env.KPSS_PREBUILT === '1') {
  const missing = BUILT.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`KPSS_PREBUILT=1 but dist/ is incomplete (${missing.join(', ')}): run npm run build`);
    process.exit(1);
  }
  console.error('prepack: KPSS_PREBUILT=1, packing the dist/ that is there');
} else {
  // A fresh clone has no node_modules yet: the build needs its tools first
  // (really installed, even under `npm pack --dry-run`, whose flag npm passes on).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.toLowerCase() !== 'npm_config_dry_run'));
  execFileSync(process.execPath, ['scripts/ensure-deps.mjs'], { stdio: ['ignore', process.stderr, 'inherit'], env });
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', process.stderr, 'inherit'] });
}
