/**
 * The app as `npm start` serves it (server/main.ts): the real buildApp on the configured database
 * with its logger on at PATUH_LOG_LEVEL (default info, one line per request), the built web app
 * when there is one, listening on PORT/HOST. Nothing is silenced here: the bench sends this
 * process's stdout to a file at the OS level. Added only here: a bare constant route (the
 * floor), the longest event-loop stall since the last call (a 5 ms ticker measuring its own
 * lateness), and one that empties the read cache (ADR 0004) so a request can be timed cold.
 * Like npm start, it runs the background job runner. The bench polls /api/health until it answers;
 * stops on SIGTERM.
 */
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { JOB_DEFINITIONS } from '../server/jobs/job-catalog';
import { JobRunner } from '../server/jobs/job-runner';
import { projectRoot } from '../server/lib/paths';

const config = loadConfig();
const database = await openConfiguredDatabase(config, { migrate: false });
const app = await buildApp({
  config,
  database,
  webDist: path.join(projectRoot(), 'web', 'dist'),
  logger: true,
});
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
app.get('/bench/memory', { config: { access: 'public' } }, async (req) => {
  // ?gc=1: a full collection first, so heapUsed is what is still alive (probe-rss.ts).
  if ((req.query as { gc?: string }).gc === '1') {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
  }
  const m = process.memoryUsage();
  const mb = (x: number) => Math.round(x / 2 ** 20);
  return {
    rss: mb(m.rss),
    heapTotal: mb(m.heapTotal),
    heapUsed: mb(m.heapUsed),
    external: mb(m.external),
    arrayBuffers: mb(m.arrayBuffers),
  };
});
app.get('/bench/stall', { config: { access: 'public' } }, async () => {
  const value = maxStall;
  maxStall = 0;
  return { maxStallMs: value };
});
await app.listen({ host: config.host, port: config.port });
// As server/main.ts: the background job runner (recompute, reminders, e-mail) in this process.
const jobs = new JobRunner(database, config, JOB_DEFINITIONS, { readCache: app.readCaches.responses });
jobs.start();
process.on('SIGTERM', () => {
  void jobs
    .stop()
    .then(() => app.close())
    .then(() => database.close())
    .then(() => process.exit(0));
});
