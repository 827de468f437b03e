import { expect } from '@open-wc/testing';
import { createServiceIndex } from '../../src/data/catalog-search.js';
import { allLabels } from '../../src/l10n/labels.js';
import { ensureLocale } from '../../src/l10n/localize.js';
import { parseRegionData } from '../../src/data/parse.js';
import { SearchIndex, maxTypos, stem, type SearchField } from '../../src/data/search.js';
import { words } from '../../src/data/text.js';
import { makeCatalogRegion } from '../fixtures/catalog.js';
import { makeRegion } from '../fixtures/region.js';

const data = parseRegionData(makeCatalogRegion());
const index = createServiceIndex(data.services, allLabels);
const ids = (query: string) => index.search(query).map((h) => data.services[h.index]!.id);

/** A catalogue of the given services (defaults filled in), through the contract's parser as in the widget. */
function catalogOf(services: Record<string, unknown>[]) {
  const parsed = parseRegionData({ ...makeRegion(), services: services.map((s) => ({ forms: ['ambulantni'], ...s })) });
  const catalog = createServiceIndex(parsed.services, allLabels);
  return (query: string) => catalog.search(query).map((h) => parsed.services[h.index]!.id);
}

/** A bare index over strings (one field) or records, to test the matching itself. */
const textField: SearchField<string> = { weight: 1, get: (s) => s };
function over(texts: string[]) {
  const bare = new SearchIndex(texts, [textField]);
  return (query: string) => bare.search(query).map((h) => texts[h.index]!);
}

