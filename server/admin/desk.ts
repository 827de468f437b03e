/**
 * The coordinator's desk at `/admin`: server-rendered pages with plain forms
 * (see README.section.md for why), behind a session cookie (auth.ts).
 *
 *   GET  /admin                       plans with counts (401 + sign-in form without a session)
 *   POST /admin/sign-in               token + name → session cookie, 303 to the page asked for
 *   POST /admin/sign-out              ends the session
 *   GET  /admin/plan?region&plan&…    one plan's comments: filter, search, sort, settle
 *   GET  /admin/plan/annex?region&plan  the printable settlement (no personal data)
 *   GET  /admin/plan/enter?region&plan  the form for a comment from paper, an e-mail or a meeting (desk-enter.ts)
 *   POST /admin/plan/enter            stores it (the form's id: once) → 303 to the comment with its number and code
 *   GET  /admin/comment/:id           one comment: settle, mark, erase, audit log
 *   POST /admin/comment/:id/settle    status + reason (form, or JSON from desk.js)
 *   POST /admin/comment/:id/mark      spam / duplicate of another number / none
 *   GET  /admin/comment/:id/erase     the confirmation page
 *   POST /admin/comment/:id/erase     removes name, organization, e-mail (needs confirm=ano)
 *   GET  /admin/mail                  the mails to residents: queued, sent, failed (desk-mail.ts)
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError, handleError } from '../errors.js';
import { MSG } from '../messages.js';
import type { FeedbackContext } from '../feedback/context.js';
import type { RegionEntry } from '../regions.js';
import type { DeskStore } from '../store/desk.js';
import { SETTLEMENT_STATUSES, type SettlementStatus, type StoredComment } from '../store/types.js';
import { countByStatus, groupBySection } from '../../src/data/settlement.js';
import { receiptOf } from '../../src/data/uuid.js';
import { CoordinatorAuth, MAX_ACTOR, coordinatorOf, guard, sameOrigin } from './auth.js';
import { commentRoutes, sendComment } from './desk-comment.js';
import { mailRoutes, type DeskMail } from './desk-mail.js';
import { enterRoutes } from './desk-enter.js';
import { surveyPage } from './page-survey.js';
import { tallyResults } from '../survey/results.js';
import type { SqliteStore } from '../store/sqlite.js';
import { FORM_LIMIT, draftOf, isSettleForm, namesOf as names, pageCtx, safeReturn, send, wantsJson } from './desk-shared.js';

import {
  annexPage,
  messagePage,
  overviewPage,
  planPage,
  signInPage,
  type PageContext,
  type PlanRow,
  type Sort,
  type StatusFilter,
} from './pages.js';

export { safeReturn };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();


export interface DeskOptions {
  auth: CoordinatorAuth;
  desk: DeskStore;
  /** Desk requests per address per minute (0 = no limit). */
  rateLimitPerMinute?: number;
  /** Sign-in attempts per address per minute (0 = no limit). */
  signInPerMinute?: number;
  /** The mail outbox, shown on the desk. */
  mail?: DeskMail;
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
      const draft = draftOf(body);
      auth.refuseIfLimited(request, reply);
      if (!name || name.length > MAX_ACTOR || /[\p{Cc}]/u.test(name)) {
        return send(reply, 400, (c) =>
          signInPage(c, { error: `Vyplňte prosím své jméno (nejvýše ${MAX_ACTOR} znaků).`, field: 'name', name: name.slice(0, MAX_ACTOR), ...(returnTo ? { returnTo } : {}), ...(draft ? { draft } : {}) }),
        );
      }
      const session = token ? await auth.signIn(token, name) : undefined;
      if (!session) {
        auth.failures.fail(request.ip);
        reply.header('www-authenticate', 'Bearer realm="kpss"');
        return send(reply, 401, (c) =>
          signInPage(c, { error: 'Přístupový klíč nesouhlasí. Zkontrolujte ho a zkuste to znovu.', name, ...(returnTo ? { returnTo } : {}), ...(draft ? { draft } : {}) }),
        );
      }
      reply.header('set-cookie', session.cookie);
      // Back from an expired session with a settle form's text: the comment with that text in its form, to be saved.
      const comment = draft ? await desk.comment(draft.comment) : undefined;
      if (draft && comment) {
        return sendComment(ctx, desk, reply, comment, { actor: name, csrf: session.csrf, sessionLeftMs: session.leftMs }, { draft });
      }
      return reply.redirect(returnTo ?? '/admin', 303);
    },
  );

  // ── everything else: a live session (or the bearer token) ────────────────

  await app.register(async (scope) => {
    const hooks = guard(auth, (request, reply) => {
      reply.header('www-authenticate', 'Bearer realm="kpss"');
      if (wantsJson(request)) throw new ApiError(401, 'unauthorized', MSG.unauthorized);
      // A plain settle form after the expiry: the sign-in form carries what was typed (isSettleForm waits for the body).
      const draft = isSettleForm(request) ? draftOf(request.body, request.url) : undefined;
      if (draft) return send(reply, 401, (c) => signInPage(c, { returnTo: `/admin/comment/${draft.comment}`, draft }));
      const returnTo = request.method === 'GET' ? safeReturn(request.url) : undefined;
      return send(reply, 401, (c) => signInPage(c, returnTo ? { returnTo } : {}));
    }, isSettleForm);
    scope.addHook('onRequest', hooks.onRequest);
    scope.addHook('preHandler', hooks.preHandler);

    const namesOf = (c: { region: string; planId: string }) => names(ctx, c);


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


    const surveyOf = (entry: RegionEntry | undefined) => {
      const survey = (entry as { survey?: { id?: unknown; title?: unknown } } | undefined)?.survey;
      if (!entry || !survey || typeof survey.id !== 'string') return undefined;
      // The survey is another module (server/survey/): linked when its routes are there (its CSV takes this session).
      if (!app.hasRoute({ method: 'GET', url: '/api/survey/results' })) return undefined;
      const query = new URLSearchParams({ region: entry.id, survey: survey.id }).toString();
      return {
        href: `/admin/survey?${query}`,
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
        rows.set(`${p.region}\u0000${p.planId}`, { ...p, regionName, planTitle, enterable: namesOf(p).info !== undefined });
      }
      for (const entry of listRegions()) {
        if (!entry.plan || rows.has(`${entry.id}\u0000${entry.plan.id}`)) continue;
        rows.set(`${entry.id}\u0000${entry.plan.id}`, { region: entry.id, planId: entry.plan.id, total: 0, unsettled: 0, hidden: 0, regionName: entry.name, planTitle: entry.plan.title, enterable: true });
      }
      const sorted = [...rows.values()].sort((a, b) => a.regionName.localeCompare(b.regionName, 'cs') || a.planId.localeCompare(b.planId));
      const mail = options.mail ? { ...options.mail.outbox.counts(), sending: options.mail.sending } : undefined;
      return send(reply, 200, (c) => overviewPage(c, sorted, mail), pageCtx(request));
    });

    if (options.mail) mailRoutes(scope, options.mail, limited);

    // "Stay signed in" (desk.js, before the idle expiry): a write, so it needs the CSRF token.
    scope.post('/admin/session', limited, async (request) => {
      const who = coordinatorOf(request);
      if (!who.session) throw new ApiError(400, 'invalid', { cs: 'Prodloužit lze jen přihlášení na pracovišti.', en: 'Only a desk session can be extended.' });
      return { leftMs: await auth.extend(who) };
    });

    scope.post('/admin/sign-out', limited, async (request, reply) => {
      await auth.signOut(request, reply);
      return reply.redirect('/admin', 303);
    });

    // ── a survey's results, as a page ─────────────────────────────────────

    scope.get('/admin/survey', limited, async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const region = typeof query.region === 'string' ? query.region : '';
      const surveyId = typeof query.survey === 'string' ? query.survey : '';
      if (!region || !surveyId) throw new ApiError(400, 'invalid', MSG.needRegionAndSurvey, { fields: ['region', 'survey'] });
      const entry = ctx.regions.find(region);
      if (!entry) throw new ApiError(404, 'unknown-region', MSG.unknownRegion(region));
      const survey = entry.survey;
      const surveys = (ctx.store as Partial<SqliteStore>).surveys;
      if (survey?.id !== surveyId || !surveys) throw new ApiError(404, 'unknown-survey', MSG.unknownSurvey(region, surveyId));
      const responses = await surveys.listResponses(region, surveyId);
      const results = tallyResults(region, survey, responses.map((r) => r.answers));
      const csv = app.hasRoute({ method: 'GET', url: '/api/survey.csv' }) ? `/api/survey.csv?${new URLSearchParams({ region, survey: surveyId }).toString()}` : undefined;
      return send(
        reply,
        200,
        (c) => surveyPage(c, { region, regionName: entry.name, ...(entry.plan ? { plan: entry.plan.id } : {}), survey, results, ...(csv ? { csv } : {}) }),
        pageCtx(request),
      );
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
            paragraphs: info?.paragraphs,
            enterable: info !== undefined,
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

    commentRoutes(scope, ctx, desk, limited);
    enterRoutes(scope, ctx, limited);
  });
}
