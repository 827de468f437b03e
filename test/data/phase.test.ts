import { expect } from '@open-wc/testing';
import { dayBefore, isDay, planningRound, pragueDay, timePhases } from '../../src/data/phase.js';
import type { ParticipationPhase } from '../../src/data/schema.js';
import { DAYS, makeParticipation } from '../components/info/fixtures.js';

const phases = () => makeParticipation().phases as ParticipationPhase[];
const statuses = (today: string) => timePhases(phases(), today).map((p) => `${p.phase.id}:${p.status}`);

describe('the planning round on a given day (Europe/Prague)', () => {
  it('reads today as the Prague day, whatever the zone of the instant', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Prague (UTC+1).
    expect(pragueDay(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
    expect(pragueDay(new Date('2026-06-30T21:59:00Z'))).to.equal('2026-06-30');
    expect(pragueDay(new Date('2026-06-30T22:00:00Z'))).to.equal('2026-07-01');
  });

  it('knows a real day from a wrong one, and the day before', () => {
    expect(isDay('2026-12-15')).to.equal(true);
    expect(isDay('2026-02-30')).to.equal(false);
    expect(isDay('15. 12. 2026')).to.equal(false);
    expect(isDay('')).to.equal(false);
    expect(dayBefore('2026-03-01')).to.equal('2026-02-28');
    expect(dayBefore('2027-01-01')).to.equal('2026-12-31');
  });

  it('before the first phase: the first one is next', () => {
    const round = planningRound(phases(), DAYS.beforeFirst);
    expect(round.kind).to.equal('before');
    if (round.kind === 'before') expect(round.next.phase.id).to.equal('mapovani');
    expect(statuses(DAYS.beforeFirst).every((s) => s.endsWith(':coming'))).to.equal(true);
  });

  for (const [day, id] of [
    [DAYS.mapping, 'mapovani'],
    [DAYS.survey, 'anketa'],
    [DAYS.surveyLastDay, 'anketa'],
    [DAYS.meetings, 'setkani'],
    [DAYS.commenting, 'pripominkovani'],
    [DAYS.commentingLastDay, 'pripominkovani'],
    [DAYS.approved, 'schvaleno'],
  ] as const) {
    it(`on ${day} the phase is ${id} (first and last days inclusive)`, () => {
      const round = planningRound(phases(), day);
      expect(round.kind).to.equal('now');
      if (round.kind === 'now') expect(round.current.phase.id).to.equal(id);
    });
  }

  it('a phase without until lasts until the day before the next begins; the last one for good', () => {
    const timed = timePhases(phases(), DAYS.survey);
    expect(timed.map((p) => p.until)).to.deep.equal(['2026-06-30', '2026-08-31', '2026-09-30', '2026-12-15', undefined]);
    expect(statuses(DAYS.survey)).to.deep.equal(['mapovani:done', 'anketa:now', 'setkani:coming', 'pripominkovani:coming', 'schvaleno:coming']);
  });

  it('in a gap between phases: the one before is done, the next is coming', () => {
    const round = planningRound(phases(), DAYS.gap);
    expect(round.kind).to.equal('between');
    if (round.kind === 'between') {
      expect(round.previous.phase.id).to.equal('setkani');
      expect(round.next.phase.id).to.equal('pripominkovani');
    }
  });

  it('the day after the last phase with an end: after', () => {
    const withoutApproval = phases().filter((p) => p.id !== 'schvaleno');
    const round = planningRound(withoutApproval, '2026-12-16');
    expect(round.kind).to.equal('after');
    if (round.kind === 'after') expect(round.last.phase.id).to.equal('pripominkovani');
    expect(planningRound(withoutApproval, DAYS.commentingLastDay).kind).to.equal('now');
  });

  it('sorts the phases by their first day, ignores an end before the start, and picks the later of two overlapping phases', () => {
    const list: ParticipationPhase[] = [
      { id: 'setkani', from: '2026-09-01', until: '2026-08-01' },
      { id: 'anketa', from: '2026-08-15', until: '2026-09-15' },
      { id: 'mapovani', from: '2026-06-01', until: '2026-09-30' },
    ];
    const timed = timePhases(list, '2026-09-05');
    expect(timed.map((p) => p.phase.id)).to.deep.equal(['mapovani', 'anketa', 'setkani']);
    // The meetings' end is before their start: ignored, and as the last phase they go on.
    expect(timed[2]!.until).to.equal(undefined);
    const round = planningRound(list, '2026-09-05');
    expect(round.kind).to.equal('now');
    if (round.kind === 'now') expect(round.current.phase.id).to.equal('setkani');
    expect(timed.map((p) => p.status)).to.deep.equal(['now', 'now', 'now']);
  });

  it('no phases: none', () => {
    expect(planningRound(undefined, DAYS.mapping).kind).to.equal('none');
    expect(planningRound([], DAYS.mapping).kind).to.equal('none');
  });
});
