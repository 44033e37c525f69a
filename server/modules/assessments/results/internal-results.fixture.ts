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
import type { Executor } from '../../../db/client';
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

/** What `writeInternalCycle` needs: the government, its office and the units with their products. */
export interface InternalCycleSpec {
  officeId: string;
  governmentId: string;
  createdBy: string | null;
  units: Array<{ unitId: string; productIds: string[]; scheduled?: string | null }>;
  status?: CycleStatus;
  pick?: Pick;
  year?: number;
}

/**
 * Writes an internal cycle over the given units and products, its answer cells, the values of
 * `pick` as verified (on 2 May 2024, 10.00 WIB), and scores it in `status` (default verification).
 */
export async function writeInternalCycle(db: Executor, spec: InternalCycleSpec): Promise<string> {
  await syncBuiltInFrameworks(db);
  const [cycle] = await db
    .insert(cycles)
    .values({
      officeId: spec.officeId,
      year: spec.year ?? 2024,
      name: 'Penilaian Mandiri Uji',
      frameworkId: 'spot-check-2024',
      kind: 'internal',
      ownerGovernmentId: spec.governmentId,
      status: 'self_assessment',
      selfStart: '2024-03-01',
      selfEnd: '2024-04-30',
      verifyStart: '2024-05-01',
      verifyEnd: '2024-06-30',
      finalDate: '2024-07-31',
      productsPerUnit: Math.max(1, ...spec.units.map((u) => u.productIds.length)),
      createdBy: spec.createdBy,
    })
    .returning();
  const cycleId = cycle!.id;
  const governmentId = spec.governmentId;
  await db.insert(cycleGovernments).values({ cycleId, governmentId });
  await db.insert(cycleUnits).values(
    spec.units.map((u) => ({
      cycleId,
      unitId: u.unitId,
      governmentId,
      scheduledDate: u.scheduled ?? null,
    })),
  );
  const products = spec.units.flatMap((u) =>
    u.productIds.map((productId) => ({ cycleId, productId, unitId: u.unitId, governmentId })),
  );
  if (products.length) await db.insert(cycleProducts).values(products);
  await materialiseAnswerCells(db, cycle!);
  const pick = spec.pick ?? (() => 3);
  const verifiedAt = new Date('2024-05-02T03:00:00Z');
  const cells = await db.select().from(answers).where(eq(answers.cycleId, cycleId));
  for (const c of cells) {
    const v = pick({ unitId: c.unitId!, productId: c.productId, indicator: c.indicator });
    if (v === null) continue;
    await db
      .update(answers)
      .set(
        v === 'na'
          ? { selfNa: true, verifyStatus: 'accepted', verifiedNa: true, verifiedAt }
          : { selfValue: v, verifyStatus: 'accepted', verifiedValue: v, verifiedAt },
      )
      .where(eq(answers.id, c.id));
  }
  await db
    .update(cycles)
    .set({ status: spec.status ?? 'verification' })
    .where(eq(cycles.id, cycleId));
  await recomputeGovernment(db, cycleId, governmentId, 'hitung-ulang', null, { force: true });
  return cycleId;
}

/** Writes and scores an internal cycle of the tenant's government over its three units. */
export async function makeInternalCycle(
  ctx: TestContext,
  t: Tenant,
  opts: { status?: CycleStatus; pick?: Pick; scheduled?: Array<string | null>; year?: number } = {},
): Promise<InternalCycleFixture> {
  const db = ctx.database.db;
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
  const cycleId = await writeInternalCycle(db, {
    officeId: t.officeId,
    governmentId: t.governmentId,
    createdBy: t.userIds.gov_coordinator,
    units: unitIds.map((unitId, i) => ({
      unitId,
      productIds: [productIds[i]!],
      scheduled: opts.scheduled?.[i] ?? null,
    })),
    ...opts,
  });
  return { cycleId, unitIds, productIds };
}
