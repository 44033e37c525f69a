/**
 * Issue 9: the recompute in steps (the recompute job on PGlite, `perTransaction`) scores each step
 * before its write transaction, so PGlite's one connection is not held for the engine's work. An
 * answer changed between that pre-score and the write must still be counted: the transaction reads
 * the answers again under the cycle's lock and scores again when they differ. Both engines.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, governmentResults } from '../../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { inTransaction } from '../../../lib/transaction';
import { makeAssessmentFixture, type AssessmentFixture } from '../common/assessment-fixtures';
import { recomputeCycle, recomputeGovernment } from './scoring.service';

let ctx: TestContext;
let t: Tenant;
let a: AssessmentFixture;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  a = await makeAssessmentFixture(ctx, t);
});
afterAll(async () => ctx.close());

const setVerified = (value: number) =>
  ctx.database.db
    .update(answers)
    .set({
      verifyStatus: 'adjusted',
      verifiedValue: value,
      verifyReason: 'uji langkah',
      verifiedBy: t.userIds.assessor,
      verifiedAt: new Date(),
    })
    .where(eq(answers.id, a.answerId));

const storedScore = async () => {
  const [row] = await ctx.database.db
    .select({ score: governmentResults.score })
    .from(governmentResults)
    .where(and(eq(governmentResults.cycleId, a.cycleId), eq(governmentResults.governmentId, t.governmentId)));
  return row?.score ?? null;
};

describe('recompute in steps (one transaction per government)', () => {
  it('an answer changed between the pre-score and the write is counted, not the pre-score', async () => {
    await setVerified(3);
    await recomputeCycle(ctx.database.db, a.cycleId, 'hitung-ulang', null, { force: true });
    const before = await storedScore();
    expect(before).not.toBeNull();

    const steps: string[][] = [];
    await recomputeCycle(ctx.database.db, a.cycleId, 'hitung-ulang', null, {
      force: true,
      perTransaction: 1,
      beforeStepWrite: async (ids) => {
        steps.push(ids);
        // Another user's edit lands after this government was pre-scored, before its write.
        if (ids.includes(t.governmentId)) await setVerified(0);
      },
    });
    expect(steps.some((ids) => ids.includes(t.governmentId))).toBe(true);
    expect(steps.every((ids) => ids.length === 1)).toBe(true);
    const afterSteps = await storedScore();
    // The change moves the score (so a stale pre-score would show) …
    expect(afterSteps).not.toBe(before);
    // … and what the steps stored is what scoring the current answers gives.
    const fresh = await inTransaction(ctx.database.db, (tx) =>
      recomputeGovernment(tx, a.cycleId, t.governmentId, 'hitung-ulang', null),
    );
    expect(fresh.score).toBe(afterSteps);
  });

  it('with nothing changed in between, the steps store what one transaction stores', async () => {
    await setVerified(2);
    await recomputeCycle(ctx.database.db, a.cycleId, 'hitung-ulang', null, { perTransaction: 1 });
    const stepped = await storedScore();
    await recomputeCycle(ctx.database.db, a.cycleId, 'hitung-ulang', null, {});
    expect(await storedScore()).toBe(stepped);
    expect(stepped).not.toBeNull();
  });
});
