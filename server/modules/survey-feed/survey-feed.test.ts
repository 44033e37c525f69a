/**
 * Surveys → cycles (issue 16 §6), hand-computed: the office's perception interviews set the
 * Ombudsman cycle's Output indicators through the verified value (scores recompute, the explain
 * endpoint shows the survey), and the separation: a provider's SKM never sets a value in an
 * official cycle (the API refuses, the database check refuses an SKM period with a cycle), while it
 * does feed its own government's internal cycle.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, cycleGovernments, cycles, cycleUnits, frameworks } from '../../db/schema-assessments';
import { surveyFeedValues, surveyPeriods } from '../../db/schema-surveys';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { makeAssessmentFixture, type AssessmentFixture } from '../assessments/common/assessment-fixtures';
import type { Explain, ExplainNode } from '../../../shared/contracts/assessments-results';
import type { ApplyToCycleResult, SkmContext } from '../../../shared/contracts/survey-feed';
import { testFramework } from '../../../shared/scoring/test-framework.fixture';
import {
  ensureInstruments,
  insertPeriod,
  insertResponses,
  insertReview,
  PERCEPTION,
  SKM,
  type ResponseSpec,
} from './survey-bulk.repository';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let fx: AssessmentFixture;
let periodId: string;
let otherCycleId: string;

/**
 * 30 accepted interviews (29 unflagged + 1 flagged and accepted by a review) and 4 that must not
 * count (3 flagged, unreviewed; 1 excluded by a review), all answering "Tidak pernah" everywhere.
 *   OUTPUT.1: 24 of 30 best = 80 %      → 2
 *   OUTPUT.2: 30 of 30      = 100 %     → 3
 *   OUTPUT.3: 14 of 30      = 46.67 %   → 0
 *   OUTPUT.4: 15 of 30      = 50 %      → 1
 *   OUTPUT.5: 28 of 28 answered (2 skipped) = 100 % → 3
 */
function interviews(): { counted: ResponseSpec[]; ignored: ResponseSpec[] } {
  const base = { unitId: t.unitId, governmentId: t.governmentId, channel: 'interview' as const };
  const counted = Array.from({ length: 30 }, (_, i) => ({
    ...base,
    answers: [i < 24 ? 4 : 3, 4, i < 14 ? 4 : 2, i < 15 ? 4 : 1, i < 2 ? null : 4],
  }));
  const ignored = Array.from({ length: 4 }, () => ({ ...base, answers: [4, 4, 4, 4, 4] }));
  return { counted, ignored };
}

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
  fx = await makeAssessmentFixture(ctx, t);
  const db = ctx.database.db;
  await ensureInstruments(db);
  periodId = await insertPeriod(db, {
    kind: 'persepsi_maladministrasi',
    title: 'Wawancara persepsi 2024',
    officeId: t.officeId,
    cycleId: fx.cycleId,
    startsOn: '2024-03-01',
    endsOn: '2024-05-31',
    units: [{ unitId: t.unitId, governmentId: t.governmentId, sampleTarget: 30 }],
  });
  const { counted, ignored } = interviews();
  const flaggedAccepted = { ...counted[29]!, flags: ['too_fast' as const] };
  const ids = await insertResponses(db, periodId, PERCEPTION, [
    ...counted.slice(0, 29),
    flaggedAccepted,
    ...ignored.slice(0, 3).map((r) => ({ ...r, flags: ['device_reuse' as const] })),
    ignored[3]!,
  ]);
  const review = { periodId, unitId: t.unitId, by: t.userIds.oversight_head };
  await insertReview(db, { ...review, responseId: ids[29]!, decision: 'accept', reason: 'Diperiksa, wajar' });
  await insertReview(db, { ...review, responseId: ids[33]!, decision: 'exclude', reason: 'Responden ganda' });
  const [c] = await db
    .insert(cycles)
    .values({
      officeId: other.officeId,
      year: 2024,
      name: 'Siklus kantor lain',
      frameworkId: 'ombudsman-2022-2024',
    })
    .returning();
  otherCycleId = c!.id;
}, 240_000);
afterAll(() => ctx.close());

