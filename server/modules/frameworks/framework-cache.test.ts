/**
 * The parsed-framework cache (frameworks.sync loadFramework): a hit is checked against the row's
 * updated_at, read by loadFramework itself or given by a caller that read it in its own statement
 * (the score-write lock reads it with the cycle row, so an edit sends no separate check).
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../db/client';
import { frameworks } from '../../db/schema-assessments';
import { inTransaction } from '../../lib/transaction';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { makeAssessmentFixture, type AssessmentFixture } from '../assessments/common/assessment-fixtures';
import { lockCycleShared } from '../assessments/results/scoring.repository';
import { loadFramework } from './frameworks.sync';

let ctx: TestContext;
let t: Tenant;
let f: AssessmentFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  f = await makeAssessmentFixture(ctx, t);
}, 120_000);
afterAll(async () => ctx?.close());

/** An executor that fails the test if anything is sent to the database. */
const untouched = new Proxy({} as Executor, {
  get: () => {
    throw new Error('the database was asked');
  },
});

async function frameworkOfCycle() {
  const locked = await inTransaction(ctx.database.db, (tx) => lockCycleShared(tx, f.cycleId));
  const [row] = await ctx.database.db.select().from(frameworks).where(eq(frameworks.id, locked!.frameworkId));
  return { locked: locked!, row: row! };
}

describe('loadFramework with the stamp read under the cycle lock', () => {
  it('the lock returns the framework row’s updated_at; with it, a cached parse is served without a statement', async () => {
    const { locked, row } = await frameworkOfCycle();
    expect(locked.frameworkStamp?.getTime()).toBe(row.updatedAt.getTime());
    const first = await loadFramework(ctx.database.db, row.id);
    expect(await loadFramework(untouched, row.id, locked.frameworkStamp)).toBe(first);
  });

  it('a moved stamp makes it read and parse the row again (the new definition is used)', async () => {
    const { row } = await frameworkOfCycle();
    const before = await loadFramework(ctx.database.db, row.id);
    // Another process refreshed the version (e.g. a built-in file changed at start).
    const renamed = { ...(row.definition as Record<string, unknown>) };
    renamed.name = { ...(renamed.name as Record<string, string>), id: 'Nama baru (uji cache)' };
    await ctx.database.db
      .update(frameworks)
      .set({ definition: renamed, updatedAt: sql`${frameworks.updatedAt} + interval '1 second'` })
      .where(eq(frameworks.id, row.id));
    const { locked } = await frameworkOfCycle();
    expect(locked.frameworkStamp!.getTime()).toBe(row.updatedAt.getTime() + 1000);
    // The old stamp still names the cached parse; the new one does not.
    expect(await loadFramework(untouched, row.id, row.updatedAt)).toBe(before);
    await expect(loadFramework(untouched, row.id, locked.frameworkStamp)).rejects.toThrow(
      'the database was asked',
    );
    const after = await loadFramework(ctx.database.db, row.id, locked.frameworkStamp);
    expect(after).not.toBe(before);
    expect(after.name.id).toBe('Nama baru (uji cache)');
    // Without a stamp it asks the database, and finds the new parse current.
    expect(await loadFramework(ctx.database.db, row.id)).toBe(after);
  });
});
