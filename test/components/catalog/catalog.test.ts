import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KpssCatalog, KpssSearchEvent, KpssSelectEvent } from '../../../src/components/catalog/catalog.js';
import { MapSelectEvent } from '../../../src/components/catalog/catalog-map.js';
import { define } from '../../../src/define.js';
import { makeCatalogRegion } from '../../fixtures/catalog.js';
import { json, settled, stubFetch, textOf, type FetchStub } from '../../helpers.js';

define('kpss-catalog', KpssCatalog);
KpssCatalog.announceDelay = 0;

const root = (el: KpssCatalog) => el.shadowRoot!;
const cardIds = (el: KpssCatalog) => [...root(el).querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id);
const input = (el: KpssCatalog) => root(el).querySelector<HTMLInputElement>('#q')!;
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

async function type(el: KpssCatalog, text: string) {
  const q = input(el);
  q.value = text;
  q.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function render(attrs = ''): Promise<KpssCatalog> {
  const wrapper = await fixture(`<div><kpss-catalog src="/catalog.json" page-size="50" ${attrs}></kpss-catalog></div>`);
  const el = wrapper.querySelector('kpss-catalog') as KpssCatalog;
  await settled(el);
  return el;
}

function chip(el: KpssCatalog, text: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('.chip')].find((b) => b.textContent!.includes(text));
  if (!found) throw new Error(`no chip ${text}`);
  return found;
}

/** The detail view's content, which comes in its own chunk on the first open. */
const detailsShown = (el: KpssCatalog) => waitUntil(() => root(el).querySelector('dialog[open] dl.details'), 'the details are shown', { timeout: 3000 });

