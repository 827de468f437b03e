/**
 * A region with a `participation` part that has every field, and the days of
 * its phases: mapping and the survey run back to back (the survey without
 * `until`, so it lasts until the day before meetings begin), a gap after the
 * meetings, then commenting until 15 December 2026, then the approved plan
 * for good.
 */
import { makeRegion } from '../../fixtures/region.js';

export const DAYS = {
  beforeFirst: '2026-05-31',
  mapping: '2026-06-01',
  survey: '2026-07-15',
  /** The survey has no `until`: its last day is the day before the meetings begin. */
  surveyLastDay: '2026-08-31',
  meetings: '2026-09-10',
  gap: '2026-10-20',
  commenting: '2026-11-23',
  commentingLastDay: '2026-12-15',
  approved: '2027-03-01',
} as const;

export function makeParticipation() {
  return {
    about: 'Na Testovsku plánujeme sociální služby společně.\nPřidejte se i vy.',
    whoCanTakePart: 'Každý, kdo na Testovsku žije nebo pracuje.',
    phases: [
      { id: 'mapovani', title: 'Mapování potřeb v obcích', from: '2026-06-01', until: '2026-06-30', whatToDo: 'Napište nám, co vám chybí.', link: { title: 'Napsat koordinátorce', url: 'mailto:kpss@klatovy.example' } },
      { id: 'anketa', from: '2026-07-01', link: { title: 'Vyplnit anketu', url: 'https://example.org/testovsko/anketa' } },
      { id: 'setkani', title: 'Veřejná setkání v obcích', from: '2026-09-01', until: '2026-09-30', whatToDo: 'Přijďte na setkání ve své obci.', link: { title: 'Kalendář setkání', url: '/setkani' } },
      { id: 'pripominkovani', from: '2026-11-01', until: '2026-12-15', whatToDo: 'Pošlete připomínku k návrhu plánu.', link: { title: 'Formulář pro připomínky', url: 'https://example.org/testovsko/pripominky' } },
      { id: 'schvaleno', title: 'Plán schválen zastupitelstvem', from: '2027-02-01' },
    ],
    project: {
      name: 'Rozvoj komunitního plánování na Testovsku',
      registrationNumber: 'CZ.03.02.01/00/22_001/0000123',
      funding: 'Projekt je spolufinancován Evropskou unií z Evropského sociálního fondu plus.',
      url: 'https://example.org/testovsko/projekt',
    },
    documents: [
      { title: 'Zápis z veřejného setkání v Klatovech', url: 'https://example.org/testovsko/zapis-klatovy.pdf', group: 'zapisy', format: 'PDF', size: 1_234_567, date: '2026-09-12' },
      { title: 'Zápis z pracovní skupiny Senioři', url: 'https://example.org/testovsko/zapis-seniori.docx', group: 'zapisy', size: 48_300, date: '2026-09-20' },
      { title: 'Analýza potřeb obyvatel', url: 'https://example.org/testovsko/analyza.pdf', group: 'analyzy', format: 'PDF', size: 3_400_000, date: '2026-08-15' },
      { title: 'Komunitní plán Testovska 2027–2029', url: 'https://example.org/testovsko/plan.pdf', group: 'plan', format: 'PDF', size: 2_100_000, date: '2027-02-01' },
      { title: 'Leták pro obyvatele', url: 'https://example.org/testovsko/letak', group: 'ostatni' },
      { title: 'Zlý odkaz', url: 'javascript:window.__kpssXss=1', group: 'ostatni', format: 'PDF' },
    ],
  };
}

export function makeInfoRegion() {
  return { ...makeRegion(), participation: makeParticipation() };
}
