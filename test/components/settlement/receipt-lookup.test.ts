/**
 * "Najít moji připomínku" in <kpss-settlement>: the field and its check, each
 * kind of answer in words (settled with a link to its row, not yet settled
 * with the promised date, a duplicate, several, none), every failure said as
 * a failure, the code from the page's address, and other languages.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KpssSettlement } from '../../../src/components/settlement/settlement.js';
import { clearRegionCache } from '../../../src/data/load.js';
import { define } from '../../../src/define.js';
import { receiptLookupUrl, receiptFromAddress, parseReceiptAnswer } from '../../../src/data/receipt-lookup.js';
import { makeRegion } from '../../fixtures/region.js';
import { json, settled, stubFetch, textOf, type FetchStub } from '../../helpers.js';

define('kpss-settlement', KpssSettlement);

type Route = (r: Request) => Response | Promise<Response>;

const TABLE = [
  { number: 1, receipt: '3F0C-2A8E', section: '1.1', message: 'Pečovatelská služba i o víkendech.', proposal: null, status: 'akceptovano', resolution: 'Zapracováno do opatření 1.1.' },
  { number: 3, receipt: 'BBBB-0003', section: '1', message: 'Senioři potřebují více služeb.', proposal: null, status: 'neakceptovano', resolution: 'Mimo plán.' },
];

let stub: FetchStub;
let routes: Record<string, Route>;

function region(settlementBy: string | null = '2099-01-31') {
  const r = makeRegion() as ReturnType<typeof makeRegion> & { plan: { settlementBy?: string } };
  if (settlementBy) r.plan.settlementBy = settlementBy;
  return r;
}

async function render(lookup: Route, options: { lang?: string; comments?: unknown[]; data?: unknown } = {}) {
  routes['/region.json'] = () => json(options.data ?? region());
  routes['/api/settlement'] = () => json({ region: 'testov', plan: 'kp-testov-2026-2028', comments: options.comments ?? TABLE });
  routes['/api/settlement/receipt'] = lookup;
  clearRegionCache();
  const el = await fixture<KpssSettlement>(html`<kpss-settlement src="/region.json" endpoint="/api/settlement" lang=${options.lang ?? 'cs'}></kpss-settlement>`);
  await settled(el);
  await until(el, () => !!$(el, '#receipt'), 'the look-up box');
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: KpssSettlement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const result = (el: KpssSettlement) => ($(el, '#lookup-result')!.textContent ?? '').replace(/\s+/g, ' ').trim();
const focused = (el: KpssSettlement) => el.shadowRoot!.activeElement as HTMLElement | null;

async function until(el: KpssSettlement, check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Types the code into the field by keyboard and presses Enter; waits for the answer. */
async function find(el: KpssSettlement, code: string) {
  const input = $<HTMLInputElement>(el, '#receipt')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (code) await sendKeys({ type: code });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await until(el, () => !/Hledám|Looking for|Шукаю/.test(result(el)), 'the answer');
}

const answer = (comments: unknown[], receipt = '3F0C-2A8E') => () => json({ region: 'testov', plan: 'kp-testov-2026-2028', receipt, comments });
const unknownReceipt = () => json({ error: { code: 'unknown-receipt', message: 'Zkontrolujte kód…' } }, { status: 404 });

