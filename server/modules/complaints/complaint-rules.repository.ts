/**
 * SQL of the complaints' reference data that admins edit: versions of the deadline rules and the
 * maladministration forms (issue 14 parts 5 and 8).
 */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { DeadlineRule } from '../../../shared/complaints/deadline-rules';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import {
  complaintForms,
  complaintRuleSets,
  complaints,
  maladministrationForms,
} from '../../db/schema-complaints';

const ruleSetColumns = {
  id: complaintRuleSets.id,
  version: complaintRuleSets.version,
  rules: complaintRuleSets.rules,
  note: complaintRuleSets.note,
  createdAt: complaintRuleSets.createdAt,
  createdByName: users.name,
  cases: sql<number>`(select count(*)::int from ${complaints} where ${complaints.ruleSetId} = ${complaintRuleSets.id})`,
};

/** Every version, newest first, with how many cases were registered under it. */
export async function listRuleSets(db: Executor) {
  return db
    .select(ruleSetColumns)
    .from(complaintRuleSets)
    .leftJoin(users, eq(users.id, complaintRuleSets.createdBy))
    .orderBy(desc(complaintRuleSets.version));
}

/** A new version after the newest (a concurrent save loses on the unique version: 409). */
export async function insertRuleSet(
  db: Executor,
  row: { rules: DeadlineRule[]; note: string; createdBy: string },
) {
  const [latest] = await db
    .select({ version: complaintRuleSets.version })
    .from(complaintRuleSets)
    .orderBy(desc(complaintRuleSets.version))
    .limit(1);
  const [created] = await db
    .insert(complaintRuleSets)
    .values({ ...row, version: (latest?.version ?? 0) + 1 })
    .returning();
  return created!;
}

export async function listForms(db: Executor) {
  return db
    .select({
      code: maladministrationForms.code,
      nameId: maladministrationForms.nameId,
      nameEn: maladministrationForms.nameEn,
      source: maladministrationForms.source,
      position: maladministrationForms.position,
      retiredAt: maladministrationForms.retiredAt,
      cases: sql<number>`(select count(*)::int from ${complaintForms} where ${complaintForms.formCode} = ${maladministrationForms.code})`,
    })
    .from(maladministrationForms)
    .orderBy(asc(maladministrationForms.position), asc(maladministrationForms.code));
}

export async function findForm(db: Executor, code: string) {
  const [row] = await db.select().from(maladministrationForms).where(eq(maladministrationForms.code, code));
  return row;
}

/** Adds a form at the end of the list; undefined when the code is taken. */
export async function insertForm(
  db: Executor,
  row: { code: string; nameId: string; nameEn: string; source: string },
) {
  const [created] = await db
    .insert(maladministrationForms)
    .values({
      ...row,
      position: sql`(select coalesce(max(${maladministrationForms.position}), 0) + 1 from ${maladministrationForms})`,
    })
    .onConflictDoNothing()
    .returning();
  return created;
}

export async function updateForm(
  db: Executor,
  code: string,
  patch: { nameId?: string; nameEn?: string; retiredAt?: Date | null },
) {
  const [row] = await db
    .update(maladministrationForms)
    .set(patch)
    .where(eq(maladministrationForms.code, code))
    .returning();
  return row;
}
