import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { KpssInfo } from '../../../src/components/info/info.js';
import { define } from '../../../src/define.js';
import { cs } from '../../../src/l10n/cs.js';
import { en } from '../../../src/l10n/en.js';
import { uk } from '../../../src/l10n/uk.js';
import { makeRegion } from '../../fixtures/region.js';
import { json, settled, stubFetch, textOf, type FetchStub } from '../../helpers.js';
import { DAYS, makeInfoRegion, makeParticipation } from './fixtures.js';

define('kpss-info', KpssInfo);

const S = cs.info;
const all = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const one = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const fold = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
const current = (el: Element) => fold(one(el, '[part="current"]')?.textContent);
const steps = (el: Element) => all(el, '[part="step"]').map((li) => fold(li.querySelector('.status')!.textContent).replace(/:$/, ''));

let stub: FetchStub;
let routes: Record<string, (r: Request) => Response | Promise<Response>>;
beforeEach(() => {
  routes = {};
  stub = stubFetch(routes);
});
afterEach(() => stub.restore());

async function render(data: unknown, attrs: { today?: string; lang?: string; variant?: string } = {}): Promise<KpssInfo> {
  routes['/region.json'] = () => json(data);
  const el = await fixture<KpssInfo>(
    html`<kpss-info src="/region.json" today=${attrs.today ?? DAYS.commenting} lang=${attrs.lang ?? 'cs'} variant=${attrs.variant ?? 'full'}></kpss-info>`,
  );
  await settled(el);
  await el.updateComplete;
  return el;
}

