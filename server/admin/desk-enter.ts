/**
 * The desk enters a comment that came on paper, by e-mail or at a public
 * meeting (see desk.ts for the list of routes):
 *
 *   GET  /admin/plan/enter?region&plan   the form, with a new id for this one comment
 *   POST /admin/plan/enter               stores it → 303 to the comment's page with its number and code
 *
 * It is stored through the store's enterComment: the web form's insert, so
 * the id of the form makes a second press of Uložit (or a reload of the
 * POST) a repeat, never a second comment, and the number comes from the same
 * sequence as the web comments'.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, storageFailure } from '../errors.js';
import { MSG } from '../messages.js';
import type { FeedbackContext } from '../feedback/context.js';
import { MAX_TEXT, fingerprint, isUuid, looksLikeEmail, textLength } from '../feedback/validate.js';
import { pragueDate, type PlanInfo, type RegionEntry } from '../regions.js';
import { coordinatorOf } from './auth.js';
import { FORM_LIMIT, pageCtx, send } from './desk-shared.js';
import { ENTER_CHANNELS, enterPage, type EnterChannel, type EnterField, type EnterValues } from './page-enter.js';
import { calendarDay } from './page-layout.js';

const PRAGUE_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Prague', hour: '2-digit', hourCycle: 'h23' });

/**
 * The instant stored as `received_at` for a day when only the day is known:
 * noon in Prague. Noon is the same calendar day in Prague and in UTC in
 * winter and in summer time (11:00 or 10:00 UTC), so no conversion for the
 * desk, the CSV or a later store shows it on the day before or after; and it
 * sorts among that day's web comments instead of before all of them.
 */
export function noonInPrague(date: string): string {
  const utcNoon = new Date(`${date}T12:00:00Z`);
  const pragueHour = Number(PRAGUE_HOUR.format(utcNoon));
  return new Date(utcNoon.getTime() - (pragueHour - 12) * 3_600_000).toISOString();
}

/** Noon of the day received, or now for today's comment entered in the morning: never a time still to come. */
export function receivedAtFor(date: string, now: Date): string {
  const noon = noonInPrague(date);
  return Date.parse(noon) > now.getTime() ? now.toISOString() : noon;
}

/** A real calendar date `YYYY-MM-DD` (not 2026-02-30). */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const text = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');

