import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KpssSettlement } from '../../../src/components/settlement/settlement.js';
import { clearRegionCache } from '../../../src/data/load.js';
import { define } from '../../../src/define.js';
import { makeRegion } from '../../fixtures/region.js';
import { json, settled, stubFetch, textOf, type FetchStub } from '../../helpers.js';

define('kpss-settlement', KpssSettlement);

const root = (el: KpssSettlement) => el.shadowRoot!;
const all = (el: KpssSettlement, sel: string) => [...root(el).querySelectorAll<HTMLElement>(sel)];
const texts = (el: KpssSettlement, sel: string) => all(el, sel).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

/** A plan with two sections (the first with two measures) and a settlement touching every kind of group. */
function region() {
  const r = makeRegion();
  r.plan.sections = [
    {
      id: '1',
      title: 'Priorita 1: Senioři',
      measures: [
        { id: '1.1', title: 'Víkendová pečovatelská služba' },
        { id: '1.2', title: 'Odlehčovací služba' },
      ],
    },
    { id: '2', title: 'Priorita 2: Rodiny s dětmi' } as (typeof r.plan.sections)[number],
  ];
  return r;
}

const PERSONAL = {
  name: 'Karel Soukromý',
  organization: 'Soukromá o.p.s.',
  email: 'karel.soukromy@example.cz',
  receivedAt: '2026-11-20T10:00:00Z',
  id: '3f0c2a8e-6a47-4c2b-9a51-0d6f3c1b9e77',
  ip: '203.0.113.7',
};

const COMMENTS = [
  { number: 5, receipt: 'AAAA-0005', section: '2', message: 'Chybí dostupná raná péče.', proposal: null, status: 'neakceptovano', resolution: 'Raná péče je v opatření 3.3.', ...PERSONAL },
  { number: 1, receipt: '3F0C-2A8E', section: '1.1', message: 'Pečovatelská služba i o víkendech.', proposal: 'Doplnit „včetně víkendů“.', status: 'akceptovano', resolution: 'Zapracováno do opatření 1.1.', ...PERSONAL },
  { number: 2, receipt: null, section: null, message: 'Plán je nepřehledný.', proposal: null, status: 'vzato-na-vedomi', resolution: null, ...PERSONAL },
  { number: 3, receipt: 'BBBB-0003', section: '1', message: 'Senioři potřebují více služeb.', proposal: null, status: 'castecne-akceptovano', resolution: 'Doplněno opatření 1.2.', ...PERSONAL },
  { number: 4, receipt: 'CCCC-0004', section: '9.9', message: 'K opatření, které už v plánu není.', proposal: null, status: 'akceptovano', resolution: 'Přesunuto.', ...PERSONAL },
];

let stub: FetchStub;
let routes: Record<string, (r: Request) => Response | Promise<Response>>;

async function render(settlement: (r: Request) => Response | Promise<Response>, attrs: { lang?: string; endpoint?: string } = {}, data: unknown = region()) {
  routes['/region.json'] = () => json(data);
  routes['/api/settlement'] = settlement;
  clearRegionCache();
  const el = await fixture<KpssSettlement>(
    html`<kpss-settlement src="/region.json" endpoint=${attrs.endpoint ?? '/api/settlement'} lang=${attrs.lang ?? 'cs'}></kpss-settlement>`,
  );
  await settled(el);
  await el.updateComplete;
  return el;
}

