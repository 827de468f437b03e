/**
 * The demo region (demo/data/klatovsko.json) on `<kpss-info>`: every field of
 * its participation part is shown, each phase's own words on a day inside it.
 * Skipped, saying why, while the demo file has no participation part.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { KpssInfo } from '../../../src/components/info/info.js';
import { define } from '../../../src/define.js';
import { clearRegionCache } from '../../../src/data/load.js';
import { timePhases } from '../../../src/data/phase.js';
import { fileSize } from '../../../src/components/info/info-parts.js';
import { cs } from '../../../src/l10n/cs.js';
import type { Participation, ParticipationPhase, RegionInfo } from '../../../src/data/schema.js';
import { settled, textOf } from '../../helpers.js';

define('kpss-info', KpssInfo);

const SRC = '/demo/data/klatovsko.json';

async function render(today: string): Promise<KpssInfo> {
  const el = await fixture<KpssInfo>(html`<kpss-info src=${SRC} today=${today} lang="cs"></kpss-info>`);
  await settled(el);
  await el.updateComplete;
  return el;
}

describe('<kpss-info> on the demo region (demo/data/klatovsko.json)', function () {
  let file: { region: RegionInfo; participation?: Participation };
  before(async () => {
    file = await (await fetch(SRC)).json();
    if (!file.participation) console.info(`[kpss-info demo test] skipped: ${SRC} has no participation part yet (it comes with the demo data's merge)`);
  });
  beforeEach(function () {
    clearRegionCache();
    if (!file.participation) this.skip(); // the demo file has no participation part yet: nothing of it to show
  });

  it('shows every field of its participation part and the coordinator', async () => {
    const p = file.participation!;
    const phases = (p.phases ?? []) as ParticipationPhase[];
    const el = await render(phases[0]?.from ?? '2026-01-01');
    const text = textOf(el);
    const fold = (t: string) => t.replace(/\s+/g, ' ').trim();
    if (p.about) expect(text).to.contain(fold(p.about));
    if (p.whoCanTakePart) expect(text).to.contain(fold(p.whoCanTakePart));
    for (const phase of phases) expect(text).to.contain(phase.title ? fold(phase.title) : cs.info.phases[['mapovani', 'anketa', 'setkani', 'pripominkovani', 'schvaleno'].indexOf(phase.id)]!);
    if (p.project) {
      for (const v of [p.project.name, p.project.registrationNumber, p.project.funding]) if (v) expect(text).to.contain(fold(v));
      if (p.project.url && /^https?:/.test(p.project.url)) expect(el.shadowRoot!.querySelector(`[part="project"] a[href="${p.project.url}"]`)).to.exist;
    }
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="documents"] a')].map((a) => a.getAttribute('href'));
    for (const d of p.documents ?? []) {
      expect(text).to.contain(fold(d.title));
      expect(text).to.contain(cs.info.groups[d.group]);
      if (d.format) expect(text).to.contain(d.format);
      if (d.date) expect(text).to.contain(new Intl.DateTimeFormat('cs', { timeZone: 'Europe/Prague', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${d.date}T12:00:00Z`)));
      if (d.size !== undefined) expect(text).to.contain(fold(fileSize(d.size, cs.info.units, 'cs')!));
      if (/^https?:/.test(d.url)) expect(links).to.include(new URL(d.url).href);
    }
    const c = file.region.coordinator;
    for (const v of [c?.name, c?.organization, c?.phone, c?.email]) if (v) expect(text).to.contain(v);
    await expect(el).to.be.accessible();
  });

  it("shows each phase's own words and link on a day inside it", async () => {
    const timed = timePhases((file.participation!.phases ?? []) as ParticipationPhase[], '2000-01-01');
    expect(timed.length, 'the demo part has phases').to.be.above(0);
    for (const { phase } of timed) {
      const el = await render(phase.from);
      const current = textOf(el.shadowRoot!.querySelector('[part="current"]')!);
      if (phase.whatToDo) expect(current, phase.id).to.contain(phase.whatToDo.replace(/\s+/g, ' ').trim());
      if (phase.link) expect(current, phase.id).to.contain(phase.link.title);
    }
  });
});
