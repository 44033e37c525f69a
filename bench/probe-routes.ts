/**
 * Issue 9: what each route of the realistic mix costs, one request at a time on an idle server
 * (bench/server.ts as `npm start` runs it, read cache off), so the open loop's p99 can be traced
 * to the routes behind it. Builds the same pools as `npm run bench` (bench/pools.ts), asks every
 * pair (ROUNDS times, default 1) and prints, per route pattern (ids replaced by :id), the count,
 * the latency p50 / p90 / max and the share of the mix's expected server time (MIX_WEIGHTS).
 *
 *   DATABASE_URL=postgres://… npx tsx bench/probe-routes.ts
 *
 * KIND=rapor keeps one kind's pairs; BENCH_SERVER_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/prof'
 * profiles the server (bench/http.ts).
 */
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { loadedBatches } from '../server/modules/synth/synth.repository';
import { startServer } from './http';
import { log, ms, now, percentile } from './lib';
import { buildPools, MIX_WEIGHTS, signOutAll, type Kind } from './pools';

const ROUNDS = Number(process.env.ROUNDS ?? 1);
const config = { ...loadConfig(), logLevel: 'silent' as const };
let database = await openConfiguredDatabase(config);
const batch = (await loadedBatches(database)).at(-1);
if (!batch) throw new Error('no synthetic dataset: run `npx patuh synth` first');
const domain = batch.batch === 1 ? 'synth.patuh.test' : `synth${batch.batch}.patuh.test`;
const pools = await buildPools(database, batch.cycleId, domain);
await database.close();
const pairs = pools.pairs.filter((p) => !process.env.KIND || p.kind === process.env.KIND);

const server = await startServer({ PATUH_READ_CACHE_SECONDS: '0' }, 'routes');
const byPattern = new Map<string, { kind: Kind; ms: number[]; bytes: number }>();
try {
  // Warm the server (JIT, pools) on a tenth of the pairs first.
  for (const p of pairs.slice(0, Math.ceil(pairs.length / 10)))
    await fetch(server.base + p.path, { headers: { cookie: p.session.cookie } }).then((r) => r.arrayBuffer());
  for (let round = 0; round < ROUNDS; round++)
    for (const p of pairs) {
      const t0 = now();
      const res = await fetch(server.base + p.path, { headers: { cookie: p.session.cookie } });
      const body = await res.arrayBuffer();
      const elapsed = now() - t0;
      if (res.status !== 200) continue;
      const pattern = `${p.kind} ${p.path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id').replace(/\?.*/, '?…')}`;
      const entry = byPattern.get(pattern) ?? { kind: p.kind, ms: [], bytes: 0 };
      entry.ms.push(elapsed);
      entry.bytes += body.byteLength;
      byPattern.set(pattern, entry);
    }
} finally {
  await server.stop();
  database = await openConfiguredDatabase(config);
  await signOutAll(database, pools.sessions);
  await database.close();
}

// Expected server time per request of the mix: a pattern's share of its kind's pairs × the kind's
// weight × the pattern's mean, i.e. the kind's weight × the pattern's summed time / the kind's count.
const perKind = new Map<Kind, number>();
for (const e of byPattern.values()) perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + e.ms.length);
const rows = [...byPattern.entries()].map(([pattern, e]) => ({
  pattern,
  n: e.ms.length,
  e,
  share: (MIX_WEIGHTS[e.kind] * e.ms.reduce((a, b) => a + b, 0)) / perKind.get(e.kind)!,
}));
const total = rows.reduce((a, r) => a + r.share, 0);
rows.sort((a, b) => b.share - a.share);
log(`expected server time per mix request (sequential, idle): ${ms(total)} ms`);
for (const r of rows)
  log(
    `${r.pattern}: n ${r.n}, p50 ${ms(percentile(r.e.ms, 50))} / p90 ${ms(percentile(r.e.ms, 90))} / max ${ms(
      Math.max(...r.e.ms),
    )} ms, ${Math.round(r.e.bytes / r.n / 1024)} KB, ${((100 * r.share) / total).toFixed(0)} % of the mix's time`,
  );
