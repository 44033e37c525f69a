/** SQL of the demo surveys (demo-surveys.ts): the seed units, their products, the 2023 cycle's Output values. */
import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { serviceProducts, units } from '../../db/schema';
import { answers, cycles } from '../../db/schema-assessments';

export async function unitsOfGovernment(db: Executor, governmentId: string) {
  return db
    .select({ id: units.id, code: units.code, name: units.name })
    .from(units)
    .where(eq(units.governmentId, governmentId))
    .orderBy(asc(units.code));
}

export async function productsOfUnits(db: Executor, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ id: serviceProducts.id, unitId: serviceProducts.unitId })
    .from(serviceProducts)
    .where(inArray(serviceProducts.unitId, unitIds))
    .orderBy(asc(serviceProducts.name));
}

export async function officialCycleOf(db: Executor, officeId: string, year: number) {
  const [row] = await db
    .select({ id: cycles.id, officeId: cycles.officeId, frameworkId: cycles.frameworkId })
    .from(cycles)
    .where(and(eq(cycles.officeId, officeId), eq(cycles.year, year), eq(cycles.kind, 'official')))
    .orderBy(asc(cycles.createdAt))
    .limit(1);
  return row ?? null;
}

/** The verified values of a government's entity-level indicators whose code starts with `prefix`. */
export async function entityValues(db: Executor, cycleId: string, governmentId: string, prefix: string) {
  return db
    .select({ indicator: answers.indicator, value: answers.verifiedValue, na: answers.verifiedNa })
    .from(answers)
    .where(
      and(
        eq(answers.cycleId, cycleId),
        eq(answers.governmentId, governmentId),
        isNull(answers.unitId),
        like(answers.indicator, `${prefix}%`),
      ),
    );
}
