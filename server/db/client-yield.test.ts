/**
 * Issue 9: statements awaited one after another must let the server's other work run between
 * them. PGlite runs each statement on this thread and resolved it as a microtask, so a chain of
 * reads (a rapor file's ~30) was one long task; server/db/client.ts now starts each statement after
 * a setImmediate. On PostgreSQL every answer arrives through the socket, which yields anyway.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness';
import { inTransaction } from '../lib/transaction';
import { sql } from 'drizzle-orm';

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

describe('statements yield to the event loop', () => {
  it('between statements awaited one after another, at the top level', async () => {
    const turns = await turnsDuring(async () => {
      for (let i = 0; i < 20; i++) await ctx.database.db.execute(sql`select ${i}::int as i`);
    });
    expect(turns).toBeGreaterThanOrEqual(19);
  });

  it('between the statements of a transaction', async () => {
    const turns = await turnsDuring(() =>
      inTransaction(ctx.database.db, async (tx) => {
        for (let i = 0; i < 20; i++) await tx.execute(sql`select ${i}::int as i`);
      }),
    );
    expect(turns).toBeGreaterThanOrEqual(19);
  });
});