describe('<kpss-catalog>', () => {
  let stub: FetchStub;
  const cleanUrl = location.pathname + '?host=1#/host-route';
  beforeEach(() => {
    history.replaceState(null, '', cleanUrl);
    stub = stubFetch({ '/catalog.json': () => json(makeCatalogRegion()) });
  });
  afterEach(() => {
    stub.restore();
    history.replaceState(null, '', cleanUrl);
  });

  it('is defined and accessible with its list', async () => {
    expect(customElements.get('kpss-catalog')).to.equal(KpssCatalog);
    const el = await render();
    expect(cardIds(el)).to.have.length(13);
    expect(textOf(el)).to.contain('Nalezeno 13 služeb');
    await expect(el).to.be.accessible();
  });

  it('ranks kind matches for "pecovatelska" first and announces the count', async () => {
    const el = await render();
    const searched = oneEvent(el, 'kpss-search');
    await type(el, 'pecovatelska');
    expect(cardIds(el).slice(0, 3)).to.have.members(['pec-kt', 'pec-su', 'pec-ch']);
    const event = (await searched) as unknown as KpssSearchEvent;
    expect(event.query).to.equal('pecovatelska');
    expect(event.count).to.equal(cardIds(el).length);
    await el.updateComplete;
    expect(root(el).querySelector('[aria-live="polite"]')!.textContent).to.contain(`Nalezeny ${event.count} služby`);
  });

  it('"domov senior" and a typo find what people mean', async () => {
    const el = await render();
    await type(el, 'domov senior');
    expect(cardIds(el).slice(0, 2)).to.have.members(['dps-kt', 'dps-su']);
    await type(el, 'pecovatlska sluzba');
    expect(cardIds(el)).to.include.members(['pec-kt', 'pec-su', 'pec-ch']);
  });

  it('life situation and municipality filters combine, with counts and a reset', async () => {
    const el = await render();
    const situation = chip(el, 'Rodina a děti');
    // The situations' counts need the search index, built just after the first page is painted.
    await waitUntil(() => situation.textContent!.includes('('), 'the count arrives once the index is built', { timeout: 2000 });
    expect(situation.textContent, 'two by target group, one by "rodinami" in its description').to.contain('(3)');
    situation.click();
    await el.updateComplete;
    expect(situation.getAttribute('aria-pressed')).to.equal('true');
    expect(cardIds(el).sort()).to.deep.equal(['azyl', 'rana', 'std']);
    const select = root(el).querySelector<HTMLSelectElement>('#municipality')!;
    select.value = 'Sušice';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(['azyl']);
    const reset = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Zrušit'))!;
    reset.click();
    await el.updateComplete;
    expect(cardIds(el)).to.have.length(13);
  });

  it('offers the municipalities in Czech order (sorted just after the first page), with counts, keeping the choice', async () => {
    const el = await render();
    const select = root(el).querySelector<HTMLSelectElement>('#municipality')!;
    const names = () => [...select.options].slice(1).map((o) => o.value);
    const sorted = () => [...names()].sort(new Intl.Collator('cs').compare);
    await waitUntil(() => names().join() === sorted().join(), 'the options are sorted', { timeout: 2000 });
    expect(names()).to.include.members(['Běšiny', 'Klatovy', 'Nýrsko', 'Sušice']);
    expect(select.options[0]!.value, 'the first option is every municipality').to.equal('');
    expect([...select.options].slice(1).every((o) => /\(\d+\)$/.test(o.text) && o.lang === 'cs'), 'a count and lang=cs on each').to.be.true;
    select.value = 'Sušice';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(select.value, 'the choice survives the re-render').to.equal('Sušice');
  });

  it('kind, form and target-group checkboxes narrow the list', async () => {
    const el = await render();
    // The panel's body is built when it opens (the toggle event), not with the first page.
    const more = root(el).querySelector<HTMLDetailsElement>('details.more')!;
    const toggled = new Promise((r) => more.addEventListener('toggle', r, { once: true }));
    more.open = true;
    await toggled;
    await el.updateComplete;
    const check = (id: string) => {
      const box = root(el).querySelector<HTMLInputElement>(`#${id}`)!;
      box.click();
    };
    check('f-kinds-pecovatelska-sluzba');
    await el.updateComplete;
    expect(cardIds(el).sort()).to.deep.equal(['pec-ch', 'pec-kt', 'pec-su']);
    check('f-kinds-domovy-pro-seniory');
    await el.updateComplete;
    expect(cardIds(el)).to.have.length(5);
    check('f-forms-pobytova');
    await el.updateComplete;
    expect(cardIds(el).sort()).to.deep.equal(['dps-kt', 'dps-su']);
    await expect(el).to.be.accessible();
  });

  it('pre-selects the municipality attribute with the municipality rule', async () => {
    const el = await render('municipality="Nýrsko"');
    expect(cardIds(el).sort()).to.deep.equal(['dps-kt', 'dps-su', 'dzr', 'ic', 'osp', 'pec-ch', 'rana', 'std', 'taxi', 'xss'].sort());
  });

  it('never makes a link of javascript: and shows markup in names as text', async () => {
    const el = await render();
    await type(el, 'krizova linka');
    expect(cardIds(el)[0]).to.equal('xss');
    const card = root(el).querySelector('.card[data-id="xss"]')!;
    expect(card.querySelector('img')).to.equal(null);
    expect(card.textContent).to.contain('<img src=x onerror=');
    card.querySelector<HTMLButtonElement>('.card-open')!.click();
    await detailsShown(el);
    const hrefs = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => /^javascript:/i.test(h ?? ''))).to.be.false;
    expect(hrefs).to.include('tel:+420111222333');
    expect(hrefs).to.include('mailto:linka@krize.example');
    expect((window as { __kpssXss?: number }).__kpssXss).to.equal(undefined);
  });

  it('a web address with backslashes (/\\host) is text on the card and in the details; a path and https stay links', async () => {
    stub.restore();
    const file = makeCatalogRegion();
    const [first, second] = file.services as { id: string; contact?: { web?: string }; provider: { web?: string } }[];
    first!.contact = { ...first!.contact, web: '/\\evil.example/x' };
    first!.provider.web = 'https:\\\\evil.example';
    second!.contact = { ...second!.contact, web: '/sluzby/pomoc' };
    stub = stubFetch({ '/catalog.json': () => json(file) });
    const el = await render();
    const card = root(el).querySelector(`.card[data-id="${first!.id}"]`)!;
    expect(card.querySelector('a[href*="evil"]'), 'no link on the card').to.equal(null);
    card.querySelector<HTMLButtonElement>('.card-open')!.click();
    await detailsShown(el);
    const hrefs = [...root(el).querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
    expect(hrefs.filter((h) => /evil/.test(h))).to.deep.equal([]);
    expect(hrefs).to.include(`${location.origin}/sluzby/pomoc`);
  });

  it('opens the detail by keyboard, closes it with Escape and returns focus', async () => {
    const el = await render();
    const selected = oneEvent(el, 'kpss-select');
    const button = root(el).querySelector<HTMLButtonElement>('.card[data-id="pec-kt"] .card-open')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as unknown as KpssSelectEvent).serviceId).to.equal('pec-kt');
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    await detailsShown(el);
    expect(dialog.contains(root(el).activeElement), 'focus moves into the dialog').to.be.true;
    expect(dialog.textContent).to.contain('Po–Pá 7:00–15:30');
    expect(dialog.textContent).to.contain('Klatovy, Běšiny');
    expect(dialog.querySelector('a[href*="1234567"]'), 'registry link').to.exist;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.be.false;
    expect(root(el).activeElement).to.equal(button);
  });

  it('says so when the details cannot be loaded (offline), and loads them on another try', async () => {
    const real = KpssCatalog.loadDetailsModule;
    KpssCatalog.loadDetailsModule = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await render();
      root(el).querySelector<HTMLButtonElement>('.card[data-id="pec-kt"] .card-open')!.click();
      await waitUntil(() => root(el).querySelector('dialog[open] [role="alert"]'), 'the failure is told');
      const dialog = root(el).querySelector('dialog')!;
      expect(dialog.textContent).to.contain('Podrobnosti se nepodařilo načíst');
      expect(dialog.querySelector('dl.details')).to.equal(null);
      await expect(el).to.be.accessible();
      KpssCatalog.loadDetailsModule = real;
      [...dialog.querySelectorAll('button')].find((b) => b.textContent!.includes('Zkusit znovu'))!.click();
      await detailsShown(el);
      expect(dialog.querySelector('[role="alert"]')).to.equal(null);
      expect(dialog.textContent).to.contain('Po–Pá 7:00–15:30');
    } finally {
      KpssCatalog.loadDetailsModule = real;
    }
  });

  it('shows the coordinator and a reset button when nothing is found, accessibly', async () => {
    const el = await render();
    await type(el, 'xqzwv');
    const empty = root(el).querySelector('.empty')!;
    expect(empty.textContent).to.contain('Jana Koordinátorová');
    expect(empty.querySelector('a[href="tel:+420376000000"]')).to.exist;
    await expect(el).to.be.accessible();
    empty.querySelector('button')!.click();
    await el.updateComplete;
    expect(cardIds(el)).to.have.length(13);
    expect(root(el).activeElement).to.equal(input(el));
  });

  it('pages long lists: the DOM holds one page', async () => {
    const wrapper = await fixture(`<div><kpss-catalog src="/catalog.json" page-size="5"></kpss-catalog></div>`);
    const el = wrapper.querySelector('kpss-catalog') as KpssCatalog;
    await settled(el);
    expect(cardIds(el)).to.have.length(5);
    expect(textOf(el)).to.contain('Strana 1 z 3');
    const next = [...root(el).querySelectorAll<HTMLButtonElement>('.pager button')].find((b) => b.textContent === 'Další')!;
    next.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(cardIds(el)).to.have.length(5);
    expect(textOf(el)).to.contain('Strana 2 z 3');
    expect(root(el).activeElement?.id).to.equal('results-count');
  });

  it('prints every result without controls', async () => {
    const wrapper = await fixture(`<div><kpss-catalog src="/catalog.json" page-size="5"></kpss-catalog></div>`);
    const el = wrapper.querySelector('kpss-catalog') as KpssCatalog;
    await settled(el);
    window.dispatchEvent(new Event('beforeprint'));
    expect(cardIds(el), 'rendered synchronously for the print layout').to.have.length(13);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(cardIds(el)).to.have.length(5);
  });

  it('keeps its state in a namespaced URL parameter, leaves the host URL alone, and Back works', async () => {
    const el = await render();
    chip(el, 'Stáří').click();
    await el.updateComplete;
    const url = new URL(location.href);
    expect(url.searchParams.get('host')).to.equal('1');
    expect(url.hash).to.equal('#/host-route');
    expect(url.searchParams.get('kpss-catalog')).to.equal('s=stari-a-pece');
    const stari = cardIds(el);
    chip(el, 'Bydlení').click();
    await el.updateComplete;
    expect(cardIds(el)).not.to.deep.equal(stari);
    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(cardIds(el)).to.deep.equal(stari);
  });

  it('restores a shared link, detail included', async () => {
    history.replaceState(null, '', `${location.pathname}?host=1&kpss-catalog=${encodeURIComponent('q=domov&d=dps-su')}`);
    const el = await render();
    expect(input(el).value).to.equal('domov');
    await el.updateComplete;
    expect(root(el).querySelector('dialog')!.open).to.be.true;
    expect(root(el).querySelector('#detail-title')!.textContent).to.contain('Domov Sušice');
  });
  describe('map view', () => {
    const TILES = 'tile-url="/no-tiles/{z}/{x}/{y}.png"';
    const mapOf = async (el: KpssCatalog) => {
      for (let i = 0; i < 100 && !root(el).querySelector('kpss-catalog-map'); i++) {
        await tick(20);
        await el.updateComplete;
      }
      const map = root(el).querySelector('kpss-catalog-map');
      if (!map) throw new Error('no map');
      await map.updateComplete;
      return map;
    };
    const viewButton = (el: KpssCatalog, text: string) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('.views button')].find((b) => b.textContent === text)!;

    it('loads the map only when shown, with the same filtered set as the list, accessibly', async () => {
      const el = await render(TILES);
      expect(customElements.get('kpss-catalog-map'), 'Leaflet is not loaded for the list').to.equal(undefined);
      chip(el, 'Stáří').click();
      await el.updateComplete;
      const listed = cardIds(el);
      viewButton(el, 'Mapa').click();
      const map = await mapOf(el);
      expect(viewButton(el, 'Mapa').getAttribute('aria-pressed')).to.equal('true');
      expect(map.services.map((s) => s.id)).to.have.members(listed as string[]);
      expect(new URL(location.href).searchParams.get('kpss-catalog')).to.contain('v=map');
      await tick(50);
      await expect(el).to.be.accessible();
      // Narrowing the search narrows the map.
      await type(el, 'pecovatelska');
      await el.updateComplete;
      expect(map.services.map((s) => s.id)).to.have.members(['pec-kt', 'pec-su', 'pec-ch']);
    });

    it('opens the detail from a popup and returns focus to the marker', async () => {
      const el = await render(`view="map" ${TILES}`);
      const map = await mapOf(el);
      await type(el, 'rana pece diakonie');
      expect(map.services.map((s) => s.id)).to.deep.equal(['rana']);
      await map.updateComplete;
      await tick(50);
      const marker = map.shadowRoot!.querySelector<HTMLElement>('.leaflet-marker-icon')!;
      // The popup's button (tested in catalog-map.test.ts) sends this event.
      marker.focus();
      map.dispatchEvent(new MapSelectEvent('rana', marker));
      await el.updateComplete;
      const dialog = root(el).querySelector('dialog')!;
      expect(dialog.open).to.be.true;
      expect(root(el).querySelector('#detail-title')!.textContent).to.contain('Raná péče');
      await expect(el).to.be.accessible();
      dialog.close();
      await el.updateComplete;
      // (Compared by title: a DOM element in a failed assertion is too much to report.)
      expect(map.shadowRoot!.activeElement?.getAttribute('title')).to.equal('Raná péče Diakonie');
    });

    it('tears the map down when the catalog leaves the page', async () => {
      const el = await render(`view="map" ${TILES}`);
      const map = await mapOf(el);
      expect(map.leafletMap).to.exist;
      el.remove();
      expect(map.leafletMap).to.equal(undefined);
    });

    it('has no map toggle with no-map', async () => {
      const el = await render('no-map view="map"');
      expect(root(el).querySelector('.views')).to.equal(null);
      expect(cardIds(el)).to.have.length(13);
    });
  });
});