describe('catalogue search', () => {
  it('ignores diacritics and case', () => {
    expect(ids('PEČOVATELSKÁ')).to.deep.equal(ids('pecovatelska'));
  });

  it('"pecovatelska" finds every pečovatelská služba and ranks them first', () => {
    const found = ids('pecovatelska');
    expect(found.slice(0, 3)).to.have.members(['pec-kt', 'pec-su', 'pec-ch']);
    expect(found, 'the description match comes after').to.include('std');
    expect(found.indexOf('std')).to.be.greaterThan(2);
  });

  it('"domov senior" finds the domovy pro seniory first', () => {
    const found = ids('domov senior');
    expect(found.slice(0, 2)).to.have.members(['dps-kt', 'dps-su']);
    expect(found).not.to.include('azyl');
  });

  it('"pecovatelska klatovy" needs both words', () => {
    expect(ids('pecovatelska klatovy')[0]).to.equal('pec-kt');
    expect(ids('pecovatelska klatovy')).not.to.include('pec-su');
  });

  it('finds through a two-letter typo', () => {
    expect(ids('pecovatlska').slice(0, 3)).to.have.members(['pec-kt', 'pec-su', 'pec-ch']);
    expect(ids('alzhaimer')).to.include('dzr');
    expect(ids('azylvy dum')).to.include('azyl');
  });

  it('matches word beginnings as people type', () => {
    expect(ids('azyl')).to.deep.equal(['azyl']);
    expect(ids('dluh')).to.deep.equal(['osp']);
    expect(ids('exekuce')).to.deep.equal(['osp']);
  });

  it('searches target groups, and kind labels in English once English is loaded', async () => {
    expect(ids('demenci')).to.include('dzr');
    // A Czech page has only the Czech labels: the English ones come with the English chunk.
    expect(ids('home care')).not.to.include('pec-kt');
    await ensureLocale('en');
    const withEnglish = createServiceIndex(data.services, allLabels);
    expect(withEnglish.search('home care').map((h) => data.services[h.index]!.id)).to.include('pec-kt');
    expect(withEnglish.search('pecovatelska').map((h) => data.services[h.index]!.id)).to.include('pec-kt');
  });

  it('returns everything, in order, for an empty query', () => {
    expect(ids('  ')).to.deep.equal(data.services.map((s) => s.id));
  });

  it('finds nothing for nonsense', () => {
    expect(ids('xqzwv')).to.deep.equal([]);
  });

  it('meets Czech endings on both sides', () => {
    // "Pomůžeme s dluhy" under the kind "Odborné sociální poradenství".
    expect(ids('dluhove poradenstvi')).to.deep.equal(['osp']);
    expect(ids('dluhu')).to.deep.equal(['osp']);
    // "Domov pro seniory …", target group "senioři".
    expect(ids('domovy seniorum').slice(0, 2)).to.have.members(['dps-kt', 'dps-su']);
    // "Azylový dům pro matky s dětmi", kind "Azylové domy".
    expect(ids('azylove domy')).to.deep.equal(['azyl']);
    expect(ids('dum')).to.include('azyl');
  });

  it('"azylovy dum" finds a shelter whose name has neither word, through the kind label', () => {
    const search = catalogOf([
      { id: 'archa', name: 'Azylové bydlení Archa', provider: { name: 'Archa, z. s.' }, kind: 'azylove-domy' },
      { id: 'ddm', name: 'Dům dětí a mládeže', provider: { name: 'Město' }, kind: 'navazna-sluzba' },
    ]);
    expect(search('azylovy dum')).to.deep.equal(['archa']);
  });

  it('puts a service whose kind label matches every word above one that only names the words', () => {
    const search = catalogOf([
      { id: 'mentions', name: 'Dílna ve spolupráci s pečovatelskou službou', provider: { name: 'Dílna, z. s.' }, kind: 'socialne-terapeuticke-dilny' },
      { id: 'kind', name: 'Charitní služba v domácnosti', provider: { name: 'Charita' }, kind: 'pecovatelska-sluzba' },
    ]);
    expect(search('pecovatelska')).to.deep.equal(['kind', 'mentions']);
    expect(search('pecovatelska sluzba')).to.deep.equal(['kind', 'mentions']);
  });

  it('ranks a service located in or serving the town above one whose provider is named after it', () => {
    const search = catalogOf([
      { id: 'seat', name: 'Charitní pečovatelská služba Chudenice', provider: { name: 'Oblastní charita Klatovy' }, kind: 'pecovatelska-sluzba', areaServed: ['Chudenice'] },
      { id: 'serves', name: 'Pečovatelská služba', provider: { name: 'Obec Běšiny' }, kind: 'pecovatelska-sluzba', areaServed: ['Běšiny', 'Klatovy'] },
    ]);
    expect(search('pecovatelska klatovy')).to.deep.equal(['serves', 'seat']);
  });
});

