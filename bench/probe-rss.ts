/**
 * Issue 9: the server's RSS after the heavy operations and once their workers have gone idle.
 * Starts the server as the bench does (bench/server.ts, as `npm start` runs it), signs in as the
 * synth's admin directly in the database, runs the bench's heavy operations through the API
 * (full recompute job, a burst of 10 rapor PDFs, one rapor PDF and .xlsx, the national results
 * .xlsx and PDF) and prints the server's RSS after each, then every 5 s for PROBE_IDLE_SECONDS
 * (default 30) with nothing to do.
 *
 *   DATABASE_URL=postgres://… PATUH_DATA_DIR=/tmp/scratch npx tsx bench/probe-rss.ts
 *
 * Environment given to the server as is (e.g. PATUH_WORKER_IDLE_SECONDS, PATUH_WORKER_HEAP_MB).
 */
import os from 'node:os';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { login, logout } from '../server/modules/auth/auth.service';
import { SYNTH_PASSWORD } from '../server/modules/synth/synth.service';
import { memoryOf, startServer } from './http';
import { log } from './lib';
import type { BenchSession } from './pools';
import { heavyOps } from './workload';

const IDLE_SECONDS = Number(process.env.PROBE_IDLE_SECONDS ?? 30);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

const config = loadConfig();
const database = await openConfiguredDatabase(config, { migrate: false });
const [pick] = (await database.query<{ cycle_id: string; government_id: string }>(
  `select cg.cycle_id, cg.government_id from cycle_governments cg
   join cycles c on c.id = cg.cycle_id and c.kind = 'official'
   order by (select count(*) from cycle_units cu where cu.cycle_id = cg.cycle_id and cu.government_id = cg.government_id) desc
   limit 1`,
)) as Array<{ cycle_id: string; government_id: string }>;
if (!pick) throw new Error('no official cycle: run `npx patuh synth` first');
const [admin] = (await database.query<{ email: string }>(
  `select email from users where role = 'admin' and archived_at is null order by email limit 1`,
)) as Array<{ email: string }>;
const session = await login(database.db, {
  email: admin!.email,
  password: SYNTH_PASSWORD,
  ip: '127.0.0.1',
  userAgent: 'probe-rss',
});
await database.close();

const server = await startServer({}, 'probe-rss');
const rss = async () => {
  const m = await (await fetch(`${server.base}/bench/memory`)).text();
  return `${memoryOf(server.pid).rss.toFixed(0)} (${m})`;
};
log(`server up: RSS ${await rss()} MB; load average ${load()}`);
try {
  const s = { cookie: `patuh_session=${session.token}`, csrf: session.csrfToken } as BenchSession;
  const figures = await heavyOps(server, s, pick.cycle_id, pick.government_id);
  log(`after the heavy operations: RSS ${await rss()} MB, peak ${memoryOf(server.pid).peak.toFixed(0)} MB`);
  for (const f of figures)
    log(`  ${f.op}: ${f.ms.toFixed(0)} ms (${f.status}), RSS after ${f.rssAfterMb.toFixed(0)} MB`);
  for (let t = 5; t <= IDLE_SECONDS; t += 5) {
    await new Promise((r) => setTimeout(r, 5000));
    // /proc only: a request would keep the server from being quiet (release-memory.ts).
    log(`idle ${t} s: RSS ${memoryOf(server.pid).rss.toFixed(0)} MB; load average ${load()}`);
  }
  const gc = await (await fetch(`${server.base}/bench/memory?gc=1`)).text();
  log(`after a forced full GC (bench only): ${gc}; RSS ${memoryOf(server.pid).rss.toFixed(0)} MB`);
  await new Promise((r) => setTimeout(r, 5000));
  log(`5 s later: RSS ${await rss()} MB`);
} finally {
  await server.stop();
  const db = await openConfiguredDatabase(config, { migrate: false });
  await logout(db.db, session.token).catch(() => undefined);
  await db.close();
}
