/** A region with meetings around a fixed "now": Thursday 3 December 2026, 10:30 in Prague. */
import { makeRegion } from '../../fixtures/region.js';

export const NOW = new Date('2026-12-03T10:30:00+01:00');

export const LONG_CZECH =
  'Příliš žluťoučký kůň úpěl ďábelské ódy; řeřicha, čočka a šťovík: Žďár nad Sázavou, Ústí nad Orlicí, Šumperk, Čáslav a Dvůr Králové';

export function makeEventsRegion() {
  const region = makeRegion();
  return {
    ...region,
    events: [
      {
        id: 'rs-2026-03',
        title: 'Řídící skupina KPSS',
        type: 'ridici-skupina',
        start: '2026-03-18T14:00:00+01:00',
        end: '2026-03-18T16:00:00+01:00',
        location: { name: 'MěÚ Klatovy, zasedací místnost rady', address: 'náměstí Míru 62, 339 01 Klatovy', lat: 49.39445, lng: 13.28516 },
        documents: [
          { title: 'Zápis', url: 'https://example.org/kpss/2026-03-18-rs-zapis.pdf' },
          { title: 'Harmonogram', url: 'https://example.org/kpss/harmonogram.docx' },
          { title: 'Zlý odkaz', url: 'javascript:window.__kpssXss=1' },
        ],
      },
      {
        id: 'vs-2026-11',
        title: 'Veřejné projednání návrhu plánu',
        type: 'verejne-setkani',
        start: '2026-11-26T17:00:00+01:00',
        end: '2026-11-26T19:00:00+01:00',
        location: { name: 'Kulturní dům Klatovy', address: 'Denisova 64, 339 01 Klatovy' },
        documents: [{ title: 'Zápis', url: 'https://example.org/kpss/2026-11-26-vs-zapis.pdf' }],
      },
      {
        id: 'ks-probiha',
        title: 'Kulatý stůl: dostupné bydlení',
        type: 'kulaty-stul',
        start: '2026-12-03T09:00:00+01:00',
        end: '2026-12-03T12:00:00+01:00',
        location: { address: 'Pražská 118, 339 01 Klatovy' },
      },
      {
        id: 'ps-seniori-2026-12',
        title: 'Pracovní skupina Senioři',
        type: 'pracovni-skupina',
        start: '2026-12-03T14:00:00+01:00',
        end: '2026-12-03T16:00:00+01:00',
        location: { name: 'Sociální služby města Klatovy, klubovna', address: 'Vídeňská 66, 339 01 Klatovy', lat: 49.39707, lng: 13.29052 },
        online: 'https://meet.example/kpss-seniori',
        description: 'Potřeby seniorů v menších obcích.\nDostupnost pečovatelské služby o víkendech.',
      },
      {
        id: 'vs-noc',
        title: 'Noční setkání s terénními pracovníky',
        type: 'verejne-setkani',
        start: '2026-12-04T22:00:00+01:00',
        end: '2026-12-05T02:00:00+01:00',
        location: { name: 'Nízkoprahový klub', address: 'Nádražní 63, 339 01 Klatovy' },
        online: 'Telefonem na čísle 376 000 111',
      },
      {
        id: 'ps-zruseno',
        title: 'Pracovní skupina Rodina',
        type: 'pracovni-skupina',
        start: '2026-12-09T13:00:00',
        end: '2026-12-09T15:00:00',
        location: { name: 'Klub Kompas', address: 'Pražská 118, 339 01 Klatovy' },
        online: 'https://meet.example/kpss-rodina',
        registrationUrl: 'https://example.org/registrace/rodina',
        description: 'Setkání se ruší pro nemoc.',
        cancelled: true,
      },
      {
        id: 'den-sluzeb',
        title: 'Den sociálních služeb',
        type: 'jine',
        start: '2026-12-10',
        end: '2026-12-10',
        location: { name: 'Náměstí Míru', address: 'náměstí Míru 1, 339 01 Klatovy', lat: 49.39147, lng: 13.29227 },
      },
      {
        id: 'seminar-2027-02',
        title: 'Seminář pro poskytovatele, obce; a "vše" ostatní',
        type: 'seminar',
        start: '2027-02-16T09:00:00+01:00',
        end: '2027-02-17T15:00:00+01:00',
        location: { name: `Školicí centrum, 3. patro; ${LONG_CZECH}`, address: 'Masarykova 404, 339 01 Klatovy' },
        description: `Dvoudenní seminář, řádek 1;\nřádek 2 s \\ lomítkem.\n${LONG_CZECH}`,
        registrationUrl: 'https://example.org/registrace/seminar',
      },
    ],
  };
}

export const UPCOMING_IDS = ['ks-probiha', 'ps-seniori-2026-12', 'vs-noc', 'ps-zruseno', 'den-sluzeb', 'seminar-2027-02'];
export const PAST_IDS = ['vs-2026-11', 'rs-2026-03'];
