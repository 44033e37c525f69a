/**
 * One verified answer changed → only that unit's answers and the entity-level answers are read,
 * the other units stand in by their stored per-leaf values, and only the changed unit's and
 * product's roll-ups, the government's row and the ranks of its type are written
 * (scoring.service `changed`). This test proves the shortcut loses nothing: after a series of
 * edits through the API on the synthetic small dataset, a full recompute of the cycle must find
 * every stored roll-up (government with rank and peers, unit with its leaves, product) already
 * equal to what it computes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, signIn, type Agent, type TestContext } from '../../../test/harness';
import { SYNTH_PASSWORD, runSynth } from '../../synth/synth.service';
import { recomputeCycle, recomputeGovernment } from './scoring.service';

let ctx: TestContext;
let admin: Agent;
let cycleId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await runSynth(ctx.database, { scale: 'small', seed: 11 });
  admin = await signIn(ctx.app, 'admin@synth.patuh.test', SYNTH_PASSWORD);
  [{ id: cycleId }] = (await ctx.database.query<{ id: string }>('select id from cycles')) as [{ id: string }];
  await ctx.database.query(`update cycles set status = 'verification' where id = $1`, [cycleId]);
  // As a phase change through the API does: the stored roll-ups follow the cycle's new state.
  await recomputeCycle(ctx.database.db, cycleId, 'verifikasi', null);
}, 120_000);
afterAll(async () => ctx?.close());

/** Every stored roll-up of the cycle, without timestamps, in a stable order. */
async function snapshot() {
  const q = (text: string) => ctx.database.query(text, [cycleId]);
  return {
    governments: await q(`select government_id, score, rounded, band, zone, dimensions, detail, missing,
        rank, peers
      from government_results where cycle_id = $1 order by government_id`),
    units: await q(`select unit_id, government_id, score, rounded, band, zone, missing, leaf_values,
        leaf_missing, leaf_state
      from unit_results where cycle_id = $1 order by unit_id`),
    products: await q(`select product_id, unit_id, government_id, score, rounded, band, zone
      from product_results where cycle_id = $1 order by product_id`),
  };
}

describe('incremental roll-ups after one verified answer', () => {
  it('leaves every roll-up equal to a full recompute, at each level of the framework', async () => {
    // A fixed sample of answers of each level: product, unit-only and entity.
    const pick = (where: string) =>
      ctx.database.query<{ id: string; verified_value: number | null }>(
        `select id, verified_value from answers where cycle_id = $1 and ${where} and not verified_na
         order by md5(id::text) limit 4`,
        [cycleId],
      );
    const targets = [
      ...(await pick('product_id is not null')),
      ...(await pick('unit_id is not null and product_id is null')),
      ...(await pick('unit_id is null')),
    ];
    expect(targets).toHaveLength(12);
    const before = await snapshot();

    for (const [i, t] of targets.entries()) {
      // Values on the 0–3 scale of the 2022–2024 framework; every fourth edit sets N/A.
      const body =
        i % 4 === 3
          ? { action: 'adjust', na: true, reason: 'tidak berlaku (uji)' }
          : {
              action: 'adjust',
              na: false,
              value: ((t.verified_value ?? 0) + 2) % 4,
              reason: 'uji ubah nilai',
            };
      const res = await admin.post(`/api/answers/${t.id}/verify`, body);
      expect(res.statusCode, res.body).toBe(200);
    }
    const afterEdits = await snapshot();
    // The edits did move scores (so the comparison below can fail).
    expect(afterEdits.products).not.toEqual(before.products);
    expect(afterEdits.units).not.toEqual(before.units);
    expect(afterEdits.governments).not.toEqual(before.governments);

    await recomputeCycle(ctx.database.db, cycleId, 'hitung-ulang', null);
    expect(await snapshot()).toEqual(afterEdits);
  });

  it('reads one unit only when the other units have leaves of the same state, else the government', async () => {
    const [a] = await ctx.database.query<{ government_id: string; unit_id: string; product_id: string }>(
      `select government_id, unit_id, product_id from answers where cycle_id = $1 and product_id is not null
       order by md5(id::text) limit 1`,
      [cycleId],
    );
    const changed = { unitId: a!.unit_id, productId: a!.product_id };
    const one = await recomputeGovernment(ctx.database.db, cycleId, a!.government_id, 'verifikasi', null, {
      changed,
    });
    expect(one.partial).toBe(true);
    const before = await snapshot();
    // Leaves computed under another state (here: another unit type) are not reused.
    await ctx.database.query(
      `update unit_results set leaf_state = 'open|x|y' where cycle_id = $1 and government_id = $2 and unit_id <> $3`,
      [cycleId, a!.government_id, a!.unit_id],
    );
    const full = await recomputeGovernment(ctx.database.db, cycleId, a!.government_id, 'verifikasi', null, {
      changed,
    });
    expect(full.partial).toBeUndefined();
    expect(full.rounded).toBe(one.rounded);
    // The whole government was scored, so its units' leaves carry the right state again.
    await recomputeGovernment(ctx.database.db, cycleId, a!.government_id, 'verifikasi', null);
    expect(await snapshot()).toEqual(before);
  });
});
