// Browser tests in headless Chromium (Debian's /usr/bin/chromium or CHROME_PATH).
// As root Chromium only starts with --no-sandbox, so the launcher is explicit.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';


/** Writes the counts of the run for scripts/test.sh's closing line. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!s.passed && (s.errors?.length || !s.testResults)) failed++;
      }
      mkdirSync('var/test-results', { recursive: true });
      writeFileSync('var/test-results/browser.json', JSON.stringify({ passed, failed, skipped }));
    },
  };
}

/** `import css from '….css?inline'` (as Vite does it): the file's text as a string module. */
function cssInline() {
  const inline = (context) => context.path.endsWith('.css') && context.URL.searchParams.has('inline');
  return {
    name: 'css-inline',
    resolveMimeType(context) {
      if (inline(context)) return 'js';
    },
    transform(context) {
      if (inline(context)) return { body: `export default ${JSON.stringify(context.body)};` };
    },
  };
}

/** Map tiles in tests: a blank 1×1 PNG for `/no-tiles/…`, so no tile request leaves the machine or logs a 404. */
const BLANK_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
function blankTiles(context, next) {
  if (!context.path.startsWith('/no-tiles/')) return next();
  context.type = 'image/png';
  context.body = BLANK_PNG;
}

/**
 * `executeServerCommand('ax-controls')`: the page's form controls and links as
 * Chromium's accessibility tree has them (role, computed name, the DOM id), so
 * a test can hold every control to a non-empty accessible name the way a
 * screen reader gets it, not as our own code would compute it.
 */
const CONTROL_ROLES = new Set(['textbox', 'searchbox', 'checkbox', 'radio', 'combobox', 'listbox', 'button', 'spinbutton', 'slider', 'switch', 'link', 'menuitem', 'option', 'tab']);
function accessibilityTree() {
  return {
    name: 'ax-controls',
    async executeCommand({ command, session }) {
      if (command !== 'ax-controls') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const out = [];
        for (const node of nodes) {
          const role = node.role?.value;
          if (node.ignored || !CONTROL_ROLES.has(role)) continue;
          let id = null;
          if (node.backendDOMNodeId) {
            const { node: dom } = await cdp.send('DOM.describeNode', { backendNodeId: node.backendDOMNodeId });
            const attributes = dom.attributes ?? [];
            const at = attributes.indexOf('id');
            id = at >= 0 ? attributes[at + 1] : null;
            out.push({ role, name: (node.name?.value ?? '').trim(), id, tag: dom.localName });
          }
        }
        return out;
      } finally {
        await cdp.detach();
      }
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!test/cli/**', '!test/package/**'],
  nodeResolve: true,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 2,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [blankTiles],
  plugins: [cssInline(), accessibilityTree(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: CHROME_ARGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
