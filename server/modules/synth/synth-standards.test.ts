/**
 * Synthetic standards: every product's state follows the government's quality with the shares
 * of standardStateFor, the same seed gives the same rows, every content is a valid standard, the
 * version rules hold, and the rows load through the real bulk path (COPY on PGlite) and read back
 * through the one completeness rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StandardContentSchema } from '../../../shared/contracts/standards';
import { productCompleteness } from '../../../shared/standards/completeness';
import { createTestContext, type TestContext } from '../../test/harness';
import { todayWib } from '../complaints/complaints.create';
import { buildModel } from './synth-model';
import type { Row, Sink } from './synth-sink';
import { loadStandards, STANDARD_COLUMNS_SQL, standardStateFor } from './synth-standards';
import { runSynth, type SynthReport } from './synth.service';

/** A sink that keeps the rows in memory, per table. */
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

const TODAY = '2026-12-05';
const col = (name: string) => STANDARD_COLUMNS_SQL.indexOf(name);

describe('standardStateFor', () => {
  it.each([
    [0, 1, 'none'],
    [0.019, 1, 'none'],
    [0.021, 1, 'draf'],
    [0.11, 0, 'none'], // a weak government: 12 % none
    [0.5, 1, 'lengkap'],
    [0.999, 0, 'lengkap'],
    [0.2, 1, 'tidak_lengkap'], // 0.02+0.06+0.03 = 0.11 … 0.21
    [0.22, 1, 'kedaluwarsa'],
  ] as const)('r=%s quality=%s → %s', (r, q, state) => {
    expect(standardStateFor(r, q)).toBe(state);
  });
});

describe('synthetic standards (in memory)', () => {
  const model = buildModel('small', 7, 1);
  let sink: ReturnType<typeof memorySink>;
  beforeAll(async () => {
    sink = memorySink();
    await loadStandards(model, sink, TODAY);
  });

  it('is deterministic by seed', async () => {
    const again = memorySink();
    await loadStandards(buildModel('small', 7, 1), again, TODAY);
    expect(again.tables.get('service_standards')).toEqual(sink.tables.get('service_standards'));
    const other = memorySink();
    await loadStandards(buildModel('small', 8, 1), other, TODAY);
    expect(other.tables.get('service_standards')).not.toEqual(sink.tables.get('service_standards'));
  });

  it('gives products every state in realistic shares, valid content, one set and one open version each', () => {
    const rows = sink.tables.get('service_standards')!;
    const byProduct = new Map<string, Row[]>();
    for (const r of rows)
      byProduct.set(r[col('product_id')] as string, [
        ...(byProduct.get(r[col('product_id')] as string) ?? []),
        r,
      ]);
    const states = new Map<string, number>();
    for (const p of model.products) {
      const mine = byProduct.get(p.id) ?? [];
      expect(mine.filter((r) => r[col('status')] === 'ditetapkan').length).toBeLessThanOrEqual(1);
      expect(mine.filter((r) => r[col('status')] !== 'ditetapkan').length).toBeLessThanOrEqual(1);
      const set = mine.find((r) => r[col('status')] === 'ditetapkan');
      const open = mine.find((r) => r[col('status')] !== 'ditetapkan');
      for (const r of mine)
        expect(StandardContentSchema.safeParse(JSON.parse(r[col('content')] as string)).success).toBe(true);
      const c = productCompleteness(
        {
          current: set
            ? {
                content: JSON.parse(set[col('content')] as string),
                reviewDate: set[col('review_date')] as string,
                published: set[col('published_at')] !== null,
              }
            : null,
          draft: open ? { content: JSON.parse(open[col('content')] as string) } : null,
        },
        TODAY,
      );
      states.set(c.state, (states.get(c.state) ?? 0) + 1);
    }
    const n = model.products.length;
    expect(n).toBeGreaterThan(300);
    const share = (s: string) => (states.get(s) ?? 0) / n;
    expect(share('belum_ada')).toBeGreaterThan(0.01);
    expect(share('belum_ada')).toBeLessThan(0.15);
    expect(share('draf')).toBeGreaterThan(0.04);
    expect(share('tidak_lengkap')).toBeGreaterThan(0.07);
    expect(share('kedaluwarsa')).toBeGreaterThan(0.03);
    expect(share('lengkap')).toBeGreaterThan(0.4);
    const maklumat = sink.tables.get('unit_maklumat')!;
    expect(maklumat.length / model.units.length).toBeGreaterThan(0.6);
    expect(maklumat.length).toBeLessThan(model.units.length);
  });
});

describe('synthetic standards (loaded)', () => {
  let ctx: TestContext;
  let report: SynthReport;
  beforeAll(async () => {
    ctx = await createTestContext();
    report = await runSynth(ctx.database, { scale: 'small', seed: 5, complaints: 0 });
  }, 300_000);
  afterAll(async () => ctx?.close());

  it('writes the rows through the bulk path, json intact', async () => {
    const phase = report.phases.find((p) => p.phase === 'service standards and maklumat')!;
    expect(phase.rows).toBe(report.counts.service_standards! + report.counts.unit_maklumat!);
    expect(report.counts.service_standards).toBeGreaterThan(300);
    const [row] = await ctx.database.query<{ n: number; stale: number; reqs: number }>(
      `select count(*)::int as n,
              count(*) filter (where status = 'ditetapkan' and review_date < $1::date)::int as stale,
              count(*) filter (where jsonb_array_length(content->'persyaratan') > 0)::int as reqs
         from service_standards`,
      [todayWib()],
    );
    expect(row!.n).toBe(report.counts.service_standards);
    expect(row!.stale).toBeGreaterThan(0);
    expect(row!.reqs).toBeGreaterThan(row!.n / 2);
    const [text] = await ctx.database.query<{ dasar: string }>(
      `select content->>'dasar_hukum' as dasar from service_standards where content ? 'dasar_hukum' limit 1`,
    );
    expect(text!.dasar.split('\n')).toHaveLength(3);
  });
});
