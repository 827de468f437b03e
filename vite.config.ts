/**
 * Two library builds from one config:
 * - default mode: `dist/kpss-widgets.js`, the script-tag bundle: every
 *   dependency inside, Leaflet split into a chunk loaded by `import()` only
 *   when a map is shown, minified;
 * - `--mode lib`: `dist/index.js`, the npm entry, with dependencies external
 *   so an app's bundler dedupes lit and friends.
 * Decorators: tsconfig sets experimentalDecorators (see README, design), which
 * Vite 8's transformer honours; a test loads the built bundle to prove it.
 */
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

export default defineConfig(({ mode }) => {
  const lib = mode === 'lib';
  const external = lib ? [...Object.keys(pkg.dependencies)].map((d) => new RegExp(`^${d}(/|$)`)) : [];
  return {
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !lib,
      sourcemap: true,
      reportCompressedSize: false,
      lib: {
        entry: lib ? 'src/index.ts' : 'src/embed.ts',
        formats: ['es'],
        fileName: () => (lib ? 'index.js' : 'kpss-widgets.js'),
      },
      rolldownOptions: {
        external,
        output: { minify: !lib, chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
