import { expect } from '@open-wc/testing';
import { AGE_GROUP_CODES, EVENT_TYPE_CODES, FORM_CODES, KIND_CODES, KIND_GROUP, KIND_GROUP_CODES, TARGET_GROUP_CODES } from '../../src/data/taxonomy.js';
import { LIFE_SITUATIONS } from '../../src/data/situations.js';
import { csLabels } from '../../src/l10n/cs/labels.js';
import { enLabels } from '../../src/l10n/en-labels.js';
import { allLabels, label, labelsVersion, registerLabels } from '../../src/l10n/labels.js';
import { ensureLocale } from '../../src/l10n/localize.js';

const CODES = {
  kindGroups: KIND_GROUP_CODES,
  kinds: KIND_CODES,
  forms: FORM_CODES,
  formsPlain: FORM_CODES,
  targetGroups: TARGET_GROUP_CODES,
  ageGroups: AGE_GROUP_CODES,
  eventTypes: EVENT_TYPE_CODES,
  situations: Object.keys(LIFE_SITUATIONS),
};

describe('code labels', () => {
  it('label every code of every table in Czech and in English, nothing more', () => {
    for (const [name, codes] of Object.entries(CODES)) {
      for (const set of [csLabels, enLabels]) {
        const table = set[name as keyof typeof csLabels] as Record<string, string>;
        expect(Object.keys(table).sort(), name).to.deep.equal([...codes].sort());
        for (const code of codes) expect(table[code], `${name}.${code}`).to.be.a('string').and.not.empty;
      }
    }
    expect(KIND_CODES).to.have.length(35);
    expect(TARGET_GROUP_CODES).to.have.length(29);
    expect(Object.keys(KIND_GROUP).sort(), 'every kind has its group').to.deep.equal([...KIND_CODES].sort());
    expect([KIND_GROUP['odborne-socialni-poradenstvi'], KIND_GROUP['pecovatelska-sluzba'], KIND_GROUP['rana-pece'], KIND_GROUP['socialni-rehabilitace'], KIND_GROUP['centrum-dusevniho-zdravi'], KIND_GROUP['navazna-sluzba']]).to.deep.equal(['poradenstvi', 'pece', 'prevence', 'prevence', 'socialne-zdravotni', 'navazne']);
  });

  it('give each code its own Czech label (the tables written in code order are not shifted)', () => {
    const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    for (const [name, table] of Object.entries(csLabels)) {
      if (name === 'formsPlain') continue;
      for (const [code, text] of Object.entries(table as Record<string, string>)) {
        // The codes are made from the Czech words: some word of the label begins as the code does.
        const start = code.split('-')[0]!.slice(0, 4);
        expect(fold(text).split(/[^a-z0-9]+/).some((w) => w.startsWith(start)), `${name}.${code}: ${text}`).to.be.true;
      }
    }
    expect(csLabels.formsPlain).to.deep.equal({ ambulantni: 'vy přijdete za službou', terenni: 'přijdou za vámi domů nebo na ulici', pobytova: 'v zařízení bydlíte' });
  });

  it('a Czech page knows only the Czech labels; English arrives with the English chunk', async () => {
    expect(label('kinds', 'pecovatelska-sluzba', 'cs')).to.equal('Pečovatelská služba');
    expect(allLabels('kinds', 'pecovatelska-sluzba')).to.deep.equal(['Pečovatelská služba']);
    const before = labelsVersion();
    await ensureLocale('en');
    expect(labelsVersion()).to.be.greaterThan(before);
    expect(label('kinds', 'pecovatelska-sluzba', 'en')).to.equal('Home care service');
    expect(allLabels('kinds', 'pecovatelska-sluzba')).to.deep.equal(['Pečovatelská služba', 'Home care service']);
  });

  it('a label a language lacks falls back to English, then Czech', () => {
    registerLabels('uk', { ...csLabels, kinds: { ...csLabels.kinds, 'pecovatelska-sluzba': '' } });
    expect(label('kinds', 'pecovatelska-sluzba', 'uk')).to.equal('Home care service');
    expect(label('kinds', 'osobni-asistence', 'uk')).to.equal('Osobní asistence');
  });
});
