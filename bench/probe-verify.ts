/**
 * Issue 9: one edit through the API on an idle server, split in its two requests — the verify
 * POST (answer, audit, the government's partial re-score, rank) and the result GET that shows it —
 * so the edit's p50 can be traced (bench/server.ts as `npm start` runs it, read cache off). Puts
 * the latest cycle in the verification phase for the run, edits N answers (default 40) and
 * restores them, their governments' roll-ups and the cycle's status afterwards.
 *
 *   DATABASE_URL=postgres://… npx tsx bench/probe-verify.ts
 */
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import { inTransaction } from '../server/lib/transaction';
import { recomputeGovernment } from '../server/modules/assessments/results/scoring.service';
import { loadedBatches } from '../server/modules/synth/synth.repository';
import { startServer } from './http';
import { log, ms, now, percentile } from './lib';
import { signIn, signOutAll } from './pools';
import { api } from './workload';

const N = Number(process.env.N ?? 40);
const config = { ...loadConfig(), logLevel: 'silent' as const };
let database = await openConfiguredDatabase(config);
const batch = (await loadedBatches(database)).at(-1);
if (!batch) throw new Error('no synthetic dataset: run `npx patuh synth` first');
const cycleId = batch.cycleId;
const domain = batch.batch === 1 ? 'synth.patuh.test' : `synth${batch.batch}.patuh.test`;
const admin = await signIn(database, `admin@${domain}`);
const targets = await database.query<{
  id: string;
  government_id: string;
  verify_status: string;
  verified_value: number | null;
  verified_na: boolean;
  verify_reason: string | null;
}>(
  `select id, government_id, verify_status, verified_value, verified_na, verify_reason
     from answers where cycle_id = $1 and not verified_na order by md5(id::text || 'probe') limit $2`,
  [cycleId, N],
);
const [{ status }] = (await database.query<{ status: string }>('select status from cycles where id = $1', [
  cycleId,
])) as [{ status: string }];
const governments = [...new Set(targets.map((t) => t.government_id))];
const rescore = async () => {
  for (const g of governments)
    await inTransaction(database.db, (tx) => recomputeGovernment(tx, cycleId, g, 'hitung-ulang', null));
};
await database.query(`update cycles set status = 'verification' where id = $1`, [cycleId]);
await rescore();
await database.close();
const post: number[] = [];
const get: number[] = [];
const server = await startServer({ PATUH_READ_CACHE_SECONDS: '0' }, 'verify');
try {
  for (const round of [0, 1])
    for (const t of targets) {
      const t0 = now();
      const res = await api(server, `/api/answers/${t.id}/verify`, admin, {
        method: 'POST',
        body: JSON.stringify({
          action: 'adjust',
          value: ((t.verified_value ?? 0) + 1 + round) % 4,
          na: false,
          reason: 'uji (probe)',
        }),
      });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`edit ${t.id}: HTTP ${res.status} ${body.slice(0, 200)}`);
      const t1 = now();
      const g = await api(server, `/api/cycles/${cycleId}/governments/${t.government_id}/result`, admin);
      await g.arrayBuffer();
      const t2 = now();
      if (round === 1) {
        post.push(t1 - t0);
        get.push(t2 - t1);
      }
    }
} finally {
  await server.stop();
  database = await openConfiguredDatabase(config);
  for (const t of targets)
    await database.query(
      'update answers set verify_status = $2, verified_value = $3, verified_na = $4, verify_reason = $5 where id = $1',
      [t.id, t.verify_status, t.verified_value, t.verified_na, t.verify_reason],
    );
  await database.query('update cycles set status = $2 where id = $1', [cycleId, status]);
  await rescore();
  await signOutAll(database, [admin]);
  await database.close();
}
for (const [label, v] of [
  ['verify POST', post],
  ['result GET', get],
] as const)
  log(
    `${label}: n ${v.length}, p50 ${ms(percentile(v, 50))} / p90 ${ms(percentile(v, 90))} / max ${ms(Math.max(...v))} ms`,
  );
