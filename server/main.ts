// `npm start`: the demo site and the feedback receiver on 127.0.0.1:8080 (HOST, PORT).
// Configuration by environment variables: see server/config.ts and the README.
import { buildApp, ROOT } from './app.js';
import { loadConfig, type ServerConfig } from './config.js';
import { RegionRegistry } from './regions.js';
import { openSqliteStore } from './store/sqlite.js';

let config: ServerConfig;
try {
  config = loadConfig(process.env, ROOT);
} catch (error) {
  console.error(`kpss-server: ${(error as Error).message}`);
  process.exit(2);
}

const store = openSqliteStore(config.dbPath);
const regions = new RegionRegistry(config.dataDir, { warn: (m) => console.warn(`kpss-server: ${m}`) });
const app = await buildApp({
  logger: true,
  store,
  regions,
  origins: config.origins,
  ...(config.adminToken ? { adminToken: config.adminToken } : {}),
  rateLimit: config.rateLimit,
  trustProxy: config.trustProxy,
});
await app.listen({ host: config.host, port: config.port });

const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
console.log(`kpss-server: demo at http://${shownHost}:${port}/demo/`);
console.log(`kpss-server: comments stored in ${config.dbPath}; regions read from ${config.dataDir} (${regions.list().map((r) => r.id).join(', ') || 'none'})`);
console.log(`kpss-server: admin routes ${config.adminToken ? 'on (KPSS_ADMIN_TOKEN set)' : 'off (set KPSS_ADMIN_TOKEN to turn them on)'}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // close() waits for requests in flight; the store commits its queue and closes with the app.
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
