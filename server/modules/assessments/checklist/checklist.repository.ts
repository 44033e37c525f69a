/** SQL of the self-assessment: answer cells of a unit, self values, evidence, submission and progress. */
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../../../db/any-of';
import { rowsOf, type Executor } from '../../../db/client';
import { units } from '../../../db/schema';
import { answers, appeals, cycleUnits, evidence } from '../../../db/schema-assessments';

export type AnswerRecord = typeof answers.$inferSelect;

/** An evidence file of an answer cell, as the checklist lists it. */
export interface ItemEvidence {
  id: string;
  fileId: string;
  originalName: string;
  mimeType: string;
  size: number;
  madeOn: string | null;
  note: string | null;
  /** ISO instant in UTC, milliseconds (Date.toISOString's form). */
  createdAt: string;
}

/** An answer cell of a checklist with its active evidence, oldest first. */
export interface ItemRow {
  id: string;
  governmentId: string;
  unitId: string | null;
  productId: string | null;
  productName: string | null;
  indicator: string;
  selfValue: number | null;
  selfNa: boolean;
  selfComment: string | null;
  verifyStatus: 'pending' | 'accepted' | 'adjusted';
  verifiedValue: number | null;
  verifiedNa: boolean;
  verifyReason: string | null;
  evidence: ItemEvidence[];
}

/**
 * The answer cells `where` selects, each with its active evidence as JSON: one statement (the
 * evidence was a second one, by answer id), plain SQL, its rows taken as the driver gives them.
 */
async function items(db: Executor, where: SQL, orderBy: SQL): Promise<ItemRow[]> {
  const res = await db.execute(sql`
    select a.id, a.government_id as "governmentId", a.unit_id as "unitId", a.product_id as "productId",
           p.name as "productName", a.indicator, a.self_value as "selfValue", a.self_na as "selfNa",
           a.self_comment as "selfComment", a.verify_status as "verifyStatus",
           a.verified_value as "verifiedValue", a.verified_na as "verifiedNa", a.verify_reason as "verifyReason",
           coalesce((
             select json_agg(json_build_object(
                      'id', e.id, 'fileId', e.file_id, 'originalName', f.original_name,
                      'mimeType', f.mime_type, 'size', f.size, 'madeOn', e.made_on, 'note', e.note,
                      'createdAt', to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                    order by e.created_at)
             from evidence e join files f on f.id = e.file_id
             where e.answer_id = a.id and e.archived_at is null), '[]'::json) as evidence
    from answers a left join service_products p on p.id = a.product_id
    where ${where}
    order by ${orderBy}`);
  return rowsOf<ItemRow>(res);
}

/** Answer cells of one sampled unit (unit- and product-level). */
export function unitItems(db: Executor, cycleId: string, unitId: string) {
  return items(
    db,
    sql`a.cycle_id = ${cycleId}::uuid and a.unit_id = ${unitId}::uuid`,
    sql`p.name, a.product_id, a.indicator`,
  );
}

/** Entity-level answer cells of a government (no unit). */
export function entityItems(db: Executor, cycleId: string, governmentId: string) {
  return items(
    db,
    sql`a.cycle_id = ${cycleId}::uuid and a.government_id = ${governmentId}::uuid and a.unit_id is null`,
    sql`a.indicator`,
  );
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
