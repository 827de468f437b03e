// `npm start`: the demo site and the feedback receiver on 127.0.0.1:8080 (HOST, PORT).
import { buildApp } from './app.js';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);

const app = await buildApp({ logger: true });
await app.listen({ host, port });
console.log(`kpss-server: demo at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/demo/`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    app.close().then(() => process.exit(0));
  });
}
