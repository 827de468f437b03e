import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { KpssCatalog } from '../../../src/components/catalog/catalog.js';
import { define } from '../../../src/define.js';
import { makeCatalogRegion } from '../../fixtures/catalog.js';
import { json, settled, stubFetch, type FetchStub } from '../../helpers.js';

define('kpss-catalog', KpssCatalog);

const printedCards = (el: KpssCatalog) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card')].filter((c) => c.getClientRects().length > 0);

describe('<kpss-catalog> printed with print media alone (no beforeprint)', () => {
  let stub: FetchStub;
  beforeEach(() => {
    stub = stubFetch({ '/catalog.json': () => json(makeCatalogRegion()) });
  });
  afterEach(async () => {
    stub.restore();
    history.replaceState(null, '', location.pathname);
    await emulateMedia({ media: 'screen' });
  });

  async function render(attrs: string): Promise<KpssCatalog> {
    const wrapper = await fixture(`<div><kpss-catalog src="/catalog.json" ${attrs}></kpss-catalog></div>`);
    const el = wrapper.querySelector('kpss-catalog') as KpssCatalog;
    await settled(el);
    return el;
  }

  it('prints every result, and the screen page keeps one page of cards', async () => {
    const el = await render('page-size="5"');
    expect(printedCards(el), 'one page on screen').to.have.length(5);
    expect(el.shadowRoot!.querySelectorAll('.card'), 'and no more in the DOM').to.have.length(5);
    await emulateMedia({ media: 'print' });
    // The media change is reported at the next rendering step, as a print preview gets it.
    await waitUntil(() => printedCards(el).length > 5, 'more than one page prints', { timeout: 2000 }).catch(() => {});
    expect(printedCards(el).length, 'every result in the printout').to.equal(13);
    await emulateMedia({ media: 'screen' });
    await waitUntil(() => printedCards(el).length === 5, 'back to one page on screen', { timeout: 2000 });
  });

  it('prints the list, not an empty map, when the map is shown', async () => {
    const el = await render('page-size="5"');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')[1]!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('kpss-catalog-map'), 'the map is shown', { timeout: 5000 });
    await emulateMedia({ media: 'print' });
    await waitUntil(() => printedCards(el).length > 0, 'the list prints', { timeout: 2000 }).catch(() => {});
    expect(printedCards(el).length).to.equal(13);
  });
});
