/**
 * One comment on the desk: its page, settling (form, or JSON from desk.js),
 * marks and the GDPR erasure with its confirmation (see desk.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { MSG } from '../messages.js';
import type { FeedbackContext } from '../feedback/context.js';
import { parseSettlementPatch } from '../feedback/validate.js';
import type { DeskStore } from '../store/desk.js';
import type { StoredComment } from '../store/types.js';
import { coordinatorOf } from './auth.js';
import { receiptOf } from '../../src/data/uuid.js';
import { commentPage, erasePage, type PageContext } from './pages.js';
import { FORM_LIMIT, commentOf as findComment, namesOf as names, pageCtx, safeReturn, send, wantsJson } from './desk-shared.js';

/** The comment's page (also right after signing in again, with the draft that met the expired session). */
export async function sendComment(
  ctx: FeedbackContext,
  desk: DeskStore,
  reply: FastifyReply,
  comment: StoredComment,
  who: Omit<PageContext, 'nonce'>,
  extra: { status?: number; markError?: string; notice?: string; draft?: { status: string; resolution: string } } = {},
): Promise<FastifyReply> {
  const { regionName, planTitle, info } = names(ctx, comment);
  const audit = await desk.audit(comment.id);
  const mails = await desk.mails(comment.id);
  const { status = 200, ...view } = extra;
  return send(reply, status, (c) => commentPage(c, { comment, regionName, planTitle, sections: info?.sections, paragraphs: info?.paragraphs, commenting: info?.commenting, audit, mails, ...view }), who);
}

export function commentRoutes(scope: FastifyInstance, ctx: FeedbackContext, desk: DeskStore, limited: object): void {
  const commentOf = (request: FastifyRequest) => findComment(desk, request);
  const namesOf = (c: { region: string; planId: string }) => names(ctx, c);
  const unsettledIn = async (region: string, plan: string) =>
    (await desk.plans()).find((p) => p.region === region && p.planId === plan)?.unsettled ?? 0;

  // ── a comment ────────────────────────────────────────────────────────

  const NOTICES: Record<string, string | ((c: StoredComment) => string)> = {
    oznaceni: 'Označení je uložené.',
    gdpr: 'Osobní údaje jsou smazané. Připomínka a její vypořádání zůstávají.',
    vyporadani: 'Vypořádání je uložené.',
    // After the desk entered a comment from paper (desk-enter.ts): the number and the code to write back to the resident.
    zapsano: (c) => `Zapsáno jako připomínka č. ${c.number}. Kód pro pisatele: ${receiptOf(c.id)}`,
    znovu: (c) => `Tento formulář už byl uložen jako připomínka č. ${c.number} (kód pro pisatele: ${receiptOf(c.id)}); podruhé se nezapsal.`,
    zmeneno: (c) =>
      `Tento formulář už byl uložen jako připomínka č. ${c.number} (kód pro pisatele: ${receiptOf(c.id)}). Změny po prvním uložení se nezapsaly; další připomínku zapište novým formulářem.`,
  };

  const renderComment = async (request: FastifyRequest, reply: FastifyReply, comment: StoredComment, status = 200, markError?: string) => {
    const saved = (request.query as Record<string, unknown>).ulozeno;
    const found = typeof saved === 'string' && Object.hasOwn(NOTICES, saved) ? NOTICES[saved] : undefined;
    const notice = typeof found === 'function' ? found(comment) : found;
    return sendComment(ctx, desk, reply, comment, pageCtx(request), { status, ...(markError ? { markError } : {}), ...(notice ? { notice } : {}) });
  };

  scope.get('/admin/comment/:id', limited, async (request, reply) => renderComment(request, reply, await commentOf(request)));

  scope.post('/admin/comment/:id/settle', { ...limited, bodyLimit: FORM_LIMIT }, async (request, reply) => {
    const comment = await commentOf(request);
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const patch = parseSettlementPatch({
      ...('status' in body ? { status: body.status === '' ? null : body.status } : {}),
      ...('resolution' in body ? { resolution: body.resolution } : {}),
    });
    const updated = await desk.settle(comment.id, patch, ctx.now().toISOString(), coordinatorOf(request).actor);
    if (!updated) throw new ApiError(404, 'not-found', MSG.noComment);
    if (wantsJson(request)) {
      return {
        comment: { number: updated.number, status: updated.status, resolution: updated.resolution, settledAt: updated.settledAt },
        unsettled: await unsettledIn(updated.region, updated.planId),
      };
    }
    return reply.redirect(safeReturn(body.return) ?? `/admin/comment/${comment.id}?ulozeno=vyporadani`, 303);
  });

  scope.post('/admin/comment/:id/mark', { ...limited, bodyLimit: FORM_LIMIT }, async (request, reply) => {
    const comment = await commentOf(request);
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const fail = (text: string) => {
      if (wantsJson(request)) throw new ApiError(400, 'invalid', { cs: text, en: text }, { fields: ['mark', 'duplicateOf'] });
      return renderComment(request, reply, comment, 400, text);
    };
    const mark = body.mark === '' || body.mark === null || body.mark === undefined ? null : body.mark;
    if (mark !== null && mark !== 'spam' && mark !== 'duplicate') return fail('Neznámé označení: vyberte běžnou připomínku, spam, nebo duplicitu.');
    let duplicateOf: number | null = null;
    if (mark === 'duplicate') {
      const raw = typeof body.duplicateOf === 'number' ? String(body.duplicateOf) : typeof body.duplicateOf === 'string' ? body.duplicateOf.trim() : '';
      if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) return fail('U duplicity uveďte číslo připomínky, kterou opakuje.');
      duplicateOf = Number(raw);
    }
    const result = await desk.mark(comment.id, { mark, duplicateOf }, ctx.now().toISOString(), coordinatorOf(request).actor);
    if (!result.ok) {
      if (result.reason === 'self') return fail('Připomínka nemůže být duplicitou sama sebe.');
      if (result.reason === 'no-such-number') return fail(`Připomínka č. ${duplicateOf} u tohoto plánu není.`);
      throw new ApiError(404, 'not-found', MSG.noComment);
    }
    if (wantsJson(request)) return { comment: result.comment };
    return reply.redirect(`/admin/comment/${comment.id}?ulozeno=oznaceni`, 303);
  });

  scope.get('/admin/comment/:id/erase', limited, async (request, reply) => {
    const comment = await commentOf(request);
    if (comment.erasedAt) return reply.redirect(`/admin/comment/${comment.id}`, 303);
    return send(reply, 200, (c) => erasePage(c, comment), pageCtx(request));
  });

  scope.post('/admin/comment/:id/erase', { ...limited, bodyLimit: FORM_LIMIT }, async (request, reply) => {
    const comment = await commentOf(request);
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    // Nothing is deleted without the confirmation (the second step of the form).
    if (body.confirm !== 'ano') {
      if (wantsJson(request)) {
        throw new ApiError(400, 'confirm', { cs: 'Smazání je třeba potvrdit: confirm = "ano".', en: 'Confirm the erasure: confirm = "ano".' }, { fields: ['confirm'] });
      }
      return send(reply, 400, (c) => erasePage(c, comment, { needConfirm: true }), pageCtx(request));
    }
    const updated = await desk.erase(comment.id, ctx.now().toISOString(), coordinatorOf(request).actor);
    if (!updated) throw new ApiError(404, 'not-found', MSG.noComment);
    if (wantsJson(request)) return { comment: updated };
    return reply.redirect(`/admin/comment/${comment.id}?ulozeno=gdpr`, 303);
  });
}
