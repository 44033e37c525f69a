/** SQL of appeals (sanggahan) against verified items. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { serviceProducts, units } from '../../../db/schema';
import { answers, appealFiles, appeals } from '../../../db/schema-assessments';
import { anyOf } from '../../../db/any-of';

export async function insertAppeal(db: Executor, values: typeof appeals.$inferInsert) {
  return (await db.insert(appeals).values(values).returning())[0]!;
}

export async function findAppeal(db: Executor, id: string) {
  return (await db.select().from(appeals).where(eq(appeals.id, id)).limit(1))[0];
}

export async function hasOpenAppeal(db: Executor, answerId: string): Promise<boolean> {
  const rows = await db
    .select({ id: appeals.id })
    .from(appeals)
    .where(and(eq(appeals.answerId, answerId), eq(appeals.status, 'open')))
    .limit(1);
  return rows.length > 0;
}

export async function respondAppeal(
  db: Executor,
  id: string,
  v: { status: 'accepted' | 'rejected'; response: string | null; userId: string },
) {
  return (
    await db
      .update(appeals)
      .set({ status: v.status, response: v.response, respondedBy: v.userId, respondedAt: sql`now()` })
      .where(eq(appeals.id, id))
      .returning()
  )[0]!;
}

/** Appeals of a government with the item they contest; `unitIds` (not null) narrows to a PIC's units. */
export async function listAppeals(
  db: Executor,
  cycleId: string,
  governmentId: string,
  unitIds: string[] | null,
) {
  const scope = unitIds === null ? undefined : unitIds.length ? anyOf(answers.unitId, unitIds) : sql`false`;
  return db
    .select({
      id: appeals.id,
      answerId: appeals.answerId,
      indicator: answers.indicator,
      unitName: units.name,
      productName: serviceProducts.name,
      reason: appeals.reason,
      requestedValue: appeals.requestedValue,
      status: appeals.status,
      response: appeals.response,
      verifiedValue: answers.verifiedValue,
      selfValue: answers.selfValue,
      fileCount: sql<number>`(select count(*)::int from ${appealFiles} af where af.appeal_id = ${appeals.id})`,
      createdAt: appeals.createdAt,
      respondedAt: appeals.respondedAt,
    })
    .from(appeals)
    .innerJoin(answers, eq(answers.id, appeals.answerId))
    .leftJoin(units, eq(units.id, answers.unitId))
    .leftJoin(serviceProducts, eq(serviceProducts.id, answers.productId))
    .where(and(eq(appeals.cycleId, cycleId), eq(appeals.governmentId, governmentId), scope))
    .orderBy(desc(appeals.createdAt));
}
