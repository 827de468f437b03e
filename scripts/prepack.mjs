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
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', process.stderr, 'inherit'] });
}
