/** The survey as it looks: a scale's end names under its first and last step, an error's bullet by its first line. */
import { expect, fixture, html } from '@open-wc/testing';
import { setUpWalk, tearDownWalk, until } from '../walks.js';
import { makeSurveyRegion } from './helpers.js';
import { json, settled } from '../../helpers.js';

const OPEN = new Date('2026-11-23T10:00:00Z');

async function render(width: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><kpss-survey src="/survey.json" layout="all" .now=${OPEN}></kpss-survey></div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await settled(el as never);
  return el;
}

describe('the survey’s layout', () => {
  beforeEach(() => {
    const routes = setUpWalk();
    routes['/survey.json'] = () => json(makeSurveyRegion());
  });
  afterEach(tearDownWalk);

  for (const width of [800, 320]) {
    it(`at ${width} px a scale's end names sit under its first and last step`, async () => {
      const el = await render(width);
      const scale = el.shadowRoot!.querySelector('fieldset.scale')!;
      const steps = [...scale.querySelectorAll('.choice')];
      const [min, max] = [...scale.querySelectorAll('.ends > span')] as HTMLElement[];
      const first = steps[0]!.getBoundingClientRect();
      const last = steps.at(-1)!.getBoundingClientRect();
      expect(first.top, 'one row of steps').to.be.closeTo(last.top, 1);
      expect(min!.getBoundingClientRect().left, 'the low end under the first step').to.be.closeTo(first.left, 2);
      expect(max!.getBoundingClientRect().right, 'the high end under the last step').to.be.closeTo(last.right, 2);
    });
  }

  it('an error-summary item that wraps has its bullet by its first line', async () => {
    const el = await render(320);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(el, () => !!el.shadowRoot!.querySelector('.error.summary li'), 'the error summary');
    for (const li of el.shadowRoot!.querySelectorAll('.error.summary li')) {
      const button = li.querySelector('button')!;
      const lines = button.getClientRects();
      const range = document.createRange();
      range.selectNodeContents(button);
      const lineBoxes = [...range.getClientRects()];
      const firstLine = lineBoxes[0]!;
      const bullet = li.querySelector('.bullet')!.getBoundingClientRect();
      expect(lineBoxes.length + lines.length, 'the item wraps at 320 px').to.be.greaterThan(1);
      expect(bullet.top, `bullet by the first line of "${button.textContent!.slice(0, 20)}"`).to.be.closeTo(firstLine.top, 4);
    }
  });
});
