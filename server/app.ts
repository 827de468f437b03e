/**
 * kpss-server: serves the demo site, the built widgets and the region files.
 * The feedback API joins it in server/api (see the feedback API contract).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface AppOptions {
  /** Folder of the project (demo/, dist/, schema/ are served from it). */
  root?: string;
  logger?: boolean;
}

export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const root = options.root ?? ROOT;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 32 * 1024,
    disableRequestLogging: false,
  });
  // Only these folders are public: never the project root (var/ holds the database).
  await app.register(fastifyStatic, { root: join(root, 'demo'), prefix: '/demo/' });
  await app.register(fastifyStatic, { root: join(root, 'dist'), prefix: '/dist/', decorateReply: false });
  await app.register(fastifyStatic, { root: join(root, 'schema'), prefix: '/schema/', decorateReply: false });
  app.get('/', (_request, reply) => reply.redirect('/demo/'));
  return app;
}