describe('<kpss-settlement>: Najít moji připomínku', () => {
  beforeEach(() => {
    routes = {};
    stub = stubFetch(routes);
  });
  afterEach(() => stub.restore());

  it('a labelled field with its hint, for a code (no autocomplete, no spelling), a button, a polite live region; accessible', async () => {
    const el = await render(answer([]));
    const input = $<HTMLInputElement>(el, '#receipt')!;
    expect($(el, 'label[for="receipt"]')!.textContent).to.equal('Kód z potvrzení');
    expect($(el, '#receipt-hint')!.textContent).to.equal('např. 3F0C-2A8E; najdete ho na obrazovce po odeslání nebo v e-mailu');
    expect(input.getAttribute('aria-describedby')).to.equal('receipt-hint');
    expect(input.getAttribute('autocomplete')).to.equal('off');
    expect(input.getAttribute('inputmode')).to.equal('text');
    expect(input.getAttribute('spellcheck')).to.equal('false');
    expect($(el, '.lookup button[type="submit"]')!.textContent).to.equal('Najít');
    expect($(el, '.lookup h3')!.textContent).to.equal('Najít moji připomínku');
    expect($(el, '[part="lookup"]')).to.exist;
    expect($(el, '#lookup-result')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('checks the code before asking: empty and malformed are errors on the field, the typed text kept, no request', async () => {
    const el = await render(answer([]));
    await find(el, '');
    const input = $<HTMLInputElement>(el, '#receipt')!;
    expect($(el, '#receipt-error')!.textContent).to.contain('Napište kód z potvrzení');
    await find(el, '3F0C-2A8');
    expect(input.value).to.equal('3F0C-2A8');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('receipt-hint receipt-error');
    expect($(el, '#receipt-error')!.textContent).to.contain('Kód má 8 znaků: číslice 0–9 a písmena A–F');
    expect(focused(el)).to.equal(input);
    expect(stub.calls.some((u) => u.includes('/receipt'))).to.equal(false);
    await expect(el).to.be.accessible();
    // Correct it: the error goes as soon as the code is right.
    await sendKeys({ type: 'E' });
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect($(el, '#receipt-error')!.textContent).to.equal('');
  });

  it('a settled comment: its number and outcome in plain words, the reason, and a link that moves the focus to its row', async () => {
    const el = await render(answer([{ number: 1, section: '1.1', status: 'akceptovano', resolution: 'Zapracováno do opatření 1.1.' }]));
    await find(el, '3f0c2a8e');
    const call = new URL(stub.calls.find((u) => u.includes('/receipt'))!);
    expect(call.pathname).to.equal('/api/settlement/receipt');
    expect(Object.fromEntries(call.searchParams)).to.deep.equal({ region: 'testov', plan: 'kp-testov-2026-2028', receipt: '3F0C-2A8E' });
    expect(result(el)).to.contain('Připomínka č. 1: Přijato – připomínku jsme do plánu zapracovali.');
    expect(result(el)).to.contain('Odůvodnění: Zapracováno do opatření 1.1.');
    expect($(el, '#receipt-error')!.textContent).to.equal('');
    await expect(el).to.be.accessible();
    // The filter hides the row: the link shows all again and goes to it.
    const select = $<HTMLSelectElement>(el, '#filter')!;
    select.value = 'neakceptovano';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, '#lookup-result a.to-item')!;
    expect(link.textContent!.trim()).to.equal('Zobrazit připomínku č. 1 v tabulce');
    link.click();
    await until(el, () => focused(el)?.localName === 'article', 'the focus on the row');
    expect(focused(el)!.getAttribute('aria-labelledby')).to.equal('c-1');
    expect(select.value).to.equal('all');
  });

  it('a comment not settled yet: received, not settled, and when the settlement is due; no date once it has passed', async () => {
    const el = await render(answer([{ number: 7, status: null }]));
    await find(el, '3F0C-2A8E');
    expect(result(el)).to.equal('Připomínku č. 7 jsme přijali. Zatím není vypořádaná. Vypořádání zveřejníme do 31. ledna 2099.');
    expect($(el, '#lookup-result a')).to.equal(null);
    await expect(el).to.be.accessible();
    const past = await render(answer([{ number: 7, status: null }]), { data: region('2020-01-31') });
    await find(past, '3F0C-2A8E');
    expect(result(past)).to.equal('Připomínku č. 7 jsme přijali. Zatím není vypořádaná.');
    const none = await render(answer([{ number: 7, status: null }]), { data: region(null) });
    await find(none, '3F0C-2A8E');
    expect(result(none)).to.equal('Připomínku č. 7 jsme přijali. Zatím není vypořádaná.');
  });

  it('with nothing published yet, the box is still there and says the comment was received', async () => {
    const el = await render(answer([{ number: 1, status: null }]), { comments: [] });
    expect(textOf(el)).to.contain('zatím nebylo zveřejněno');
    await find(el, '3F0C-2A8E');
    expect(result(el)).to.contain('Připomínku č. 1 jsme přijali.');
    await expect(el).to.be.accessible();
  });

  it('a duplicate: which comment it repeats, and that one’s outcome with a link to it (or that it is not settled yet)', async () => {
    const el = await render(answer([{ number: 9, status: null, duplicateOf: 3 }]));
    await find(el, '3F0C-2A8E');
    expect(result(el)).to.contain('Připomínka č. 9 je stejná jako připomínka č. 3, proto je vypořádáváme společně.');
    expect(result(el)).to.contain('Připomínka č. 3: Nepřijato');
    expect(result(el)).to.contain('Mimo plán.');
    expect($(el, '#lookup-result a.to-item')!.textContent!.trim()).to.equal('Zobrazit připomínku č. 3 v tabulce');
    await expect(el).to.be.accessible();
    const open = await render(answer([{ number: 9, status: null, duplicateOf: 8 }]));
    await find(open, '3F0C-2A8E');
    expect(result(open)).to.contain('Připomínka č. 8 zatím není vypořádaná.');
    expect(result(open)).to.contain('do 31. ledna 2099');
  });

  it('several comments with the same code: each one, in a list', async () => {
    const el = await render(answer([{ number: 1, section: '1.1', status: 'akceptovano', resolution: 'Zapracováno do opatření 1.1.' }, { number: 4, status: null }]));
    await find(el, '3F0C-2A8E');
    expect(result(el)).to.contain('Kód 3F0C-2A8E má 2 připomínky:');
    const items = [...el.shadowRoot!.querySelectorAll('#lookup-result li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(2);
    expect(items[0]).to.contain('Připomínka č. 1: Přijato');
    expect(items[1]).to.contain('Připomínku č. 4 jsme přijali.');
    await expect(el).to.be.accessible();
  });

  it('not found: says so with what to check', async () => {
    const el = await render(unknownReceipt);
    await find(el, '0000-0000');
    expect(result(el)).to.contain('Připomínku s kódem 0000-0000 jsme u tohoto plánu nenašli. Zkontrolujte, že kód souhlasí s potvrzením');
    await expect(el).to.be.accessible();
  });

  it('a failure is said as a failure, never as "not found": no connection, a server error, too many look-ups, no look-up there', async () => {
    const cases: Array<[Route, string]> = [
      [() => Promise.reject(new TypeError('Failed to fetch')), 'Nepodařilo se spojit se serverem'],
      [() => json({ error: { code: 'internal', message: 'x' } }, { status: 500 }), 'Server hledání nezvládl (chyba 500)'],
      [() => json({ error: { code: 'rate-limited', message: 'x' } }, { status: 429 }), 'příliš mnoho hledání'],
      [() => json({ error: { code: 'unknown-plan', message: 'x' } }, { status: 404 }), 'Server tento plán nezná'],
      [() => new Response('<h1>Not Found</h1>', { status: 404, headers: { 'content-type': 'text/html' } }), 'Hledání podle kódu tu teď nefunguje'],
      [() => json({ error: { code: 'not-found', message: 'No GET /api/settlement/receipt here.' } }, { status: 404 }), 'Server hledání nezvládl (chyba 404)'],
    ];
    for (const [route, expected] of cases) {
      const el = await render(route);
      await find(el, '3F0C-2A8E');
      expect(result(el), expected).to.contain(expected);
      expect(result(el)).not.to.contain('nenašli');
    }
    await expect(await render(cases[0]![0])).to.be.accessible();
  });

  it('a code in the page’s address (?kpss-receipt=, as the mail links): filled in, looked up, the focus on the answer', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?kpss-receipt=3f0c2a8e`);
    try {
      const el = await render(answer([{ number: 1, section: '1.1', status: 'akceptovano', resolution: 'Zapracováno do opatření 1.1.' }]));
      await until(el, () => result(el).includes('Připomínka č. 1'), 'the answer');
      expect($<HTMLInputElement>(el, '#receipt')!.value).to.equal('3f0c2a8e');
      await until(el, () => focused(el)?.id === 'lookup-result', 'the focus on the answer');
      history.replaceState(null, '', `${location.pathname}?kpss-receipt=nesmysl`);
      const bad = await render(answer([]));
      await until(bad, () => $(bad, '#receipt-error')!.textContent !== '', 'the error');
      expect($<HTMLInputElement>(bad, '#receipt')!.value).to.equal('nesmysl');
      expect(focused(bad)?.id).to.equal('receipt');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('speaks English and Ukrainian; the reason, Czech data, marked Czech', async () => {
    const settledAnswer = answer([{ number: 1, section: '1.1', status: 'akceptovano', resolution: 'Zapracováno do opatření 1.1.' }]);
    const en = await render(settledAnswer, { lang: 'en' });
    expect($(en, 'label[for="receipt"]')!.textContent).to.equal('Code from the confirmation');
    await find(en, '3F0C-2A8E');
    expect(result(en)).to.contain('Comment no. 1: Accepted – we have put the comment into the plan.');
    expect($(en, '#lookup-result .reason [lang="cs"]')!.textContent).to.equal('Zapracováno do opatření 1.1.');
    await expect(en).to.be.accessible();
    const uk = await render(answer([{ number: 7, status: null }]), { lang: 'uk' });
    await find(uk, '3F0C-2A8E');
    expect(result(uk)).to.contain('Ми отримали зауваження № 7.');
    expect(result(uk)).to.contain('2099');
  });
});

describe('the look-up in data', () => {
  it('the route under the settlement URL', () => {
    expect(receiptLookupUrl('https://kpss.example/api/settlement?region=a&plan=b', '3F0C-2A8E')).to.equal(
      'https://kpss.example/api/settlement/receipt?region=a&plan=b&receipt=3F0C-2A8E',
    );
    expect(receiptLookupUrl('https://kpss.example/kpss/api/settlement/?region=a&plan=b', 'AAAA-BBBB')).to.equal(
      'https://kpss.example/kpss/api/settlement/receipt?region=a&plan=b&receipt=AAAA-BBBB',
    );
  });
  it('the code from the address, in the query or after a fragment', () => {
    expect(receiptFromAddress('https://town.example/vyporadani?kpss-receipt=3F0C-2A8E')).to.equal('3F0C-2A8E');
    expect(receiptFromAddress('https://town.example/demo/#vyporadani?kpss-receipt=3f0c2a8e')).to.equal('3f0c2a8e');
    expect(receiptFromAddress('https://town.example/vyporadani')).to.equal('');
  });
  it('copies only the published fields; no reason without a status', () => {
    const read = parseReceiptAnswer({ comments: [{ number: 2, status: null, resolution: 'Rozpracováno.', name: 'Karel', email: 'k@example.cz' }, { number: 'x' }] }, 'AAAA-BBBB');
    expect(read).to.deep.equal({ receipt: 'AAAA-BBBB', matches: [{ number: 2, status: null, section: null, resolution: null, duplicateOf: null }] });
  });
});
