/**
 * The work plan of an internal cycle saved twice at once (issue 12's work plan; a PostgreSQL
 * concurrency check the earlier sessions owed). On PostgreSQL the test database has a pool of
 * several connections, so the two saves run in parallel transactions. Each names the same two
 * units in the opposite order with overlapping teams: without one lock order they could deadlock,
 * and without the row lock their deletes and inserts could interleave into a duplicate team row.
 * Both must answer 200, and what remains must be one of the two plans whole, never a mix.
 * On PGlite (one connection) the same assertions hold trivially.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../../db/schema';
import { makeTenant, TEST_PASSWORD, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { syncBuiltInFrameworks } from '../../frameworks/frameworks.sync';
import { createUser } from '../../users/users.service';

let ctx: TestContext;
let a: Tenant;
let cycleId: string;
const verifiers: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
  a = await makeTenant(ctx);
  verifiers.push(a.userIds.internal_verifier);
  for (const n of [2, 3]) {
    const u = await createUser(ctx.database.db, null, {
      email: `verifikator-${n}-${a.governmentId.slice(0, 8)}@uji.test`,
      name: `Verifikator ${n}`,
      password: TEST_PASSWORD,
      role: 'internal_verifier',
      governmentId: a.governmentId,
    });
    const [row] = await ctx.database.db.select({ id: users.id }).from(users).where(eq(users.id, u.id));
    verifiers.push(row!.id);
  }
  const coord = await a.as('gov_coordinator');
  const res = await coord.post(`/api/governments/${a.governmentId}/internal-cycles`, {
    year: 2024,
    name: 'Penilaian Mandiri 2024',
    selfStart: '2024-02-01',
    selfEnd: '2024-03-15',
    verifyStart: '2024-03-18',
    verifyEnd: '2024-04-30',
    finalDate: '2024-05-15',
    allUnits: true,
  });
  expect(res.statusCode, res.body).toBe(201);
  cycleId = res.json<{ id: string }>().id;
}, 120_000);
afterAll(async () => ctx?.close());

const ROUNDS = 6;

describe('two work-plan saves at once', () => {
  it(`${ROUNDS} rounds: both answer 200 and one plan remains whole`, async () => {
    const [v1, v2, v3] = verifiers as [string, string, string];
    const first = [
      { unitId: a.unitId, scheduledDate: '2024-03-20', team: [v1, v2] },
      { unitId: a.otherUnitId, scheduledDate: '2024-03-21', team: [v1] },
    ];
    const second = [
      { unitId: a.otherUnitId, scheduledDate: '2024-03-25', team: [v2, v3] },
      { unitId: a.unitId, scheduledDate: '2024-03-26', team: [v1, v3] },
    ];
    const shape = (items: typeof first) =>
      Object.fromEntries(items.map((i) => [i.unitId, { date: i.scheduledDate, team: [...i.team].sort() }]));
    const coords = [await a.as('gov_coordinator'), await a.as('gov_coordinator')];
    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.all([
        coords[0]!.request('PUT', `/api/cycles/${cycleId}/work-plan`, { items: first }),
        coords[1]!.request('PUT', `/api/cycles/${cycleId}/work-plan`, { items: second }),
      ]);
      expect(
        results.map((r) => r.statusCode),
        results.map((r) => r.body).join('\n'),
      ).toEqual([200, 200]);
      const rows = await ctx.database.query<{
        unit_id: string;
        scheduled_date: string | null;
        team: string[];
      }>(
        `select cu.unit_id, cu.scheduled_date::text as scheduled_date,
           coalesce(array_agg(t.user_id::text order by t.user_id) filter (where t.user_id is not null), '{}') as team
         from cycle_units cu left join cycle_unit_team t on t.cycle_id = cu.cycle_id and t.unit_id = cu.unit_id
         where cu.cycle_id = $1 and cu.unit_id in ($2, $3)
         group by cu.unit_id, cu.scheduled_date`,
        [cycleId, a.unitId, a.otherUnitId],
      );
      const now = Object.fromEntries(
        rows.map((r) => [r.unit_id, { date: r.scheduled_date, team: [...r.team].sort() }]),
      );
      expect([shape(first), shape(second)]).toContainEqual(now);
    }
  });
});
