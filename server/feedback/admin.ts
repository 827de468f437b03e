/**
 * The coordinator's routes (feedback API contract), behind
 * `Authorization: Bearer <KPSS_ADMIN_TOKEN>` or the desk's session cookie
 * (server/admin/auth.ts: a session's writes need the CSRF token). Registered
 * only when a token is configured: without one they do not exist (404).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CoordinatorAuth, coordinatorOf, guard } from '../admin/auth.js';
import type { DeskStore } from '../store/desk.js';
import { ApiError } from '../errors.js';
import { MSG } from '../messages.js';
import type { FeedbackContext } from './context.js';
import { settlementCsv } from './csv.js';
import { isUuid, parseSettlementPatch } from './validate.js';

export interface AdminOptions {
  token: string;
  /** Requests per address per minute on admin routes (0 = no limit). */
  rateLimitPerMinute?: number;
  /** Bearer token and desk sessions; default: the bearer token alone. */
  auth?: CoordinatorAuth;
  /** With the desk store, a PATCH is recorded in the audit log. */
  desk?: DeskStore;
}

export async function adminRoutes(app: FastifyInstance, ctx: FeedbackContext, options: AdminOptions): Promise<void> {
  const rateMax = options.rateLimitPerMinute ?? 600;
  const routeConfig = rateMax > 0 ? { config: { rateLimit: { max: rateMax, timeWindow: 60_000 } } } : {};

  const auth = options.auth ?? new CoordinatorAuth({ token: options.token, now: ctx.now });
  const hooks = guard(auth, (_request, reply) => {
    reply.header('www-authenticate', 'Bearer realm="kpss"');
    throw new ApiError(401, 'unauthorized', MSG.unauthorized);
  });
  app.addHook('onRequest', hooks.onRequest);
  app.addHook('preHandler', hooks.preHandler);

  /** `?region=` (required) and `?plan=` (optional); unknown → 404. */
  const scope = async (request: FastifyRequest) => {
    const query = request.query as Record<string, unknown>;
    const region = typeof query.region === 'string' ? query.region : '';
    const plan = typeof query.plan === 'string' && query.plan !== '' ? query.plan : undefined;
    if (!region) throw new ApiError(400, 'invalid', MSG.needRegion, { fields: ['region'] });
    const entry = ctx.regions.find(region);
    if (!entry && !(await ctx.store.hasComments(region))) {
      throw new ApiError(404, 'unknown-region', MSG.unknownRegion(region));
    }
    if (plan !== undefined && entry?.plan?.id !== plan && !(await ctx.store.hasComments(region, plan))) {
      throw new ApiError(404, 'unknown-plan', MSG.unknownPlan(region, plan));
    }
    return { region, plan, entry };
  };

  app.get('/api/feedback', routeConfig, async (request) => {
    const { region, plan } = await scope(request);
    const comments = await ctx.store.listComments({ region, ...(plan === undefined ? {} : { planId: plan }) });
    return { region, ...(plan === undefined ? {} : { plan }), comments };
  });

  app.get('/api/feedback.csv', routeConfig, async (request, reply) => {
    const { region, plan, entry } = await scope(request);
    const comments = await ctx.store.listComments({ region, ...(plan === undefined ? {} : { planId: plan }) });
    const name = `vyporadani-pripominek-${region}${plan ? `-${plan}` : ''}.csv`.replace(/[^a-z0-9._-]/gi, '_');
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(settlementCsv(comments, entry));
  });

  app.patch('/api/feedback/:id', routeConfig, async (request) => {
    const { id } = request.params as { id: string };
    if (!isUuid(id)) throw new ApiError(404, 'not-found', MSG.noComment);
    const patch = parseSettlementPatch(request.body);
    const at = ctx.now().toISOString();
    const updated = options.desk
      ? await options.desk.settle(id.toLowerCase(), patch, at, coordinatorOf(request).actor)
      : await ctx.store.settleComment(id.toLowerCase(), patch, at);
    if (!updated) throw new ApiError(404, 'not-found', MSG.noComment);
    return updated;
  });
}