const applyUrl = (id = periodId) => `/api/survey-periods/${id}/apply-to-cycle`;
const cell = async (indicator: string) =>
  (
    await ctx.database.db
      .select()
      .from(answers)
      .where(
        and(
          eq(answers.cycleId, fx.cycleId),
          eq(answers.governmentId, t.governmentId),
          isNull(answers.unitId),
          eq(answers.indicator, indicator),
        ),
      )
  )[0]!;
const findNode = (nodes: ExplainNode[], code: string): ExplainNode | undefined =>
  nodes.map((n) => (n.code === code ? n : findNode(n.children ?? [], code))).find(Boolean);

describe('apply a perception period to its cycle', () => {
  it('maps the share of "Tidak pernah" among accepted interviews to each Output indicator', async () => {
    const head = await t.as('oversight_head');
    // Read (and cache) the explanation first: the apply must not leave it stale (next test).
    const before = await head.get(`/api/cycles/${fx.cycleId}/governments/${t.governmentId}/explain`);
    expect(before.body).not.toContain('"survey"');
    const res = await head.post(applyUrl(), {});
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<ApplyToCycleResult>();
    const g = t.governmentId;
    expect(body).toEqual({
      cycleId: fx.cycleId,
      applied: [
        { governmentId: g, indicator: 'OUTPUT.1', value: 2, share: 80, interviews: 30 },
        { governmentId: g, indicator: 'OUTPUT.2', value: 3, share: 100, interviews: 30 },
        { governmentId: g, indicator: 'OUTPUT.3', value: 0, share: 46.67, interviews: 30 },
        { governmentId: g, indicator: 'OUTPUT.4', value: 1, share: 50, interviews: 30 },
        { governmentId: g, indicator: 'OUTPUT.5', value: 3, share: 100, interviews: 28 },
      ],
      skipped: [],
    });
    const one = await cell('OUTPUT.1');
    expect(one).toMatchObject({ verifyStatus: 'adjusted', verifiedValue: 2, verifiedNa: false });
    expect(one.verifyReason).toContain('80% dari 30 responden menjawab "Tidak pernah" → nilai 2');
    expect(one.verifiedBy).toBe(t.userIds.oversight_head);
  });

  it('recomputes the score, and the explain endpoint shows the survey, question, share and mapping', async () => {
    const head = await t.as('oversight_head');
    const explain = (
      await head.get(`/api/cycles/${fx.cycleId}/governments/${t.governmentId}/explain`)
    ).json<Explain>();
    const output1 = findNode(explain.nodes, 'OUTPUT.1')!;
    expect(output1.score).toBeCloseTo((2 / 3) * 100, 6);
    expect(findNode(explain.nodes, 'OUTPUT.3')!.score).toBe(0);
    expect(output1.answers![0]!.survey).toMatchObject({
      periodId,
      periodTitle: 'Wawancara persepsi 2024',
      instrumentId: PERCEPTION,
      question: 'OUTPUT.1',
      element: { id: 'Penundaan berlarut' },
      bestAnswer: { id: 'Tidak pernah', en: 'Never' },
      interviews: 30,
      best: 24,
      share: 80,
      value: 2,
      levels: [
        { min: 0, value: 0 },
        { min: 50, value: 1 },
        { min: 80, value: 2 },
        { min: 100, value: 3 },
      ],
    });
    // The stored result was recomputed by the apply: the Output dimension is the mean of the five
    // (equal weights): (66.67 + 100 + 0 + 33.33 + 100) / 5 = 60.
    expect(findNode(explain.nodes, 'OUTPUT')!.score).toBeCloseTo(60, 6);
    const result = await head.get(`/api/cycles/${fx.cycleId}/governments/${t.governmentId}/result`);
    expect(result.statusCode, result.body).toBe(200);
    const dims = result.json<{ dimensions: Array<{ code: string; score: number | null }> }>().dimensions;
    expect(dims.find((d) => d.code === 'OUTPUT')!.score).toBeCloseTo(60, 2);
    // A unit's explanation counts entity-level items as N/A: no survey line there.
    const unitView = (
      await head.get(`/api/cycles/${fx.cycleId}/governments/${t.governmentId}/explain?unitId=${t.unitId}`)
    ).json<Explain>();
    expect(JSON.stringify(unitView)).not.toContain('"survey"');
    // An answer no survey set carries no source.
    const proses = findNode(explain.nodes, 'PROSES.1')!;
    expect(proses.answers!.every((a) => a.survey === undefined)).toBe(true);
  });

  it('applies again without duplicating the source', async () => {
    const head = await t.as('oversight_head');
    expect((await head.post(applyUrl(), {})).statusCode).toBe(200);
    const rows = await ctx.database.db
      .select()
      .from(surveyFeedValues)
      .where(eq(surveyFeedValues.cycleId, fx.cycleId));
    expect(rows).toHaveLength(5);
  });

  it('is the office head’s (or admin’s): an assessor 403; government users and other offices 404', async () => {
    expect((await (await t.as('assessor')).post(applyUrl(), {})).statusCode).toBe(403);
    expect((await (await t.as('gov_coordinator')).post(applyUrl(), {})).statusCode).toBe(404);
    expect((await (await t.as('unit_pic')).post(applyUrl(), {})).statusCode).toBe(404);
    expect((await (await other.as('oversight_head')).post(applyUrl(), {})).statusCode).toBe(404);
    expect((await (await t.as('admin')).post(applyUrl(), {})).statusCode).toBe(200);
  });

  it('refuses a cycle of another office (404) and another cycle of its own office (400)', async () => {
    const head = await t.as('oversight_head');
    expect((await head.post(applyUrl(), { cycleId: otherCycleId })).statusCode).toBe(404);
    const [own] = await ctx.database.db
      .insert(cycles)
      .values({ officeId: t.officeId, year: 2025, name: 'Siklus lain', frameworkId: 'ombudsman-2022-2024' })
      .returning();
    const res = await head.post(applyUrl(), { cycleId: own!.id });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { fields: Record<string, string> } }>().error.fields.cycleId).toBeTruthy();
    expect((await head.post(applyUrl('00000000-0000-4000-8000-000000000000'), {})).statusCode).toBe(404);
    // A cycle still being planned takes no survey values (only self-assessment or verification).
    const planning = await insertPeriod(ctx.database.db, {
      kind: 'persepsi_maladministrasi',
      title: 'Persepsi siklus perencanaan',
      officeId: t.officeId,
      cycleId: own!.id,
      startsOn: '2025-03-01',
      endsOn: '2025-05-31',
      units: [{ unitId: t.unitId, governmentId: t.governmentId }],
    });
    const phase = await head.post(applyUrl(planning), {});
    expect(phase.statusCode).toBe(409);
    expect(phase.json<{ error: { message: string } }>().error.message).toContain(
      'penilaian mandiri atau verifikasi',
    );
  });
});

