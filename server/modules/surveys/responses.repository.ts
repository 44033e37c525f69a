/** SQL of survey responses as shown to staff: views, the filtered keyset list, reviews. */
import { and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { serviceProducts, units, users } from '../../db/schema';
import { surveyResponseReviews, surveyResponses } from '../../db/schema-surveys';
import type { SurveyReviewDecision } from '../../../shared/contracts/surveys';
import { acceptedSql } from './accepted.sql';

const latestDecision = sql`(select v.decision from survey_response_reviews v
  where v.response_id = ${surveyResponses.id} order by v.seq desc limit 1)`;
const superseded = sql`exists (select 1 from survey_responses s where s.supersedes_id = ${surveyResponses.id})`;
const accepted = acceptedSql({ flags: sql`${surveyResponses.flags}`, review: latestDecision, superseded });

export type ResponseFilter = 'all' | 'flagged' | 'excluded' | 'staff';

const FILTERS: Record<ResponseFilter, SQL | undefined> = {
  all: undefined,
  flagged: sql`cardinality(${surveyResponses.flags}) > 0`,
  excluded: sql`not ${accepted}`,
  staff: sql`${surveyResponses.channel} in ('staff', 'import', 'interview')`,
};

export async function responseRows(
  db: Executor,
  where: {
    periodId?: string;
    ids?: string[];
    unitIds?: string[];
    filter?: ResponseFilter;
    beforeSeq?: number;
  },
  limit = 1,
) {
  return db
    .select({
      id: surveyResponses.id,
      seq: surveyResponses.seq,
      periodId: surveyResponses.periodId,
      unitId: surveyResponses.unitId,
      unitName: units.name,
      productId: surveyResponses.productId,
      productName: serviceProducts.name,
      answers: surveyResponses.answers,
      profile: surveyResponses.profile,
      suggestion: surveyResponses.suggestion,
      channel: surveyResponses.channel,
      enteredByName: users.name,
      submittedAt: surveyResponses.submittedAt,
      durationMs: surveyResponses.durationMs,
      flags: surveyResponses.flags,
      supersedesId: surveyResponses.supersedesId,
    })
    .from(surveyResponses)
    .innerJoin(units, eq(units.id, surveyResponses.unitId))
    .leftJoin(serviceProducts, eq(serviceProducts.id, surveyResponses.productId))
    .leftJoin(users, eq(users.id, surveyResponses.enteredBy))
    .where(
      and(
        where.periodId ? eq(surveyResponses.periodId, where.periodId) : undefined,
        where.ids ? inArray(surveyResponses.id, where.ids) : undefined,
        where.unitIds ? inArray(surveyResponses.unitId, where.unitIds) : undefined,
        where.filter ? FILTERS[where.filter] : undefined,
        where.beforeSeq !== undefined ? lt(surveyResponses.seq, where.beforeSeq) : undefined,
      ),
    )
    .orderBy(desc(surveyResponses.seq))
    .limit(limit);
}
export type ResponseRow = Awaited<ReturnType<typeof responseRows>>[number];

/** The latest review of each response, and the response superseding each (if any). */
export async function reviewsAndSuccessors(db: Executor, ids: string[]) {
  if (ids.length === 0) return { reviews: new Map(), successors: new Map<string, string>() };
  const reviews = await db
    .select({
      responseId: surveyResponseReviews.responseId,
      decision: surveyResponseReviews.decision,
      reason: surveyResponseReviews.reason,
      by: users.name,
      at: surveyResponseReviews.decidedAt,
      seq: surveyResponseReviews.seq,
    })
    .from(surveyResponseReviews)
    .innerJoin(users, eq(users.id, surveyResponseReviews.decidedBy))
    .where(inArray(surveyResponseReviews.responseId, ids))
    .orderBy(surveyResponseReviews.seq);
  const latest = new Map<string, { decision: SurveyReviewDecision; reason: string; by: string; at: Date }>();
  for (const r of reviews) latest.set(r.responseId, r);
  const next = await db
    .select({ id: surveyResponses.id, supersedesId: surveyResponses.supersedesId })
    .from(surveyResponses)
    .where(inArray(surveyResponses.supersedesId, ids));
  return { reviews: latest, successors: new Map(next.map((n) => [n.supersedesId!, n.id])) };
}

/** Where a response belongs (for access checks). */
export async function responseHome(db: Executor, id: string) {
  const [row] = await db
    .select({
      periodId: surveyResponses.periodId,
      unitId: surveyResponses.unitId,
      channel: surveyResponses.channel,
      productId: surveyResponses.productId,
    })
    .from(surveyResponses)
    .where(eq(surveyResponses.id, id));
  return row ?? null;
}

export async function insertReview(db: Executor, values: typeof surveyResponseReviews.$inferInsert) {
  await db.insert(surveyResponseReviews).values(values);
}
