/**
 * The backlog under real concurrency. On PostgreSQL (DB_ENGINE=postgres) the test database has a
 * pool of several connections, so requests sent at once through app.inject run in parallel
 * transactions: two verifiers of one item → one wins, the other gets 409 and no second history row;
 * two bulk sends that overlap → one whole batch wins, the other changes nothing (all or none, no
 * deadlock: rows are locked in id order). On PGlite (one connection) the same assertions hold with
 * the requests serialised.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followupEvents, followupItems } from '../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { insertItems } from './followups.fixture';

let ctx: TestContext;
let t: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

const ROUNDS = 6;

describe('concurrency', () => {
  it('two verifiers at once: one wins, the other 409; one history row', async () => {
    const items = await insertItems(
      ctx,
      t,
      Array.from({ length: ROUNDS }, () => ({ status: 'dikirim' as const })),
    );
    const assessor = await t.as('assessor');
    const head = await t.as('oversight_head');
    for (const item of items) {
      const [a, b] = await Promise.all([
        assessor.post(`/api/followups/${item.id}/verify`, { decision: 'selesai', version: 0 }),
        head.post(`/api/followups/${item.id}/verify`, {
          decision: 'buka_kembali',
          reason: 'Bukti kurang.',
          version: 0,
        }),
      ]);
      expect([a.statusCode, b.statusCode].sort(), `${a.body} ${b.body}`).toEqual([200, 409]);
      const events = await ctx.database.db
        .select()
        .from(followupEvents)
        .where(eq(followupEvents.itemId, item.id));
      expect(events.map((e) => e.action).sort()).toEqual(
        ['dibuat', a.statusCode === 200 ? 'diverifikasi' : 'dibuka_kembali'].sort(),
      );
      const [row] = await ctx.database.db.select().from(followupItems).where(eq(followupItems.id, item.id));
      expect(row).toMatchObject({ version: 1, status: a.statusCode === 200 ? 'selesai' : 'dibuka_kembali' });
    }
  });

  it('two overlapping bulk sends: one batch whole, the other nothing', async () => {
    const coord = await t.as('gov_coordinator');
    for (let round = 0; round < ROUNDS; round++) {
      const [x, y, z] = await insertItems(ctx, t, [
        { status: 'dijawab' },
        { status: 'dijawab' },
        { status: 'dijawab' },
      ]);
      // Opposite orders in the two requests: locking in id order keeps them from deadlocking.
      const [a, b] = await Promise.all([
        coord.post('/api/followups/send', {
          items: [
            { id: x!.id, version: 0 },
            { id: y!.id, version: 0 },
          ],
        }),
        coord.post('/api/followups/send', {
          items: [
            { id: z!.id, version: 0 },
            { id: y!.id, version: 0 },
          ],
        }),
      ]);
      expect([a.statusCode, b.statusCode].sort(), `${a.body} ${b.body}`).toEqual([200, 409]);
      const loser = a.statusCode === 409 ? a : b;
      expect(loser.json().error.details.itemId).toBe(y!.id);
      const rows = await ctx.database.db
        .select()
        .from(followupItems)
        .where(inArray(followupItems.id, [x!.id, y!.id, z!.id]));
      const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
      const won = a.statusCode === 200 ? [x!.id, y!.id] : [z!.id, y!.id];
      const lost = a.statusCode === 200 ? z!.id : x!.id;
      for (const id of won) expect(status[id]).toBe('dikirim');
      expect(status[lost]).toBe('dijawab');
      const sends = await ctx.database.db
        .select()
        .from(followupEvents)
        .where(inArray(followupEvents.itemId, [x!.id, y!.id, z!.id]));
      expect(sends.filter((e) => e.action === 'dikirim')).toHaveLength(2);
    }
  });
});
