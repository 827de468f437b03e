// `npm run docs`: the custom elements manifest (custom-elements.json), from the
// components' JSDoc and Lit properties. Tags are given by `@tagname`, since the
// elements are defined lazily (src/autoload.ts), not by a decorator. The base
// class is analyzed too, so `src` appears on every widget.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/shared/states.ts'],
  // The check in test/cli/docs.test.ts writes to a temporary folder and leaves package.json alone.
  outdir: process.env.KPSS_CEM_OUT ?? '.',
  litelement: true,
  packagejson: !process.env.KPSS_CEM_OUT,
  plugins: [
    {
      // Events come from the `@event` JSDoc lines; the analyzer also guesses
      // nameless ones from `dispatchEvent(new X(...))`, which are dropped.
      name: 'kpss-events-from-jsdoc',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('kpss-'));
          }
        }
      },
    },
  ],
};