describe('<kpss-settlement>', () => {
  beforeEach(() => {
    routes = {};
    stub = stubFetch(routes);
  });
  afterEach(() => stub.restore());

  it('is defined', () => {
    expect(customElements.get('kpss-settlement')).to.equal(KpssSettlement);
    expect(document.createElement('kpss-settlement')).to.be.instanceOf(KpssSettlement);
  });

  it('shows a loading state while the settlement is on its way, accessibly', async () => {
    let answer!: (r: Response) => void;
    routes['/region.json'] = () => json(region());
    routes['/api/settlement'] = () => new Promise<Response>((resolve) => (answer = resolve));
    const el = await fixture<KpssSettlement>(html`<kpss-settlement src="/region.json" endpoint="/api/settlement"></kpss-settlement>`);
    for (let i = 0; i < 100 && !answer; i++) await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    expect(answer, 'the settlement was requested').to.be.a('function');
    expect(root(el).querySelector('.loading')?.getAttribute('role')).to.equal('status');
    expect(textOf(el)).to.contain('Načítám');
    await expect(el).to.be.accessible();
    answer(json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: [] }));
    await settled(el);
    expect(textOf(el)).to.contain('zatím nebylo zveřejněno');
  });

  it('asks the endpoint for the region and plan of the region file', async () => {
    await render(() => json({ comments: [] }));
    const call = stub.calls.find((u) => u.includes('/api/settlement'))!;
    const url = new URL(call);
    expect(url.searchParams.get('region')).to.equal('testov');
    expect(url.searchParams.get('plan')).to.equal('kp-testov-2026-2028');
  });

  it('without an endpoint attribute uses the settlement beside the commenting endpoint', async () => {
    const data = region();
    data.plan.commenting.endpoint = 'https://kpss.example/api/feedback';
    await render(() => json({ comments: [] }), { endpoint: '' }, data);
    expect(stub.calls.some((u) => u.startsWith('https://kpss.example/api/settlement?region=testov&plan=kp-testov-2026-2028'))).to.equal(true);
  });

  it('error state: a readable message in an alert, accessibly', async () => {
    const el = await render(() => json({ error: { code: 'internal', message: 'x' } }, { status: 500 }));
    const box = root(el).querySelector('.error')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(textOf(el)).to.contain('Vypořádání se nepodařilo načíst');
    expect(textOf(el)).to.contain('chyba serveru 500');
    await expect(el).to.be.accessible();
  });

  it('error state for an unknown plan (404), a network failure and a body that is not a settlement', async () => {
    expect(textOf(await render(() => json({ error: { code: 'unknown-plan' } }, { status: 404 })))).to.contain('Server tento plán nezná');
    expect(textOf(await render(() => Promise.reject(new TypeError('Failed to fetch'))))).to.contain('Nepodařilo se spojit se serverem');
    expect(textOf(await render(() => json({ nothing: true })))).to.contain('v neplatném tvaru');
  });

  it("a region file copied to a town's server: its relative endpoint names that server, which is no receiver", async () => {
    // The file's relative endpoint resolves against the file (here beside the page), and the town's server answers in HTML.
    const el = await render(() => new Response('<h1>Not Implemented</h1>', { status: 501, headers: { 'content-type': 'text/html' } }), { endpoint: '' });
    expect(stub.calls.some((u) => new URL(u).pathname === '/api/settlement')).to.equal(true);
    expect(textOf(el)).to.contain('není server pro připomínky (chyba 501)');
    expect(textOf(el)).not.to.contain('nezná');
    const html404 = await render(() => new Response('<h1>Nenalezeno</h1>', { status: 404, headers: { 'content-type': 'text/html' } }), { endpoint: '' });
    expect(textOf(html404)).to.contain('není server pro připomínky (chyba 404)');
  });

  it('a relative endpoint in the region file resolves against the file, not the page', async () => {
    const data = region();
    data.plan.commenting.endpoint = 'api/feedback';
    routes['/files/region.json'] = () => json(data);
    clearRegionCache();
    const el = await fixture<KpssSettlement>(html`<kpss-settlement src="/files/region.json" lang="cs"></kpss-settlement>`);
    await settled(el);
    for (let i = 0; i < 50 && !stub.calls.some((u) => u.includes('settlement')); i++) await new Promise((r) => setTimeout(r, 10));
    expect(stub.calls.find((u) => u.includes('settlement'))).to.match(/\/files\/api\/settlement\?region=testov/);
  });

  it('empty state: nothing published yet, accessibly', async () => {
    const el = await render(() => json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: [] }));
    expect(textOf(el)).to.contain('Vypořádání připomínek zatím nebylo zveřejněno');
    expect(all(el, '.item')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a region without a plan says so', async () => {
    const data = region() as Record<string, unknown>;
    delete data.plan;
    const el = await render(() => json({ comments: [] }), {}, data);
    expect(textOf(el)).to.contain('nemá zveřejněný plán');
    expect(stub.calls.some((u) => u.includes('/api/settlement'))).to.equal(false);
  });

  it('groups by section in the plan order: general first, measures under their section, unknown parts last', async () => {
    const el = await render(() => json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: COMMENTS }));
    expect(texts(el, '.group h3')).to.deep.equal(['Obecné připomínky k celému plánu', 'Priorita 1: Senioři', 'Priorita 2: Rodiny s dětmi', 'Další části plánu']);
    const groups = all(el, '.group');
    const numbers = groups.map((g) => [...g.querySelectorAll('h4')].map((h) => h.textContent!.match(/č\. (\d+)/)![1]));
    expect(numbers).to.deep.equal([['2'], ['1', '3'], ['5'], ['4']]);
    // A comment on a measure names the measure; one on the section itself does not.
    expect(groups[1]!.querySelector('.item')!.textContent).to.contain('1.1 Víkendová pečovatelská služba');
    expect(groups[1]!.querySelectorAll('.part')).to.have.length(1);
    expect(groups[3]!.textContent).to.contain('9.9');
    await expect(el).to.be.accessible();
  });

  it('shows the outcome in plain words with the reason, and the counts per outcome', async () => {
    const el = await render(() => json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: COMMENTS }));
    expect(textOf(el)).to.contain('Vypořádáno 5 připomínek.');
    expect(texts(el, '.count')).to.deep.equal(['Přijato 2', 'Přijato zčásti 1', 'Nepřijato 1', 'Vzato na vědomí 1']);
    const first = all(el, '.item').find((i) => i.textContent!.includes('Připomínka č. 1'))!;
    expect(first.textContent!.replace(/\s+/g, ' ')).to.contain('Výsledek: Přijato – připomínku jsme do plánu zapracovali.');
    expect(first.textContent).to.contain('Zapracováno do opatření 1.1.');
    expect(first.textContent).to.contain('Doplnit „včetně víkendů“.');
    expect(first.textContent).to.contain('3F0C-2A8E');
    const second = all(el, '.item').find((i) => i.textContent!.includes('Připomínka č. 2'))!;
    expect(second.textContent).to.contain('Vzato na vědomí');
    expect(second.textContent).to.contain('Bez odůvodnění.');
    const fifth = all(el, '.item').find((i) => i.textContent!.includes('Připomínka č. 5'))!;
    expect(fifth.textContent).to.contain('Nepřijato');
    expect(fifth.className).to.contain('status-neakceptovano');
  });

  it('renders no personal field even if the server sent them', async () => {
    const el = await render(() => json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: COMMENTS }));
    const markup = root(el).innerHTML;
    for (const secret of ['Karel', 'Soukrom', 'karel.soukromy', '@example.cz', '2026-11-20', '3f0c2a8e-6a47', '203.0.113.7']) {
      expect(markup, secret).not.to.contain(secret);
    }
  });

  it('filters by outcome with the keyboard and announces how many are shown', async () => {
    const el = await render(() => json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: COMMENTS }));
    const select = root(el).querySelector<HTMLSelectElement>('#filter')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal([
      'Všechny připomínky (5)',
      'Přijato (2)',
      'Přijato zčásti (1)',
      'Nepřijato (1)',
      'Vzato na vědomí (1)',
    ]);
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal('akceptovano');
    expect(all(el, '.item')).to.have.length(2);
    expect(texts(el, '.group h3')).to.deep.equal(['Priorita 1: Senioři', 'Další části plánu']);
    expect(root(el).querySelector('.visually-hidden[role="status"]')!.textContent).to.contain('Zobrazeny 2 připomínky.');
    // The counts stay those of the whole settlement.
    expect(texts(el, '.count')[0]).to.equal('Přijato 2');
    await expect(el).to.be.accessible();
  });

  it('print: every comment, without the controls, accessibly; back to the filter afterwards', async () => {
    const el = await render(() => json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: COMMENTS }));
    const select = root(el).querySelector<HTMLSelectElement>('#filter')!;
    select.value = 'neakceptovano';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(all(el, '.item')).to.have.length(1);
    window.dispatchEvent(new Event('beforeprint'));
    expect(all(el, '.item'), 'rendered synchronously for the print layout').to.have.length(5);
    expect(root(el).querySelector('select, button')).to.equal(null);
    expect(all(el, '.count')).to.have.length(4);
    await expect(el).to.be.accessible();
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(all(el, '.item')).to.have.length(1);
    expect(root(el).querySelector('#filter')).to.exist;
  });

  it('speaks English with lang="en"', async () => {
    const el = await render(() => json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: COMMENTS }), { lang: 'en' });
    expect(textOf(el)).to.contain('Settlement of comments: Komunitní plán Testovska 2026–2028');
    expect(textOf(el)).to.contain('5 comments settled.');
    expect(texts(el, '.count')).to.deep.equal(['Accepted 2', 'Partly accepted 1', 'Not accepted 1', 'Noted 1']);
    expect(texts(el, '.group h3')[0]).to.equal('General comments on the whole plan');
    expect(textOf(el)).to.contain('No reason given.');
    await expect(el).to.be.accessible();
  });

  it('skips items without a number or text and ignores unknown statuses', async () => {
    const el = await render(() =>
      json({ comments: [{ number: 'x', message: 'a' }, { number: 7, message: '' }, { number: 8, message: 'Platná.', status: 'schvaleno', resolution: 'R.' }, null] }),
    );
    expect(all(el, '.item')).to.have.length(1);
    expect(all(el, '.item')[0]!.textContent).to.contain('Platná.');
    expect(all(el, '.item')[0]!.querySelector('.status')).to.equal(null);
  });
});
