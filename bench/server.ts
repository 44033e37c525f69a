/**
 * The app as the benchmark serves it: the real buildApp on the configured database, on a random
 * 127.0.0.1 port, plus routes registered only here: a bare constant (the floor), the longest
 * event-loop stall since the last call (a 5 ms ticker measuring its own lateness), and one that
 * empties the read cache (ADR 0004) so a request can be timed cold.
 * Prints `{"port":…}` on stdout once listening; stops on SIGTERM.
 */
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import type { AddressInfo } from 'node:net';

const config = { ...loadConfig(), logLevel: 'silent' as const };
const database = await openConfiguredDatabase(config, { migrate: false });
const app = await buildApp({ config, database });
let last = performance.now();
let maxStall = 0;
setInterval(() => {
  const t = performance.now();
  maxStall = Math.max(maxStall, t - last - 5);
  last = t;
}, 5).unref();
app.get('/bench/constant', { config: { access: 'public' } }, async () => ({ ok: true }));
app.get('/bench/cache-clear', { config: { access: 'public' } }, async () => {
  app.readCaches.sessions.invalidate();
  app.readCaches.responses.invalidate();
  return { ok: true };
});
app.get('/bench/stall', { config: { access: 'public' } }, async () => {
  const value = maxStall;
  maxStall = 0;
  return { maxStallMs: value };
});
await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`${JSON.stringify({ port: (app.server.address() as AddressInfo).port })}\n`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
