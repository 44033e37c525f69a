/**
 * Targeted timing of the score writes behind one edit, in process, on the configured PostgreSQL
 * database (DATABASE_URL; docs/PERFORMANCE.md, "Round 4"): for a fixed sample of 40 unit answers
 * of the latest cycle, the partial re-score an edit makes (`changed`: that unit's answers and the
 * other units' stored leaves), the same again, and the whole government scored and written, one
 * after the other so all three see the same machine load; then the stored-rank read of the
 * result. FULL=n first runs n full recomputes of the cycle (timed, with the RSS after each).
 * Applies pending migrations. Writes only roll-ups the next recompute writes identically.
 */
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { inTransaction } from '../server/lib/transaction';
import { rankedWithUnits } from '../server/modules/assessments/results/results.repository';
import { recomputeCycle, recomputeGovernment } from '../server/modules/assessments/results/scoring.service';
import { now, percentile } from './lib';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL! });
console.log('migrations applied:', await migrate(database));
// The cycle with the most governments (the national one; the latest may be one government's internal cycle).
const [cycle] = await database.query<{ id: string }>(
  'select cycle_id as id from cycle_governments group by cycle_id order by count(*) desc limit 1',
);
const cycleId = cycle!.id;

for (let i = 0; i < Number(process.env.FULL ?? 0); i++) {
  const r = await recomputeCycle(database.db, cycleId, 'hitung-ulang', null);
  console.log(
    `full recompute: ${r.governments} governments in ${r.ms} ms, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
}

const picks = await database.query<{ government_id: string; unit_id: string; product_id: string | null }>(
  `select government_id, unit_id, product_id from answers where cycle_id = $1 and unit_id is not null
   order by md5(id::text) limit 40`,
  [cycleId],
);
const times: Record<string, number[]> = {};
const timed = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const t0 = now();
  const value = await fn();
  (times[label] ??= []).push(now() - t0);
  return value;
};
let partial = 0;
for (const p of picks) {
  const changed = { unitId: p.unit_id, productId: p.product_id };
  const edit = () =>
    inTransaction(database.db, (tx) =>
      recomputeGovernment(tx, cycleId, p.government_id, 'verifikasi', null, { changed }),
    );
  if ((await timed('edit (one unit re-scored)', edit)).partial) partial++;
  await timed('the same edit again', edit);
  await timed('whole government scored and written', () =>
    inTransaction(database.db, (tx) => recomputeGovernment(tx, cycleId, p.government_id, 'verifikasi', null)),
  );
  await timed('result read with its stored rank (rankedWithUnits)', () =>
    rankedWithUnits(database.db, cycleId, p.government_id),
  );
}
console.log(`${partial} of ${picks.length} edits re-scored one unit`);
for (const [label, v] of Object.entries(times))
  console.log(
    `${label}: p50 ${percentile(v, 50).toFixed(1)}, p90 ${percentile(v, 90).toFixed(1)}, max ${Math.max(...v).toFixed(1)} ms`,
  );
await database.close();
