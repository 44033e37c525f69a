/**
 * Synthetic follow-up backlog: the count follows the target, every kind and state is there with
 * some overdue and some not, owners are the synthetic PICs, each item's history replays to its
 * status through the state machine, the same seed gives the same rows; and through the real bulk
 * path (COPY on PGlite, one stream at a time) the database holds what the load reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOWUP_KINDS } from '../../../shared/followups/kinds';
import { FOLLOWUP_STATUSES, nextStatus, type FollowupStatus } from '../../../shared/followups/machine';
import { createTestContext, type TestContext } from '../../test/harness';
import { ITEM_COLUMNS, loadFollowups } from './synth-followups';
import { buildModel } from './synth-model';
import type { Row, Sink } from './synth-sink';
import { runSynth } from './synth.service';

function memorySink(): Sink & { tables: Map<string, Row[]> } {
  const tables = new Map<string, Row[]>();
  return {
    kind: 'insert',
    tables,
    begin: async () => undefined,
    commit: async () => undefined,
    rollback: async () => undefined,
    end: async () => undefined,
    async open(table) {
      const rows: Row[] = [];
      tables.set(table, rows);
      return { push: (r) => void rows.push(r), close: async () => rows.length };
    },
  };
}

const col = (name: string) => ITEM_COLUMNS.indexOf(name);
const OPTS = {
  count: 6_000,
  cycleId: '00000000-0000-4000-8000-000000000001',
  indicatorCodes: ['PROSES.1', 'PENGADUAN.3'],
  today: '2026-12-05',
};

describe('synthetic follow-ups (in memory)', () => {
  const model = buildModel('small', 7, 1);
  const sink = memorySink();
  let load: Awaited<ReturnType<typeof loadFollowups>>;
  beforeAll(async () => {
    load = await loadFollowups(model, sink, OPTS);
  });

  it('hits the target with every kind and state, some overdue and some not', () => {
    const items = sink.tables.get('followup_items')!;
    expect(load.items).toBe(items.length);
    expect(items.length).toBeGreaterThan(4_500);
    expect(items.length).toBeLessThan(7_500);
    for (const k of FOLLOWUP_KINDS)
      expect(
        items.some((r) => r[col('kind')] === k),
        k,
      ).toBe(true);
    for (const s of FOLLOWUP_STATUSES) expect(load.byStatus[s], s).toBeGreaterThan(items.length * 0.03);
    const open = items.length - load.byStatus.selesai;
    expect(load.overdue).toBeGreaterThan(open * 0.3);
    expect(load.overdue).toBeLessThan(open);
    const dues = items.map((r) => r[col('due_on')] as string | null).filter((d): d is string => !!d);
    expect(dues.some((d) => d < '2024-01-01') && dues.some((d) => d.startsWith('2025'))).toBe(true);
  });

  it('gives items to the PICs of their units, the coordinator otherwise, the issuer side right', () => {
    const items = sink.tables.get('followup_items')!;
    const pics = new Set(model.users.filter((u) => u.role === 'unit_pic').map((u) => u.id));
    const coordinators = new Set(model.coordinatorOf);
    expect(
      items.every(
        (r) => pics.has(r[col('owner_id')] as string) || coordinators.has(r[col('owner_id')] as string),
      ),
    ).toBe(true);
    expect(items.filter((r) => pics.has(r[col('owner_id')] as string)).length).toBeGreaterThan(
      items.length / 2,
    );
    for (const r of items)
      expect(r[col('issuer')] === 'office', String(r[col('kind')])).toBe(r[col('office_id')] !== null);
    const saran = items.filter((r) => r[col('kind')] === 'saran_perbaikan');
    expect(saran.every((r) => OPTS.indicatorCodes.includes(r[col('indicator_code')] as string))).toBe(true);
  });

  it('writes a history that replays to each status, in order, never verified by the answerer', () => {
    const items = sink.tables.get('followup_items')!;
    const events = sink.tables.get('followup_events')!;
    expect(load.events).toBe(events.length);
    const byItem = new Map<string, Row[]>();
    for (const e of events) byItem.set(e[0] as string, [...(byItem.get(e[0] as string) ?? []), e]);
    const verbs: Record<string, 'answer' | 'send' | 'verify' | 'reopen'> = {
      dijawab: 'answer',
      dikirim: 'send',
      diverifikasi: 'verify',
      dibuka_kembali: 'reopen',
    };
    for (const item of items) {
      const h = byItem.get(item[0] as string)!;
      expect(h[0]![3]).toBe('dibuat');
      let status: FollowupStatus = 'terbuka';
      let answeredBy: unknown = null;
      for (const [i, e] of h.entries()) {
        if (i > 0) expect((e[1] as string) > (h[i - 1]![1] as string)).toBe(true);
        const verb = verbs[e[3] as string];
        if (!verb) continue;
        const part =
          verb === 'verify' || verb === 'reopen'
            ? 'issuer'
            : verb === 'send' || e[5] === 'dikirim'
              ? 'coordinator'
              : 'pic';
        expect(nextStatus(status, verb, part, item[col('kind')] as never)).toBe(e[5]);
        if (verb === 'answer') answeredBy = e[2];
        if (verb === 'verify') expect(e[2]).not.toBe(answeredBy);
        status = e[5] as FollowupStatus;
      }
      expect(item[col('status')]).toBe(status);
      expect(item[col('version')]).toBe(h.length - 1);
    }
  });

  it('is deterministic', async () => {
    const again = memorySink();
    await loadFollowups(model, again, OPTS);
    expect(again.tables.get('followup_items')!.slice(0, 100)).toEqual(
      sink.tables.get('followup_items')!.slice(0, 100),
    );
    expect(again.tables.get('followup_events')!.slice(-100)).toEqual(
      sink.tables.get('followup_events')!.slice(-100),
    );
  });
});

describe('synthetic follow-ups through the bulk path', () => {
  let ctx: TestContext;
  let counts: Record<string, number>;
  beforeAll(async () => {
    ctx = await createTestContext();
    const report = await runSynth(ctx.database, {
      scale: 'small',
      seed: 5,
      complaints: 0,
      surveyResponses: 300,
      followups: 1_500,
    });
    counts = report.counts;
  }, 600_000);
  afterAll(() => ctx.close());

  it('holds the items and their history, the last status row equal to each item’s status', async () => {
    expect(counts.followup_items).toBeGreaterThan(1_000);
    expect(counts.followup_events).toBeGreaterThan(counts.followup_items!);
    const [bad] = await ctx.database.query<{ n: number }>(
      `select count(*)::int as n from followup_items i
        where i.status is distinct from (select e.to_status from followup_events e
          where e.item_id = i.id and e.to_status is not null order by e.id desc limit 1)`,
    );
    expect(bad!.n).toBe(0);
    const [order] = await ctx.database.query<{ n: number }>(
      `select count(*)::int as n from followup_events a join followup_events b
         on b.item_id = a.item_id and b.id > a.id and b.at < a.at`,
    );
    expect(order!.n).toBe(0);
  });
});