export function enterRoutes(scope: FastifyInstance, ctx: FeedbackContext, limited: object): void {
  /** Only the region file's current plan: its sections are what a comment may point at. */
  const planOf = (region: string, plan: string): { entry: RegionEntry; info: PlanInfo } => {
    if (!region || !plan) throw new ApiError(400, 'invalid', MSG.needRegionAndPlan, { fields: ['region', 'plan'] });
    const entry = ctx.regions.find(region);
    if (!entry) throw new ApiError(404, 'unknown-region', MSG.unknownRegion(region));
    if (entry.plan?.id !== plan) throw new ApiError(404, 'unknown-plan', MSG.unknownPlan(region, plan));
    return { entry, info: entry.plan };
  };

  const render = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    found: { entry: RegionEntry; info: PlanInfo },
    values: EnterValues,
    errors: Partial<Record<EnterField, string>> = {},
    formError?: string,
  ) =>
    send(
      reply,
      status,
      (c) =>
        enterPage(c, {
          region: found.entry.id,
          regionName: found.entry.name,
          plan: found.info.id,
          planTitle: found.info.title,
          outline: found.info.outline,
          commenting: found.info.commenting,
          today: pragueDate(ctx.now()),
          values,
          errors,
          ...(formError ? { formError } : {}),
        }),
      pageCtx(request),
    );

  scope.get('/admin/plan/enter', limited, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const found = planOf(text(query, 'region'), text(query, 'plan'));
    // The form's own id: the comment's id once saved, so saving twice stores it once.
    const values: EnterValues = { id: randomUUID(), channel: '', received: pragueDate(ctx.now()), section: '', message: '', proposal: '', name: '', organization: '', email: '' };
    return render(request, reply, 200, found, values);
  });

  scope.post('/admin/plan/enter', { ...limited, bodyLimit: FORM_LIMIT }, async (request, reply) => {
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const found = planOf(text(body, 'region').trim(), text(body, 'plan').trim());
    const values: EnterValues = {
      id: text(body, 'id').trim().toLowerCase(),
      channel: text(body, 'channel'),
      received: text(body, 'received').trim(),
      section: text(body, 'section').trim(),
      message: text(body, 'message').trim(),
      proposal: text(body, 'proposal').trim(),
      name: text(body, 'name').replace(/\s+/g, ' ').trim(),
      organization: text(body, 'organization').replace(/\s+/g, ' ').trim(),
      email: text(body, 'email').trim(),
    };
    const today = pragueDate(ctx.now());
    const errors: Partial<Record<EnterField, string>> = {};
    if (!ENTER_CHANNELS.some(([c]) => c === values.channel)) errors.channel = 'Vyberte, jak připomínka přišla: na papíře, e-mailem, nebo na setkání.';
    if (!values.received) errors.received = 'Vyplňte datum, kdy připomínka přišla.';
    else if (!isCalendarDate(values.received)) errors.received = 'Datum přijetí není platné datum. Zadejte den, měsíc a rok.';
    else if (values.received > today) errors.received = `Datum přijetí nemůže být v budoucnosti (dnes je ${calendarDay(today)}).`;
    if (values.section && !found.info.sections.has(values.section)) errors.section = `Část „${values.section}“ v plánu není. Vyberte část plánu ze seznamu.`;
    if (!values.message) errors.message = 'Napište text připomínky.';
    else if (textLength(values.message) > MAX_TEXT) errors.message = `Text připomínky má ${textLength(values.message)} znaků; vejde se nejvýše ${MAX_TEXT.toLocaleString('cs-CZ')}.`;
    if (textLength(values.proposal) > MAX_TEXT) errors.proposal = `Návrh znění má ${textLength(values.proposal)} znaků; vejde se nejvýše ${MAX_TEXT.toLocaleString('cs-CZ')}.`;
    if (values.email && (textLength(values.email) > 254 || !looksLikeEmail(values.email))) {
      errors.email = 'E-mailová adresa nevypadá správně (má tvar jmeno@example.cz). Opravte ji, nebo pole nechte prázdné.';
    }
    // The id comes from this page's GET; one that is not a UUID (a form edited by hand) gets a new one.
    const badId = !isUuid(values.id);
    if (badId || Object.keys(errors).length) {
      return render(request, reply, 400, found, badId ? { ...values, id: randomUUID() } : values, errors, badId ? 'Formulář nebyl úplný. Zkontrolujte údaje a uložte ho znovu.' : undefined);
    }

    const fields = {
      region: found.entry.id,
      planId: found.info.id,
      sectionId: values.section || null,
      // A comment from paper names a part of the plan, not a paragraph id: the form offers only the part.
      paragraphId: null,
      message: values.message,
      proposal: values.proposal || null,
      name: values.name || null,
      organization: values.organization || null,
      email: values.email || null,
    };
    const channel = values.channel as EnterChannel;
    let outcome;
    try {
      outcome = await ctx.store.enterComment({
        id: values.id,
        // The channel and the day are part of what was entered: a changed resend is not a repeat.
        fingerprint: fingerprint(fields, [channel, values.received]),
        receivedAt: receivedAtFor(values.received, ctx.now()),
        ...fields,
        channel,
        enteredBy: coordinatorOf(request).actor,
      });
    } catch (error) {
      const storage = storageFailure(error);
      if (!storage) throw error;
      // The store could not write: the form comes back with everything typed, to save again.
      request.log.error({ err: { type: (error as Error).name, code: (error as { code?: string }).code } }, 'storage error');
      return render(request, reply, 503, found, values, {}, `${storage.text.cs} Vše, co jste napsali, zůstalo ve formuláři.`);
    }
    const notice = outcome.outcome === 'created' ? 'zapsano' : outcome.outcome === 'repeat' ? 'znovu' : 'zmeneno';
    return reply.redirect(`/admin/comment/${values.id}?ulozeno=${notice}`, 303);
  });
}
