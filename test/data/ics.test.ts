import { expect } from '@open-wc/testing';
import { buildCalendar, escapeText, foldLine, formatUtc, icsDataUrl, type IcsEvent } from '../../src/data/ics.js';
import { expectRfcFraming, icsOfHref, readIcs } from './ical.js';

const STAMP = new Date('2026-12-01T08:00:00Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

const LONG_CZECH =
  'Příliš žluťoučký kůň úpěl ďábelské ódy; řeřicha, čočka a šťovík: Žďár nad Sázavou, Ústí nad Orlicí, Šumperk, Čáslav, Dvůr Králové nad Labem';
const NASTY = 'Kulatý stůl: bydlení, dluhy; "vše" a \\ zpětné lomítko\nDruhý řádek\r\nTřetí řádek';

function calendar(events: IcsEvent[], name?: string) {
  return buildCalendar({ prodId: '-//kpss-widgets//test//CS', stamp: STAMP, name, events });
}

describe('iCalendar writer (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\there\u0007bell')).to.equal('tab\therebell');
    expect(escapeText('Žluťoučký kůň')).to.equal('Žluťoučký kůň');
  });

  it('folds at 75 octets without splitting a two-byte Czech letter', () => {
    // 8 + 66 = 74 octets; "č" is 2 octets and would make 76, so the line breaks before it.
    const line = `SUMMARY:${'a'.repeat(66)}čččč`;
    const folded = foldLine(line);
    const [first, second] = folded.split('\r\n');
    expect(octets(first!)).to.equal(74);
    expect(second).to.equal(' čččč');
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
  });

  it('folds at exactly 75 octets for ASCII, the continuation space included', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.map(octets)).to.deep.equal([75, 75, 64]);
    expect(physical.slice(1).every((l) => l.startsWith(' '))).to.be.true;
    expect(foldLine('SHORT:1')).to.equal('SHORT:1');
  });

  it('never cuts a four-byte character (emoji, a surrogate pair in JS) in half', () => {
    const line = `SUMMARY:${'a'.repeat(65)}😀😀😀`;
    const physical = foldLine(line).split('\r\n');
    expect(octets(physical[0]!)).to.equal(73);
    expect(physical[1]).to.equal(' 😀😀😀');
  });

  it('writes UTC instants', () => {
    expect(formatUtc(Date.parse('2026-12-03T14:00:00+01:00'))).to.equal('20261203T130000Z');
  });

  it('round-trips commas, semicolons, backslashes, newlines and long Czech text through ical.js', () => {
    const text = calendar([
      {
        uid: 'ks-1@testov.kpss-events',
        start: { instant: Date.parse('2026-12-03T14:00:00+01:00') },
        end: { instant: Date.parse('2026-12-03T16:00:00+01:00') },
        summary: `${NASTY} ${LONG_CZECH}`,
        location: `MěÚ Klatovy, zasedací místnost; ${LONG_CZECH}`,
        description: `${LONG_CZECH}\n\n${NASTY}`,
        geo: { lat: 49.39445, lng: 13.28516 },
        url: 'https://meet.example/kpss?a=1&b=2',
        categories: ['Kulatý stůl, bydlení'],
        status: 'CONFIRMED',
      },
    ]);
    expectRfcFraming(text);
    expect(text.replace(/\r\n /g, '')).to.contain('SUMMARY:Kulatý stůl: bydlení\\, dluhy\\; "vše" a \\\\ zpětné lomítko\\nDruhý řádek\\nTřetí řádek');
    const [event] = readIcs(text).events;
    expect(event!.summary).to.equal(`${NASTY.replace(/\r\n/g, '\n')} ${LONG_CZECH}`);
    expect(event!.location).to.equal(`MěÚ Klatovy, zasedací místnost; ${LONG_CZECH}`);
    expect(event!.description).to.equal(`${LONG_CZECH}\n\n${NASTY.replace(/\r\n/g, '\n')}`);
    expect(event!.start).to.equal('2026-12-03T13:00:00.000Z');
    expect(event!.end).to.equal('2026-12-03T15:00:00.000Z');
    expect(event!.uid).to.equal('ks-1@testov.kpss-events');
    expect(event!.dtstamp).to.equal(STAMP.toISOString());
    expect(event!.status).to.equal('CONFIRMED');
    expect(event!.url).to.equal('https://meet.example/kpss?a=1&b=2');
    expect(event!.categories).to.deep.equal(['Kulatý stůl, bydlení']);
  });

  it('writes all-day events as dates with an exclusive end, and the cancelled status', () => {
    const text = calendar(
      [
        {
          uid: 'den@testov.kpss-events',
          start: { date: { y: 2026, m: 12, d: 10 } },
          end: { date: { y: 2026, m: 12, d: 11 } },
          summary: 'Den sociálních služeb',
          status: 'CANCELLED',
        },
      ],
      'Setkání; Klatovsko, 2026',
    );
    expectRfcFraming(text);
    expect(text).to.contain('DTSTART;VALUE=DATE:20261210\r\n');
    const read = readIcs(text);
    expect(read.name).to.equal('Setkání; Klatovsko, 2026');
    expect(read.events[0]).to.include({ allDay: true, start: '2026-12-10', end: '2026-12-11', status: 'CANCELLED' });
  });

  it('has the required calendar and event properties once each', () => {
    const text = calendar([{ uid: 'a@b', start: { instant: 0 }, summary: 'x' }]);
    for (const prop of ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:', 'BEGIN:VEVENT', 'UID:', 'DTSTAMP:', 'DTSTART:', 'END:VEVENT', 'END:VCALENDAR']) {
      expect(text.split('\r\n').filter((l) => l.startsWith(prop)), prop).to.have.length(1);
    }
    expect(text).not.to.contain('DTEND');
    expect(readIcs(text).events[0]!.end).to.equal(null);
  });

  it('makes a data: URL that decodes to the same text', () => {
    const text = calendar([{ uid: 'a@b', start: { instant: 0 }, summary: 'Čtvrtek, 100 % ; # & ?' }]);
    expect(icsOfHref(icsDataUrl(text))).to.equal(text);
  });
});
