/**
 * What the desk's route modules share: answering with a page, the JSON
 * question, the safe return address, the coordinator's page context and the
 * lookups of a comment and of a plan's names.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { MSG } from '../messages.js';
import type { FeedbackContext } from '../feedback/context.js';
import { isUuid } from '../feedback/validate.js';
import type { DeskStore } from '../store/desk.js';
import { SETTLEMENT_STATUSES, type StoredComment } from '../store/types.js';
import { coordinatorOf } from './auth.js';
import { securityHeaders, type PageContext } from './pages.js';

/** A reason may be 10,000 characters; percent-encoded Czech is up to 9 bytes each. */
export const FORM_LIMIT = 256 * 1024;

const nonce = () => randomBytes(16).toString('base64');

export function wantsJson(request: FastifyRequest): boolean {
  const accept = String(request.headers.accept ?? '');
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** A local desk address to go back to after a form: nothing else (no open redirect). */
export function safeReturn(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  const path = value.split(/[?#]/)[0]!;
  return /^\/admin(?:\/[\w./-]*)?(?:\?[^#\s\\]*)?(?:#[\w-]*)?$/.test(value) && !value.includes('//') && !/\/\.\.?(?:\/|$)/.test(path) ? value : undefined;
}

export function send(reply: FastifyReply, status: number, render: (ctx: PageContext) => string, ctx: Omit<PageContext, 'nonce'> = {}): FastifyReply {
  const n = nonce();
  return reply.code(status).headers(securityHeaders(n)).send(render({ ...ctx, nonce: n }));
}

/** The signed-in coordinator's name and CSRF token for a page. */
export function pageCtx(request: FastifyRequest): Omit<PageContext, 'nonce'> {
  const who = coordinatorOf(request);
  return { actor: who.actor, ...(who.session ? { csrf: who.session.csrf } : {}), ...(who.sessionLeftMs !== undefined ? { sessionLeftMs: who.sessionLeftMs } : {}) };
}

export async function commentOf(desk: DeskStore, request: FastifyRequest): Promise<StoredComment> {
  const { id } = request.params as { id: string };
  const comment = isUuid(id) ? await desk.comment(id.toLowerCase()) : undefined;
  if (!comment) throw new ApiError(404, 'not-found', MSG.noComment);
  return comment;
}

export function namesOf(ctx: FeedbackContext, c: { region: string; planId: string }) {
  const entry = ctx.regions.find(c.region);
  const info = entry?.plan?.id === c.planId ? entry.plan : undefined;
  return { entry, info, regionName: entry?.name ?? c.region, planTitle: info?.title ?? c.planId };
}

/** What a settle form held when it met an expired session: carried through the sign-in form. */
export interface Draft {
  comment: string;
  status: string;
  resolution: string;
}

const SETTLE_URL = /^\/admin\/comment\/([0-9a-f-]{36})\/settle(?:\?|$)/i;

/** A plain settle form (not desk.js): its 401 is answered after the body is read, to keep what was typed. */
export function isSettleForm(request: FastifyRequest): boolean {
  return request.method === 'POST' && SETTLE_URL.test(request.url) && !wantsJson(request) && String(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}

/** The draft of a settle form's body (`status`, `resolution`), or of the sign-in form's `draft-*` fields. */
export function draftOf(body: unknown, url?: string): Draft | undefined {
  const fields = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const settle = url === undefined ? undefined : SETTLE_URL.exec(url);
  const id = settle ? settle[1] : fields['draft-comment'];
  const status = settle ? fields.status : fields['draft-status'];
  const resolution = settle ? fields.resolution : fields['draft-resolution'];
  if (typeof id !== 'string' || !isUuid(id)) return undefined;
  const known = typeof status === 'string' && (status === '' || (SETTLEMENT_STATUSES as readonly string[]).includes(status));
  if (!known || typeof resolution !== 'string' || resolution.length > 10_000) return undefined;
  return { comment: id.toLowerCase(), status, resolution };
}
