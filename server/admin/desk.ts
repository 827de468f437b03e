/**
 * The coordinator's desk at `/admin`: server-rendered pages with plain forms
 * (see README.section.md for why), behind a session cookie (auth.ts).
 *
 *   GET  /admin                       plans with counts (401 + sign-in form without a session)
 *   POST /admin/sign-in               token + name → session cookie, 303 to the page asked for
 *   POST /admin/sign-out              ends the session
 *   GET  /admin/plan?region&plan&…    one plan's comments: filter, search, sort, settle
 *   GET  /admin/plan/annex?region&plan  the printable settlement (no personal data)
 *   GET  /admin/comment/:id           one comment: settle, mark, erase, audit log
 *   POST /admin/comment/:id/settle    status + reason (form, or JSON from desk.js)
 *   POST /admin/comment/:id/mark      spam / duplicate of another number / none
 *   GET  /admin/comment/:id/erase     the confirmation page
 *   POST /admin/comment/:id/erase     removes name, organization, e-mail (needs confirm=ano)
 */
import { randomBytes } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, handleError } from '../errors.js';
import { MSG } from '../messages.js';
import type { FeedbackContext } from '../feedback/context.js';
import { isUuid, parseSettlementPatch } from '../feedback/validate.js';
import type { RegionEntry } from '../regions.js';
import type { DeskStore } from '../store/desk.js';
import { SETTLEMENT_STATUSES, type SettlementStatus, type StoredComment } from '../store/types.js';
import { countByStatus, groupBySection } from '../../src/data/settlement.js';
import { receiptOf } from '../../src/data/uuid.js';
import { CoordinatorAuth, MAX_ACTOR, coordinatorOf, guard, sameOrigin } from './auth.js';
import {
  annexPage,
  commentPage,
  erasePage,
  messagePage,
  overviewPage,
  planPage,
  securityHeaders,
  signInPage,
  type PageContext,
  type PlanRow,
  type Sort,
  type StatusFilter,
} from './pages.js';

/** A reason may be 10,000 characters; percent-encoded Czech is up to 9 bytes each. */
const FORM_LIMIT = 256 * 1024;

export interface DeskOptions {
  auth: CoordinatorAuth;
  desk: DeskStore;
  /** Desk requests per address per minute (0 = no limit). */
  rateLimitPerMinute?: number;
  /** Sign-in attempts per address per minute (0 = no limit). */
  signInPerMinute?: number;
}

const nonce = () => randomBytes(16).toString('base64');

function wantsJson(request: FastifyRequest): boolean {
  const accept = String(request.headers.accept ?? '');
  return accept.includes('application/json') && !accept.includes('text/html');
}

