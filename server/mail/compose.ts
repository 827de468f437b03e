/**
 * The mails to residents, in plain Czech, as text and HTML: the confirmation
 * of a stored comment and the notice of its settlement. Composed when the
 * message is sent, from the comment and the region file as they are then
 * (a reason corrected before the notice went is sent corrected).
 *
 * Every value from a resident or a region file is escaped in the HTML part
 * (server/admin/html.ts); links are only the server's own and http(s) ones.
 */
import { html, raw, type Html } from '../admin/html.js';
import { shortQuote } from '../admin/page-paragraph.js';
import type { RegionEntry } from '../regions.js';
import type { SettlementStatus, StoredComment } from '../store/types.js';
import { receiptOf } from '../../src/data/uuid.js';
import type { MailKind } from '../store/outbox.js';

export interface ComposeInput {
  readonly kind: MailKind;
  readonly comment: StoredComment;
  readonly region: RegionEntry | undefined;
  /** The settlement page with the receipt to look up, if the region names one. */
  readonly settlementLink: string | undefined;
  readonly unsubscribeLink: string;
  /** Today in Prague (`YYYY-MM-DD`): a settlement date already past is not promised. */
  readonly today: string;
}

export interface Composed {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** The status in plain words, as a resident reads it. */
export const STATUS_WORDS: Record<SettlementStatus, string> = {
  akceptovano: 'Připomínku přijímáme: plán podle ní upravíme.',
  'castecne-akceptovano': 'Připomínku přijímáme zčásti: plán upravíme jen v některých bodech.',
  neakceptovano: 'Připomínku nepřijímáme: plán podle ní neupravíme.',
  'vzato-na-vedomi': 'Připomínku bereme na vědomí: plán neměníme, ale budeme s ní dál pracovat.',
};

const SHORT_STATUS: Record<SettlementStatus, string> = {
  akceptovano: 'přijata',
  'castecne-akceptovano': 'přijata zčásti',
  neakceptovano: 'nepřijata',
  'vzato-na-vedomi': 'vzata na vědomí',
};

const LONG_DATE = new Intl.DateTimeFormat('cs-CZ', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2027-01-31` → `31. ledna 2027`. */
export function longDate(iso: string): string {
  return LONG_DATE.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

interface Block {
  /** A heading line, or none. */
  readonly label?: string;
  readonly text: string;
  /** Shown as a link (already checked to be http(s)). */
  readonly href?: string;
}

function textOf(greeting: string, blocks: readonly Block[]): string {
  const parts = [greeting, ...blocks.map((b) => (b.label ? `${b.label}\n${b.text}` : b.text))];
  return `${parts.join('\n\n')}\n`;
}

const paragraph = (b: Block): Html => {
  const body = b.href ? html`<a href="${b.href}">${b.text}</a>` : html`${b.text}`;
  // Line breaks in a resident's text stay line breaks; the text itself is escaped.
  const lines = html`${String(body).split('\n').map((line, i) => html`${i ? raw('<br>') : ''}${raw(line)}`)}`;
  return b.label ? html`<p><strong>${b.label}</strong><br>${lines}</p>` : html`<p>${lines}</p>`;
};

function htmlOf(subject: string, greeting: string, blocks: readonly Block[], footer: readonly Block[]): string {
  return html`<!doctype html>
<html lang="cs">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${subject}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">
<p>${greeting}</p>
${blocks.map(paragraph)}
<hr>
<div style="font-size: 14px; color: #444;">${footer.map(paragraph)}</div>
</body>
</html>
`.value;
}

export function compose(input: ComposeInput): Composed {
  const { comment, region } = input;
  const receipt = receiptOf(comment.id);
  const plan = region?.plan?.id === comment.planId ? region.plan : undefined;
  const planTitle = plan?.title ?? comment.planId;
  const section = comment.sectionId ? (plan?.sections.get(comment.sectionId) ?? comment.sectionId) : 'celý plán';
  // No name in the greeting: Czech would want the vocative, which a program gets wrong.
  const greeting = 'Dobrý den,';
  const paragraph = comment.paragraphId ? plan?.paragraphs?.get(comment.paragraphId) : undefined;
  const yours: Block[] = [
    { label: 'Týká se:', text: section },
    // The paragraph commented on (<kpss-plan>), shortened as the desk's list shows it.
    ...(paragraph ? [{ label: 'Odstavec, ke kterému jste psali:', text: `„${shortQuote(paragraph.text, 300)}“` }] : []),
    { label: 'Vaše připomínka:', text: comment.message },
    ...(comment.proposal ? [{ label: 'Váš návrh:', text: comment.proposal }] : []),
  ];
  const lookUp: Block[] = input.settlementLink
    ? [{ label: `Vypořádání všech připomínek najdete na stránce (váš kód ${receipt}):`, text: input.settlementLink, href: input.settlementLink }]
    : [];
  const coordinator = region?.coordinator;
  const footer: Block[] = [
    {
      text:
        coordinator?.email
          ? `Na tento e-mail můžete odpovědět: odpověď dostane koordinátor plánování${coordinator.name ? ` (${coordinator.name})` : ''}.`
          : 'Tento e-mail odeslal automaticky server komunitního plánování.',
    },
    { text: 'Vaši e-mailovou adresu používáme jen pro zprávy o této připomínce. Nechcete-li další zprávy dostávat, klikněte na odkaz:' },
    { text: input.unsubscribeLink, href: input.unsubscribeLink },
  ];

  if (input.kind === 'receipt') {
    const subject = `Vaše připomínka k plánu je přijata (kód ${receipt})`;
    const when = plan?.settlementBy && plan.settlementBy >= input.today ? ` Vypořádání zveřejníme nejpozději ${longDate(plan.settlementBy)}.` : '';
    const blocks: Block[] = [
      {
        text:
          `děkujeme za připomínku k návrhu plánu „${planTitle}“${region ? ` (${region.name})` : ''}. ` +
          `Uložili jsme ji jako připomínku č. ${comment.number} s kódem ${receipt}.`,
      },
      ...yours,
      {
        label: 'Co bude dál:',
        text:
          'Ke každé připomínce napíšeme, zda ji přijímáme, a proč. Až bude vaše připomínka vypořádaná, pošleme vám e-mail.' + when,
      },
      ...lookUp,
    ];
    return { subject, text: textOf(greeting, [...blocks, ...footer]), html: htmlOf(subject, greeting, blocks, footer) };
  }

  const status = comment.status!;
  const subject = `Vaše připomínka č. ${comment.number} je vypořádaná: ${SHORT_STATUS[status]}`;
  const blocks: Block[] = [
    { text: `vaši připomínku č. ${comment.number} (kód ${receipt}) k návrhu plánu „${planTitle}“ jsme vypořádali.` },
    { label: 'Výsledek:', text: STATUS_WORDS[status] },
    ...(comment.resolution ? [{ label: 'Odůvodnění:', text: comment.resolution }] : []),
    ...yours,
    ...lookUp,
  ];
  return { subject, text: textOf(greeting, [...blocks, ...footer]), html: htmlOf(subject, greeting, blocks, footer) };
}
