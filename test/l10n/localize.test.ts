import { expect, fixture, html } from '@open-wc/testing';
import { KpssCatalog } from '../../src/components/catalog/catalog.js';
import { define } from '../../src/define.js';
import { makeRegion } from '../fixtures/region.js';
import { json, settled, stubFetch, textOf, type FetchStub } from '../helpers.js';
import { plural } from '../../src/l10n/plural.js';
import { toLocale } from '../../src/l10n/localize.js';

define('kpss-catalog', KpssCatalog);

describe('localization', () => {
  let stub: FetchStub;
  beforeEach(() => (stub = stubFetch({ '/r.json': () => json(makeRegion()) })));
  afterEach(() => stub.restore());

  it('is Czech by default', async () => {
    const el = await fixture<KpssCatalog>(html`<kpss-catalog src="/r.json"></kpss-catalog>`);
    await settled(el);
    expect(textOf(el)).to.contain('3 služby');
  });

  it('follows its own lang attribute, then the nearest [lang], and updates on change', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB"><kpss-catalog src="/r.json"></kpss-catalog></div>`);
    const el = wrapper.querySelector('kpss-catalog')!;
    await settled(el);
    expect(textOf(el)).to.contain('3 services');
    el.setAttribute('lang', 'cs');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(el)).to.contain('3 služby');
    el.setAttribute('lang', 'de');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(el), 'an unsupported lang falls through to the ancestor').to.contain('3 services');
  });

  it('has Czech plural forms', () => {
    const forms = { one: '# služba', few: '# služby', many: '# služby', other: '# služeb' };
    expect([1, 2, 4, 5, 21, 1000].map((n) => plural('cs', n, forms))).to.deep.equal([
      '1 služba', '2 služby', '4 služby', '5 služeb', '21 služeb', '1\u00a0000 služeb',
    ]);
  });

  it('maps language tags to supported locales', () => {
    expect(toLocale('cs-CZ')).to.equal('cs');
    expect(toLocale('EN')).to.equal('en');
    expect(toLocale('de')).to.equal(undefined);
    expect(toLocale('')).to.equal(undefined);
  });
});

describe('formatNumber', () => {
  it('writes whole numbers exactly as Intl does in every language (without waiting for its number data)', async () => {
    const { formatNumber } = await import('../../src/l10n/plural.js');
    for (const locale of ['cs', 'en', 'uk']) {
      const intl = new Intl.NumberFormat(locale);
      for (const n of [0, 7, 42, 999, 1000, 6000, 12_345, 100_000, 1_234_567, 98_765_432, 2.5, -1200]) {
        expect(formatNumber(locale, n), `${locale} ${n}`).to.equal(intl.format(n));
      }
    }
  });
});