describe('<kpss-info>', () => {
  it('renders every field of the participation part and the coordinator', async () => {
    const el = await render(makeInfoRegion());
    const text = textOf(el);
    const p = makeParticipation();
    // What planning is and who can take part: the region's words, kept line by line.
    expect(one(el, '.about .prose')!.textContent).to.equal(p.about);
    expect(one(el, '.about .prose')!.getAttribute('lang')).to.equal('cs');
    expect(text).to.contain(p.whoCanTakePart);
    expect(text).not.to.contain(S.about);
    // Now: the phase, its last day, what to do and its link.
    expect(current(el)).to.contain(`${S.now} ${S.phases[3]}, do 15. prosince 2026.`);
    expect(current(el)).to.contain(`${S.whatToDo} ${p.phases[3]!.whatToDo}`);
    const link = one(el, '[part="link"]') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/testovsko/pripominky');
    expect(fold(link.textContent)).to.equal('Formulář pro připomínky');
    // The timeline: every phase, its own title or ours, its dates, the state in words.
    const timeline = all(el, '[part="step"]').map((li) => fold(li.textContent));
    expect(timeline).to.have.length(5);
    expect(timeline[0]).to.contain('Mapování potřeb v obcích').and.contain('1. června – 30. června 2026');
    expect(timeline[1]).to.contain(S.phases[1]).and.contain('1. července – 31. srpna 2026');
    expect(timeline[2]).to.contain('Veřejná setkání v obcích');
    expect(timeline[4]).to.contain('Plán schválen zastupitelstvem').and.contain('od 1. února 2027');
    expect(steps(el)).to.deep.equal([S.statuses.done, S.statuses.done, S.statuses.done, S.statuses.now, S.statuses.coming]);
    expect(all(el, '[aria-current="step"]')).to.have.length(1);
    // The coordinator.
    const contact = one(el, '[part="contact"]')!;
    expect(fold(contact.textContent)).to.contain('Jana Koordinátorová').and.contain('Město Klatovy');
    expect([...contact.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+420376000000', 'mailto:kpss@klatovy.example']);
    // The project.
    const project = one(el, '[part="project"]')!;
    expect(project.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/testovsko/projekt');
    expect(fold(project.textContent)).to.contain(p.project.name).and.contain(`${S.registrationNumber} ${p.project.registrationNumber}`).and.contain(p.project.funding);
    // The documents, in their groups, each link naming the file type and size.
    const groups = all(el, '[part="documents"] .group').map((g) => fold(g.querySelector('h4')!.textContent));
    expect(groups).to.deep.equal([S.groups.zapisy, S.groups.analyzy, S.groups.plan, S.groups.ostatni]);
    const links = all(el, '[part="documents"] a').map((a) => `${fold(a.textContent)} → ${a.getAttribute('href')}`);
    expect(links).to.deep.equal([
      'Zápis z veřejného setkání v Klatovech (PDF, 1,2 MB) → https://example.org/testovsko/zapis-klatovy.pdf',
      'Zápis z pracovní skupiny Senioři (DOCX, 48 kB) → https://example.org/testovsko/zapis-seniori.docx',
      'Analýza potřeb obyvatel (PDF, 3,4 MB) → https://example.org/testovsko/analyza.pdf',
      'Komunitní plán Testovska 2027–2029 (PDF, 2,1 MB) → https://example.org/testovsko/plan.pdf',
      'Leták pro obyvatele → https://example.org/testovsko/letak',
    ]);
    expect(text).to.contain(`${S.published} 12. září 2026`);
    // Not a web address: the title as text, never a link.
    expect(text).to.contain('Zlý odkaz (PDF)');
    expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    await expect(el).to.be.accessible();
  });

  const states: Array<[string, string, string, string[]]> = [
    ['before the first phase', DAYS.beforeFirst, `${S.before('1. června 2026')} Mapování potřeb v obcích.`, ['coming', 'coming', 'coming', 'coming', 'coming']],
    ['in the first phase', DAYS.mapping, `${S.now} Mapování potřeb v obcích, do 30. června 2026.`, ['now', 'coming', 'coming', 'coming', 'coming']],
    ['on the last day of a phase without until', DAYS.surveyLastDay, `${S.now} ${S.phases[1]}, do 31. srpna 2026.`, ['done', 'now', 'coming', 'coming', 'coming']],
    ['in the meetings', DAYS.meetings, `${S.now} Veřejná setkání v obcích, do 30. září 2026.`, ['done', 'done', 'now', 'coming', 'coming']],
    ['in a gap', DAYS.gap, `${S.between('1. listopadu 2026')} ${S.phases[3]}.`, ['done', 'done', 'done', 'coming', 'coming']],
    ['on the last day of commenting', DAYS.commentingLastDay, `${S.now} ${S.phases[3]}, do 15. prosince 2026.`, ['done', 'done', 'done', 'now', 'coming']],
    ['once the plan is approved', DAYS.approved, `${S.approved('1. února 2027')}`, ['done', 'done', 'done', 'done', 'now']],
  ];
  for (const [state, today, says, marks] of states) {
    it(`${state} (${today}): says what is on, marks each phase in words, axe clean`, async () => {
      const el = await render(makeInfoRegion(), { today });
      expect(current(el)).to.contain(says);
      expect(steps(el)).to.deep.equal(marks.map((m) => S.statuses[m as keyof typeof S.statuses]));
      expect(all(el, '[aria-current="step"]')).to.have.length(marks.filter((m) => m === 'now').length);
      await expect(el).to.be.accessible();
    });
  }

  it('in the survey without its own words: what the survey asks, with its link', async () => {
    const el = await render(makeInfoRegion(), { today: DAYS.survey });
    expect(current(el)).to.contain(`${S.whatToDo} ${S.todo[1]}`);
    expect((one(el, '[part="link"]') as HTMLAnchorElement).href).to.equal('https://example.org/testovsko/anketa');
  });

  it('a link in the data as a path is relative to the data file; a mailto: link stays text', async () => {
    const el = await render(makeInfoRegion(), { today: DAYS.meetings });
    expect((one(el, '[part="link"]') as HTMLAnchorElement).href).to.equal(new URL('/setkani', location.href).href);
    const mapping = await render(makeInfoRegion(), { today: DAYS.mapping });
    expect(one(mapping, '[part="link"]')).to.equal(null);
    expect(current(mapping)).to.contain('Napsat koordinátorce');
  });

  it('after the last phase: planning has ended, with the approved plan to read', async () => {
    const region = makeInfoRegion();
    region.participation.phases = region.participation.phases.filter((p) => p.id !== 'schvaleno');
    const el = await render(region, { today: '2027-01-10' });
    expect(current(el)).to.contain(S.after).and.contain(`${S.approvedPlan} Komunitní plán Testovska 2027–2029 (PDF, 2,1 MB)`);
    expect(steps(el).every((s) => s === S.statuses.done)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('compact: the phase, what to do now and the contact, nothing else', async () => {
    const el = await render(makeInfoRegion(), { variant: 'compact' });
    expect(current(el)).to.contain(`${S.now} ${S.phases[3]}, do 15. prosince 2026.`).and.contain(S.whatToDo);
    expect(one(el, '[part="link"]')).to.exist;
    expect(one(el, '[part="contact"]')).to.exist;
    for (const sel of ['h2, h3, h4, h5, h6', '[part="timeline"]', '[part="documents"]', '[part="project"]', '.about', '.who']) expect(all(el, sel), sel).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a document without a size or a format: the type from its address, else the title alone', async () => {
    const region = makeInfoRegion();
    region.participation.documents = [
      { title: 'Zápis bez údajů', url: 'https://example.org/z.pdf', group: 'zapisy' },
      { title: 'Stránka s dokumenty', url: 'https://example.org/dokumenty/', group: 'ostatni' },
    ] as typeof region.participation.documents;
    const el = await render(region);
    expect(all(el, '[part="documents"] a').map((a) => fold(a.textContent))).to.deep.equal(['Zápis bez údajů (PDF)', 'Stránka s dokumenty']);
    await expect(el).to.be.accessible();
  });

  it('no participation part: the default texts and the contact, no phases', async () => {
    const el = await render(makeRegion());
    const text = textOf(el);
    expect(text).to.contain(S.aboutTitle).and.contain(S.about).and.contain(S.who);
    expect(one(el, '[part="current"]')).to.equal(null);
    expect(one(el, '[part="timeline"]')).to.equal(null);
    expect(one(el, '[part="contact"] a[href^="mailto:"]')).to.exist;
    await expect(el).to.be.accessible();
    const compact = await render(makeRegion(), { variant: 'compact' });
    expect(one(compact, '[part="contact"]')).to.exist;
  });

  it('a bad part is dropped with a warning; the widget still shows the default texts and the contact', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const region = { ...makeRegion(), participation: { phases: [{ id: 'hlasovani', from: '2026-13-01' }], documents: 'x' } };
      const el = await render(region);
      await waitUntil(() => warnings.length > 0, 'the warning', { timeout: 3000 });
      expect(warnings.join('\n')).to.contain('participation');
      expect(textOf(el)).to.contain(S.about);
      expect(one(el, '[part="contact"] a[href^="tel:"]')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('a today that is not a date is ignored with a warning, and the real day is used', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const el = await render(makeInfoRegion(), { today: '15. 12. 2026' });
      expect(warnings.join('\n')).to.contain('today="15. 12. 2026"');
      expect(all(el, '[part="step"]')).to.have.length(5);
    } finally {
      console.warn = original;
    }
  });

  for (const [lang, L] of [['en', en.info], ['uk', uk.info]] as const) {
    it(`${lang}: our words in ${lang}, the region's marked Czech, axe clean`, async () => {
      const el = await render(makeInfoRegion(), { lang });
      const text = textOf(el);
      expect(text).to.contain(L.nowTitle).and.contain(L.timelineTitle).and.contain(L.statuses.now).and.contain(L.documentsTitle);
      expect(text).not.to.contain(S.nowTitle);
      expect(current(el)).to.contain(`${L.now} ${L.phases[3]}`);
      expect(fold(one(el, '[part="documents"] a .file')!.textContent)).to.equal(lang === 'en' ? '(PDF, 1.2 MB)' : '(PDF, 1,2 МБ)');
      for (const title of ['Mapování potřeb v obcích', 'Zápis z veřejného setkání v Klatovech']) {
        const node = all(el, '[lang="cs"]').find((n) => fold(n.textContent) === title);
        expect(node, `${title} marked Czech`).to.exist;
      }
      await expect(el).to.be.accessible();
    });
  }

  it('two widgets on one page, and the element pasted twice, are harmless', async () => {
    routes['/region.json'] = () => json(makeInfoRegion());
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <kpss-info src="/region.json" today=${DAYS.commenting}></kpss-info><kpss-info src="/region.json" today=${DAYS.commenting} variant="compact"></kpss-info>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('kpss-info')] as KpssInfo[];
    await settled(a!);
    await settled(b!);
    expect(stub.calls.filter((c) => c.endsWith('/region.json'))).to.have.length(1);
    expect(() => define('kpss-info', KpssInfo)).not.to.throw();
    await expect(wrapper).to.be.accessible();
  });
});
