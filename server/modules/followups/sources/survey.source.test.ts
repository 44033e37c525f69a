/**
 * A closed SKM period raises `survei` items (issue 17): per unit, the three weakest elements the
 * results page names (the same `lowestOf`), issued by the government (office_id null), due 90 days
 * after the close; a unit with no responses raises nothing; closing again after a reopen adds
 * nothing; an edit that does not close raises nothing.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../../../shared/format/format';
import { followupEvents, followupItems } from '../../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import {
  addResponses,
  makeSkmPeriod,
  respondentsWithSums,
} from '../../survey-results/survey-results.fixtures';
import { OWN_ITEM_DEFAULT_DAYS, plusDays } from './cycle.source';

let ctx: TestContext;
let t: Tenant;
let periodId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  periodId = await makeSkmPeriod(ctx.database, {
    governmentId: t.governmentId,
    units: [{ unitId: t.unitId }, { unitId: t.otherUnitId }],
  });
  // Four respondents at t.unitId: NRR per element 4, 3, 2, 4, 4, 3.5, 2.5, 4, 4 → U3, U7, U2 weakest.
  const answers = respondentsWithSums(4, [16, 12, 8, 16, 16, 14, 10, 16, 16]);
  await addResponses(
    ctx.database,
    { periodId, unitId: t.unitId, governmentId: t.governmentId },
    answers.map((a) => ({ answers: a })),
  );
}, 60_000);
afterAll(async () => ctx?.close());

const items = () =>
  ctx.database.db.select().from(followupItems).where(eq(followupItems.surveyPeriodId, periodId));

describe('survei items from a closed SKM period', () => {
  it('an edit that does not close raises nothing', async () => {
    const coord = await t.as('gov_coordinator');
    const res = await coord.patch(`/api/survey-periods/${periodId}`, {
      rowVersion: 1,
      title: 'SKM Semester I',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await items()).toEqual([]);
  });

  it('closing raises the three weakest elements per unit, as the results page names them', async () => {
    const coord = await t.as('gov_coordinator');
    const res = await coord.patch(`/api/survey-periods/${periodId}`, { rowVersion: 2, status: 'closed' });
    expect(res.statusCode, res.body).toBe(200);
    const results = await coord.get(`/api/survey-periods/${periodId}/results?unitId=${t.unitId}`);
    expect(results.statusCode, results.body).toBe(200);
    const lowest = results.json().lowest.map((e: { code: string }) => e.code);
    expect(lowest).toEqual(['U3', 'U7', 'U2']);
    const rows = await items();
    expect(rows.map((r) => r.surveyElement).sort()).toEqual([...lowest].sort());
    for (const r of rows)
      expect(r).toMatchObject({
        kind: 'survei',
        issuer: 'government',
        officeId: null,
        sourceType: 'survey_period',
        sourceId: periodId,
        governmentId: t.governmentId,
        unitId: t.unitId,
        status: 'terbuka',
        dueOn: plusDays(todayIn('WIB'), OWN_ITEM_DEFAULT_DAYS),
      });
    expect(rows.find((r) => r.surveyElement === 'U3')!.action).toMatch(/NRR 2\.00/);
    const events = await ctx.database.db.select().from(followupEvents);
    expect(events.filter((e) => rows.some((r) => r.id === e.itemId))).toHaveLength(3);
  });

  it('reopening and closing again adds nothing', async () => {
    const coord = await t.as('gov_coordinator');
    const reopened = await coord.patch(`/api/survey-periods/${periodId}`, { rowVersion: 3, status: 'open' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const closed = await coord.patch(`/api/survey-periods/${periodId}`, { rowVersion: 4, status: 'closed' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await items()).toHaveLength(3);
  });
});