describe('SearchIndex', () => {
  it('matches whole words or their beginnings, never a query inside a longer word', () => {
    const search = over(['Noclehárna pro muže', 'Raná péče', 'Chráněné bydlení Jeseník', 'Klub seniorů']);
    expect(search('rana')).to.deep.equal(['Raná péče']);
    expect(search('senior')).to.deep.equal(['Klub seniorů']);
    expect(search('lehar'), 'inside "noclehárna"').to.deep.equal([]);
    expect(search('jesen')).to.deep.equal(['Chráněné bydlení Jeseník']);
  });

  it('allows one typo from 4 letters and two from 6, counting a swap of neighbours as one', () => {
    expect([3, 4, 5, 6, 12].map(maxTypos)).to.deep.equal([0, 1, 1, 2, 2]);
    const search = over(['Domov pro seniory', 'Klub seniorů', 'Dům na půl cesty']);
    expect(search('domvo')[0]).to.equal('Domov pro seniory');
    expect(search('seniru')).to.have.members(['Domov pro seniory', 'Klub seniorů']);
    expect(search('snr'), 'no typos under 4 letters').to.deep.equal([]);
    expect(search('dxmxv'), 'two typos in 5 letters').to.deep.equal([]);
  });

  it('finds a word whose beginning is within a typo, as people type', () => {
    const search = over(['Pečovatelská služba', 'Osobní asistence']);
    expect(search('pecovatl')).to.deep.equal(['Pečovatelská služba']);
    expect(search('asistnec')).to.deep.equal(['Osobní asistence']);
  });

  it('finds a typo\'d word together with its other endings', () => {
    const search = over(['dluhové poradenství', 'pomoc s dluhy', 'dluhopisy']);
    expect(search('dluhvoe')).to.have.members(['dluhové poradenství', 'pomoc s dluhy']);
    // Two typos in a word's beginning are too many ("dluhvoe" / "dluho…").
    expect(search('dluhvoe')).not.to.include('dluhopisy');
  });

  it('takes a word the index knows as meant, without typo matches', () => {
    const search = over(['Raná péče', 'Rada seniorů']);
    expect(search('rana')).to.deep.equal(['Raná péče']);
  });

  it('keeps every typo match however many words begin with the query', () => {
    // Old behaviour: fuse.js returned its 12 best, the words beginning with the query among them, which were then dropped.
    const beginning = 'bcdfghjklmnpqrstvwxz'.split('').map((c) => `tabory${c}`);
    const typos = 'bcdfghjklmnpqstvwxz'.split('').map((c) => `tabo${c}`);
    const search = over([...beginning, ...typos]);
    expect(search('tabor')).to.have.members([...beginning, ...typos]);
  });

  it('ranks exact words above other endings, beginnings and typos', () => {
    const texts = ['seniory', 'seniorka', 'seniorů', 'senzor'];
    const bare = new SearchIndex(texts, [textField]);
    const score = (query: string) => Object.fromEntries(bare.search(query).map((h) => [texts[h.index]!, h.score]));
    const exact = score('seniory');
    expect(Object.keys(exact)).to.deep.equal(['seniory', 'seniorů'], 'a known word gets no typo matches');
    expect(exact['seniory']).to.be.greaterThan(exact['seniorů']!);
    const typed = score('senior');
    // "senior" is no word here: its endings and beginnings, and "senzor" a typo away.
    expect(typed['seniory']).to.equal(typed['seniorů']);
    expect(typed['seniory']).to.be.greaterThan(typed['seniorka']!);
    expect(typed['seniorka']).to.be.greaterThan(typed['senzor']!);
  });

  it('orders hits by score, best first, ties in list order', () => {
    const texts = Array.from({ length: 300 }, (_, i) => ['klub', 'klub seniorů', 'domov', 'kluby'][i % 4]! + ` ${i}`);
    const bare = new SearchIndex(texts, [textField, { weight: 2, get: (s: string) => (s.startsWith('kluby') ? 'klub' : undefined) }]);
    const hits = bare.search('klub');
    expect(hits).to.have.length(225);
    const sorted = [...hits].sort((a, b) => b.score - a.score || a.index - b.index);
    expect(hits).to.deep.equal(sorted);
    expect(hits[0]!.index).to.equal(3);
    expect(hits.at(-1)!.index).to.equal(297);
  });

  it('gives the all-words bonus only when that field alone holds every query word', () => {
    interface Item {
      name: string;
      kind: string;
    }
    const items: Item[] = [
      { name: 'alfa beta', kind: 'gama' },
      { name: 'gama', kind: 'alfa beta' },
      { name: 'alfa', kind: 'beta' },
    ];
    const bonus = new SearchIndex(items, [
      { weight: 3, get: (i: Item) => i.name },
      { weight: 2.5, get: (i: Item) => i.kind, allWordsBonus: 3 },
    ]);
    const hits = bonus.search('alfa beta');
    expect(hits.map((h) => h.index)).to.deep.equal([1, 0, 2]);
    expect(hits.map((h) => h.score)).to.deep.equal([2.5 + 2.5 + 3 + 3, 3 + 3, 3 + 2.5]);
  });

  it('indexes a repeated field (labels) exactly as a plain one', () => {
    const labels = ['Domovy pro seniory', 'Pečovatelská služba', 'Domovy pro seniory'];
    const plain = new SearchIndex(labels, [textField]);
    const repeated = new SearchIndex(labels, [{ ...textField, repeated: true }]);
    for (const query of ['domov', 'seniorum', 'pecovatelska sluzba', 'pro']) expect(repeated.search(query)).to.deep.equal(plain.search(query));
  });

  it('splits and folds text as words() does, decomposed accents and symbols included', () => {
    const texts = ['Pec\u030Covatelska\u0301 služba', 'abc😀def', 'ŁÓDŹ–Kraków', 'Straße 12/3', '«Ørsted» İzmir'];
    const search = over(texts);
    expect(search('pečovatelská')).to.deep.equal([texts[0]]);
    expect(search('def')).to.deep.equal([texts[1]]);
    expect(search('abc')).to.deep.equal([texts[1]]);
    expect(search('lodz krakow')).to.deep.equal([texts[2]]);
    for (const text of texts) expect(search(words(text).join(' ')), text).to.include(text);
  });
});

