/** SQL of the demo's follow-up backlog (demo-followups.ts): its sources, and the items with their history. */
import { and, asc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { users } from '../../db/schema';
import { improvementPoints } from '../../db/schema-assessments';
import { complaints, followupEvents, followupItems } from '../../db/schema-complaints';
import { followupEvidence } from '../../db/schema-followups';
import { activities, activityActions } from '../../db/schema-standards';
import { surveyPeriods } from '../../db/schema-surveys';

export async function userIdsByEmail(db: Executor, emails: string[]): Promise<Map<string, string>> {
  const rows = await db.select({ id: users.id, email: users.email }).from(users);
  const wanted = new Set(emails);
  return new Map(rows.filter((r) => wanted.has(r.email)).map((r) => [r.email, r.id]));
}

export async function complaintBySubject(db: Executor, subject: string) {
  const [c] = await db
    .select({
      id: complaints.id,
      officeId: complaints.officeId,
      governmentId: complaints.bodyGovernmentId,
      lhpDate: complaints.lhpDate,
      lhpNumber: complaints.lhpNumber,
      regionCode: complaints.bodyRegionCode,
    })
    .from(complaints)
    .where(eq(complaints.subject, subject))
    .orderBy(asc(complaints.receivedAt))
    .limit(1);
  return c ?? null;
}

/** The action at `position` of the government's latest activity of this kind. */
export async function activityAction(db: Executor, governmentId: string, kind: string, position: number) {
  const [a] = await db
    .select({
      id: activityActions.id,
      activityId: activities.id,
      heldOn: activities.heldOn,
      description: activityActions.description,
      dueOn: activityActions.dueOn,
    })
    .from(activityActions)
    .innerJoin(activities, eq(activities.id, activityActions.activityId))
    .where(
      and(
        eq(activities.governmentId, governmentId),
        eq(activities.kind, kind),
        eq(activityActions.position, position),
      ),
    )
    .orderBy(sql`${activities.heldOn} desc`)
    .limit(1);
  return a ?? null;
}

export async function closedSkmPeriod(db: Executor, governmentId: string, year: number) {
  const [p] = await db
    .select({ id: surveyPeriods.id, endsOn: surveyPeriods.endsOn, instrumentId: surveyPeriods.instrumentId })
    .from(surveyPeriods)
    .where(
      and(
        eq(surveyPeriods.governmentId, governmentId),
        eq(surveyPeriods.kind, 'skm'),
        eq(surveyPeriods.status, 'closed'),
        sql`extract(year from ${surveyPeriods.startsOn}) = ${year}`,
      ),
    )
    .limit(1);
  return p ?? null;
}

/** Mean answer (1–4) per question of a unit's unflagged responses in a period, weakest first. */
export async function elementMeans(db: Executor, periodId: string, unitId: string) {
  const result = await db.execute(sql`
    select q::int as q, avg(r.answers[q])::text as mean
      from survey_responses r, generate_series(1, cardinality(r.answers)) q
     where r.period_id = ${periodId} and r.unit_id = ${unitId} and cardinality(r.flags) = 0
       and r.answers[q] is not null
     group by q order by avg(r.answers[q]) asc, q asc`);
  return rowsOf<{ q: number; mean: string }>(result).map((r) => ({
    index: Number(r.q) - 1,
    mean: Number(r.mean),
  }));
}

export async function insertImprovementPoint(db: Executor, values: typeof improvementPoints.$inferInsert) {
  const [p] = await db.insert(improvementPoints).values(values).returning({ id: improvementPoints.id });
  return p!.id;
}

/** An item already made for this source row (by the sources' hooks), so the demo adds no twin. */
export async function existingItem(
  db: Executor,
  by: { activityActionId?: string; survey?: { periodId: string; unitId: string; element: string } },
) {
  const where = by.activityActionId
    ? eq(followupItems.activityActionId, by.activityActionId)
    : by.survey
      ? and(
          eq(followupItems.surveyPeriodId, by.survey.periodId),
          eq(followupItems.unitId, by.survey.unitId),
          eq(followupItems.surveyElement, by.survey.element),
        )
      : undefined;
  if (!where) return null;
  const [row] = await db.select({ id: followupItems.id }).from(followupItems).where(where);
  return row ?? null;
}

export async function insertItem(db: Executor, values: typeof followupItems.$inferInsert) {
  const [row] = await db.insert(followupItems).values(values).returning({ id: followupItems.id });
  return row!.id;
}

/** One history row (append-only: inserted in the order the steps were taken). */
export async function insertEvent(db: Executor, values: typeof followupEvents.$inferInsert) {
  const [row] = await db.insert(followupEvents).values(values).returning({ id: followupEvents.id });
  return row!.id;
}

export async function insertEvidence(db: Executor, values: typeof followupEvidence.$inferInsert) {
  await db.insert(followupEvidence).values(values);
}

/** The cycle's improvement points of a government that no item follows yet (made before any source hook). */
export async function pointsWithoutItem(db: Executor, cycleId: string, governmentId: string) {
  const rows = await db.execute(sql`
    select ip.id, ip.unit_id, ip.text, ip.indicator_code, u.name as unit_name, g.name as government_name
      from improvement_points ip
      join governments g on g.id = ip.government_id
      left join units u on u.id = ip.unit_id
     where ip.cycle_id = ${cycleId} and ip.government_id = ${governmentId} and ip.archived_at is null
       and not exists (select 1 from followup_items f where f.improvement_point_id = ip.id)
     order by ip.created_at, ip.id`);
  return rowsOf<{
    id: string;
    unit_id: string | null;
    text: string;
    indicator_code: string | null;
    unit_name: string | null;
    government_name: string;
  }>(rows);
}

export async function setPointIndicator(db: Executor, id: string, indicatorCode: string, dueOn: string) {
  await db
    .update(improvementPoints)
    .set({ indicatorCode, dueOn })
    .where(and(eq(improvementPoints.id, id), sql`${improvementPoints.indicatorCode} is null`));
}
