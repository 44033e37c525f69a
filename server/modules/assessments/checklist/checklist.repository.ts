/** SQL of the self-assessment: answer cells of a unit, self values, evidence, submission and progress. */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { anyOf } from '../../../db/any-of';
import { rowsOf, type Executor } from '../../../db/client';
import { isoInstant } from '../../../db/iso-instant';
import { answers, cycleUnits, evidence } from '../../../db/schema-assessments';

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
                      'createdAt', ${isoInstant(sql`e.created_at`)})
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

/** A sampled unit of a government: answered / total cells and the submission state. */
export interface UnitProgressRow {
  unitId: string;
  name: string;
  selfStatus: 'draft' | 'submitted';
  /** ISO instant in UTC (Date.toISOString's form), or null. */
  submittedAt: string | null;
  total: number;
  answered: number;
}

export interface GovernmentProgress {
  /** The sampled units by name, with their answer cells counted. */
  units: UnitProgressRow[];
  /** The government's entity-level cells. */
  entity: { total: number; answered: number };
  /** Cells, verified cells (accepted or adjusted) and open appeals, of `unitIds`' cells when given. */
  itemsTotal: number;
  itemsVerified: number;
  openAppeals: number;
}

/**
 * A government's self-assessment and review progress in one statement over its answer cells (read
 * once and counted per unit first, so the units' names are joined to ~40 rows, not to every cell):
 * per sampled unit the cells and the answered ones (a value or N/A), the same for the entity-level
 * cells, and the verification and open-appeal counts — of `unitIds`' cells only (a PIC) when given,
 * of every cell otherwise.
 */
export async function governmentProgress(
  db: Executor,
  cycleId: string,
  governmentId: string,
  unitIds: string[] | null,
): Promise<GovernmentProgress> {
  const cellsInScope = unitIds === null ? sql`true` : anyOf(sql`c.unit_id`, unitIds, 'uuid');
  const appealsInScope = unitIds === null ? sql`true` : anyOf(answers.unitId, unitIds);
  const res = await db.execute(sql`
    with c as (
      select ${answers.unitId} as unit_id, count(*)::int as total,
             (count(*) filter (where ${answers.selfNa} or ${answers.selfValue} is not null))::int as answered,
             (count(*) filter (where ${answers.verifyStatus} <> 'pending'))::int as verified
      from ${answers}
      where ${answers.cycleId} = ${cycleId}::uuid and ${answers.governmentId} = ${governmentId}::uuid
      group by ${answers.unitId})
    select
      coalesce((
        select json_agg(json_build_object(
                 'unitId', cu.unit_id, 'name', u.name, 'selfStatus', cu.self_status,
                 'submittedAt', ${isoInstant(sql`cu.submitted_at`)},
                 'total', coalesce(c.total, 0), 'answered', coalesce(c.answered, 0)) order by u.name)
        from cycle_units cu
        join units u on u.id = cu.unit_id
        left join c on c.unit_id = cu.unit_id
        where cu.cycle_id = ${cycleId}::uuid and cu.government_id = ${governmentId}::uuid), '[]'::json) as units,
      (select json_build_object('total', coalesce(sum(total), 0)::int, 'answered', coalesce(sum(answered), 0)::int)
       from c where unit_id is null) as entity,
      (select coalesce(sum(total), 0)::int from c where ${cellsInScope}) as "itemsTotal",
      (select coalesce(sum(verified), 0)::int from c where ${cellsInScope}) as "itemsVerified",
      (select count(*)::int from appeals ap join ${answers} on ${answers.id} = ap.answer_id
       where ap.cycle_id = ${cycleId}::uuid and ap.government_id = ${governmentId}::uuid
         and ap.status = 'open' and ${appealsInScope}) as "openAppeals"`);
  return rowsOf<GovernmentProgress>(res)[0]!;
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
