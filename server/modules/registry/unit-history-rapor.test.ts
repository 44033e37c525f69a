/**
 * Issue 11 part 6 on the rapor: after a merge, the successor's line on the next cycle's rapor
 * carries the predecessor's result of the previous cycle, "sebagai <old name>". Scores come from
 * the tiny test framework through a whole cycle (as rapor-yoy.test.ts), not typed in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RaporSchema } from '../../../shared/contracts/rapor';
import { testFramework } from '../../../shared/scoring/test-framework.fixture';
import { makeTenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { publishedCycle } from '../assessments/common/assessment-fixtures';
import { insertFrameworkRow } from '../frameworks/frameworks.repository';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('unit history on the rapor', () => {
  it("the successor's rapor line shows the merged predecessor's previous result", async () => {
    const t = await makeTenant(ctx);
    const fwId = `uji-lineage-${Math.random().toString(36).slice(2, 8)}`;
    await insertFrameworkRow(ctx.database.db, {
      id: fwId,
      version: '1',
      name: 'Uji riwayat unit',
      definition: { ...testFramework(), id: fwId },
      source: 'custom',
    });
    // 2030: the other agency alone, every item at its maximum except B.2 → A = 100, B = 66.67 → 86.67
    // for the government; the unit's own score covers its per-unit and per-product items (A) → 100.
    const best: Record<string, number> = { 'A.1': 3, 'A.2': 1, 'B.1': 5, 'B.2': 1, 'B.3': 3 };
    await publishedCycle(t, fwId, 2030, t.otherUnitId, (i) => best[i]!);
    const coord = await t.as('gov_coordinator');
    const before = (await coord.get(`/api/units/${t.otherUnitId}`)).json<{ name: string }>();
    const merge = await coord.post(`/api/governments/${t.governmentId}/units/${t.otherUnitId}/merge`, {
      effectiveOn: '2026-01-02',
      into: { unitId: t.unitId },
    });
    expect(merge.statusCode, merge.body).toBe(201);
    const minimum: Record<string, number> = { 'A.1': 0, 'A.2': 0, 'B.1': 0, 'B.2': 1, 'B.3': 0 };
    const second = await publishedCycle(t, fwId, 2031, t.unitId, (i) => minimum[i]!);

    const rapor = RaporSchema.parse(
      (await coord.get(`/api/cycles/${second}/governments/${t.governmentId}/rapor`)).json(),
    );
    expect(rapor.previous).toMatchObject({ year: 2030, score: 86.67 });
    const line = rapor.units.find((u) => u.unitId === t.unitId)!;
    expect(line.score).toBe(0);
    expect(line.previousResults).toHaveLength(1);
    expect(line.previousResults![0]).toMatchObject({
      unitId: t.otherUnitId,
      name: before.name,
      score: 100,
    });
  });
});
