// `npm run docs`: the custom elements manifest (custom-elements.json), from the
// components' JSDoc and Lit properties. Tags are given by `@tagname`, since the
// elements are defined lazily (src/autoload.ts), not by a decorator. The base
// class is analyzed too, so `src` appears on every widget.
//
// The manifest describes the published package, not the sources: a plugin
// (kpss-published-modules) folds the analyzed modules into the two files a
// town can load, `dist/index.js` (the classes) and `dist/kpss-widgets.js`
// (the script that defines the tags).
const INDEX = 'dist/index.js';
const EMBED = 'dist/kpss-widgets.js';
const ENTRY_SOURCE = 'src/index.ts';

/**
 * Every module path in the manifest becomes a published file:
 * - `dist/index.js` declares the elements and the classes they build on, and
 *   exports those that src/index.ts exports (the forms' base class and the
 *   catalogue's map are declared there without an export: they are part of
 *   that entry's code, not of its API);
 * - `dist/kpss-widgets.js` exports a custom-element definition for each tag it
 *   defines (the public elements);
 * - the helper modules (render functions, date and calendar code, event
 *   classes) are not importable from the package and are left out.
 * A reference that would point anywhere else fails the run.
 */
function publishedModules() {
  return {
    name: 'kpss-published-modules',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const entry = manifest.modules.find((m) => m.path === ENTRY_SOURCE);
      if (!entry) throw new Error(`${ENTRY_SOURCE} was not analyzed`);
      const exported = new Set((entry.exports ?? []).filter((e) => e.kind === 'js').map((e) => e.name));

      const classes = new Map();
      for (const mod of manifest.modules) {
        for (const d of mod.declarations ?? []) if (d.kind === 'class' || d.kind === 'mixin') classes.set(d.name, d);
      }
      const kept = new Map();
      const keep = (d) => {
        if (kept.has(d.name)) return;
        kept.set(d.name, d);
        const base = d.superclass?.module && classes.get(d.superclass.name);
        if (base) keep(base);
      };
      for (const d of classes.values()) if (d.tagName || exported.has(d.name)) keep(d);

      const declarations = [...kept.values()];
      const rewrite = (node, where) => {
        if (Array.isArray(node)) return node.forEach((n) => rewrite(n, where));
        if (!node || typeof node !== 'object') return;
        if (typeof node.module === 'string' && typeof node.name === 'string') {
          if (!kept.has(node.name)) throw new Error(`${where} refers to ${node.name} (${node.module}), which the package does not publish`);
          node.module = INDEX;
        }
        for (const value of Object.values(node)) rewrite(value, where);
      };
      for (const d of declarations) rewrite(d, d.name);

      const ref = (d) => ({ name: d.name, module: INDEX });
      const publicElements = declarations.filter((d) => d.tagName && exported.has(d.name));
      manifest.modules = [
        {
          kind: 'javascript-module',
          path: INDEX,
          declarations,
          exports: declarations.filter((d) => exported.has(d.name)).map((d) => ({ kind: 'js', name: d.name, declaration: ref(d) })),
        },
        {
          kind: 'javascript-module',
          path: EMBED,
          declarations: [],
          exports: publicElements.map((d) => ({ kind: 'custom-element-definition', name: d.tagName, declaration: ref(d) })),
        },
      ];
    },
  };
}

/**
 * The reactive properties are declared in `static properties` (lit without
 * decorators, for a smaller bundle). The analyzer's lit plugin reads that block
 * otherwise than the decorators it replaced: it marks each entry `privacy:
 * public` (a field without a modifier has no privacy in the manifest) and gives
 * a `{ state: true }` entry an attribute, which lit never makes (state forces
 * `attribute: false`). This takes both back, so the manifest says what the
 * elements do, as it did with the decorators.
 */
function litStaticProperties() {
  return {
    name: 'kpss-lit-static-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const klass = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.text);
      const isStatic = (m) => m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword);
      const block = node.members.find((m) => ts.isPropertyDeclaration(m) && isStatic(m) && m.name.getText() === 'properties');
      if (!klass || !block?.initializer || !ts.isObjectLiteralExpression(block.initializer)) return;
      for (const entry of block.initializer.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const name = entry.name.getText();
        const member = klass.members?.find((m) => m.name === name && !m.static);
        if (!member) continue;
        const field = node.members.find((m) => m !== block && !isStatic(m) && m.name?.getText() === name);
        if (member.privacy === 'public' && !field?.modifiers?.some((x) => x.kind === ts.SyntaxKind.PublicKeyword)) delete member.privacy;
        const isState = entry.initializer.properties.some(
          (o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) klass.attributes = klass.attributes?.filter((a) => a.fieldName !== name);
        // The privacy back where the class plugin puts it, after the type (a stable file).
        const { kind, name: _, type, privacy, attribute, ...rest } = member;
        klass.members[klass.members.indexOf(member)] = {
          kind,
          name,
          ...(type && { type }),
          ...(privacy && { privacy }),
          ...rest,
          ...(attribute && !isState && { attribute }),
        };
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', ENTRY_SOURCE],
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
    litStaticProperties(),
    publishedModules(),
  ],
};
