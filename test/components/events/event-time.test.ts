import { expect } from '@open-wc/testing';
import { eventTiming, isoPrague, type EventTiming } from '../../../src/data/event-time.js';
import { inProgress, relativeDay, splitByNow, whenText } from '../../../src/components/events/event-time.js';

const at = (iso: string) => Date.parse(iso);

function timing(start: string, end?: string): EventTiming {
  const result = eventTiming({ start, ...(end ? { end } : {}) });
  if (!result.ok) throw new Error(result.problem);
  return result.timing;
}

const cs = (t: EventTiming, style: 'long' | 'short' = 'long', now?: number) =>
  whenText(t, { locale: 'cs', style, allDayText: 'celý den', ...(now !== undefined ? { now } : {}) });

describe('meeting times as the widget shows them (Europe/Prague)', () => {
  it('splits around now: in progress is upcoming, across midnight too; soonest first, past newest first', () => {
    const items = [
      { event: { title: 'past' }, timing: timing('2026-11-26T17:00+01:00', '2026-11-26T19:00+01:00') },
      { event: { title: 'older' }, timing: timing('2026-03-18T14:00+01:00', '2026-03-18T16:00+01:00') },
      { event: { title: 'night' }, timing: timing('2026-12-04T22:00+01:00', '2026-12-05T02:00+01:00') },
      { event: { title: 'running' }, timing: timing('2026-12-03T09:00+01:00', '2026-12-03T12:00+01:00') },
      { event: { title: 'later' }, timing: timing('2026-12-03T14:00+01:00', '2026-12-03T16:00+01:00') },
    ];
    const titles = (now: string) => {
      const { upcoming, past } = splitByNow(items, at(now));
      return { upcoming: upcoming.map((i) => i.event.title), past: past.map((i) => i.event.title) };
    };
    expect(titles('2026-12-03T10:30+01:00')).to.deep.equal({ upcoming: ['running', 'later', 'night'], past: ['past', 'older'] });
    expect(titles('2026-12-05T01:59+01:00').upcoming).to.deep.equal(['night']);
    expect(titles('2026-12-05T02:00+01:00').upcoming, 'the end is exclusive').to.deep.equal([]);
  });

  it('judges now, today and tomorrow by the Prague calendar, not by UTC', () => {
    const night = timing('2026-12-04T22:00+01:00', '2026-12-05T02:00+01:00');
    // 23:30 UTC on the 3rd is 0:30 on the 4th in Prague.
    expect(relativeDay(night, at('2026-12-03T23:30:00Z'))).to.equal('today');
    expect(relativeDay(night, at('2026-12-03T22:30:00Z'))).to.equal('tomorrow');
    expect(relativeDay(night, at('2026-12-05T01:00+01:00'))).to.equal('now');
    expect(inProgress(night, at('2026-12-05T01:00+01:00'))).to.be.true;
    expect(relativeDay(night, at('2026-12-05T02:00+01:00'))).to.equal(undefined);
    const noEnd = timing('2026-12-03T09:00+01:00');
    expect(inProgress(noEnd, at('2026-12-03T10:00+01:00')), 'unknown end: not claimed to be running').to.be.false;
    expect(relativeDay(noEnd, at('2026-12-03T23:59+01:00'))).to.equal('today');
    expect(relativeDay(noEnd, at('2026-12-04T00:00+01:00'))).to.equal(undefined);
  });

  it('writes Czech dates and times', () => {
    expect(cs(timing('2026-12-03T14:00:00+01:00', '2026-12-03T16:00:00+01:00'))).to.equal('čtvrtek 3. prosince 2026, 14:00–16:00');
    expect(cs(timing('2026-12-03T09:05:00+01:00'))).to.equal('čtvrtek 3. prosince 2026, 9:05');
    expect(cs(timing('2026-12-04T22:00+01:00', '2026-12-05T02:00+01:00'))).to.equal('pátek 4. prosince 2026, 22:00 – sobota 5. prosince 2026, 2:00');
    expect(cs(timing('2026-12-10', '2026-12-10'))).to.equal('čtvrtek 10. prosince 2026, celý den');
    expect(cs(timing('2026-12-10', '2026-12-11'))).to.equal('čtvrtek 10. prosince 2026 – pátek 11. prosince 2026');
    expect(cs(timing('2027-02-16T09:00:00+01:00', '2027-02-17T15:00:00+01:00'))).to.equal('úterý 16. února 2027, 9:00 – středa 17. února 2027, 15:00');
    expect(cs(timing('2026-07-01T14:00'))).to.equal('středa 1. července 2026, 14:00');
  });

  it('writes short dates for the compact list, with the year only when it is not this year', () => {
    const now = at('2026-12-01T12:00:00Z');
    expect(cs(timing('2026-12-03T14:00+01:00', '2026-12-03T16:00+01:00'), 'short', now)).to.equal('čt 3. prosince, 14:00–16:00');
    expect(cs(timing('2027-01-13T14:00+01:00'), 'short', now)).to.equal('st 13. ledna 2027, 14:00');
  });

  it('writes the Prague time whatever the instant was written with', () => {
    expect(cs(timing('2026-12-03T13:00:00Z', '2026-12-03T15:00:00Z'))).to.equal('čtvrtek 3. prosince 2026, 14:00–16:00');
    expect(isoPrague(at('2026-12-03T13:00:00Z'))).to.equal('2026-12-03T14:00+01:00');
  });
});
