/**
 * (1) Full recompute of every roll-up of the cycle (the assessments module's recomputeCycle:
 * one transaction per government, the shared engine, results rewritten) against its floor, one
 * plain SQL aggregate over the same answer rows.
 */
import type { Database } from '../server/db/client';
import { recomputeCycle } from '../server/modules/assessments/results/scoring.service';
import { log, median, timeRuns } from './lib';

export interface RecomputeFigures {
  fullMs: number;
  floorMs: number;
  runs: number[];
  floorRuns: number[];
  governments: number;
}

export async function benchRecompute(
  database: Database,
  cycleId: string,
  runs: number,
): Promise<RecomputeFigures> {
  let governments = 0;
  const full = await timeRuns(runs, async () => {
    const r = await recomputeCycle(database.db, cycleId, 'hitung-ulang', null, { force: false });
    governments = r.governments;
    log(`recompute: ${r.governments} governments in ${r.ms} ms`);
  });
  const floorRuns = await timeRuns(
    Math.max(3, runs),
    () =>
      database.query(
        `select government_id, avg(verified_value) from answers where cycle_id = $1 and not verified_na group by government_id`,
        [cycleId],
      ),
    1,
  );
  return { fullMs: median(full), floorMs: median(floorRuns), runs: full, floorRuns, governments };
}
