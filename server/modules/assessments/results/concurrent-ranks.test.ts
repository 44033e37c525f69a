/**
 * Ranks kept at write time under real concurrency (issue 9). A rank spans every government of a
 * type in the cycle, so an edit of one government moves the ranks of others. On PostgreSQL the
 * test database has a pool of several connections: edits of many governments sent at once run in
 * parallel transactions, ordered by the score-write locks (scoring.repository: cycle row shared,
 * the government's row, then the rank lock of the cycle and type). After every round the stored
 * ranks, peers and scores must equal a from-scratch computation. On PGlite (one connection) the
 * same assertions hold trivially.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, signIn, type Agent, type TestContext } from '../../../test/harness';
import { SYNTH_PASSWORD, runSynth } from '../../synth/synth.service';
import { recomputeCycle } from './scoring.service';

let ctx: TestContext;
let admin: Agent;
let cycleId: string;

const ROUNDS = 4;

beforeAll(async () => {
  ctx = await createTestContext();
  await runSynth(ctx.database, { scale: 'small', seed: 5 });
  admin = await signIn(ctx.app, 'admin@synth.patuh.test', SYNTH_PASSWORD);
  [{ id: cycleId }] = (await ctx.database.query<{ id: string }>('select id from cycles')) as [{ id: string }];
  await ctx.database.query(`update cycles set status = 'verification' where id = $1`, [cycleId]);
}, 180_000);
afterAll(async () => ctx?.close());

/** Stored rank and peers beside the same computed from scratch over the stored scores. */
async function rankMismatches(): Promise<string[]> {
  const rows = await ctx.database.query<{
    government_id: string;
    rank: number | null;
    peers: number | null;
    fresh_rank: number | null;
    fresh_peers: number;
  }>(
    `select gr.government_id, gr.rank, gr.peers,
       case when gr.rounded is null then null
            else (rank() over (partition by g.type order by gr.rounded desc nulls last))::int end as fresh_rank,
       (count(gr.rounded) over (partition by g.type))::int as fresh_peers
     from cycle_governments cg
     join governments g on g.id = cg.government_id
     join government_results gr on gr.cycle_id = cg.cycle_id and gr.government_id = cg.government_id
     where cg.cycle_id = $1`,
    [cycleId],
  );
  expect(rows.length).toBeGreaterThan(10);
  return rows
    .filter((r) => r.rank !== r.fresh_rank || r.peers !== r.fresh_peers)
    .map(
      (r) => `${r.government_id}: rank ${r.rank} ≠ ${r.fresh_rank} or peers ${r.peers} ≠ ${r.fresh_peers}`,
    );
}

/** Every stored government score, rank and peer count, in a stable order. */
const stored = () =>
  ctx.database.query(
    `select government_id, score, rounded, rank, peers from government_results where cycle_id = $1
     order by government_id`,
    [cycleId],
  );

describe('ranks kept at write time', () => {
  it(
    `edits of every government at once, ${ROUNDS} rounds: ranks equal a from-scratch computation`,
    { timeout: 240_000 },
    async () => {
      // One entity-level answer per government: it weighs heavily, so the edits reorder the ranks.
      const targets = await ctx.database.query<{ id: string; government_id: string }>(
        `select distinct on (government_id) id, government_id from answers
         where cycle_id = $1 and unit_id is null order by government_id, md5(id::text)`,
        [cycleId],
      );
      expect(targets.length).toBeGreaterThan(10);
      const ranksBefore = await stored();
      const failures: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const responses = await Promise.all(
          targets.map((t, n) =>
            admin.post(`/api/answers/${t.id}/verify`, {
              action: 'adjust',
              // Values on the 0–3 scale; a different half of the governments goes up each round.
              value: (n + round) % 2 === 0 ? 0 : 3,
              na: false,
              reason: `uji peringkat serentak ${round}`,
            }),
          ),
        );
        for (const r of responses) expect(r.statusCode, r.body).toBe(200);
        failures.push(...(await rankMismatches()).map((m) => `round ${round}: ${m}`));
      }
      expect(failures).toEqual([]);
      const afterEdits = await stored();
      // The edits did move ranks (so the comparison can fail).
      expect(afterEdits.map((r) => (r as { rank: number }).rank)).not.toEqual(
        ranksBefore.map((r) => (r as { rank: number }).rank),
      );
      // And a full recompute finds scores, ranks and peers as the edits left them.
      await recomputeCycle(ctx.database.db, cycleId, 'hitung-ulang', null);
      expect(await stored()).toEqual(afterEdits);
      if (ctx.database.engine === 'postgres') {
        // The requests really ran on several connections at once.
        const pool = (ctx.database.db as unknown as { $client: pg.Pool }).$client;
        expect(pool).toBeInstanceOf(pg.Pool);
        expect(pool.totalCount).toBeGreaterThan(1);
      }
    },
  );

  it('the results table and one result read the stored rank', async () => {
    const [top] = await ctx.database.query<{ government_id: string; rank: number; peers: number }>(
      `select government_id, rank, peers from government_results where cycle_id = $1 and rank is not null
       order by md5(government_id::text) limit 1`,
      [cycleId],
    );
    const one = await admin.get(`/api/cycles/${cycleId}/governments/${top!.government_id}/result`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json<{ rank: number; peers: number }>()).toMatchObject({ rank: top!.rank, peers: top!.peers });
  });
});