/** A local desk address to go back to after a form: nothing else (no open redirect). */
export function safeReturn(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  const path = value.split(/[?#]/)[0]!;
  return /^\/admin(?:\/[\w./-]*)?(?:\?[^#\s\\]*)?(?:#[\w-]*)?$/.test(value) && !value.includes('//') && !/\/\.\.?(?:\/|$)/.test(path) ? value : undefined;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function send(reply: FastifyReply, status: number, render: (ctx: PageContext) => string, ctx: Omit<PageContext, 'nonce'> = {}): FastifyReply {
  const n = nonce();
  return reply.code(status).headers(securityHeaders(n)).send(render({ ...ctx, nonce: n }));
}

export async function deskRoutes(app: FastifyInstance, ctx: FeedbackContext, options: DeskOptions): Promise<void> {
  const { auth, desk } = options;
  const rateMax = options.rateLimitPerMinute ?? 600;
  const limited = rateMax > 0 ? { config: { rateLimit: { max: rateMax, timeWindow: 60_000 } } } : {};
  const signInMax = options.signInPerMinute ?? 10;

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  // Pages answer errors as pages; desk.js (Accept: application/json) gets the API's JSON errors.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (wantsJson(request)) return handleError(error, request, reply);
    const known = error instanceof ApiError ? error : undefined;
    const status = known?.statusCode ?? (error.statusCode && error.statusCode < 500 ? error.statusCode : 500);
    if (status >= 500) request.log.error({ err: { type: error.name, code: error.code, message: error.message, stack: error.stack } }, 'server error');
    const text =
      known?.text.cs ??
      (status === 413 ? 'Text je příliš dlouhý.' : status < 500 ? 'Požadavek se nepodařilo zpracovat.' : 'Chyba serveru; zkuste to prosím později.');
    const who = (() => {
      try {
        const c = coordinatorOf(request);
        return c.session ? { actor: c.actor, csrf: c.session.csrf } : {};
      } catch {
        return {};
      }
    })();
    return send(reply, status, (c) => messagePage(c, status === 403 ? 'Akci nelze provést' : 'Chyba', text, { href: '/admin', label: 'Zpět na přehled plánů' }), who);
  });

  // ── sign-in (the one route without a session) ────────────────────────────

  app.post(
    '/admin/sign-in',
    signInMax > 0 ? { config: { rateLimit: { max: signInMax, timeWindow: 60_000 } } } : {},
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      // No session yet, so no CSRF token: the Origin (when the browser sends one) must be this server.
      const origin = request.headers.origin;
      if (typeof origin === 'string' && !sameOrigin(origin, request.host)) {
        throw new ApiError(403, 'origin', { cs: 'Přihlásit se lze jen ze stránek tohoto serveru.', en: 'Sign in from this server\'s pages only.' });
      }
      const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
      const token = typeof body.token === 'string' ? body.token.trim() : '';
      const name = typeof body.name === 'string' ? body.name.replace(/\s+/g, ' ').trim() : '';
      const returnTo = safeReturn(body.return);
      auth.refuseIfLimited(request, reply);
      if (!name || name.length > MAX_ACTOR || /[\p{Cc}]/u.test(name)) {
        return send(reply, 400, (c) =>
          signInPage(c, { error: `Vyplňte prosím své jméno (nejvýše ${MAX_ACTOR} znaků).`, name: name.slice(0, MAX_ACTOR), ...(returnTo ? { returnTo } : {}) }),
        );
      }
      const session = token ? await auth.signIn(token, name) : undefined;
      if (!session) {
        auth.failures.fail(request.ip);
        reply.header('www-authenticate', 'Bearer realm="kpss"');
        return send(reply, 401, (c) =>
          signInPage(c, { error: 'Přístupový klíč nesouhlasí. Zkontrolujte ho a zkuste to znovu.', name, ...(returnTo ? { returnTo } : {}) }),
        );
      }
      return reply.header('set-cookie', session.cookie).redirect(returnTo ?? '/admin', 303);
    },
  );

  // ── everything else: a live session (or the bearer token) ────────────────

  await app.register(async (scope) => {
    const hooks = guard(auth, (request, reply) => {
      reply.header('www-authenticate', 'Bearer realm="kpss"');
      if (wantsJson(request)) throw new ApiError(401, 'unauthorized', MSG.unauthorized);
      const returnTo = request.method === 'GET' ? safeReturn(request.url) : undefined;
      return send(reply, 401, (c) => signInPage(c, returnTo ? { returnTo } : {}));
    });
    scope.addHook('onRequest', hooks.onRequest);
    scope.addHook('preHandler', hooks.preHandler);

    const pageCtx = (request: FastifyRequest): Omit<PageContext, 'nonce'> => {
      const who = coordinatorOf(request);
      return { actor: who.actor, ...(who.session ? { csrf: who.session.csrf } : {}) };
    };

    const listRegions = (): RegionEntry[] => {
      const lookup = ctx.regions as { list?: () => RegionEntry[] };
      return typeof lookup.list === 'function' ? lookup.list() : [];
    };

    /** `?region=&plan=`: 400 without them, 404 when neither the region files nor the comments know them. */
    const planOf = async (request: FastifyRequest) => {
      const query = request.query as Record<string, unknown>;
      const region = typeof query.region === 'string' ? query.region : '';
      const plan = typeof query.plan === 'string' ? query.plan : '';
      if (!region || !plan) throw new ApiError(400, 'invalid', MSG.needRegionAndPlan, { fields: ['region', 'plan'] });
      const entry = ctx.regions.find(region);
      if (entry?.plan?.id !== plan && !(await ctx.store.hasComments(region, plan))) {
        throw new ApiError(404, 'unknown-plan', entry ? MSG.unknownPlan(region, plan) : MSG.unknownRegion(region));
      }
      return { region, plan, entry, info: entry?.plan?.id === plan ? entry.plan : undefined };
    };

    const commentOf = async (request: FastifyRequest): Promise<StoredComment> => {
      const { id } = request.params as { id: string };
      const comment = isUuid(id) ? await desk.comment(id.toLowerCase()) : undefined;
      if (!comment) throw new ApiError(404, 'not-found', MSG.noComment);
      return comment;
    };

    const namesOf = (c: { region: string; planId: string }) => {
      const entry = ctx.regions.find(c.region);
      const info = entry?.plan?.id === c.planId ? entry.plan : undefined;
      return { entry, info, regionName: entry?.name ?? c.region, planTitle: info?.title ?? c.planId };
    };

    const unsettledIn = async (region: string, plan: string) =>
      (await desk.plans()).find((p) => p.region === region && p.planId === plan)?.unsettled ?? 0;

    const surveyOf = (entry: RegionEntry | undefined) => {
      const survey = (entry as { survey?: { id?: unknown; title?: unknown } } | undefined)?.survey;
      if (!entry || !survey || typeof survey.id !== 'string') return undefined;
      // The survey is another module (server/survey/): linked when its routes are there, which take this session.
      if (!app.hasRoute({ method: 'GET', url: '/api/survey/results' })) return undefined;
      const query = new URLSearchParams({ region: entry.id, survey: survey.id }).toString();
      return {
        href: `/api/survey/results?${query}`,
        ...(app.hasRoute({ method: 'GET', url: '/api/survey.csv' }) ? { csv: `/api/survey.csv?${query}` } : {}),
        title: typeof survey.title === 'string' ? survey.title : survey.id,
      };
    };

    // ── overview ─────────────────────────────────────────────────────────

    scope.get('/admin', limited, async (request, reply) => {
      const counts = await desk.plans();
      const rows = new Map<string, PlanRow>();
      for (const p of counts) {
        const { regionName, planTitle } = namesOf(p);
        rows.set(`${p.region}\u0000${p.planId}`, { ...p, regionName, planTitle });
      }
      for (const entry of listRegions()) {
        if (!entry.plan || rows.has(`${entry.id}\u0000${entry.plan.id}`)) continue;
        rows.set(`${entry.id}\u0000${entry.plan.id}`, { region: entry.id, planId: entry.plan.id, total: 0, unsettled: 0, hidden: 0, regionName: entry.name, planTitle: entry.plan.title });
      }
      const sorted = [...rows.values()].sort((a, b) => a.regionName.localeCompare(b.regionName, 'cs') || a.planId.localeCompare(b.planId));
      return send(reply, 200, (c) => overviewPage(c, sorted), pageCtx(request));
    });

    scope.post('/admin/sign-out', limited, async (request, reply) => {
      await auth.signOut(request, reply);
      return reply.redirect('/admin', 303);
    });

    // ── a plan ───────────────────────────────────────────────────────────

    scope.get('/admin/plan', limited, async (request, reply) => {
      const { region, plan, entry, info } = await planOf(request);
      const query = request.query as Record<string, unknown>;
      const str = (v: unknown, max = 200) => (typeof v === 'string' ? v.slice(0, max) : '');
      const statusValues: StatusFilter[] = ['', 'nevyporadane', ...SETTLEMENT_STATUSES, 'skryte'];
      const status = (statusValues as string[]).includes(str(query.status)) ? (str(query.status) as StatusFilter) : '';
      const sort = (['cislo', 'nejnovejsi', 'cast', 'stav'] as string[]).includes(str(query.sort)) ? (str(query.sort) as Sort) : 'cislo';
      const section = str(query.section);
      const q = str(query.q).trim();

      const all = await ctx.store.listComments({ region, planId: plan });
      const outline = info?.outline ?? [];
      const measuresOf = new Map(outline.map((s) => [s.id, new Set((s.measures ?? []).map((m) => m.id))]));
      const order = new Map<string, number>();
      for (const s of outline) {
        order.set(s.id, order.size);
        for (const m of s.measures ?? []) order.set(m.id, order.size);
      }
      const needle = fold(q);
      const shown = all.filter((c) => {
        if (section === 'obecne' && c.sectionId !== null) return false;
        if (section && section !== 'obecne' && c.sectionId !== section && !(c.sectionId && measuresOf.get(section)?.has(c.sectionId))) return false;
        if (status === 'nevyporadane' && (c.status !== null || c.mark)) return false;
        if (status === 'skryte' && !c.mark) return false;
        if (status && status !== 'nevyporadane' && status !== 'skryte' && c.status !== status) return false;
        if (needle) {
          const hay = fold([c.number, receiptOf(c.id), c.message, c.proposal, c.resolution, c.name, c.organization, c.email].filter(Boolean).join('\n'));
          if (!hay.includes(needle)) return false;
        }
        return true;
      });
      const rank = (c: StoredComment) => (c.mark ? 6 : c.status === null ? 0 : 1 + SETTLEMENT_STATUSES.indexOf(c.status));
      const place = (c: StoredComment) => (c.sectionId === null ? -1 : (order.get(c.sectionId) ?? 1e6));
      shown.sort((a, b) => {
        if (sort === 'nejnovejsi') return b.receivedAt.localeCompare(a.receivedAt) || b.number - a.number;
        if (sort === 'cast') return place(a) - place(b) || a.number - b.number;
        if (sort === 'stav') return rank(a) - rank(b) || a.number - b.number;
        return a.number - b.number;
      });
      const survey = surveyOf(entry);
      const auditCounts = await desk.auditCounts(region, plan);
      return send(
        reply,
        200,
        (c) =>
          planPage(c, {
            region,
            regionName: entry?.name ?? region,
            plan,
            planTitle: info?.title ?? plan,
            sections: info?.sections,
            comments: all,
            shown,
            filters: { section, status, q, sort },
            unsettled: all.filter((x) => x.status === null && !x.mark).length,
            auditCounts,
            ...(survey ? { survey } : {}),
            returnTo: safeReturn(request.url.split('#')[0]) ?? '/admin',
          }),
        pageCtx(request),
      );
    });

    scope.get('/admin/plan/annex', limited, async (request, reply) => {
      const { region, plan, entry, info } = await planOf(request);
      const visible = (await ctx.store.listComments({ region, planId: plan })).filter((c) => !c.mark).sort((a, b) => a.number - b.number);
      const groups = groupBySection(
        visible.map((c) => ({ section: c.sectionId, comment: c })),
        info?.outline,
      ).map((g) => ({
        title: g.id === null ? 'Obecné připomínky k celému plánu' : g.id === '?' ? 'Další části plánu' : (g.title ?? g.id),
        items: g.items.map(({ item, part }) => ({ comment: item.comment, part })),
      }));
      const counts = countByStatus(visible);
      return send(
        reply,
        200,
        (c) =>
          annexPage(c, {
            region,
            planId: plan,
            regionName: entry?.name ?? region,
            planTitle: info?.title ?? plan,
            date: ctx.now(),
            groups,
            counts: counts as Record<SettlementStatus, number>,
            unsettled: visible.filter((x) => x.status === null).length,
            total: visible.length,
          }),
        pageCtx(request),
      );
    });

    // ── a comment ────────────────────────────────────────────────────────

    const NOTICES: Record<string, string> = {
      oznaceni: 'Označení je uložené.',
      gdpr: 'Osobní údaje jsou smazané. Připomínka a její vypořádání zůstávají.',
      vyporadani: 'Vypořádání je uložené.',
    };

    const renderComment = async (request: FastifyRequest, reply: FastifyReply, comment: StoredComment, status = 200, markError?: string) => {
      const { regionName, planTitle, info } = namesOf(comment);
      const audit = await desk.audit(comment.id);
      const saved = (request.query as Record<string, unknown>).ulozeno;
      const notice = typeof saved === 'string' ? NOTICES[saved] : undefined;
      return send(
        reply,
        status,
        (c) => commentPage(c, { comment, regionName, planTitle, sections: info?.sections, audit, ...(markError ? { markError } : {}), ...(notice ? { notice } : {}) }),
        pageCtx(request),
      );
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
  });
}
