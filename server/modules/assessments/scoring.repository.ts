/** SQL behind the scores: the answers of one government, and the stored roll-ups and versions. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments, serviceProducts, units } from '../../db/schema';
import {
  answers,
  cycles,
  governmentResults,
  productResults,
  scoreVersions,
  unitResults,
} from '../../db/schema-assessments';

/** The cycle's state and framework, and the government's type: what the engine needs besides answers. */
export async function scoringContext(db: Executor, cycleId: string, governmentId: string) {
  const rows = await db
    .select({ status: cycles.status, frameworkId: cycles.frameworkId, governmentType: governments.type })
    .from(cycles)
    .innerJoin(governments, eq(governments.id, governmentId))
    .where(eq(cycles.id, cycleId))
    .limit(1);
  return rows[0];
}

/** Every answer cell of one government in one cycle, with unit type and names, in one query. */
export async function governmentAnswers(db: Executor, cycleId: string, governmentId: string) {
  return db
    .select({
      id: answers.id,
      indicator: answers.indicator,
      unitId: answers.unitId,
      unitType: units.type,
      unitName: units.name,
      productId: answers.productId,
      productName: serviceProducts.name,
      selfValue: answers.selfValue,
      selfNa: answers.selfNa,
      selfComment: answers.selfComment,
      verifyStatus: answers.verifyStatus,
      verifiedValue: answers.verifiedValue,
      verifiedNa: answers.verifiedNa,
      verifyReason: answers.verifyReason,
    })
    .from(answers)
    .leftJoin(units, eq(units.id, answers.unitId))
    .leftJoin(serviceProducts, eq(serviceProducts.id, answers.productId))
    .where(and(eq(answers.cycleId, cycleId), eq(answers.governmentId, governmentId)))
    .orderBy(
      asc(units.name),
      asc(answers.unitId),
      asc(serviceProducts.name),
      asc(answers.productId),
      asc(answers.id),
    );
}
export type AnswerRow = Awaited<ReturnType<typeof governmentAnswers>>[number];

export async function findGovernmentResult(db: Executor, cycleId: string, governmentId: string) {
  const rows = await db
    .select()
    .from(governmentResults)
    .where(and(eq(governmentResults.cycleId, cycleId), eq(governmentResults.governmentId, governmentId)))
    .limit(1);
  return rows[0];
}

export async function upsertGovernmentResult(
  db: Executor,
  values: typeof governmentResults.$inferInsert,
): Promise<void> {
  const { cycleId: _c, governmentId: _g, ...set } = values;
  await db
    .insert(governmentResults)
    .values(values)
    .onConflictDoUpdate({
      target: [governmentResults.cycleId, governmentResults.governmentId],
      set: { ...set, updatedAt: sql`now()` },
    });
}

/** Replaces the unit and product roll-ups of a government. */
export async function replacePartResults(
  db: Executor,
  cycleId: string,
  governmentId: string,
  unitRows: (typeof unitResults.$inferInsert)[],
  productRows: (typeof productResults.$inferInsert)[],
): Promise<void> {
  await db
    .delete(unitResults)
    .where(and(eq(unitResults.cycleId, cycleId), eq(unitResults.governmentId, governmentId)));
  await db
    .delete(productResults)
    .where(and(eq(productResults.cycleId, cycleId), eq(productResults.governmentId, governmentId)));
  if (unitRows.length) await db.insert(unitResults).values(unitRows);
  if (productRows.length) await db.insert(productResults).values(productRows);
}

export async function insertScoreVersion(
  db: Executor,
  values: typeof scoreVersions.$inferInsert,
): Promise<void> {
  await db.insert(scoreVersions).values(values);
}

export async function listScoreVersions(db: Executor, cycleId: string, governmentId: string) {
  return db
    .select()
    .from(scoreVersions)
    .where(and(eq(scoreVersions.cycleId, cycleId), eq(scoreVersions.governmentId, governmentId)))
    .orderBy(desc(scoreVersions.version));
}

export async function unitResultsOf(db: Executor, cycleId: string, governmentId: string) {
  return db
    .select({
      unitId: unitResults.unitId,
      name: units.name,
      score: unitResults.score,
      rounded: unitResults.rounded,
      band: unitResults.band,
      zone: unitResults.zone,
    })
    .from(unitResults)
    .innerJoin(units, eq(units.id, unitResults.unitId))
    .where(and(eq(unitResults.cycleId, cycleId), eq(unitResults.governmentId, governmentId)))
    .orderBy(asc(units.name));
}
