/**
 * Year-over-year on the rapor: two published cycles of the same office; the later rapor carries the
 * earlier score (issue 3, rapor point 7). Scores are hand-computed with the tiny test framework
 * (REFERENCE §10 rules 1–3): A (60) = A.1 (0–3, per product) + A.2 (yes/no, per unit);
 * B (40) = B.1 (0–5) + B.2 (1–4) + B.3 (0–3), per entity, equal weights.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RaporSchema } from '../../../../shared/contracts/rapor';
import { testFramework } from '../../../../shared/scoring/test-framework.fixture';
import { makeTenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { insertFrameworkRow } from '../../frameworks/frameworks.repository';
import { publishedCycle } from '../common/assessment-fixtures';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('rapor year over year', () => {
  it('the later cycle’s rapor shows the earlier published score of the same government', async () => {
    const t = await makeTenant(ctx);
    const fwId = `uji-yoy-${Math.random().toString(36).slice(2, 8)}`;
    await insertFrameworkRow(ctx.database.db, {
      id: fwId,
      version: '1',
      name: 'Uji tahunan',
      definition: { ...testFramework(), id: fwId },
      source: 'custom',
    });
    // 2030: every item at its minimum → A = 0, B = 0 → 0.00.
    const minimum: Record<string, number> = { 'A.1': 0, 'A.2': 0, 'B.1': 0, 'B.2': 1, 'B.3': 0 };
    const first = await publishedCycle(t, fwId, 2030, t.unitId, (i) => minimum[i]!);
    // 2031: A.1 = 3 (100), A.2 = yes (100) → A = 100; B.1 = 5 (100), B.2 = 1 (0), B.3 = 3 (100) → B = 66.67;
    // total = 0.6 × 100 + 0.4 × 66.67 = 86.67.
    const better: Record<string, number> = { 'A.1': 3, 'A.2': 1, 'B.1': 5, 'B.2': 1, 'B.3': 3 };
    const second = await publishedCycle(t, fwId, 2031, t.unitId, (i) => better[i]!);

    const coord = await t.as('gov_coordinator');
    const rapor = RaporSchema.parse(
      (await coord.get(`/api/cycles/${second}/governments/${t.governmentId}/rapor`)).json(),
    );
    expect(rapor.score).toBe(86.67);
    expect(rapor.previous).toMatchObject({ cycleId: first, year: 2030, score: 0 });
    expect(rapor.previous!.dimensions).toMatchObject({ A: 0, B: 0 });
    const earlier = RaporSchema.parse(
      (await coord.get(`/api/cycles/${first}/governments/${t.governmentId}/rapor`)).json(),
    );
    expect(earlier.previous).toBeNull();
  });
});
