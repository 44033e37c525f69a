/**
 * Test fixture of the release side: a tenant's office with two governments in one official 2023
 * cycle (in the given phase) with computed results, and the same office's internal cycle.
 */
import crypto from 'node:crypto';
import { governments } from '../../db/schema';
import { cycleGovernments, cycles, governmentResults } from '../../db/schema-assessments';
import type { Tenant } from '../../test/factories';
import { makeTenant } from '../../test/factories';
import type { TestContext } from '../../test/harness';
import { syncBuiltInFrameworks } from '../frameworks/frameworks.sync';

export interface ReleaseFixture {
  t: Tenant;
  /** The tenant's lembaga (80.58, B, hijau) and a kabupaten of the same office (50, D, merah). */
  govA: string;
  govB: string;
  cycleId: string;
  internalCycleId: string;
}

type Status = (typeof cycles.$inferSelect)['status'];

/** An official cycle of the tenant's office holding its two governments, with their results. */
export async function officialCycle(
  ctx: TestContext,
  f: { t: Tenant; govA: string; govB: string },
  status: Status,
  year = 2023,
): Promise<string> {
  const db = ctx.database.db;
  const [cycle] = await db
    .insert(cycles)
    .values({
      officeId: f.t.officeId,
      year,
      name: `Penilaian Kepatuhan ${year} ${status}`,
      frameworkId: 'ombudsman-2022-2024',
      status,
      publishedAt: status === 'published' ? new Date() : null,
    })
    .returning();
  await db.insert(cycleGovernments).values([
    { cycleId: cycle!.id, governmentId: f.govA },
    { cycleId: cycle!.id, governmentId: f.govB },
  ]);
  await db.insert(governmentResults).values([
    { cycleId: cycle!.id, governmentId: f.govA, score: 80.58, rounded: 80.58, band: 'B', zone: 'hijau' },
    { cycleId: cycle!.id, governmentId: f.govB, score: 50, rounded: 50, band: 'D', zone: 'merah' },
  ]);
  return cycle!.id;
}

export async function makeReleaseFixture(
  ctx: TestContext,
  status: Status = 'published',
): Promise<ReleaseFixture> {
  const db = ctx.database.db;
  await syncBuiltInFrameworks(db);
  const t = await makeTenant(ctx);
  const [gov] = await db
    .insert(governments)
    .values({
      type: 'pemkab',
      name: `Kabupaten Uji ${crypto.randomBytes(3).toString('hex')}`,
      officeId: t.officeId,
    })
    .returning();
  const base = { t, govA: t.governmentId, govB: gov!.id };
  const cycleId = await officialCycle(ctx, base, status);
  const [internal] = await db
    .insert(cycles)
    .values({
      kind: 'internal',
      ownerGovernmentId: t.governmentId,
      officeId: t.officeId,
      year: 2023,
      name: 'Penilaian Mandiri Uji',
      frameworkId: 'spot-check-2024',
      status: 'published',
      sharedAt: new Date(),
    })
    .returning();
  await db.insert(cycleGovernments).values({ cycleId: internal!.id, governmentId: t.governmentId });
  return { ...base, cycleId, internalCycleId: internal!.id };
}
