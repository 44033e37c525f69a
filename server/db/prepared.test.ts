/**
 * Issue 9: on PostgreSQL each pooled connection prepares a parameterised statement under a name the
 * first time it meets its text (server/db/client.ts prepareOnEveryConnection), so the server parses
 * it once per connection instead of on every call; a statement that starts with PLANNED_PER_CALL,
 * and anything sent without values, stays unnamed. PGlite sends every statement unnamed.
 */
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../lib/transaction';
import { createTestContext, type TestContext } from '../test/harness';
import { PLANNED_PER_CALL, rowsOf, type Connection } from './client';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const prepared = (conn: Connection) =>
  conn.query<{ name: string; statement: string }>('select name, statement from pg_prepared_statements');

describe('statements prepared per connection', () => {
  it('a parameterised select is prepared once under a name and answers every call right', async () => {
    const text = 'select $1::int * 2 as doubled, $2::text as label';
    await ctx.database.withConnection(async (conn) => {
      // Past PostgreSQL's five custom plans, so a generic plan (if chosen) answers too.
      for (let i = 1; i <= 8; i++)
        expect(await conn.query(text, [i, `n${i}`])).toEqual([{ doubled: 2 * i, label: `n${i}` }]);
      const mine = (await prepared(conn)).filter((p) => p.statement === text);
      if (ctx.database.engine === 'postgres') {
        expect(mine).toHaveLength(1);
        expect(mine[0]!.name).toMatch(/^patuh_\d+$/);
      } else {
        expect(mine).toEqual([]);
      }
    });
  });

  it('drizzle’s statements, top level and in a transaction, are named on PostgreSQL', async () => {
    const { db } = ctx.database;
    const probe = (n: number) => sql`select ${n}::int + 40 as answer`;
    for (let i = 0; i < 3; i++) expect(rowsOf(await db.execute(probe(2)))).toEqual([{ answer: 42 }]);
    await inTransaction(db, async (tx) => {
      expect(rowsOf(await tx.execute(probe(3)))).toEqual([{ answer: 43 }]);
      const names = rowsOf<{ name: string }>(
        await tx.execute(
          sql`select name from pg_prepared_statements where statement like ${'%+ 40 as answer'}`,
        ),
      );
      expect(names.length).toBe(ctx.database.engine === 'postgres' ? 1 : 0);
    });
  });

  it('a statement that starts with PLANNED_PER_CALL stays unnamed; so does one without values', async () => {
    await ctx.database.withConnection(async (conn) => {
      const marked = new PgDialect().sqlToQuery(sql`${PLANNED_PER_CALL}select ${7}::int as seven`);
      expect(marked.sql.startsWith('/* planned per call */')).toBe(true);
      expect(await conn.query(marked.sql, marked.params)).toEqual([{ seven: 7 }]);
      expect(await conn.query('select 8 as eight')).toEqual([{ eight: 8 }]);
      // Several statements in one text go by the simple protocol, which a name would break.
      await conn.exec('select 1; select 2');
      const texts = (await prepared(conn)).map((p) => p.statement);
      expect(
        texts.filter((t) => t.includes('seven') || t.includes('eight') || t.includes('select 2')),
      ).toEqual([]);
    });
  });

  it('a failed statement leaves no name behind and the same text works after', async () => {
    const text = 'select 10 / $1::int as q';
    await ctx.database.withConnection(async (conn) => {
      await expect(conn.query(text, [0])).rejects.toThrow(/division by zero/);
      expect(await conn.query(text, [5])).toEqual([{ q: 2 }]);
      expect(await conn.query(text, [2])).toEqual([{ q: 5 }]);
    });
  });
});

describe('one connection, several reads at once', () => {
  it('Promise.all over one transaction: each read answers right, a failure stays its own, no pg warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      await inTransaction(ctx.database.db, async (tx) => {
        // drizzle's queries start when awaited: `.then` starts each now, in this order.
        const reads = Array.from({ length: 6 }, (_, i) =>
          tx.execute(sql`select ${i}::int * 3 as n, pg_sleep(0.01) is null as slept`).then((r) => r),
        );
        const failing = tx.execute(sql`select 1 / ${0}::int as q`).then(
          () => 'answered',
          () => 'failed',
        );
        // The failing statement comes after the six reads, so they all answer before it aborts the transaction.
        const settled = await Promise.allSettled(reads);
        expect(await failing).toBe('failed');
        expect(
          settled.map((r) => (r.status === 'fulfilled' ? rowsOf<{ n: number }>(r.value)[0]!.n : 'x')),
        ).toEqual([0, 3, 6, 9, 12, 15]);
        throw new Error('roll back');
      }).catch((err: Error) => expect(err.message).toBe('roll back'));
      // A deprecation is emitted on the next tick.
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('connection settings', () => {
  it('JIT is off on every pooled PostgreSQL connection; PGlite is built without it', async () => {
    // Five connections at once, so the pool opens new ones rather than reusing one.
    const settings = await Promise.all(
      Array.from({ length: 5 }, () =>
        ctx.database.withConnection(async (conn) => {
          const [row] = await conn.query<{ jit: string; available: boolean; pid: number }>(
            "select current_setting('jit') as jit, pg_jit_available() as available, pg_backend_pid() as pid, pg_sleep(0.05)::text",
          );
          return row!;
        }),
      ),
    );
    if (ctx.database.engine === 'postgres') {
      expect(settings.map((s) => s.jit)).toEqual(['off', 'off', 'off', 'off', 'off']);
      expect(new Set(settings.map((s) => s.pid)).size).toBeGreaterThan(1);
    } else {
      expect(settings.map((s) => s.available)).toEqual([false, false, false, false, false]);
    }
  });
});
