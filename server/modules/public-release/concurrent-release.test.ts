/**
 * Releases, withdrawals and official figures under real concurrency (issue 13). On PostgreSQL the
 * test database has a pool of several connections, so requests sent at once run in parallel
 * transactions: two heads (and an admin) releasing and withdrawing the same cycle end in one
 * consistent row per (cycle, government), never a 500; saves of the same figure leave one row.
 * On PGlite (one connection) the same assertions hold trivially.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { officialFigures, resultReleases } from '../../db/schema-public';
import { users } from '../../db/schema';
import { createUser } from '../users/users.service';
import { createTestContext, signIn, type Agent, type TestContext } from '../../test/harness';
import { TEST_PASSWORD } from '../../test/factories';
import { makeReleaseFixture, type ReleaseFixture } from './release-fixture';

let ctx: TestContext;
let f: ReleaseFixture;
let agents: Agent[];

beforeAll(async () => {
  ctx = await createTestContext();
  f = await makeReleaseFixture(ctx);
  // A second head of the same office, and the admin.
  const second = await createUser(ctx.database.db, null, {
    email: `kepala-dua-${f.cycleId.slice(0, 8)}@uji.test`,
    name: 'Kepala Kedua',
    password: TEST_PASSWORD,
    role: 'oversight_head',
    officeId: f.t.officeId,
  });
  const [row] = await ctx.database.db.select().from(users).where(eq(users.id, second.id));
  agents = [
    await f.t.as('oversight_head'),
    await signIn(ctx.app, row!.email, TEST_PASSWORD),
    await f.t.as('admin'),
  ];
}, 60_000);
afterAll(async () => ctx?.close());

const ROUNDS = 5;

describe('concurrent releases', () => {
  it(`release and withdraw at once, ${ROUNDS} rounds: one consistent row per government`, async () => {
    const url = `/api/cycles/${f.cycleId}/releases`;
    for (let round = 0; round < ROUNDS; round++) {
      const calls = agents.flatMap((a, i) => [
        a.post(url, i % 2 ? { governmentIds: [f.govB, f.govA] } : {}),
        a.post(`${url}/withdraw`, { governmentIds: [f.govA, f.govB], reason: `Ronde ${round} agen ${i}` }),
      ]);
      const results = await Promise.all(calls);
      for (const r of results) expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
      const rows = await ctx.database.db
        .select()
        .from(resultReleases)
        .where(eq(resultReleases.cycleId, f.cycleId));
      expect(rows).toHaveLength(2);
      for (const r of rows) {
        const withdrawn = r.withdrawnAt !== null;
        expect(r.withdrawnBy !== null, 'withdrawn_by goes with withdrawn_at').toBe(withdrawn);
        expect(r.withdrawReason !== null, 'the reason goes with withdrawn_at').toBe(withdrawn);
        expect(r.releasedBy).not.toBeNull();
      }
    }
    // Finally one release: both live, the audit log holds one entry per change of state.
    expect((await agents[0]!.post(url, {})).statusCode).toBe(200);
    const rows = await ctx.database.db
      .select()
      .from(resultReleases)
      .where(eq(resultReleases.cycleId, f.cycleId));
    expect(rows.map((r) => r.withdrawnAt)).toEqual([null, null]);
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, f.cycleId));
    const creates = audits.filter((a) => a.action === 'create');
    expect(creates.map((a) => a.governmentId).sort()).toEqual([f.govA, f.govB].sort());
    // Each government alternates released / withdrawn in the log: no state change recorded twice.
    for (const gov of [f.govA, f.govB]) {
      const states = audits
        .filter((a) => a.governmentId === gov)
        .sort((x, y) => x.id - y.id)
        .map((a) => (a.after as { publicRelease: string }).publicRelease);
      expect(states.at(-1)).toBe('dirilis ke publik');
      for (let i = 1; i < states.length; i++) expect(states[i], `${gov} step ${i}`).not.toBe(states[i - 1]);
    }
  }, 120_000);

  it('saves of the same figure at once leave one row', async () => {
    const url = `/api/governments/${f.govB}/official-figures/2023`;
    const scores = [60.1, 61.2, 62.3, 63.4, 64.5, 65.6];
    const results = await Promise.all(
      scores.map((score, i) =>
        agents[i % agents.length]!.request('PUT', url, { score, source: `Agen ${i}` }),
      ),
    );
    for (const r of results) expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    const rows = await ctx.database.db
      .select()
      .from(officialFigures)
      .where(eq(officialFigures.governmentId, f.govB));
    expect(rows).toHaveLength(1);
    expect(scores).toContain(rows[0]!.score);
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'official_figure'));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', ...Array(5).fill('update')].sort());
  }, 60_000);
});
