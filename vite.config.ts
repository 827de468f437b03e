/**
 * Three builds from one config:
 * - default mode: `dist/kpss-widgets.js`, the script-tag bundle: every
 *   dependency inside, Leaflet split into a chunk loaded by `import()` only
 *   when a map is shown, minified;
 * - `--mode lib`: `dist/index.js`, the npm entry, with dependencies external
 *   so an app's bundler dedupes lit and friends;
 * - `--mode cli`: `dist/cli/main.js`, the `kpss` command for Node (bin/kpss.mjs
 *   runs it), with Node's built-ins and any package dependency external.
 * Class fields: tsconfig sets useDefineForClassFields: false (see README,
 * design), so fields assign through lit's accessors; Vite 8's transformer
 * honours it, and a test loads the built bundle to prove it.
 */
import { defineConfig, type Plugin } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import pkg from './package.json' with { type: 'json' };

/**
 * lit's `html` and `css` templates keep their indentation, line breaks and
 * comments in the bundle (a JavaScript minifier leaves template text alone):
 * Lit's own plugin minifies them, the HTML with html-minifier-next and the
 * CSS with lightningcss. Conservatively: a run of whitespace becomes one space
 * (never nothing, so text between inline elements reads the same) and empty
 * attributes stay (`<option value="">` means "all"). A template it cannot
 * parse fails the build rather than ship unminified.
 */
function minifyTemplates(): Plugin {
  const options = { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } };
  return {
    ...(minifyHTML({ include: ['src/**/*.ts'], failOnError: true, options }) as unknown as Plugin),
    name: 'kpss-minify-templates',
    apply: 'build',
  };
}

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
  // What every widget needs (lit, the loader, the schema, the Czech basics, the
  // base class) is one chunk. Left to itself the bundler splits it by which
  // lazily loaded chunks use each part (the survey's results use lit and the
  // schema builder, say), and every extra file costs its own compression.
  const shared =
    /node_modules\/(lit-html\/lit-html|lit-element\/lit-element|@lit\/reactive-element\/(css-tag|reactive-element)|@lit\/task\/task)\.js$|\/src\/(version|data\/(shape|schema|read-region|problems|load|urls)|l10n\/(localize|plural|cs\/common|cs\/plural-cs)|styles\/(tokens|host\.styles|controls\.styles)|components\/shared\/(kpss-element|states|czech))\.ts$/;
  // The code lists, their Czech labels and the life situations (which name codes) in one chunk, for the
  // catalogue and the meetings: the codes are written once there, and compress against each other.
  const codes = /\/src\/(data\/(codes|situations)|l10n\/(labels|cs\/labels))\.ts$/;
  // Dependencies stay external in the npm build, but CSS imported `?inline`
  // (Leaflet's, adopted in the map's shadow root) is bundled as a string.
  const external = lib ? [...Object.keys(pkg.dependencies)].map((d) => new RegExp(`^${d}(/(?!.*\\.css\\?inline$)|$)`)) : [];
  return {
    publicDir: false,
    plugins: lib ? [] : [minifyTemplates()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !lib,
      // The script-tag files carry no `//# sourceMappingURL=` line (about 30 bytes gzip each, three
      // or four files on every town page): the maps are still written beside them, and kpss-server
      // names each one in a `SourceMap` header (server/publish.ts), so the browser's tools find them.
      sourcemap: lib ? true : 'hidden',
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
          // The script-tag bundle is the end of the line: no bundler reads its /* @__PURE__ */ marks (215 of them).
          ...(lib ? {} : { comments: { legal: true, annotation: false, jsdoc: false } }),
          // Widgets (loaded by import()) keep their names; what they share is one "shared" chunk.
          // The npm build's chunks go to dist/lib/, never mixed with the script-tag build's.
          chunkFileNames: (chunk) => `${lib ? 'lib' : 'chunks'}/${chunk.isDynamicEntry ? '[name]' : 'shared'}-[hash].js`,
          ...(lib ? {} : { codeSplitting: { groups: [{ name: 'shared', test: shared }, { name: 'codes', test: codes }] } }),
        },
      },
    },
  };
});
