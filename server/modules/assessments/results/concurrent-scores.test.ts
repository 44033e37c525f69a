/**
 * Score writes under real concurrency (issue 8 finding 4). On PostgreSQL the test database has a
 * pool of several connections, so requests sent at once through app.inject run in parallel
 * transactions: the stored scores must still equal a full recompute, score versions must stay
 * unique, and two phase changes sent at once must make one transition. On PGlite (one connection)
 * the same assertions hold trivially; the race is only exercised on PostgreSQL.
 */
import { and, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import {
  answers,
  cycles,
  governmentResults,
  productResults,
  unitResults,
} from '../../../db/schema-assessments';
import { inTransaction } from '../../../lib/transaction';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { loadFramework } from '../../frameworks/frameworks.sync';
import { makeAssessmentFixture, PHASE_DATES, type AssessmentFixture } from '../common/assessment-fixtures';
import { governmentAnswers } from './scoring.repository';
import { recomputeGovernment, scoreRows } from './scoring.service';

let ctx: TestContext;
let t: Tenant;
let f: AssessmentFixture;

/** Concurrent requests per round, and rounds. */
const N = 24;
const ROUNDS = 5;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  f = await makeAssessmentFixture(ctx, t);
  const head = await t.as('oversight_head');
  const res = await head.post(`/api/cycles/${f.cycleId}/advance`, { to: 'verification' });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(async () => ctx.close());

interface VerificationItem {
  answerId: string;
  unitId: string | null;
  productId: string | null;
  scaleMin: number;
  scaleMax: number;
}

/** What a full recompute from the stored answers gives, beside what is stored. */
async function storedAndRecomputed() {
  const db = ctx.database.db;
  const [cycle] = await db.select().from(cycles).where(eq(cycles.id, f.cycleId));
  const framework = await loadFramework(db, cycle!.frameworkId);
  const rows = await governmentAnswers(db, f.cycleId, t.governmentId);
  const { score } = scoreRows(framework, rows, { status: cycle!.status, governmentType: 'lembaga' });
  const scoped = <T extends { cycleId: unknown; governmentId: unknown }>(table: T) =>
    and(eq(table.cycleId as never, f.cycleId), eq(table.governmentId as never, t.governmentId));
  const [gov] = await db.select().from(governmentResults).where(scoped(governmentResults));
  const units = await db.select().from(unitResults).where(scoped(unitResults));
  const products = await db.select().from(productResults).where(scoped(productResults));
  return { score, gov: gov!, units, products };
}

/** Number of stored scores (entity, units, products) that differ from the recompute. */
async function mismatches(): Promise<string[]> {
  const { score, gov, units, products } = await storedAndRecomputed();
  const off = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined ? a !== b : Math.abs(a - b) > 1e-9;
  const out: string[] = [];
  if (off(gov.score, score.score)) out.push(`government ${gov.score} ≠ ${score.score}`);
  for (const u of score.units) {
    const row = units.find((r) => r.unitId === u.unit);
    if (off(row?.score, u.score)) out.push(`unit ${u.unit} ${row?.score} ≠ ${u.score}`);
  }
  for (const p of score.products) {
    const row = products.find((r) => r.productId === p.product);
    if (off(row?.score, p.score)) out.push(`product ${p.product} ${row?.score} ≠ ${p.score}`);
  }
  return out;
}

describe('concurrent score writes', () => {
  it(
    `${N} verifications at once on one government, ${ROUNDS} rounds: stored scores equal a full recompute`,
    { timeout: 120_000 },
    async () => {
      const assessor = await t.as('assessor');
      const list = await assessor.get(`/api/cycles/${f.cycleId}/governments/${t.governmentId}/verification`);
      expect(list.statusCode, list.body).toBe(200);
      const items = list.json<{ items: VerificationItem[] }>().items;
      // Items from every unit and the entity level, so the unit and product roll-ups race too.
      const picked = [...items].sort((a, b) => a.answerId.localeCompare(b.answerId)).slice(0, N);
      expect(picked).toHaveLength(N);
      expect(new Set(picked.map((i) => i.unitId)).size).toBeGreaterThan(1);
      const failures: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const responses = await Promise.all(
          picked.map((item, n) =>
            assessor.post(`/api/answers/${item.answerId}/verify`, {
              action: 'adjust',
              value: (n + round) % 3 === 0 ? item.scaleMin : item.scaleMax,
              na: false,
              reason: `Uji serentak putaran ${round}`,
            }),
          ),
        );
        for (const r of responses) expect(r.statusCode, r.body).toBe(200);
        failures.push(...(await mismatches()).map((m) => `round ${round}: ${m}`));
      }
      expect(failures).toEqual([]);
      if (ctx.database.engine === 'postgres') {
        // The requests really ran on several connections at once.
        const pool = (ctx.database.db as unknown as { $client: pg.Pool }).$client;
        expect(pool).toBeInstanceOf(pg.Pool);
        expect(pool.totalCount).toBeGreaterThan(1);
      }
    },
  );

  it(`${N} versioned recomputes at once write ${N} distinct versions, the last one on the results row`, async () => {
    const db = ctx.database.db;
    const before = (await storedAndRecomputed()).gov.version;
    await Promise.all(
      Array.from({ length: N }, () =>
        inTransaction(db, (tx) =>
          recomputeGovernment(tx, f.cycleId, t.governmentId, 'hitung-ulang', null, { force: true }),
        ),
      ),
    );
    const versions = await ctx.database.query<{ version: number }>(
      'select version from score_versions where cycle_id = $1 and government_id = $2 order by version',
      [f.cycleId, t.governmentId],
    );
    const numbers = versions.map((v) => v.version);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.slice(-N)).toEqual(Array.from({ length: N }, (_, i) => before + i + 1));
    expect((await storedAndRecomputed()).gov.version).toBe(before + N);
  });

  it('two answers to one appeal sent at once make one decision, which records one score version', async () => {
    const db = ctx.database.db;
    await db
      .update(answers)
      .set({ verifyStatus: 'adjusted', verifiedValue: 0, verifyReason: 'Uji banding' })
      .where(eq(answers.id, f.answerId));
    await db.update(cycles).set({ status: 'appeal' }).where(eq(cycles.id, f.cycleId));
    const before = (await storedAndRecomputed()).gov.version;
    const assessor = await t.as('assessor');
    const results = await Promise.all([
      assessor.post(`/api/appeals/${f.appealId}/respond`, { decision: 'reject', response: 'Bukti kurang' }),
      assessor.post(`/api/appeals/${f.appealId}/respond`, {
        decision: 'reject',
        response: 'Bukti tidak ada',
      }),
    ]);
    expect(results.map((r) => r.statusCode).sort(), results.map((r) => r.body).join('\n')).toEqual([
      200, 409,
    ]);
    // A rejection is a decision too: the history gets its version.
    expect(results.find((r) => r.statusCode === 200)!.json()).toMatchObject({
      status: 'rejected',
      version: before + 1,
    });
    const history = await ctx.database.query<{ version: number; reason: string }>(
      'select version, reason from score_versions where cycle_id = $1 and government_id = $2 and version > $3',
      [f.cycleId, t.governmentId, before],
    );
    expect(history).toEqual([{ version: before + 1, reason: 'banding' }]);
  });

  it('two advances sent at once make one transition; the other gets 409', async () => {
    const head = await t.as('oversight_head');
    const created = await head.post('/api/cycles', {
      year: 2025,
      name: 'Siklus Serentak',
      frameworkId: 'ombudsman-2022-2024',
      ...PHASE_DATES,
    });
    expect(created.statusCode, created.body).toBe(201);
    const cycleId = created.json<{ id: string }>().id;
    const add = await head.post(`/api/cycles/${cycleId}/governments`, { governmentIds: [t.governmentId] });
    expect(add.statusCode, add.body).toBe(200);
    const sample = await head.post(`/api/cycles/${cycleId}/governments/${t.governmentId}/sample/default`);
    expect(sample.statusCode, sample.body).toBe(200);
    for (const to of ['self_assessment', 'verification'] as const) {
      const results = await Promise.all([
        head.post(`/api/cycles/${cycleId}/advance`, { to }),
        head.post(`/api/cycles/${cycleId}/advance`, { to }),
      ]);
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes, results.map((r) => r.body).join('\n')).toEqual([200, 409]);
      const loser = results.find((r) => r.statusCode === 409)!;
      expect(loser.json().error.code).toBe('CONFLICT');
      const [row] = await ctx.database.db.select().from(cycles).where(eq(cycles.id, cycleId));
      expect(row!.status).toBe(to);
      const audits = await ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'cycle'), eq(auditLog.entityId, cycleId)));
      expect(audits.filter((a) => (a.after as { status?: string } | null)?.status === to)).toHaveLength(1);
    }
  });
});
