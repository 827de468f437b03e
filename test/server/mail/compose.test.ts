/** The mails' content without SMTP: what is said when the region file leaves things out, and never a past date. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compose, longDate } from '../../../server/mail/compose.js';
import { settlementLink } from '../../../server/mail/worker.js';
import type { RegionEntry } from '../../../server/regions.js';
import type { StoredComment } from '../../../server/store/types.js';

const region: RegionEntry = {
  id: 'testovsko',
  name: 'Testovsko <b>',
  file: 'x.json',
  plan: {
    id: 'p',
    title: 'Plán „Testovsko“',
    sections: new Map([['1', 'Senioři']]),
    settlementBy: '2027-01-31',
    paragraphs: new Map([['1-p1', { text: 'Senioři chtějí zůstat doma.', place: '1' }]]),
  },
};
const comment = {
  id: '3f0c2a8e-6a47-4c2b-9a51-0d6f3c1b9e77', number: 7, region: 'testovsko', planId: 'p', sectionId: null, message: 'Text', proposal: 'Nové znění',
  name: null, organization: null, email: 'a@b.cz', receivedAt: '', status: 'vzato-na-vedomi', resolution: null, settledAt: null,
} as StoredComment;
const input = { comment, region, settlementLink: undefined, unsubscribeLink: 'https://k.example/mail/unsubscribe?t=x' };

test('a settlement date is promised only while it is ahead; without a settlement page no link is made up', () => {
  const ahead = compose({ ...input, kind: 'receipt', today: '2026-12-03' });
  assert.match(ahead.text, /nejpozději 31\. ledna 2027/);
  assert.match(ahead.text, /Týká se:\ncelý plán/);
  assert.match(ahead.text, /Váš návrh:\nNové znění/);
  assert.doesNotMatch(ahead.text, /Vypořádání všech připomínek najdete/);
  assert.match(ahead.text, /Tento e-mail odeslal automaticky/, 'no coordinator address: no promise that a reply reaches one');
  assert.doesNotMatch(compose({ ...input, kind: 'receipt', today: '2027-02-01' }).text, /nejpozději/);
  assert.ok(ahead.html.includes('Testovsko &lt;b&gt;') && !ahead.html.includes('Testovsko <b>'));
  assert.equal(longDate('2027-01-31'), '31. ledna 2027');
});

test('a notice without a reason says the status alone', () => {
  const notice = compose({ ...input, kind: 'settled', today: '2026-12-03' });
  assert.equal(notice.subject, 'Vaše připomínka č. 7 je vypořádaná: vzata na vědomí');
  assert.match(notice.text, /Výsledek:\nPřipomínku bereme na vědomí/);
  assert.doesNotMatch(notice.text, /Odůvodnění/);
});

test('the settlement link: relative ones on the server, only http(s), the receipt added before the #', () => {
  assert.equal(settlementLink('/demo/#vyporadani', 'https://k.example', '3F0C-2A8E'), 'https://k.example/demo/?kpss-receipt=3F0C-2A8E#vyporadani');
  assert.equal(settlementLink('https://www.obec.cz/plan?x=1', 'https://k.example', '3F0C-2A8E'), 'https://www.obec.cz/plan?x=1&kpss-receipt=3F0C-2A8E');
  assert.equal(settlementLink('javascript:alert(1)', 'https://k.example', '3F0C-2A8E'), undefined);
  assert.equal(settlementLink(undefined, 'https://k.example', '3F0C-2A8E'), undefined);
});

test('a comment on a paragraph of the plan quotes it', () => {
  const onParagraph = compose({ ...input, comment: { ...comment, sectionId: '1', paragraphId: '1-p1' }, kind: 'receipt', today: '2026-12-03' });
  assert.match(onParagraph.text, /Týká se:\nSenioři\n\nOdstavec, ke kterému jste psali:\n„Senioři chtějí zůstat doma\.“/);
});
