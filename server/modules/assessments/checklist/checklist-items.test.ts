/**
 * Issue 9: the checklist's answer cells and their evidence come in one statement (plain SQL, the
 * evidence as JSON per cell) and the unit's name with its sample row. The evidence must read as the
 * evidence rows say — every field, the instant in Date.toISOString's form, oldest first, archived
 * files left out — on both engines. The progress route reads the government's cells once.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files, units } from '../../../db/schema';
import { cycleUnits, evidence } from '../../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import {
  makeAssessmentFixture,
  multipartFile,
  PNG_1PX,
  type AssessmentFixture,
} from '../common/assessment-fixtures';

let ctx: TestContext;
let t: Tenant;
let f: AssessmentFixture;
beforeAll(async () => {
  // The reads themselves are under test, not the read cache (a direct update does not empty it).
  ctx = await createTestContext({ PATUH_READ_CACHE_SECONDS: '0' });
  t = await makeTenant(ctx);
  f = await makeAssessmentFixture(ctx, t);
}, 120_000);
afterAll(async () => ctx?.close());

interface Checklist {
  unit: { id: string; name: string } | null;
  items: Array<{ answerId: string; evidence: Array<Record<string, unknown>> }>;
}

async function cell(answerId: string) {
  const coord = await t.as('gov_coordinator');
  const res = await coord.get(`/api/cycles/${f.cycleId}/units/${t.unitId}/checklist`);
  expect(res.statusCode, res.body).toBe(200);
  const list = res.json<Checklist>();
  return { list, cell: list.items.find((i) => i.answerId === answerId)! };
}

describe('the checklist’s cells with their evidence in one statement', () => {
  it('each evidence file reads as its rows say, oldest first; the unit is named', async () => {
    const coord = await t.as('gov_coordinator');
    const photo = multipartFile('foto.png', PNG_1PX, 'image/png');
    const up = await coord.request(
      'POST',
      `/api/answers/${f.answerId}/evidence?madeOn=2024-02-29`,
      photo.body,
      photo.headers,
    );
    expect(up.statusCode, up.body).toBe(201);
    const { list, cell: c } = await cell(f.answerId);

    const [unit] = await ctx.database.db.select().from(units).where(eq(units.id, t.unitId));
    expect(list.unit).toMatchObject({ id: t.unitId, name: unit!.name });

    const rows = await ctx.database.db
      .select()
      .from(evidence)
      .innerJoin(files, eq(files.id, evidence.fileId))
      .where(eq(evidence.answerId, f.answerId))
      .orderBy(evidence.createdAt);
    expect(rows.length).toBe(2);
    expect(c.evidence).toEqual(
      rows.map((r) => ({
        id: r.evidence.id,
        fileId: r.evidence.fileId,
        originalName: r.files.originalName,
        mimeType: r.files.mimeType,
        size: r.files.size,
        madeOn: r.evidence.madeOn,
        note: r.evidence.note,
        createdAt: r.evidence.createdAt.toISOString(),
      })),
    );
    expect(c.evidence.at(-1)).toMatchObject({ id: up.json<{ id: string }>().id, madeOn: '2024-02-29' });
    expect(c.evidence.every((e) => typeof e.size === 'number' && e.size > 0)).toBe(true);
  });

  it('an archived file leaves the list; a cell without evidence has an empty list', async () => {
    const coord = await t.as('gov_coordinator');
    const archived = await coord.post(`/api/evidence/${f.evidenceId}/archive`);
    expect(archived.statusCode, archived.body).toBeLessThan(300);
    const [row] = await ctx.database.db.select().from(evidence).where(eq(evidence.id, f.evidenceId));
    expect(row!.archivedAt).not.toBeNull();
    const { list, cell: c } = await cell(f.answerId);
    expect(c.evidence.map((e) => e.id)).not.toContain(f.evidenceId);
    expect(c.evidence).toHaveLength(1);
    const bare = list.items.find((i) => i.answerId !== f.answerId)!;
    expect(bare.evidence).toEqual([]);
  });
});

describe('the progress route in one statement', () => {
  interface Progress {
    units: Array<{
      unitId: string;
      name: string;
      selfStatus: string;
      submittedAt: string | null;
      total: number;
      answered: number;
    }>;
    entity: { total: number; answered: number };
    itemsTotal: number;
  }
  const progressOf = async (role: 'gov_coordinator' | 'unit_pic') => {
    const res = await (
      await t.as(role)
    ).get(`/api/cycles/${f.cycleId}/governments/${t.governmentId}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Progress>();
  };

  it('per unit: the checklist’s cells and answered cells, by name; the entity cells; a submission’s instant', async () => {
    const coord = await t.as('gov_coordinator');
    const before = await progressOf('gov_coordinator');
    const names = before.units.map((u) => u.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const u of before.units) {
      const list = (await coord.get(`/api/cycles/${f.cycleId}/units/${u.unitId}/checklist`)).json<{
        items: Array<{ answered: boolean }>;
      }>();
      expect(u.total).toBe(list.items.length);
      expect(u.answered).toBe(list.items.filter((i) => i.answered).length);
    }
    const entity = (
      await coord.get(`/api/cycles/${f.cycleId}/governments/${t.governmentId}/checklist`)
    ).json<{
      items: Array<{ answered: boolean }>;
    }>();
    expect(before.entity).toEqual({
      total: entity.items.length,
      answered: entity.items.filter((i) => i.answered).length,
    });
    expect(before.itemsTotal).toBe(before.units.reduce((n, u) => n + u.total, 0) + before.entity.total);

    const [row] = await ctx.database.db
      .select()
      .from(cycleUnits)
      .where(and(eq(cycleUnits.cycleId, f.cycleId), eq(cycleUnits.unitId, t.unitId)));
    const mine = before.units.find((u) => u.unitId === t.unitId)!;
    expect(mine.submittedAt).toBe(row!.submittedAt?.toISOString() ?? null);
    const submittedAt = new Date('2024-03-04T05:06:07.089Z');
    await ctx.database.db
      .update(cycleUnits)
      .set({ submittedAt })
      .where(and(eq(cycleUnits.cycleId, f.cycleId), eq(cycleUnits.unitId, t.unitId)));
    const after = await progressOf('gov_coordinator');
    expect(after.units.find((u) => u.unitId === t.unitId)!.submittedAt).toBe(submittedAt.toISOString());
  });

  it('a PIC sees only their units', async () => {
    const coord = await progressOf('gov_coordinator');
    const pic = await progressOf('unit_pic');
    expect(pic.units.length).toBeGreaterThan(0);
    expect(pic.units.length).toBeLessThan(coord.units.length);
    expect(pic.units.map((u) => u.unitId)).not.toContain(t.otherUnitId);
  });
});
