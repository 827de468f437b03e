/**
 * The desk's view of the mail outbox (server/store/outbox.ts):
 *
 *   GET /admin/mail[?stav=queued|sent|failed|cancelled]   the messages, newest first
 */
import type { FastifyInstance } from 'fastify';
import type { MailState, Outbox } from '../store/outbox.js';
import { mailPage } from './page-mail.js';
import { pageCtx, send } from './desk-shared.js';

export interface DeskMail {
  readonly outbox: Outbox;
  /** SMTP is configured: the worker sends. */
  readonly sending: boolean;
}

const STATES = new Set<MailState>(['queued', 'sent', 'failed', 'cancelled']);
const LIMIT = 200;

export function mailRoutes(scope: FastifyInstance, mail: DeskMail, limited: object): void {
  scope.get('/admin/mail', limited, async (request, reply) => {
    const raw = (request.query as Record<string, unknown>).stav;
    const state = typeof raw === 'string' && STATES.has(raw as MailState) ? (raw as MailState) : undefined;
    const rows = mail.outbox.list({ ...(state ? { state } : {}), limit: LIMIT });
    return send(reply, 200, (c) => mailPage(c, { sending: mail.sending, counts: mail.outbox.counts(), rows, state, limit: LIMIT }), pageCtx(request));
  });
}
