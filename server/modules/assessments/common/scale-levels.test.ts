/**
 * Scales are discrete (issue 8, finding 9): a self answer, a verified value, a requested value of
 * an appeal and the value of an accepted appeal must be one of the scale's levels. 1.5 on a 0–3
 * scale or 0.000001 is refused with a 400 naming the allowed levels, in both languages.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers } from '../../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../../test/factories';
import { t as translate } from '../../../lib/messages';
import { createTestContext, type TestContext } from '../../../test/harness';
import { makeAssessmentFixture, type AssessmentFixture } from './assessment-fixtures';
import { scaleValueProblem } from './scale-value';

let ctx: TestContext;
let t: Tenant;
let fx: AssessmentFixture;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  fx = await makeAssessmentFixture(ctx, t);
});
afterAll(() => ctx.close());

const LEVELS_ID = /tingkat skala.*: 0, 1, 2, 3\./;

describe('scale levels', () => {
  it('names the levels of the scale for a value between two of them', () => {
    const rubric = { id: 'r', en: 'r' };
    const scale = {
      type: '0-3' as const,
      min: 0,
      max: 3,
      levels: [3, 0, 2, 1].map((value) => ({ value, rubric })),
    };
    expect(scaleValueProblem(2, scale)).toBeNull();
    expect(scaleValueProblem(1.5, scale)).toEqual({
      message: 'field.scaleLevel',
      params: { levels: '0, 1, 2, 3', min: 0, max: 3 },
    });
    expect(scaleValueProblem(Number.NaN, scale)?.message).toBe('field.scaleLevel');
    const yesNo = {
      type: 'yes-no' as const,
      min: 0,
      max: 1,
      levels: [0, 1].map((value) => ({ value, rubric })),
    };
    expect(scaleValueProblem(0.000001, yesNo)).toEqual({ message: 'field.yesNo' });
  });

  it('refuses a fractional self answer with the levels, and accepts a level', async () => {
    const pic = await t.as('unit_pic');
    for (const value of [1.5, 0.000001, 2.999]) {
      const res = await pic.request('PUT', `/api/cycles/${fx.cycleId}/answers`, {
        answers: [{ answerId: fx.answerId, value }],
      });
      expect(res.statusCode, `${value}`).toBe(400);
      expect(res.json().error.fields['answers.0.value']).toMatch(LEVELS_ID);
    }
    expect(translate('field.scaleLevel', 'en', { levels: '0, 1, 2, 3', min: 0, max: 3 })).toBe(
      "The value must be one of the scale's levels (between 0 and 3, no fractions): 0, 1, 2, 3.",
    );
    const ok = await pic.request('PUT', `/api/cycles/${fx.cycleId}/answers`, {
      answers: [{ answerId: fx.answerId, value: 2 }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('refuses a fractional verified value, requested value and appeal decision', async () => {
    const head = await t.as('oversight_head');
    const assessor = await t.as('assessor');
    const advanced = await head.post(`/api/cycles/${fx.cycleId}/advance`, { to: 'verification' });
    expect(advanced.statusCode, advanced.body).toBe(200);
    for (const value of [0.000001, 1.5]) {
      const res = await assessor.post(`/api/answers/${fx.answerId}/verify`, {
        action: 'adjust',
        value,
        reason: 'Nilai pecahan tidak ada di rubrik',
      });
      expect(res.statusCode, `${value}`).toBe(400);
      expect(res.json().error.fields.value).toMatch(LEVELS_ID);
    }
    const adjusted = await assessor.post(`/api/answers/${fx.answerId}/verify`, {
      action: 'adjust',
      value: 1,
      reason: 'Maklumat tidak terpampang',
    });
    expect(adjusted.statusCode, adjusted.body).toBe(200);
    expect(adjusted.json().verifiedValue).toBe(1);

    // The fixture's open appeal is on the same cell: answering it with a fraction is refused.
    // Every other cell verified as 0 (through the database: this test is about values, not the flow).
    await ctx.database.db
      .update(answers)
      .set({ verifyStatus: 'adjusted', verifiedValue: 0, verifyReason: 'uji' })
      .where(and(eq(answers.cycleId, fx.cycleId), eq(answers.verifyStatus, 'pending')));
    const toAppeal = await head.post(`/api/cycles/${fx.cycleId}/advance`, { to: 'appeal' });
    expect(toAppeal.statusCode, toAppeal.body).toBe(200);
    const respond = await assessor.post(`/api/appeals/${fx.appealId}/respond`, {
      decision: 'accept',
      value: 2.5,
      response: 'Diterima sebagian',
    });
    expect(respond.statusCode, respond.body).toBe(400);
    expect(respond.json().error.fields.value).toMatch(LEVELS_ID);

    const coord = await t.as('gov_coordinator');
    const other = (await assessor.get(`/api/cycles/${fx.cycleId}/governments/${t.governmentId}/verification`))
      .json<{ items: { answerId: string }[] }>()
      .items.find((i) => i.answerId !== fx.answerId)!;
    const appeal = await coord.post(`/api/answers/${other.answerId}/appeals`, {
      reason: 'Bukti sudah lengkap',
      requestedValue: 2.5,
    });
    expect(appeal.statusCode, appeal.body).toBe(400);
    expect(appeal.json().error.fields.requestedValue).toMatch(LEVELS_ID);
  });
});
