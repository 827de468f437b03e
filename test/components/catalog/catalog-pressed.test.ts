import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { KpssCatalog } from '../../../src/components/catalog/catalog.js';
import { define } from '../../../src/define.js';
import { makeCatalogRegion } from '../../fixtures/catalog.js';
import { json, settled, stubFetch, type FetchStub } from '../../helpers.js';

define('kpss-catalog', KpssCatalog);

/** The properties that stay when the browser forces its colours (so not the fill): marks and borders, and the used colours. */
function look(button: Element): string {
  const own = getComputedStyle(button);
  const mark = getComputedStyle(button, '::before').content;
  return JSON.stringify({ mark, border: `${own.borderTopStyle} ${own.borderTopWidth}`, bg: own.backgroundColor, fg: own.color });
}

/** A system colour as the browser resolves it now. */
function systemColor(name: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.cssText = `forced-color-adjust: none; color: ${name}`;
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('<kpss-catalog> pressed buttons', () => {
  let stub: FetchStub;
  const cleanUrl = location.pathname;
  beforeEach(() => {
    history.replaceState(null, '', cleanUrl);
    stub = stubFetch({ '/catalog.json': () => json(makeCatalogRegion()) });
  });
  afterEach(async () => {
    stub.restore();
    history.replaceState(null, '', cleanUrl);
    await emulateMedia({ forcedColors: 'none' });
  });

  async function render(): Promise<{ pressedChip: Element; chip: Element; pressedView: Element; view: Element }> {
    const wrapper = await fixture(`<div><kpss-catalog src="/catalog.json"></kpss-catalog></div>`);
    const el = wrapper.querySelector('kpss-catalog') as KpssCatalog;
    await settled(el);
    const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')];
    chips[0]!.click();
    await el.updateComplete;
    const views = [...el.shadowRoot!.querySelectorAll('.views button')];
    const pressedChip = chips.find((c) => c.getAttribute('aria-pressed') === 'true')!;
    const chip = chips.find((c) => c.getAttribute('aria-pressed') === 'false')!;
    const pressedView = views.find((c) => c.getAttribute('aria-pressed') === 'true')!;
    const view = views.find((c) => c.getAttribute('aria-pressed') === 'false')!;
    return { pressedChip, chip, pressedView, view };
  }

  it('shows a pressed chip and view toggle by more than colour', async () => {
    const { pressedChip, chip, pressedView, view } = await render();
    const markOf = (e: Element) => getComputedStyle(e, '::before').content;
    const borderOf = (e: Element) => `${getComputedStyle(e).borderTopStyle} ${getComputedStyle(e).borderTopWidth}`;
    const differs = (a: Element, b: Element) => markOf(a) !== markOf(b) || borderOf(a) !== borderOf(b);
    expect(differs(pressedChip, chip), `chip: ${look(pressedChip)} vs ${look(chip)}`).to.equal(true);
    expect(differs(pressedView, view), `view: ${look(pressedView)} vs ${look(view)}`).to.equal(true);
  });

  it('keeps pressed and unpressed apart in forced colours, the pressed one in Highlight', async () => {
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const { pressedChip, chip, pressedView, view } = await render();
    expect(look(pressedChip), 'chip').not.to.equal(look(chip));
    expect(look(pressedView), 'view toggle').not.to.equal(look(view));
    const highlight = systemColor('Highlight');
    expect(getComputedStyle(pressedChip).backgroundColor).to.equal(highlight);
    expect(getComputedStyle(pressedView).backgroundColor).to.equal(highlight);
    expect(getComputedStyle(pressedChip).color).to.equal(systemColor('HighlightText'));
    expect(getComputedStyle(chip).backgroundColor).not.to.equal(highlight);
  });
});
