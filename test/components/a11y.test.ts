/**
 * Every widget, in every state the walks reach, in Czech, English and
 * Ukrainian, on a 320 px wide phone: ids unique, every control named in
 * Chromium's accessibility tree, nothing wider than the screen, and Czech data
 * marked Czech on the English and Ukrainian pages.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { setUpWalk, tearDownWalk, WALKS, type Lang } from './walks.js';
import { duplicateIds, overflow, smallTargets, unmarked, unnamedControls } from './a11y-checks.js';

describe('every widget, on a 320 px phone, in every language', function () {
  // A whole walk per test (the catalogue's includes loading the map).
  this.timeout(30_000);
  before(() => setViewport({ width: 320, height: 720 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => void setUpWalk());
  afterEach(tearDownWalk);

  for (const lang of ['cs', 'en', 'uk'] as Lang[]) {
    for (const [title, walk] of Object.entries(WALKS)) {
      it(`${lang}: ${title}`, async () => {
        const found: string[] = [];
        await walk(lang, async (el, state, data) => {
          const problems = [
            ...duplicateIds(el),
            ...(await unnamedControls()),
            ...overflow(el, 320),
            ...(lang === 'cs' ? [] : unmarked(el, data).map((t) => `not lang=cs: ${t}`)),
          ];
          found.push(...problems.map((p) => `${state}: ${p}`));
        });
        expect(found).to.deep.equal([]);
      });
    }
  }
});

describe('every widget on a 390 px phone: tap targets of at least 44 × 44 px', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => void setUpWalk());
  afterEach(tearDownWalk);

  for (const [title, walk] of Object.entries(WALKS)) {
    it(title, async () => {
      const found: string[] = [];
      await walk('cs', (el, state) => void found.push(...smallTargets(el).map((p) => `${state}: ${p}`)));
      expect(found).to.deep.equal([]);
    });
  }
});
