import { expect } from '@open-wc/testing';
import { eventTiming, isoPrague, parseContractDate, timeEvents, type EventTiming } from '../../src/data/event-time.js';

const at = (iso: string) => Date.parse(iso);

function timing(start: string, end?: string): EventTiming {
  const result = eventTiming({ start, ...(end ? { end } : {}) });
  if (!result.ok) throw new Error(result.problem);
  return result.timing;
}

describe('reading meeting times (Europe/Prague)', () => {
  it('reads a time without an offset as Prague time, winter and summer', () => {
    expect(parseContractDate('2026-12-03T14:00:00')).to.deep.equal({ kind: 'instant', ms: at('2026-12-03T13:00:00Z') });
    expect(parseContractDate('2026-07-01T14:00')).to.deep.equal({ kind: 'instant', ms: at('2026-07-01T12:00:00Z') });
    expect(parseContractDate('2026-12-03T14:00:00+01:00')).to.deep.equal({ kind: 'instant', ms: at('2026-12-03T13:00:00Z') });
    expect(parseContractDate('2026-12-03T14:00:00Z')).to.deep.equal({ kind: 'instant', ms: at('2026-12-03T14:00:00Z') });
    expect(parseContractDate('2026-12-03T14:00:00-0500')).to.deep.equal({ kind: 'instant', ms: at('2026-12-03T19:00:00Z') });
  });

  it('moves a time skipped by the spring change forward, and keeps the autumn hour', () => {
    // 29 March 2026: 2:00 → 3:00 in Prague. 2:30 does not exist.
    expect(parseContractDate('2026-03-29T02:30')).to.deep.equal({ kind: 'instant', ms: at('2026-03-29T01:30:00Z') });
    expect(parseContractDate('2026-03-29T03:30')).to.deep.equal({ kind: 'instant', ms: at('2026-03-29T01:30:00Z') });
    expect(isoPrague(at('2026-10-25T00:30:00Z'))).to.equal('2026-10-25T02:30+02:00');
    expect(isoPrague(at('2026-10-25T01:30:00Z'))).to.equal('2026-10-25T02:30+01:00');
  });

  it('rejects dates that do not exist', () => {
    expect(parseContractDate('2026-02-30')).to.equal(undefined);
    expect(parseContractDate('2026-12-03T24:00')).to.equal(undefined);
    expect(parseContractDate('3. 12. 2026')).to.equal(undefined);
    const bad = eventTiming({ start: '2026-02-30T10:00' });
    expect(bad.ok).to.be.false;
    const badEnd = eventTiming({ start: '2026-12-03T10:00', end: '2026-12-03T09:00' });
    expect(badEnd.ok && badEnd.timing.end === undefined && badEnd.problem).to.contain('before the start');
  });

  it('an all-day event lasts from Prague midnight to Prague midnight after its last (inclusive) day', () => {
    const t = timing('2026-12-10', '2026-12-11');
    expect(t.allDay).to.be.true;
    expect(t.start).to.equal(at('2026-12-09T23:00:00Z'));
    expect(t.until).to.equal(at('2026-12-11T23:00:00Z'));
  });

  it('times a file\'s meetings, leaves out the one without a real start and says why', () => {
    const { items, problems } = timeEvents([
      { id: 'a', start: '2026-12-03T14:00' },
      { id: 'b', start: '2026-02-30' },
      { id: 'c', start: '2026-12-10', end: 'zítra' },
    ]);
    expect(items.map((i) => i.event.id)).to.deep.equal(['a', 'c']);
    expect(problems).to.deep.equal(['events[1] "b": start "2026-02-30" is not a valid date, skipped', 'events[2] "c": end "zítra" is not a valid date, ignored']);
  });
});
