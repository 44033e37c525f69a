/** SQL of the self-assessment: answer cells of a unit, self values, evidence, submission and progress. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { anyOf } from '../../../db/any-of';
import type { Executor } from '../../../db/client';
import { files, serviceProducts, units } from '../../../db/schema';
import { answers, appeals, cycleUnits, evidence } from '../../../db/schema-assessments';

export type AnswerRecord = typeof answers.$inferSelect;

const itemColumns = {
  id: answers.id,
  governmentId: answers.governmentId,
  unitId: answers.unitId,
  productId: answers.productId,
  productName: serviceProducts.name,
  indicator: answers.indicator,
  selfValue: answers.selfValue,
  selfNa: answers.selfNa,
  selfComment: answers.selfComment,
  verifyStatus: answers.verifyStatus,
  verifiedValue: answers.verifiedValue,
  verifiedNa: answers.verifiedNa,
  verifyReason: answers.verifyReason,
};

/** Answer cells of one sampled unit (unit- and product-level). */
export async function unitItems(db: Executor, cycleId: string, unitId: string) {
  return db
    .select(itemColumns)
    .from(answers)
    .leftJoin(serviceProducts, eq(serviceProducts.id, answers.productId))
    .where(and(eq(answers.cycleId, cycleId), eq(answers.unitId, unitId)))
    .orderBy(asc(serviceProducts.name), asc(answers.productId), asc(answers.indicator));
}

/** Entity-level answer cells of a government (no unit). */
export async function entityItems(db: Executor, cycleId: string, governmentId: string) {
  return db
    .select(itemColumns)
    .from(answers)
    .leftJoin(serviceProducts, eq(serviceProducts.id, answers.productId))
    .where(and(eq(answers.cycleId, cycleId), eq(answers.governmentId, governmentId), isNull(answers.unitId)))
    .orderBy(asc(answers.indicator));
}
export type ItemRow = Awaited<ReturnType<typeof unitItems>>[number];

/** Active evidence of the given answers, with file metadata. */
export async function evidenceOf(db: Executor, answerIds: string[]) {
  if (answerIds.length === 0) return [];
  return db
    .select({
      id: evidence.id,
      answerId: evidence.answerId,
      fileId: evidence.fileId,
      originalName: files.originalName,
      mimeType: files.mimeType,
      size: files.size,
      madeOn: evidence.madeOn,
      note: evidence.note,
      createdAt: evidence.createdAt,
    })
    .from(evidence)
    .innerJoin(files, eq(files.id, evidence.fileId))
    .where(and(anyOf(evidence.answerId, answerIds), isNull(evidence.archivedAt)))
    .orderBy(asc(evidence.createdAt));
}

export async function findAnswers(db: Executor, ids: string[]): Promise<AnswerRecord[]> {
  if (ids.length === 0) return [];
  return db.select().from(answers).where(anyOf(answers.id, ids));
}

export async function findAnswer(db: Executor, id: string): Promise<AnswerRecord | undefined> {
  return (await db.select().from(answers).where(eq(answers.id, id)).limit(1))[0];
}

