/**
 * The SQL form of the accepted-response rule gives isAccepted's answer for every combination of its
 * three facts (shared/surveys/flags.ts: flagged responses count only once a reviewer accepts them), both
 * engines, so the four queries that use it cannot drift from the page's own "accepted" mark.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAccepted } from '../../../shared/surveys/flags';
import { rowsOf } from '../../db/client';
import { createTestContext, type TestContext } from '../../test/harness';
import { acceptedSql } from './accepted.sql';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
}, 60_000);
afterAll(async () => ctx?.close());

const FLAGS = [[], ['too_fast'], ['device_reuse', 'straight_line']];
const REVIEWS = [null, 'accept', 'exclude'] as const;
const SUPERSEDED = [false, true];
const cases = FLAGS.flatMap((flags) =>
  REVIEWS.flatMap((review) => SUPERSEDED.map((superseded) => ({ flags, review, superseded }))),
);

describe('accepted responses in SQL', () => {
  it(`agrees with isAccepted on all ${cases.length} combinations`, async () => {
    const rows = await Promise.all(
      cases.map(async ({ flags, review, superseded }) => {
        const [row] = rowsOf<{ ok: boolean }>(
          await ctx.database.db.execute(
            sql`select ${acceptedSql({
              flags: sql`${`{${flags.join(',')}}`}::text[]`,
              review: sql`${review}::text`,
              superseded: sql`${superseded}::boolean`,
            })} as ok`,
          ),
        );
        return { flags, review, superseded, ok: row!.ok };
      }),
    );
    expect(rows).toEqual(cases.map((c) => ({ ...c, ok: isAccepted(c.flags, c.review, c.superseded) })));
    // Hand-checked anchors: unflagged and unreviewed counts; flagged counts only once accepted.
    expect(rows.filter((r) => r.ok).length).toBe(4);
  });
});
