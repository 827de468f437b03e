/**
 * Three builds from one config:
 * - default mode: `dist/kpss-widgets.js`, the script-tag bundle: every
 *   dependency inside, Leaflet split into a chunk loaded by `import()` only
 *   when a map is shown, minified;
 * - `--mode lib`: `dist/index.js`, the npm entry, with dependencies external
 *   so an app's bundler dedupes lit and friends;
 * - `--mode cli`: `dist/cli/main.js`, the `kpss` command for Node (bin/kpss.mjs
 *   runs it), with Node's built-ins and any package dependency external.
 * Decorators: tsconfig sets experimentalDecorators (see README, design), which
 * Vite 8's transformer honours; a test loads the built bundle to prove it.
 */
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

export default defineConfig(({ mode }) => {
  if (mode === 'cli') {
    return {
      publicDir: false,
      build: {
        target: 'node20',
        outDir: 'dist/cli',
        emptyOutDir: true,
        sourcemap: true,
        reportCompressedSize: false,
        // A server-side build: Node's built-ins and the package's dependencies stay imports.
        ssr: 'src/cli/main.ts',
        rolldownOptions: { output: { entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js' } },
      },
    };
  }
  const lib = mode === 'lib';
  // Dependencies stay external in the npm build, but CSS imported `?inline`
  // (Leaflet's, adopted in the map's shadow root) is bundled as a string.
  const external = lib ? [...Object.keys(pkg.dependencies)].map((d) => new RegExp(`^${d}(/(?!.*\\.css\\?inline$)|$)`)) : [];
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
        output: {
          minify: !lib,
          // Widgets (loaded by import()) keep their names; what they share is one "shared" chunk.
          // The npm build's chunks go to dist/lib/, never mixed with the script-tag build's.
          chunkFileNames: (chunk) => `${lib ? 'lib' : 'chunks'}/${chunk.isDynamicEntry ? '[name]' : 'shared'}-[hash].js`,
        },
      },
    },
  };
});