/** Writes many self answers in one statement (UPDATE … FROM VALUES). */
export async function writeSelfAnswers(
  db: Executor,
  userId: string,
  rows: Array<{ id: string; value: number | null; na: boolean; comment: string | null | undefined }>,
): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map(
      (r) =>
        sql`(${r.id}::uuid, ${r.value}::double precision, ${r.na}::boolean, ${r.comment ?? null}::text, ${r.comment !== undefined}::boolean)`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    update answers a set
      self_value = v.value, self_na = v.na,
      self_comment = case when v.set_comment then v.comment else a.self_comment end,
      self_by = ${userId}::uuid, self_at = now(), updated_at = now()
    from (values ${values}) as v(id, value, na, comment, set_comment)
    where a.id = v.id`);
}

export async function insertEvidence(db: Executor, values: typeof evidence.$inferInsert) {
  return (await db.insert(evidence).values(values).returning())[0]!;
}

export async function findEvidence(db: Executor, id: string) {
  return (await db.select().from(evidence).where(eq(evidence.id, id)).limit(1))[0];
}

export async function archiveEvidence(db: Executor, id: string) {
  return (
    await db
      .update(evidence)
      .set({ archivedAt: sql`now()` })
      .where(eq(evidence.id, id))
      .returning()
  )[0]!;
}

export async function setUnitSubmitted(
  db: Executor,
  cycleId: string,
  unitId: string,
  userId: string | null,
  submitted: boolean,
) {
  return (
    await db
      .update(cycleUnits)
      .set(
        submitted
          ? { selfStatus: 'submitted', submittedAt: sql`now()`, submittedBy: userId }
          : { selfStatus: 'draft', submittedAt: null, submittedBy: null },
      )
      .where(and(eq(cycleUnits.cycleId, cycleId), eq(cycleUnits.unitId, unitId)))
      .returning()
  )[0]!;
}

/** Per sampled unit of a government: answered / total cells and the submission state (one grouped query). */
export async function unitProgress(db: Executor, cycleId: string, governmentId: string) {
  return db
    .select({
      unitId: cycleUnits.unitId,
      name: units.name,
      selfStatus: cycleUnits.selfStatus,
      submittedAt: cycleUnits.submittedAt,
      total: sql<number>`count(${answers.id})::int`,
      answered: sql<number>`count(${answers.id}) filter (where ${answers.selfNa} or ${answers.selfValue} is not null)::int`,
    })
    .from(cycleUnits)
    .innerJoin(units, eq(units.id, cycleUnits.unitId))
    .leftJoin(answers, and(eq(answers.cycleId, cycleUnits.cycleId), eq(answers.unitId, cycleUnits.unitId)))
    .where(and(eq(cycleUnits.cycleId, cycleId), eq(cycleUnits.governmentId, governmentId)))
    .groupBy(cycleUnits.unitId, units.name, cycleUnits.selfStatus, cycleUnits.submittedAt)
    .orderBy(asc(units.name));
}

export async function entityProgress(db: Executor, cycleId: string, governmentId: string) {
  const rows = await db
    .select({
      total: sql<number>`count(*)::int`,
      answered: sql<number>`count(*) filter (where ${answers.selfNa} or ${answers.selfValue} is not null)::int`,
    })
    .from(answers)
    .where(and(eq(answers.cycleId, cycleId), eq(answers.governmentId, governmentId), isNull(answers.unitId)));
  return rows[0] ?? { total: 0, answered: 0 };
}

/**
 * Verification and appeal counts of one government in one statement: the answer cells, those
 * verified (accepted or adjusted), and open appeals (joined per answer, so `scope` on the answer's
 * unit narrows both to a PIC's units). Grouped by government so the row set is one per government.
 */
export async function reviewCounts(
  db: Executor,
  cycleId: string,
  governmentId: string,
  /** Only these units' cells (a PIC), or null for every cell of the government. */
  unitIds: string[] | null,
): Promise<{ itemsVerified: number; itemsTotal: number; openAppeals: number }> {
  const scope = unitIds === null ? undefined : unitIds.length ? anyOf(answers.unitId, unitIds) : sql`false`;
  const open = db
    .select({ answerId: appeals.answerId, n: sql<number>`count(*)::int`.as('n') })
    .from(appeals)
    .where(
      and(eq(appeals.cycleId, cycleId), eq(appeals.governmentId, governmentId), eq(appeals.status, 'open')),
    )
    .groupBy(appeals.answerId)
    .as('open_appeals');
  const rows = await db
    .select({
      itemsTotal: sql<number>`count(*)::int`,
      itemsVerified: sql<number>`(count(*) filter (where ${answers.verifyStatus} <> 'pending'))::int`,
      openAppeals: sql<number>`coalesce(sum(${open.n}), 0)::int`,
    })
    .from(answers)
    .leftJoin(open, eq(open.answerId, answers.id))
    .where(and(eq(answers.cycleId, cycleId), eq(answers.governmentId, governmentId), scope))
    .groupBy(answers.governmentId);
  return rows[0] ?? { itemsVerified: 0, itemsTotal: 0, openAppeals: 0 };
}

/** The cycle and government of an answer cell (what a write to it may change, for the read cache). */
export async function answerScope(db: Executor, id: string) {
  const [row] = await db
    .select({ cycleId: answers.cycleId, governmentId: answers.governmentId })
    .from(answers)
    .where(eq(answers.id, id))
    .limit(1);
  return row;
}
