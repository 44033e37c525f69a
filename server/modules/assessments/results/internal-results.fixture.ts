/**
 * Test fixture: a government's internal cycle (penilaian mandiri) on the spot-check set, written
 * straight into the tables (as the internal-cycle service will: kind internal, owner government,
 * one cycle_governments row, the units and their products), its answer cells materialised, values
 * set as verified by `pick`, and scored by the engine. For the internal results tests.
 */
import { eq } from 'drizzle-orm';
import { serviceProducts } from '../../../db/schema';
import { answers, cycleGovernments, cycleProducts, cycles, cycleUnits } from '../../../db/schema-assessments';
import type { Tenant } from '../../../test/factories';
import type { TestContext } from '../../../test/harness';
import { syncBuiltInFrameworks } from '../../frameworks/frameworks.sync';
import { materialiseAnswerCells } from '../cycles/cycles.service';
import type { CycleStatus } from '../assessments.access';
import { recomputeGovernment } from './scoring.service';

/** A cell's final value: a number (verified), 'na', or null (left unverified). */
export type Pick = (cell: {
  unitId: string;
  productId: string | null;
  indicator: string;
}) => number | 'na' | null;

export interface InternalCycleFixture {
  cycleId: string;
  /** The tenant's OPD (the PIC's unit), its UPT and the other OPD. */
  unitIds: [string, string, string];
  /** One product per unit: the tenant's product, then one made for the UPT and the other OPD. */
  productIds: [string, string, string];
}

/** Writes and scores an internal cycle of the tenant's government over its three units. */
export async function makeInternalCycle(
  ctx: TestContext,
  t: Tenant,
  opts: { status?: CycleStatus; pick?: Pick; scheduled?: Array<string | null>; year?: number } = {},
): Promise<InternalCycleFixture> {
  const db = ctx.database.db;
  await syncBuiltInFrameworks(db);
  const unitIds: [string, string, string] = [t.unitId, t.childUnitId, t.otherUnitId];
  const made = await db
    .insert(serviceProducts)
    .values(
      unitIds.slice(1).map((unitId, i) => ({
        unitId,
        governmentId: t.governmentId,
        name: `Layanan Mandiri ${i + 1}`,
        type: 'administratif' as const,
      })),
    )
    .returning();
  const productIds: [string, string, string] = [t.productId, made[0]!.id, made[1]!.id];
  const [cycle] = await db
    .insert(cycles)
    .values({
      officeId: t.officeId,
      year: opts.year ?? 2024,
      name: 'Penilaian Mandiri Uji',
      frameworkId: 'spot-check-2024',
      kind: 'internal',
      ownerGovernmentId: t.governmentId,
      status: 'self_assessment',
      selfStart: '2024-03-01',
      selfEnd: '2024-04-30',
      verifyStart: '2024-05-01',
      verifyEnd: '2024-06-30',
      finalDate: '2024-07-31',
      productsPerUnit: 1,
      createdBy: t.userIds.gov_coordinator,
    })
    .returning();
  const cycleId = cycle!.id;
  await db.insert(cycleGovernments).values({ cycleId, governmentId: t.governmentId });
  await db.insert(cycleUnits).values(
    unitIds.map((unitId, i) => ({
      cycleId,
      unitId,
      governmentId: t.governmentId,
      scheduledDate: opts.scheduled?.[i] ?? null,
    })),
  );
  await db.insert(cycleProducts).values(
    productIds.map((productId, i) => ({
      cycleId,
      productId,
      unitId: unitIds[i]!,
      governmentId: t.governmentId,
    })),
  );
  await materialiseAnswerCells(db, cycle!);
  const pick = opts.pick ?? (() => 3);
  const cells = await db.select().from(answers).where(eq(answers.cycleId, cycleId));
  for (const c of cells) {
    const v = pick({ unitId: c.unitId!, productId: c.productId, indicator: c.indicator });
    if (v === null) continue;
    await db
      .update(answers)
      .set(
        v === 'na'
          ? {
              selfNa: true,
              verifyStatus: 'accepted',
              verifiedNa: true,
              verifiedAt: new Date('2024-05-02T03:00:00Z'),
            }
          : {
              selfValue: v,
              verifyStatus: 'accepted',
              verifiedValue: v,
              verifiedAt: new Date('2024-05-02T03:00:00Z'),
            },
      )
      .where(eq(answers.id, c.id));
  }
  const status = opts.status ?? 'verification';
  await db.update(cycles).set({ status }).where(eq(cycles.id, cycleId));
  await recomputeGovernment(db, cycleId, t.governmentId, 'hitung-ulang', null, { force: true });
  return { cycleId, unitIds, productIds };
}
