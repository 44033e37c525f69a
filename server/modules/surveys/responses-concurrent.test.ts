/**
 * Responses under real concurrency. On PostgreSQL the test database has a pool of several
 * connections, so the inserts below run in parallel transactions: without the per-(period, unit)
 * advisory lock both answers of one device would miss each other (neither flagged) and both uses
 * of one slip would pass the check (one then dying on the unique index as a 500). On PGlite (one
 * connection) the same assertions hold trivially.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyPeriods, surveyResponses } from '../../db/schema-surveys';
import { AppError } from '../../lib/errors';
import { inTransaction } from '../../lib/transaction';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { insertResponse, type NewResponse } from './responses-insert';
import { makeSkmPeriod, makeSlip, skmAnswers } from './surveys.fixture';

let ctx: TestContext;
let t: Tenant;
let periodId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  periodId = (await makeSkmPeriod(ctx.database.db, t)).id;
}, 60_000);
afterAll(async () => ctx?.close());

const ROUNDS = 6;

const response = (over: Partial<NewResponse>): NewResponse => ({
  periodId,
  unitId: t.unitId,
  productId: null,
  answers: skmAnswers(3),
  profile: {},
  suggestion: null,
  channel: 'counter',
  enteredBy: null,
  deviceHash: null,
  slipId: null,
  startedAt: null,
  ...over,
});

const settle = (r: NewResponse) =>
  inTransaction(ctx.database.db, (tx) => insertResponse(tx, r)).then(
    (ok) => ({ ok, err: null }),
    (err: unknown) => ({ ok: null, err }),
  );

describe('concurrent survey responses', () => {
  it(`one device submitting twice at the same instant, ${ROUNDS} rounds: exactly one carries device_reuse`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const deviceHash = `same-device-${round}`;
      const at = new Date();
      const results = await Promise.all(
        // Different answers every round (no identical burst across rounds).
        [4, 2]
          .map((v) => skmAnswers([v, v, v, v, v, v, v, 1 + (round % 4), 1 + Math.floor(round / 4)]))
          .map((answers) => settle(response({ deviceHash, answers, submittedAt: at }))),
      );
      expect(results.map((r) => r.err)).toEqual([null, null]);
      const flags = results.map((r) => r.ok!.flags);
      expect(flags.filter((f) => f.includes('device_reuse'))).toHaveLength(1);
      const rows = await ctx.database.db
        .select({ flags: surveyResponses.flags })
        .from(surveyResponses)
        .where(eq(surveyResponses.deviceHash, deviceHash));
      expect(rows.map((r) => r.flags).sort()).toEqual([[], ['device_reuse']]);
    }
  }, 120_000);

  it(`one slip used twice at once, ${ROUNDS} rounds: one stored, the other 409 survey.slip_used`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const slipId = await makeSlip(ctx.database.db, periodId, t.unitId);
      const results = await Promise.all(
        [skmAnswers(4), skmAnswers(1)].map((answers) =>
          settle(response({ channel: 'slip', slipId, answers })),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const refused = results.find((r) => r.err)!.err as AppError;
      expect(refused).toBeInstanceOf(AppError);
      expect([refused.status, refused.messageKey]).toEqual([409, 'survey.slip_used']);
      const rows = await ctx.database.db
        .select()
        .from(surveyResponses)
        .where(eq(surveyResponses.slipId, slipId));
      expect(rows).toHaveLength(1);
    }
  }, 120_000);

  it('two edits of a period on one row version at once: one 200, one 409', async () => {
    const coord = await t.as('gov_coordinator');
    for (let round = 0; round < 3; round++) {
      const { rowVersion } = (await coord.get(`/api/survey-periods/${periodId}`)).json<{
        rowVersion: number;
      }>();
      const results = await Promise.all(
        ['A', 'B'].map((x) =>
          coord.patch(`/api/survey-periods/${periodId}`, { rowVersion, title: `SKM ${x}` }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    }
  }, 120_000);

  it('two slip batches printed at once get two batch numbers', async () => {
    await ctx.database.db
      .update(surveyPeriods)
      .set({ slipsEnabled: true })
      .where(eq(surveyPeriods.id, periodId));
    const pic = await t.as('unit_pic');
    const url = `/api/survey-periods/${periodId}/units/${t.unitId}/slips`;
    const results = await Promise.all([pic.post(url, { count: 1 }), pic.post(url, { count: 1 })]);
    expect(results.map((r) => r.statusCode)).toEqual([201, 201]);
    // (The slips made above by the fixture are batch 1.)
    const batches = results.map((r) => r.json<{ batch: number }>().batch).sort();
    expect(batches[1]).toBe(batches[0]! + 1);
  }, 120_000);
});
