/**
 * The demo's surveys: Balangan's closed 2023 SKM (most units reached their Krejcie–Morgan sample,
 * flagged responses reviewed with reasons, staff-entered forms, suggestions) and the open 2024 one
 * part of the way; Ombudsman Kalsel's 2023 perception interviews applied to its published cycle
 * without moving its scores (the explain endpoint shows the survey). Deterministic, seeded once.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments } from '../../db/schema';
import { answers, governmentResults } from '../../db/schema-assessments';
import {
  surveyFeedValues,
  surveyPeriods,
  surveyPeriodUnits,
  surveyResponseReviews,
  surveyResponses,
} from '../../db/schema-surveys';
import { createTestContext, signIn, type TestContext } from '../../test/harness';
import type { Explain, ExplainNode } from '../../../shared/contracts/assessments-results';
import { isAccepted } from '../../../shared/surveys/flags';
import { requiredSample } from '../../../shared/surveys/krejcie-morgan';
import { responsesForAcceptance } from '../survey-feed/survey-feed.repository';
import { seedDemoAssessments } from './demo-assessments';
import { DEMO_PASSWORD } from './demo-data';
import { seedDemoSurveys } from './demo-surveys';
import { seedDemo } from './demo.service';

let ctx: TestContext;
let made: number;
let seconds: number;
let scoresBefore: Array<{ governmentId: string; score: number | null }>;

const scores = () =>
  ctx.database.db
    .select({ governmentId: governmentResults.governmentId, score: governmentResults.score })
    .from(governmentResults)
    .orderBy(governmentResults.cycleId, governmentResults.governmentId);

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  await seedDemoAssessments(ctx.database);
  scoresBefore = await scores();
  const started = performance.now();
  made = await seedDemoSurveys(ctx.database);
  seconds = (performance.now() - started) / 1000;
}, 300_000);
afterAll(async () => ctx.close());

async function balanganPeriods() {
  const db = ctx.database.db;
  const [gov] = await db.select().from(governments).where(eq(governments.regionCode, '63.11'));
  const periods = await db
    .select()
    .from(surveyPeriods)
    .where(and(eq(surveyPeriods.kind, 'skm'), eq(surveyPeriods.governmentId, gov!.id)))
    .orderBy(surveyPeriods.startsOn);
  return { gov: gov!, periods };
}

/** Per unit: required sample, accepted responses. */
async function progress(periodId: string, governmentId: string) {
  const db = ctx.database.db;
  const units = await db.select().from(surveyPeriodUnits).where(eq(surveyPeriodUnits.periodId, periodId));
  const rows = await responsesForAcceptance(db, periodId, [governmentId]);
  return units.map((u) => ({
    required: requiredSample(u.population!),
    accepted: rows.filter((r) => r.unitId === u.unitId && isAccepted(r.flags, r.review, r.superseded)).length,
  }));
}