describe('separation: a provider’s SKM never feeds an Ombudsman cycle', () => {
  let skmId: string;
  beforeAll(async () => {
    skmId = await insertPeriod(ctx.database.db, {
      kind: 'skm',
      title: 'SKM 2024',
      governmentId: t.governmentId,
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      status: 'closed',
      units: [{ unitId: t.unitId, governmentId: t.governmentId, population: 50 }],
    });
    // Ten respondents: U1–U8 all 3; U9 eight 4s and two 2s (NRR 3.6).
    await insertResponses(
      ctx.database.db,
      skmId,
      SKM,
      Array.from({ length: 10 }, (_, i) => ({
        unitId: t.unitId,
        governmentId: t.governmentId,
        channel: 'counter' as const,
        answers: [3, 3, 3, 3, 3, 3, 3, 3, i < 8 ? 4 : 2],
      })),
    );
  });

  it('the API refuses to bind it to the official cycle, with a clear message, and writes nothing', async () => {
    const before = await cell('OUTPUT.1');
    for (const role of ['gov_coordinator', 'admin'] as const) {
      const res = await (await t.as(role)).post(applyUrl(skmId), { cycleId: fx.cycleId });
      expect(res.statusCode, `${role}: ${res.body}`).toBe(409);
      expect(res.json<{ error: { message: string } }>().error.message).toContain(
        'tidak dapat mengisi nilai siklus penilaian Ombudsman',
      );
    }
    const noCycle = await (await t.as('gov_coordinator')).post(applyUrl(skmId), {});
    expect(noCycle.statusCode).toBe(400);
    expect(await cell('OUTPUT.1')).toEqual(before);
  });

  it('the database refuses an SKM period that carries a cycle', async () => {
    await expect(
      ctx.database.db.insert(surveyPeriods).values({
        kind: 'skm',
        instrumentId: SKM,
        title: 'SKM terikat siklus',
        governmentId: t.governmentId,
        cycleId: fx.cycleId,
        startsOn: '2024-01-01',
        endsOn: '2024-12-31',
        tokenSecret: 'x',
      }),
    ).rejects.toThrow();
    await expect(
      ctx.database.query(`update survey_periods set cycle_id = $1 where id = $2`, [fx.cycleId, skmId]),
    ).rejects.toThrow(/survey_periods_owner_ck/);
  });

  it('feeds an internal cycle of its own government whose framework maps an SKM question', async () => {
    const db = ctx.database.db;
    const fw = structuredClone(testFramework());
    fw.id = `uji-skm-${Date.now()}`;
    fw.nodes[1]!.children![2]!.survey = {
      instrument: SKM,
      question: 'U9',
      measure: 'share_best',
      levels: [
        { min: 0, value: 0 },
        { min: 50, value: 1 },
        { min: 80, value: 2 },
        { min: 100, value: 3 },
      ],
    };
    await db
      .insert(frameworks)
      .values({ id: fw.id, version: '1', name: 'Uji SKM', definition: fw, source: 'custom' });
    const [internal] = await db
      .insert(cycles)
      .values({
        kind: 'internal',
        ownerGovernmentId: t.governmentId,
        officeId: t.officeId,
        year: 2024,
        name: 'Penilaian mandiri uji',
        frameworkId: fw.id,
        status: 'self_assessment',
      })
      .returning();
    await db.insert(cycleGovernments).values({ cycleId: internal!.id, governmentId: t.governmentId });
    await db
      .insert(cycleUnits)
      .values({ cycleId: internal!.id, unitId: t.unitId, governmentId: t.governmentId });
    // The office does not see an unshared internal cycle; a PIC may not apply.
    expect(
      (await (await t.as('oversight_head')).post(applyUrl(skmId), { cycleId: internal!.id })).statusCode,
    ).toBe(404);
    expect((await (await t.as('unit_pic')).post(applyUrl(skmId), { cycleId: internal!.id })).statusCode).toBe(
      403,
    );
    const res = await (await t.as('gov_coordinator')).post(applyUrl(skmId), { cycleId: internal!.id });
    expect(res.statusCode, res.body).toBe(200);
    // U9: 8 of 10 answered 4 = 80 % → 2.
    expect(res.json<ApplyToCycleResult>().applied).toEqual([
      { governmentId: t.governmentId, indicator: 'B.3', value: 2, share: 80, interviews: 10 },
    ]);
    const [b3] = await db
      .select()
      .from(answers)
      .where(and(eq(answers.cycleId, internal!.id), eq(answers.indicator, 'B.3')));
    expect(b3).toMatchObject({ verifyStatus: 'adjusted', verifiedValue: 2, unitId: null });
  });

  it('gives the Ombudsman cycle the SKM as context only: closed, respondents, IKM and grade', async () => {
    const res = await (
      await t.as('assessor')
    ).get(`/api/cycles/${fx.cycleId}/governments/${t.governmentId}/skm-context`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<SkmContext>();
    expect(body.year).toBe(2024);
    expect(body.indicators).toEqual([]); // the Ombudsman 2022–2024 framework asks nothing of the SKM
    // A cycle on the PEKPPP framework names its three SKM indicators (run, published, followed up).
    const db = ctx.database.db;
    const [pekppp] = await db
      .insert(cycles)
      .values({ officeId: t.officeId, year: 2024, name: 'PEKPPP uji', frameworkId: 'pekppp-2022' })
      .returning();
    await db.insert(cycleGovernments).values({ cycleId: pekppp!.id, governmentId: t.governmentId });
    const ctxPekppp = await (
      await t.as('assessor')
    ).get(`/api/cycles/${pekppp!.id}/governments/${t.governmentId}/skm-context`);
    expect(ctxPekppp.json<SkmContext>().indicators.map((i) => i.code)).toEqual([
      'KEBIJAKAN.6',
      'KEBIJAKAN.7',
      'KEBIJAKAN.8',
    ]);
    // (8 × 3 + 3.6) / 9 × 25 = 76.666… → 76.67, grade B (76.61–88.30).
    expect(body.periods).toEqual([
      expect.objectContaining({ periodId: skmId, closed: true, respondents: 10, ikm: 76.67, grade: 'B' }),
    ]);
    expect(
      (
        await (
          await other.as('oversight_head')
        ).get(`/api/cycles/${fx.cycleId}/governments/${t.governmentId}/skm-context`)
      ).statusCode,
    ).toBe(404);
  });
});

describe('through the surveys API end to end', () => {
  it('a perception period opened by the head, interviews entered by the assessor, applied to the cycle', async () => {
    const head = await t.as('oversight_head');
    const created = await head.post('/api/survey-periods/perception', {
      cycleId: fx.cycleId,
      instrumentId: PERCEPTION,
      title: 'Persepsi lewat API',
      startsOn: '2024-01-01',
      endsOn: '2099-12-31',
      governmentIds: [t.governmentId],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const assessor = await t.as('assessor');
    // Ten interviews: OUTPUT.1 "Tidak pernah" in 9 (90 % → 2), everything else in all 10 (→ 3).
    for (let i = 0; i < 10; i++) {
      const answers = {
        'OUTPUT.1': i === 0 ? 2 : 4,
        'OUTPUT.2': 4,
        'OUTPUT.3': 4,
        'OUTPUT.4': 4,
        'OUTPUT.5': 4,
      };
      const res = await assessor.post(`/api/survey-periods/${id}/responses`, { unitId: t.unitId, answers });
      expect(res.statusCode, res.body).toBe(201);
    }
    const res = await head.post(applyUrl(id), {});
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res.json<ApplyToCycleResult>().applied.map((a) => [a.indicator, a.share, a.value, a.interviews]),
    ).toEqual([
      ['OUTPUT.1', 90, 2, 10],
      ['OUTPUT.2', 100, 3, 10],
      ['OUTPUT.3', 100, 3, 10],
      ['OUTPUT.4', 100, 3, 10],
      ['OUTPUT.5', 100, 3, 10],
    ]);
    const [source] = await ctx.database.db
      .select()
      .from(surveyFeedValues)
      .where(and(eq(surveyFeedValues.cycleId, fx.cycleId), eq(surveyFeedValues.indicator, 'OUTPUT.3')));
    expect(source).toMatchObject({ periodId: id, value: 3, interviews: 10, best: 10 });
  });
});
