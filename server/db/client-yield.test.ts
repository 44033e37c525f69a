/**
 * Issue 9: statements awaited one after another in background work (a rapor file's data, a job)
 * must let the server's requests run between them. PGlite runs each statement on this thread and
 * resolved it as a microtask, so such a chain (a rapor file's ~30 reads) was one long task;
 * server/db/client.ts now starts each statement inside `backgroundWork` after a setImmediate. On
 * PostgreSQL every answer arrives through the socket, which yields anyway.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../lib/transaction';
import { createTestContext, type TestContext } from '../test/harness';
import { asBackgroundWork, backgroundWork } from './client';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

/** Counts the event-loop turns (setImmediate callbacks) that ran while `work` ran. */
async function turnsDuring(work: () => Promise<void>): Promise<number> {
  let turns = 0;
  let running = true;
  const turn = () => {
    if (!running) return;
    turns++;
    setImmediate(turn);
  };
  setImmediate(turn);
  await work();
  running = false;
  return turns;
}

const STATEMENTS = 20;

describe('statements of background work yield to the event loop', () => {
  it('between statements awaited one after another, at the top level', async () => {
    const turns = await turnsDuring(() =>
      asBackgroundWork(async () => {
        for (let i = 0; i < STATEMENTS; i++) await ctx.database.db.execute(sql`select ${i}::int as i`);
      }),
    );
    expect(turns).toBeGreaterThanOrEqual(STATEMENTS - 1);
  });

  it('between the statements of a transaction', async () => {
    const turns = await turnsDuring(() =>
      asBackgroundWork(() =>
        inTransaction(ctx.database.db, async (tx) => {
          for (let i = 0; i < STATEMENTS; i++) await tx.execute(sql`select ${i}::int as i`);
        }),
      ),
    );
    expect(turns).toBeGreaterThanOrEqual(STATEMENTS - 1);
  });

  it('marks the work as background only where a PGlite database reads the mark', async () => {
    // PostgreSQL: no AsyncLocalStorage.run, whose promise hook would make every promise of the
    // process dearer from then on (db/client.ts asBackgroundWork).
    const mark = await asBackgroundWork(async () => backgroundWork.getStore());
    expect(mark).toBe(ctx.database.engine === 'pglite' ? true : undefined);
  });
});
