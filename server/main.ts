// `npm start`: the demo site and the feedback receiver on 127.0.0.1:8080 (HOST, PORT).
// Configuration by environment variables: see server/config.ts and the README.
import { buildApp, ROOT } from './app.js';
import { loadConfig, type ServerConfig } from './config.js';
import { RegionRegistry } from './regions.js';
import { DatabaseDamagedError, openSqliteStore, type SqliteStore } from './store/sqlite.js';

let config: ServerConfig;
try {
  config = loadConfig(process.env, ROOT);
} catch (error) {
  console.error(`kpss-server: ${(error as Error).message}`);
  process.exit(2);
}

let store: SqliteStore;
try {
  store = openSqliteStore(config.dbPath, { mail: { settleDelayMs: config.mail.settleDelayMs } });
} catch (error) {
  // A damaged file is named with what to do; any other failure to open it (permissions, a folder) likewise without a stack trace.
  const message = error instanceof DatabaseDamagedError ? error.message : `cannot open the database file ${config.dbPath}: ${(error as Error).message}`;
  console.error(`kpss-server: ${message}`);
  process.exit(2);
}
const regions = new RegionRegistry(config.dataDir, { warn: (m) => console.warn(`kpss-server: ${m}`) });
const app = await buildApp({
  logger: true,
  store,
  regions,
  origins: config.origins,
  ...(config.adminToken ? { adminToken: config.adminToken } : {}),
  rateLimit: config.rateLimit,
  trustProxy: config.trustProxy,
  http: config.http,
  ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  mail: { ...config.mail, baseUrl: `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${config.port}` },
});
await app.listen({ host: config.host, port: config.port });

const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
const local = `http://${shownHost}:${port}`;
const base = config.publicUrl ?? local;
console.log(`kpss-server: demo at ${local}/demo/ (the configurator: ${local}/demo/embed.html)`);
console.log(`kpss-server: public URL ${base}${config.publicUrl ? '' : ' (set KPSS_PUBLIC_URL to the address town pages reach, e.g. https://kpss.klatovy.cz)'}`);
console.log(`kpss-server: for town pages: ${base}/dist/kpss-widgets.js and ${regions.list().map((r) => `${base}/regions/${r.id}.json`).join(', ') || 'no region files'}`);
const first = regions.list()[0];
if (first) {
  console.log('kpss-server: paste into a town page (allow its site with KPSS_ORIGINS):');
  console.log(`  <script type="module" src="${base}/dist/kpss-widgets.js"></script>`);
  console.log(`  <kpss-catalog src="${base}/regions/${first.id}.json"></kpss-catalog>`);
}
console.log(`kpss-server: comments stored in ${config.dbPath}; regions read from ${config.dataDir} (${regions.list().map((r) => r.id).join(', ') || 'none'})`);
console.log(
  `kpss-server: mail to residents ${config.mail.smtpUrl ? `sent through ${new URL(config.mail.smtpUrl).host} from ${config.mail.from}` : 'queued, not sent (set KPSS_SMTP_URL and KPSS_MAIL_FROM to send it)'}`,
);
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
