/**
 * (2) One verified answer changed → every affected roll-up (product, unit, government; office
 * mean and national ranking are read from them) updated and readable. Uses the real service
 * function verifyAnswer as an assessor's head would call it, then reads the government's ranked
 * row, unit and product results. The cycle is put back in the verification phase for the run
 * and restored after; every edited answer is restored and its government recomputed.
 */
import type { Database } from '../server/db/client';
import type { Actor } from '../server/lib/reach';
import { rankedOne } from '../server/modules/assessments/results.repository';
import { recomputeGovernment } from '../server/modules/assessments/scoring.service';
import { verifyAnswer } from '../server/modules/assessments/verification.service';
import { inTransaction } from '../server/lib/transaction';
import { log, now, percentile } from './lib';

export interface EditFigures {
  edits: number;
  p50: number;
  p99: number;
  floorP50: number;
  floorP99: number;
}

interface Target {
  id: string;
  government_id: string;
  unit_id: string | null;
  product_id: string | null;
  verify_status: 'pending' | 'accepted' | 'adjusted';
  verified_value: number | null;
  verified_na: boolean;
  verify_reason: string | null;
}

export async function benchEdits(
  database: Database,
  actor: Actor,
  cycleId: string,
  count: number,
): Promise<EditFigures> {
  // A fixed pseudo-random sample of answers with a value (same every run).
  const targets = await database.query<Target>(
    `select id, government_id, unit_id, product_id, verify_status, verified_value, verified_na, verify_reason
       from answers where cycle_id = $1 and not verified_na order by md5(id::text || 'bench') limit $2`,
    [cycleId, count],
  );
  const [{ status }] = (await database.query<{ status: string }>('select status from cycles where id = $1', [
    cycleId,
  ])) as [{ status: string }];
  await database.query(`update cycles set status = 'verification' where id = $1`, [cycleId]);
  const times: number[] = [];
  const floor: number[] = [];
  try {
    for (const t of targets) {
      const value = ((t.verified_value ?? 0) + 1) % 4;
      const t0 = now();
      await verifyAnswer(database.db, actor, t.id, {
        action: 'adjust',
        value,
        na: false,
        reason: 'uji beban (bench)',
      });
      const [ranked] = await Promise.all([
        rankedOne(database.db, cycleId, t.government_id),
        database.query('select score from unit_results where cycle_id = $1 and unit_id = $2', [
          cycleId,
          t.unit_id,
        ]),
        t.product_id
          ? database.query('select score from product_results where cycle_id = $1 and product_id = $2', [
              cycleId,
              t.product_id,
            ])
          : Promise.resolve([]),
      ]);
      times.push(now() - t0);
      if (!ranked) throw new Error('ranked row missing after edit');
      // Floor: the bare write of the same cell and a read of the government's stored result.
      const f0 = now();
      await database.query('update answers set verified_value = $2, updated_at = now() where id = $1', [
        t.id,
        value,
      ]);
      await database.query(
        'select score from government_results where cycle_id = $1 and government_id = $2',
        [cycleId, t.government_id],
      );
      floor.push(now() - f0);
    }
  } finally {
    log(`edits: restoring ${targets.length} answers`);
    for (const t of targets) {
      await database.query(
        'update answers set verify_status = $2, verified_value = $3, verified_na = $4, verify_reason = $5 where id = $1',
        [t.id, t.verify_status, t.verified_value, t.verified_na, t.verify_reason],
      );
    }
    await database.query('update cycles set status = $2 where id = $1', [cycleId, status]);
    for (const g of new Set(targets.map((t) => t.government_id))) {
      await inTransaction(database.db, (tx) => recomputeGovernment(tx, cycleId, g, 'hitung-ulang', null));
    }
  }
  return {
    edits: times.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    floorP50: percentile(floor, 50),
    floorP99: percentile(floor, 99),
  };
}
