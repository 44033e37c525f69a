/** Test fixtures of the surveys: periods written straight to the tables (no service in between). */
import crypto from 'node:crypto';
import type { Executor } from '../../db/client';
import { cycleGovernments, cycles, cycleUnits } from '../../db/schema-assessments';
import { surveyPeriodUnits, surveyPeriods, surveySlips } from '../../db/schema-surveys';
import type { Tenant } from '../../test/factories';

export const SKM_INSTRUMENT = 'skm-permenpan-14-2017';
export const PERCEPTION_INSTRUMENT = 'persepsi-maladministrasi-2023';

/** All nine SKM questions answered with `v` (or the given answers). */
export function skmAnswers(v: number | number[] = 3): Record<string, number> {
  const values = Array.isArray(v) ? v : Array.from({ length: 9 }, () => v);
  return Object.fromEntries(values.map((a, i) => [`U${i + 1}`, a]));
}

/** An open SKM period of the tenant's government, surveying its first unit (population 100 → 80). */
export async function makeSkmPeriod(
  db: Executor,
  t: Tenant,
  opts: { startsOn?: string; endsOn?: string; status?: 'open' | 'closed'; productIds?: string[] } = {},
) {
  const [period] = await db
    .insert(surveyPeriods)
    .values({
      kind: 'skm',
      instrumentId: SKM_INSTRUMENT,
      title: 'SKM Uji',
      governmentId: t.governmentId,
      startsOn: opts.startsOn ?? '2020-01-01',
      endsOn: opts.endsOn ?? '2099-12-31',
      status: opts.status ?? 'open',
      tokenSecret: crypto.randomBytes(32).toString('hex'),
    })
    .returning();
  await db.insert(surveyPeriodUnits).values({
    periodId: period!.id,
    unitId: t.unitId,
    governmentId: t.governmentId,
    population: 100,
    productIds: opts.productIds ?? [],
  });
  return period!;
}

export async function makeSlip(db: Executor, periodId: string, unitId: string): Promise<string> {
  const [slip] = await db
    .insert(surveySlips)
    .values({ periodId, unitId, codeHash: crypto.randomBytes(16).toString('hex'), batch: 1 })
    .returning();
  return slip!.id;
}

/** A cycle of the tenant's office over its government and two of its units (frameworks synced). */
export async function makeCycle(db: Executor, t: Tenant, kind: 'official' | 'internal' = 'official') {
  const [cycle] = await db
    .insert(cycles)
    .values({
      officeId: t.officeId,
      year: 2024,
      name: `Penilaian Uji ${kind}`,
      frameworkId: 'ombudsman-2022-2024',
      kind,
      ownerGovernmentId: kind === 'internal' ? t.governmentId : null,
    })
    .returning();
  await db.insert(cycleGovernments).values({ cycleId: cycle!.id, governmentId: t.governmentId });
  await db.insert(cycleUnits).values(
    [t.unitId, t.childUnitId].map((unitId) => ({
      cycleId: cycle!.id,
      unitId,
      governmentId: t.governmentId,
    })),
  );
  return cycle!.id;
}