describe('demo surveys', () => {
  it('seeds quickly, once', async () => {
    expect(made).toBeGreaterThan(1000);
    console.info(`demo surveys: ${made} responses in ${seconds.toFixed(1)} s (${ctx.database.engine})`);
    expect(seconds).toBeLessThan(60);
    expect(await seedDemoSurveys(ctx.database)).toBe(0);
  });

  it('has a closed 2023 SKM for Balangan: most units met their sample, flagged ones reviewed with reasons', async () => {
    const { gov, periods } = await balanganPeriods();
    expect(periods.map((p) => [p.startsOn.slice(0, 4), p.status])).toEqual([
      ['2023', 'closed'],
      ['2024', 'open'],
    ]);
    const p2023 = periods[0]!;
    const units = await progress(p2023.id, gov.id);
    expect(units).toHaveLength(7);
    const met = units.filter((u) => u.accepted >= u.required).length;
    expect(met).toBeGreaterThanOrEqual(3);
    expect(met).toBeLessThan(7);
    const rows = await ctx.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.periodId, p2023.id));
    const flagged = rows.filter((r) => r.flags.length > 0);
    expect(flagged.length).toBeGreaterThanOrEqual(5);
    expect(new Set(flagged.flatMap((r) => r.flags))).toEqual(
      new Set(['too_fast', 'device_reuse', 'outside_hours', 'identical_burst']),
    );
    const reviews = await ctx.database.db
      .select()
      .from(surveyResponseReviews)
      .where(eq(surveyResponseReviews.periodId, p2023.id));
    expect(reviews).toHaveLength(flagged.length);
    expect(new Set(reviews.map((r) => r.decision))).toEqual(new Set(['accept', 'exclude']));
    expect(reviews.every((r) => r.reason.length > 10)).toBe(true);
    const staff = rows.filter((r) => r.channel === 'staff');
    expect(staff.length).toBeGreaterThan(20);
    expect(staff.every((r) => r.enteredBy !== null && r.flags.length === 0)).toBe(true);
    const suggestions = rows.filter((r) => r.suggestion);
    expect(suggestions.length).toBeGreaterThan(50);
    expect(suggestions[0]!.suggestion).toMatch(/[a-z]/);
  });

  it('has an open 2024 SKM part of the way, its flagged responses waiting for review', async () => {
    const { gov, periods } = await balanganPeriods();
    const units = await progress(periods[1]!.id, gov.id);
    const accepted = units.reduce((a, u) => a + u.accepted, 0);
    const required = units.reduce((a, u) => a + u.required, 0);
    expect(accepted / required).toBeGreaterThan(0.2);
    expect(accepted / required).toBeLessThan(0.6);
    const reviews = await ctx.database.db
      .select()
      .from(surveyResponseReviews)
      .where(eq(surveyResponseReviews.periodId, periods[1]!.id));
    expect(reviews).toHaveLength(0);
  });

  it("applies Kalsel's 2023 perception interviews to its cycle without moving the published scores", async () => {
    const db = ctx.database.db;
    const [perception] = await db
      .select()
      .from(surveyPeriods)
      .where(eq(surveyPeriods.kind, 'persepsi_maladministrasi'));
    expect(perception).toMatchObject({ status: 'closed', governmentId: null });
    const interviews = await db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.periodId, perception!.id));
    expect(interviews).toHaveLength(60);
    expect(interviews.every((r) => r.channel === 'interview' && r.enteredBy !== null)).toBe(true);
    const sources = await db
      .select()
      .from(surveyFeedValues)
      .where(eq(surveyFeedValues.cycleId, perception!.cycleId!));
    expect(sources.length).toBeGreaterThanOrEqual(8);
    for (const s of sources) {
      const [cell] = await db.select().from(answers).where(eq(answers.id, s.answerId));
      expect(cell).toMatchObject({ verifiedValue: s.value, verifyStatus: 'adjusted', unitId: null });
      expect(s.interviews).toBe(30);
    }
    expect(await scores()).toEqual(scoresBefore);
    // The explain drawer's data names the survey.
    const head = await signIn(ctx.app, 'kepala.kalsel@patuh.local', DEMO_PASSWORD);
    const gov = sources[0]!.governmentId;
    const explain = (
      await head.get(`/api/cycles/${perception!.cycleId}/governments/${gov}/explain`)
    ).json<Explain>();
    const output = explain.nodes.find((n) => n.code === 'OUTPUT')!;
    const withSurvey = (output.children ?? [])
      .flatMap((n: ExplainNode) => n.answers ?? [])
      .filter((a) => a.survey);
    expect(withSurvey.length).toBeGreaterThan(0);
    expect(withSurvey[0]!.survey).toMatchObject({ periodTitle: perception!.title, interviews: 30 });
    // And no SKM value anywhere in an official cycle.
    const skmSources = await db
      .select({ n: surveyFeedValues.periodId })
      .from(surveyFeedValues)
      .innerJoin(surveyPeriods, eq(surveyPeriods.id, surveyFeedValues.periodId))
      .where(and(eq(surveyPeriods.kind, 'skm'), isNull(surveyPeriods.cycleId)));
    expect(skmSources).toEqual([]);
  });
});