describe('search index: one-letter queries and the deferred build', () => {
  it('a one-letter word (summed once per index) finds and ranks as the same word would through its candidates', () => {
    // Reference: a one-letter word matches every word that begins with it, at PREFIX quality (EXACT for the letter itself).
    const texts = ['pomoc v nouzi', 'azylový dům', 'p', 'sociální poradenství', 'denní stacionář', 'pečovatelská služba', 'služba pro seniory'];
    const search = over(texts);
    expect(search('p')).to.have.members(texts.filter((t) => words(t).some((w) => w.startsWith('p'))));
    expect(search('p')[0], 'the exact one-letter word first').to.equal('p');
    expect(search('p s')).to.have.members(['pečovatelská služba', 'služba pro seniory', 'sociální poradenství']);
    // In the catalogue: "p" keeps every service with a word beginning with p, kind matches first (the bonus).
    const found = ids('p');
    const expected = data.services.filter((svc) => words([svc.name, svc.description ?? '', svc.provider.name].join(' ')).some((w) => w.startsWith('p'))).map((svc) => svc.id);
    expect(found).to.include.members(expected);
  });

  it('a deferred build in slices gives the same answers as a build at once, and a search finishes it', () => {
    const deferred = createServiceIndex(data.services, allLabels, { deferred: true });
    expect(deferred.ready).to.be.false;
    let slices = 0;
    while (!deferred.step(performance.now())) slices++;
    expect(slices, 'built in several slices').to.be.greaterThan(1);
    for (const q of ['p', 'pecovatelska', 'domov senior', 'dluhy', 'k', 'azyl dum']) {
      expect(deferred.search(q), q).to.deep.equal(index.search(q));
    }
    const lazy = createServiceIndex(data.services, allLabels, { deferred: true });
    expect(lazy.search('pecovatelska')).to.deep.equal(index.search('pecovatelska'));
    expect(lazy.ready).to.be.true;
  });
});

describe('stem', () => {
  it('meets the endings of a word', () => {
    const same = (...forms: string[]) => expect(new Set(forms.map(stem)).size, forms.join(', ')).to.equal(1);
    same('dum', 'domy', 'domu', 'domov', 'domova', 'domovy');
    same('dluh', 'dluhy', 'dluhu', 'dluhove', 'dluhova', 'dluhovou', 'dluhovych');
    same('senior', 'seniory', 'seniori', 'senioru', 'seniorum', 'seniorech', 'seniorove');
    same('pecovatelska', 'pecovatelske', 'pecovatelskou', 'pecovatelskych');
    same('klatovy', 'klatovech');
    same('deti', 'detem', 'detmi');
  });

  it('keeps at least three letters and leaves digits and other scripts alone', () => {
    expect(['pro', 'novy', 'slova', 'rana', 'ova'].map(stem)).to.deep.equal(['pro', 'nov', 'slov', 'ran', 'ova']);
    expect(['339', 'p12a', 'łodz'].map(stem)).to.deep.equal(['339', 'p12a', 'łodz']);
  });
});
