/**
 * kpss-server: serves the demo site, the built widgets and the region files,
 * and the feedback API (docs/feedback-api.md).
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyStatic from '@fastify/static';
import fastifyRateLimit from '@fastify/rate-limit';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ApiError, BODY_LIMIT, handleError, handleNotFound } from './errors.js';
import { MSG } from './messages.js';
import { OneLineLog } from './log.js';
import { securityHeaders } from './security-headers.js';
import { DEFAULT_HTTP_LIMITS, capConnections, fastifyLimits, type HttpLimits } from './http-limits.js';
import { OriginPolicy } from './origins.js';
import { RegionRegistry, type RegionLookup } from './regions.js';
import { openSqliteStore } from './store/sqlite.js';
import type { FeedbackStore } from './store/types.js';
import type { RateLimitSettings } from './feedback/context.js';
import { feedbackSubmission, publicRoutes } from './feedback/public.js';
import { submissionRoutes } from './submission.js';
import { adminRoutes } from './feedback/admin.js';
import { publishRoutes } from './publish.js';
import { surveyRoutes, surveySubmission } from './survey/routes.js';
import { CoordinatorAuth } from './admin/auth.js';
import { deskRoutes } from './admin/desk.js';
import type { SqliteStore } from './store/sqlite.js';
import { MailWorker, type MailSettings } from './mail/worker.js';
import { unsubscribeRoutes } from './mail/routes.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface AppOptions {
  /** Folder of the project (demo/, dist/, schema/ are served from it). */
  root?: string;
  /** `true` for JSON lines on stdout, or pino options (e.g. a `stream` in tests). */
  logger?: FastifyServerOptions['logger'];
  /** Where comments are stored; default an in-memory SQLite (tests). Closed with the app. */
  store?: FeedbackStore;
  /** The region files (a folder, or a lookup); default `demo/data` under `root`. */
  regions?: string | RegionLookup;
  /** Who may send comments for which region; default: requests without an Origin only. */
  origins?: OriginPolicy;
  /** The coordinator's token; without it the admin routes do not exist. */
  adminToken?: string;
  /** Comments per address per window (default 20 per minute; max 0 = off). */
  rateLimit?: Partial<RateLimitSettings>;
  /** Receipt look-ups (`GET /api/settlement/receipt`) per address per minute (default 30; 0 = off). */
  receiptRateLimitPerMinute?: number;
  /** Admin requests per address per minute (default 600; 0 = off). */
  adminRateLimitPerMinute?: number;
  /** Fastify's trustProxy: set it behind a reverse proxy so the rate limit sees the client's address. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** `KPSS_PUBLIC_URL`: where town pages reach this server (relative endpoints in region files are made absolute on it); default the request's origin. */
  publicUrl?: string;
  /** The clock (tests move it in and out of the commenting period). */
  now?: () => Date;
  /** Timeouts and the connection cap of the HTTP server; default DEFAULT_HTTP_LIMITS. */
  http?: Partial<HttpLimits>;
  /**
   * Mail to residents (server/mail/): with `smtpUrl` the outbox is sent; without
   * it messages stay queued. `baseUrl`: the server's address for the links in
   * mails when `publicUrl` is not set.
   */
  mail?: Partial<MailSettings> & { baseUrl?: string };
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { max: 20, windowMs: 60_000 };

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const root = options.root ?? ROOT;
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.http };
  const app = Fastify({
    ...fastifyLimits(limits),
    logger: options.logger ?? false,
    logController: new OneLineLog(),
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    return503OnClosing: true,
  });
  capConnections(app.server, limits);
  // First, so that every route and plugin below (static files, errors, 404) has them.
  securityHeaders(app);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  // JSON only: a text/plain body is "not JSON" (400), not a string to guess at.
  app.removeContentTypeParser('text/plain');

  const store = options.store ?? openSqliteStore(':memory:');
  let worker: MailWorker | undefined;
  app.addHook('onClose', async () => {
    await worker?.stop(); // before the store: a round in progress records its outcome
    await store.close();
  });
  const regions =
    typeof options.regions === 'object' ? options.regions : new RegionRegistry(options.regions ?? join(root, 'demo', 'data'), {
      warn: (m) => app.log.warn(m),
    });
  const origins = options.origins ?? new OriginPolicy();
  const ctx = {
    store,
    regions,
    origins,
    now: options.now ?? (() => new Date()),
    rateLimit: { ...DEFAULT_RATE_LIMIT, ...options.rateLimit },
  };

  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(429, 'rate-limited', MSG.rateLimited(Math.max(1, Math.ceil(context.ttl / 1000)))),
  });

  // Only these folders are public: never the project root (var/ holds the database).
  await app.register(fastifyStatic, { root: join(root, 'demo'), prefix: '/demo/' });
  // What town pages on other domains load: the widgets and the region files (server/publish.ts).
  await app.register(async (scope) =>
    publishRoutes(scope, { dist: join(root, 'dist'), regions, ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}) }),
  );
  await app.register(fastifyStatic, { root: join(root, 'schema'), prefix: '/schema/', decorateReply: false });
  app.get('/', (_request, reply) => reply.redirect('/demo/'));

  await app.register(async (scope) =>
    publicRoutes(scope, ctx, options.receiptRateLimitPerMinute === undefined ? {} : { receiptRateLimitPerMinute: options.receiptRateLimitPerMinute }),
  );
  // Every public POST (comments, survey answers) in one scope with CORS for the town sites (server/submission.ts).
  const { surveys, desk, outbox } = store as Partial<SqliteStore>;
  await app.register(async (scope) => submissionRoutes(scope, ctx, [feedbackSubmission(ctx), ...(surveys ? [surveySubmission(ctx, surveys)] : [])]));
  if (outbox && desk) {
    const mailDeps = { outbox, comment: (id: string) => desk.comment(id), now: ctx.now };
    await app.register(async (scope) => unsubscribeRoutes(scope, mailDeps));
    const { baseUrl, smtpUrl, ...settings } = options.mail ?? {};
    if (smtpUrl) {
      worker = new MailWorker(
        { from: 'kpss@localhost', ...settings, smtpUrl },
        {
          ...mailDeps,
          regions,
          baseUrl: (options.publicUrl ?? baseUrl ?? 'http://127.0.0.1').replace(/\/+$/, ''),
          log: { info: (m) => app.log.info(m), warn: (m) => app.log.warn(m) },
        },
      );
      app.addHook('onReady', async () => worker?.start());
    }
  }
  if (options.adminToken) {
    const token = options.adminToken;
    // The bearer token for scripts and, with the SQLite store, the desk's session cookie (server/admin/).
    const deskAuth = new CoordinatorAuth({ token, now: ctx.now, ...(desk ? { desk } : {}) });
    const adminRate = options.adminRateLimitPerMinute === undefined ? {} : { rateLimitPerMinute: options.adminRateLimitPerMinute };
    await app.register(async (scope) =>
      adminRoutes(scope, ctx, { token, auth: deskAuth, ...(desk ? { desk } : {}), ...adminRate }),
    );
    const mail = outbox ? { outbox, sending: worker !== undefined } : undefined;
    if (desk) await app.register(async (scope) => deskRoutes(scope, ctx, { auth: deskAuth, desk, ...adminRate, ...(mail ? { mail } : {}) }));
  }
  // The survey's results and CSV (server/survey/), with the coordinator's sign-in for private results and the CSV.
  if (surveys) {
    const auth = options.adminToken ? new CoordinatorAuth({ token: options.adminToken, now: ctx.now, ...(desk ? { desk } : {}) }) : undefined;
    await app.register(async (scope) =>
      surveyRoutes(scope, ctx, surveys, auth ? { isCoordinator: async (request) => (await auth.identify(request)) !== undefined } : {}),
    );
  }
  return app;
}
