import { expect } from '@open-wc/testing';
import { inSituation, municipalitiesOf, servesMunicipality } from '../../src/data/catalog-filter.js';
import { applyFilters, facetCounts } from './facet-reference.js';
import { parseRegionData } from '../../src/data/parse.js';
import { makeCatalogRegion } from '../fixtures/catalog.js';

const services = parseRegionData(makeCatalogRegion()).services;
const byId = (id: string) => services.find((s) => s.id === id)!;
const ids = (list: readonly { id: string }[]) => list.map((s) => s.id).sort();

describe('catalogue filters', () => {
  it('a service serves a town by location, by areaServed, or by serving the whole region', () => {
    expect(servesMunicipality(byId('rana'), 'Nýrsko'), 'location there').to.be.true;
    expect(servesMunicipality(byId('rana'), 'Běšiny'), 'listed in areaServed').to.be.true;
    expect(servesMunicipality(byId('rana'), 'Sušice')).to.be.false;
    expect(servesMunicipality(byId('pec-ch'), 'Sušice'), 'no areaServed: the whole region').to.be.true;
    expect(servesMunicipality(byId('pec-kt'), 'Nýrsko')).to.be.false;
    expect(servesMunicipality(byId('pec-kt'), 'besiny'), 'folded names').to.be.true;
  });

  it('the municipality filter keeps exactly the services that serve the town', () => {
    expect(ids(applyFilters(services, { municipality: 'Nýrsko' }))).to.deep.equal(
      ['dps-kt', 'dps-su', 'dzr', 'ic', 'osp', 'pec-ch', 'rana', 'std', 'taxi', 'xss'].sort(),
    );
  });

  it('each filter narrows, and combinations intersect', () => {
    const all = services.length;
    const filters = [
      { situation: 'stari-a-pece' as const },
      { kinds: ['pecovatelska-sluzba' as const] },
      { forms: ['pobytova' as const] },
      { targetGroups: ['rodiny-s-detmi' as const] },
      { municipality: 'Sušice' },
    ];
    for (const f of filters) {
      const kept = applyFilters(services, f).length;
      expect(kept, JSON.stringify(f)).to.be.greaterThan(0).and.lessThan(all);
    }
    for (const a of filters) {
      for (const b of filters) {
        const both = ids(applyFilters(services, { ...a, ...b }));
        const intersection = ids(applyFilters(services, a)).filter((id) => ids(applyFilters(services, b)).includes(id));
        expect(both, `${JSON.stringify(a)} + ${JSON.stringify(b)}`).to.deep.equal(intersection);
      }
    }
    expect(ids(applyFilters(services, { situation: 'rodina-a-deti', municipality: 'Sušice' }))).to.deep.equal(['azyl']);
  });

  it('several values of one filter are alternatives', () => {
    expect(ids(applyFilters(services, { kinds: ['azylove-domy', 'rana-pece'] }))).to.deep.equal(['azyl', 'rana']);
  });

  it('maps life situations through target groups, kinds and word stems', () => {
    expect(inSituation(byId('taxi'), 'stari-a-pece')).to.be.true;
    expect(inSituation(byId('dzr'), 'stari-a-pece')).to.be.true;
    expect(inSituation(byId('osp'), 'dluhy-a-finance'), 'by "dluhy" in the description').to.be.true;
    expect(inSituation(byId('ic'), 'krize-a-nasili')).to.be.true;
    expect(inSituation(byId('azyl'), 'bydleni')).to.be.true;
    expect(inSituation(byId('azyl'), 'stari-a-pece')).to.be.false;
  });

  it('counts what each value would give with the other filters applied', () => {
    const counts = facetCounts(services, { municipality: 'Sušice', kinds: ['pecovatelska-sluzba'] }, ['Sušice', 'Nýrsko']);
    const withKind = applyFilters(services, { kinds: ['pecovatelska-sluzba'] });
    expect(counts.municipality.get('Sušice')).to.equal(applyFilters(withKind, { municipality: 'Sušice' }).length);
    expect(counts.municipality.get('Nýrsko')).to.equal(applyFilters(withKind, { municipality: 'Nýrsko' }).length);
    expect(counts.kinds.get('domovy-pro-seniory'), 'dps-su, and dps-kt serving the whole region').to.equal(2);
    expect(counts.forms.get('terenni')).to.equal(2);
  });

  it('offers the region municipalities and those named in the data, sorted in Czech', () => {
    expect(municipalitiesOf(['Sušice', 'Klatovy'], services)).to.deep.equal(['Běšiny', 'Klatovy', 'Nýrsko', 'Sušice']);
  });
});
