/**
 * A page that already has its own heading (a town's "Připomínky k plánu")
 * can leave out the widget's: `no-heading` on the comment form, the survey and
 * the settlement. The section keeps its name for screen readers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setUpWalk, tearDownWalk } from './walks.js';
import { makeCatalogRegion } from '../fixtures/catalog.js';
import { makeSurveyRegion } from './survey/helpers.js';
import { json, settled } from '../helpers.js';

const OPEN = new Date('2026-11-23T10:00:00Z');

describe('the widgets’ own heading', () => {
  let routes: ReturnType<typeof setUpWalk>;
  beforeEach(() => {
    routes = setUpWalk();
    routes['/region.json'] = () => json(makeCatalogRegion());
    routes['/survey.json'] = () => json(makeSurveyRegion());
    routes['/api/settlement'] = () => json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: [] });
  });
  afterEach(tearDownWalk);

  const cases = [
    ['kpss-feedback-form', (noHeading: boolean) => html`<kpss-feedback-form src="/region.json" ?no-heading=${noHeading} .now=${OPEN}></kpss-feedback-form>`],
    ['kpss-survey', (noHeading: boolean) => html`<kpss-survey src="/survey.json" ?no-heading=${noHeading} .now=${OPEN}></kpss-survey>`],
    ['kpss-settlement', (noHeading: boolean) => html`<kpss-settlement src="/region.json" endpoint="/api/settlement" ?no-heading=${noHeading}></kpss-settlement>`],
  ] as const;

  for (const [tag, markup] of cases) {
    it(`${tag}: shows its heading, and leaves it out with no-heading, the section still named`, async () => {
      const withHeading = (await fixture(html`<div>${markup(false)}</div>`)).firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await settled(withHeading as never);
      const h2 = withHeading.shadowRoot!.querySelector('section h2');
      expect(h2, 'the heading by default').to.exist;
      const title = h2!.textContent!.trim();
      const without = (await fixture(html`<div>${markup(true)}</div>`)).firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
      await settled(without as never);
      const section = without.shadowRoot!.querySelector('section')!;
      expect(section.querySelector('h2'), 'no heading').to.equal(null);
      expect(section.getAttribute('aria-label')?.replace(/\s+/g, ' ')).to.equal(title.replace(/\s+/g, ' '));
      await expect(without).to.be.accessible();
    });
  }

  it('the survey says how many questions it has at most when some are asked only after certain answers, and the number stays', async () => {
    const el = (await fixture(html`<div><kpss-survey src="/survey.json" layout="all" .now=${OPEN}></kpss-survey></div>`)).firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await settled(el as never);
    const period = () => el.shadowRoot!.querySelector('.period')!.textContent!;
    const total = makeSurveyRegion().survey.questions.length;
    expect(period()).to.contain(`nejvýš ${total} otáz`);
    const before = period();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="pecuje"][value="yes"]')!.click();
    await el.updateComplete;
    expect(period(), 'a question shown after an answer does not change the count').to.equal(before);
  });
});
