/**
 * Issue 9: how long /api/health waits while a full recompute runs, against the server as
 * `npm start` runs it (the server/main.ts bundle, with its job runner, the configured database:
 * PATUH_DATA_DIR for PGlite or DATABASE_URL). The recompute is requested through the API
 * (POST /cycles/:id/recompute answers 202 and queues the job); health is polled every 10 ms
 * until the job is done, and the worst wait is printed, with 2 s of idle polling before as the floor.
 *
 *   PATUH_DATA_DIR=/tmp/data npx tsx bench/probe-stall.ts     (after `npx patuh synth` or the demo)
 *   DATABASE_URL=postgres://… npx tsx bench/probe-stall.ts
 *
 * Signs in as the synth's admin (or the demo's) directly in the database first; the session is
 * signed out at the end. The cycle probed is the one with the most governments.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { buildServerBundle, root, SERVER_NODE_FLAGS, serverEnv } from '../bin/build-server.mjs';
import type { RecomputeAccepted, RecomputeStatus } from '../shared/contracts/recompute';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { login, logout } from '../server/modules/auth/auth.service';
import { DEMO_PASSWORD } from '../server/modules/demo/demo-data';
import { SYNTH_PASSWORD } from '../server/modules/synth/synth.service';
import { log, percentile } from './lib';

const PORT = Number(process.env.PROBE_PORT ?? 3000 + (process.pid % 2000));
const base = `http://127.0.0.1:${PORT}`;

const config = loadConfig();
const database = await openConfiguredDatabase(config, { migrate: true });
const [cycle] = (await database.query<{ cycle_id: string; n: number }>(
  `select cycle_id, count(*)::int as n from cycle_governments group by cycle_id order by n desc limit 1`,
)) as Array<{ cycle_id: string; n: number }>;
if (!cycle) throw new Error('no cycle in this database: run `npx patuh synth` or start the demo first');
const admins = (await database.query<{ email: string }>(
  `select email from users where role = 'admin' and archived_at is null order by email`,
)) as Array<{ email: string }>;
let session: { token: string; csrfToken: string } | null = null;
for (const { email } of admins)
  for (const password of [SYNTH_PASSWORD, DEMO_PASSWORD]) {
    if (session) break;
    session = await login(database.db, { email, password, ip: '127.0.0.1', userAgent: 'probe-stall' }).catch(
      () => null,
    );
  }
if (!session) throw new Error('no admin with the synth or demo password');
await database.close();
log(
  `cycle ${cycle.cycle_id}: ${cycle.n} governments; engine ${database.engine}; load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);

const bundle = await buildServerBundle('server/main.ts', 'server');
// BENCH_SERVER_FLAGS adds node flags for a probe (e.g. --cpu-prof), as in bench/http.ts.
const extra = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...extra, bundle], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: serverEnv({ ...process.env, PORT: String(PORT), HOST: '127.0.0.1', PATUH_LOG_LEVEL: 'warn' }),
});
const headers = { cookie: `patuh_session=${session.token}`, 'x-csrf-token': session.csrfToken };

async function health(): Promise<boolean> {
  return fetch(`${base}/api/health`).then(
    async (r) => (await r.arrayBuffer(), r.ok),
    () => false,
  );
}

/** Polls health every `everyMs` until `done()`; a wait counts from when the request was due. */
async function poll(done: () => boolean, everyMs = 10) {
  const waits: number[] = [];
  let due = performance.now();
  while (!done()) {
    if (!(await health())) throw new Error('health failed');
    const now = performance.now();
    waits.push(now - due);
    due = now + everyMs;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  const worst = Math.max(...waits);
  return { requests: waits.length, worst, p99: percentile(waits, 99), p50: percentile(waits, 50) };
}

try {
  for (let i = 0; !(await health()); i++) {
    if (i > 1200) throw new Error('the server did not answer /api/health within 120 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  const idleUntil = performance.now() + 2000;
  const idle = await poll(() => performance.now() > idleUntil);

  const started = performance.now();
  const res = await fetch(`${base}/api/cycles/${cycle.cycle_id}/recompute`, { method: 'POST', headers });
  const requestMs = performance.now() - started;
  if (res.status !== 202) throw new Error(`recompute answered ${res.status}: ${await res.text()}`);
  const { job } = (await res.json()) as RecomputeAccepted;
  let finished: RecomputeStatus['job'] = null;
  const watcher = (async () => {
    for (;;) {
      const s = (await (
        await fetch(`${base}/api/cycles/${cycle.cycle_id}/recompute`, { headers })
      ).json()) as RecomputeStatus;
      if (s.job && s.job.id === job.id && (s.job.status === 'done' || s.job.status === 'failed')) {
        finished = s.job;
        return performance.now();
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  let endedAt = 0;
  void watcher.then((t) => (endedAt = t));
  const during = await poll(() => endedAt > 0);
  const f = (x: number) => x.toFixed(1);
  console.log(
    [
      `engine ${database.engine}, ${cycle.n} governments, load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
      `POST recompute: ${res.status} in ${f(requestMs)} ms; job ${job.id} ${(finished as RecomputeStatus['job'])?.status} after ${f(endedAt - started)} ms (incl. up to 1 s until the runner's next poll, ≤ 100 ms status polling)`,
      `health idle:   worst ${f(idle.worst)} ms, p99 ${f(idle.p99)}, p50 ${f(idle.p50)} over ${idle.requests}`,
      `health during: worst ${f(during.worst)} ms, p99 ${f(during.p99)}, p50 ${f(during.p50)} over ${during.requests}`,
    ].join('\n'),
  );
} finally {
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  const db = await openConfiguredDatabase(config, { migrate: false });
  await logout(db.db, session.token);
  await db.close();
}
