/**
 * The complaints' reference data, brought in at start like the frameworks and the calendar: the
 * default maladministration forms (shared/complaints/forms.ts) and version 1 of the deadline rules
 * (shared/complaints/deadline-rules.ts). Idempotent; an admin's later edits are never overwritten.
 */
import { sql } from 'drizzle-orm';
import { DEFAULT_DEADLINE_RULES } from '../../../shared/complaints/deadline-rules';
import { DEFAULT_MALADMINISTRATION_FORMS } from '../../../shared/complaints/forms';
import type { Executor } from '../../db/client';
import { complaintRuleSets, maladministrationForms } from '../../db/schema-complaints';

export async function syncComplaintReferenceData(db: Executor): Promise<void> {
  await db
    .insert(maladministrationForms)
    .values(
      DEFAULT_MALADMINISTRATION_FORMS.map((f, i) => ({
        code: f.code,
        nameId: f.id,
        nameEn: f.en,
        source: f.source,
        position: i + 1,
      })),
    )
    .onConflictDoNothing();
  await db
    .insert(complaintRuleSets)
    .values({ version: 1, rules: [...DEFAULT_DEADLINE_RULES], note: 'Bawaan Patuh (REFERENCE §4, §10.7)' })
    .onConflictDoNothing({ target: complaintRuleSets.version });
}

/** The newest version of the deadline rules: what a new case is registered under. */
export async function currentRuleSet(db: Executor) {
  const [row] = await db
    .select()
    .from(complaintRuleSets)
    .orderBy(sql`${complaintRuleSets.version} desc`)
    .limit(1);
  if (!row) throw new Error('complaint rule set missing: syncComplaintReferenceData did not run');
  return row;
}
