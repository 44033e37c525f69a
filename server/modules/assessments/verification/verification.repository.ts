/** SQL of verification: side-by-side items, verified values, field visits and improvement points. */
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { attachmentsOf } from '../attachments/attachment-files.repository';
import { serviceProducts, units } from '../../../db/schema';
import { answers, evidence, fieldVisits, improvementPoints } from '../../../db/schema-assessments';
import { anyOf } from '../../../db/any-of';

/** Self and verified values of a government's items, with unit/product names and evidence counts. */
export async function verificationItems(
  db: Executor,
  cycleId: string,
  governmentId: string,
  filter: { unitId?: string | undefined; status?: string | undefined },
) {
  const conds: (SQL | undefined)[] = [eq(answers.cycleId, cycleId), eq(answers.governmentId, governmentId)];
  if (filter.unitId) conds.push(eq(answers.unitId, filter.unitId));
  if (filter.status) conds.push(eq(answers.verifyStatus, filter.status as 'pending'));
  return db
    .select({
      answerId: answers.id,
      indicator: answers.indicator,
      unitId: answers.unitId,
      unitName: units.name,
      productId: answers.productId,
      productName: serviceProducts.name,
      selfValue: answers.selfValue,
      selfNa: answers.selfNa,
      selfComment: answers.selfComment,
      evidenceCount: sql<number>`(select count(*)::int from ${evidence} e where e.answer_id = ${answers.id} and e.archived_at is null)`,
      verifyStatus: answers.verifyStatus,
      verifiedValue: answers.verifiedValue,
      verifiedNa: answers.verifiedNa,
      verifyReason: answers.verifyReason,
    })
    .from(answers)
    .leftJoin(units, eq(units.id, answers.unitId))
    .leftJoin(serviceProducts, eq(serviceProducts.id, answers.productId))
    .where(and(...conds))
    .orderBy(
      sql`${units.name} nulls first`,
      asc(answers.unitId),
      asc(serviceProducts.name),
      asc(answers.indicator),
    );
}

export async function setVerified(
  db: Executor,
  id: string,
  v: {
    status: 'accepted' | 'adjusted';
    value: number | null;
    na: boolean;
    reason: string | null;
    userId: string;
  },
) {
  return (
    await db
      .update(answers)
      .set({
        verifyStatus: v.status,
        verifiedValue: v.value,
        verifiedNa: v.na,
        verifyReason: v.reason,
        verifiedBy: v.userId,
        verifiedAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(eq(answers.id, id))
      .returning()
  )[0]!;
}

/** What a bulk accept covers: the whole government, its entity-level items, one unit or one product. */
export interface AcceptScope {
  entity?: boolean | undefined;
  unitId?: string | undefined;
  productId?: string | undefined;
  answerIds?: string[] | undefined;
}

/**
 * Accepts the self value as verified for every pending item that has one (in one statement).
 * Returns the number of items accepted.
 */
export async function acceptPending(
  db: Executor,
  cycleId: string,
  governmentId: string,
  userId: string,
  only: AcceptScope,
) {
  const conds: (SQL | undefined)[] = [
    eq(answers.cycleId, cycleId),
    eq(answers.governmentId, governmentId),
    eq(answers.verifyStatus, 'pending'),
    sql`(${answers.selfNa} or ${answers.selfValue} is not null)`,
  ];
  if (only.entity) conds.push(isNull(answers.unitId));
  else if (only.unitId) conds.push(eq(answers.unitId, only.unitId));
  if (only.productId) conds.push(eq(answers.productId, only.productId));
  if (only.answerIds) conds.push(only.answerIds.length ? anyOf(answers.id, only.answerIds) : sql`false`);
  const rows = await db
    .update(answers)
    .set({
      verifyStatus: 'accepted',
      verifiedValue: sql`${answers.selfValue}`,
      verifiedNa: sql`${answers.selfNa}`,
      verifyReason: null,
      verifiedBy: userId,
      verifiedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(and(...conds))
    .returning({ id: answers.id });
  return rows.length;
}

/**
 * What stands between verification and the appeal phase: `unverified` items the PIC answered
 * (a value or N/A) that no assessor has accepted or set yet, and `blank` items the PIC left
 * empty. Only the first blocks the phase change: a blank item stays unverified and counts as 0
 * once the cycle closes (REFERENCE §10 rule 2); no verified 0 is written in an assessor's name.
 */
export async function verificationGate(db: Executor, cycleId: string) {
  const [row] = await db
    .select({
      unverified: sql<number>`count(*) filter (where ${answers.selfNa} or ${answers.selfValue} is not null)::int`,
      blank: sql<number>`count(*) filter (where not ${answers.selfNa} and ${answers.selfValue} is null)::int`,
    })
    .from(answers)
    .where(and(eq(answers.cycleId, cycleId), eq(answers.verifyStatus, 'pending')));
  return { unverified: row?.unverified ?? 0, blank: row?.blank ?? 0 };
}

export async function insertVisit(db: Executor, values: typeof fieldVisits.$inferInsert) {
  return (await db.insert(fieldVisits).values(values).returning())[0]!;
}

export async function findVisit(db: Executor, id: string) {
  return (await db.select().from(fieldVisits).where(eq(fieldVisits.id, id)).limit(1))[0];
}

export async function listVisits(db: Executor, cycleId: string, governmentId: string) {
  const visits = await db
    .select({
      id: fieldVisits.id,
      unitId: fieldVisits.unitId,
      unitName: units.name,
      visitedOn: fieldVisits.visitedOn,
      unannounced: fieldVisits.unannounced,
      notes: fieldVisits.notes,
    })
    .from(fieldVisits)
    .innerJoin(units, eq(units.id, fieldVisits.unitId))
    .where(and(eq(fieldVisits.cycleId, cycleId), eq(fieldVisits.governmentId, governmentId)))
    .orderBy(asc(fieldVisits.visitedOn), asc(fieldVisits.createdAt));
  const photos = await attachmentsOf(
    db,
    'visit',
    visits.map((v) => v.id),
  );
  return visits.map((v) => ({ ...v, photos: photos.get(v.id) ?? [] }));
}

export async function insertImprovement(db: Executor, values: typeof improvementPoints.$inferInsert) {
  return (await db.insert(improvementPoints).values(values).returning())[0]!;
}

export async function findImprovement(db: Executor, id: string) {
  return (await db.select().from(improvementPoints).where(eq(improvementPoints.id, id)).limit(1))[0];
}

export async function archiveImprovement(db: Executor, id: string) {
  await db
    .update(improvementPoints)
    .set({ archivedAt: sql`now()` })
    .where(eq(improvementPoints.id, id));
}

export async function listImprovements(db: Executor, cycleId: string, governmentId: string) {
  return db
    .select({
      id: improvementPoints.id,
      unitId: improvementPoints.unitId,
      unitName: units.name,
      text: improvementPoints.text,
      indicatorCode: improvementPoints.indicatorCode,
      dueOn: improvementPoints.dueOn,
      createdAt: improvementPoints.createdAt,
    })
    .from(improvementPoints)
    .leftJoin(units, eq(units.id, improvementPoints.unitId))
    .where(
      and(
        eq(improvementPoints.cycleId, cycleId),
        eq(improvementPoints.governmentId, governmentId),
        isNull(improvementPoints.archivedAt),
      ),
    )
    .orderBy(asc(improvementPoints.createdAt));
}
