/**
 * (I) The governments' own penilaian mandiri (issue 12): every synthetic government has an
 * internal cycle over all its units and products (server/modules/synth/synth-internal.ts). Measured:
 * the full recompute of one regency's internal cycle in process (against its floor, one GROUP BY
 * over the same answers) and of every government's internal cycle one after another; through the
 * API as the regency's coordinator, the recompute job polled to the end, the internal rapor PDF
 * and the regent's report PDF, each with /api/health probed; and the rapor PDF in a worker of its
 * own for its peak RSS.
 */
import type { Database } from '../server/db/client';
import { recomputeCycle } from '../server/modules/assessments/results/scoring.service';
import type { BenchServer } from './http';
import { memoryOf } from './http';
import { log, median, ms, now, timeRuns } from './lib';
import type { BenchSession } from './pools';
import { benchRecompute } from './recompute';
import type { ResultRow } from './report';
import { api, withHealthProbe, type HeavyFigure } from './workload';

export interface InternalTarget {
  cycleId: string;
  governmentId: string;
  coordinatorEmail: string;
  units: number;
  products: number;
  answers: number;
  /** Every active internal cycle of the synthetic governments. */
  allCycleIds: string[];
}

/** The internal cycle of the picked regency, its coordinator, and every internal cycle of the batch. */
export async function findInternal(
  database: Database,
  officialCycleId: string,
  governmentId: string,
  domain: string,
): Promise<InternalTarget | null> {
  const all = await database.query<{ id: string; owner: string }>(
    `select c.id, c.owner_government_id as owner from cycles c
      join cycle_governments cg on cg.government_id = c.owner_government_id and cg.cycle_id = $1
     where c.kind = 'internal' and c.archived_at is null order by c.owner_government_id`,
    [officialCycleId],
  );
  const mine = all.find((c) => c.owner === governmentId);
  if (!mine) return null;
  const [row] = await database.query<{ email: string; units: number; products: number; answers: number }>(
    `select (select u.email from users u where u.government_id = $2 and u.role = 'gov_coordinator'
               and u.archived_at is null and u.email like $3 order by u.email limit 1) as email,
            (select count(*)::int from cycle_units where cycle_id = $1) as units,
            (select count(*)::int from cycle_products where cycle_id = $1) as products,
            (select count(*)::int from answers where cycle_id = $1) as answers`,
    [mine.id, governmentId, `%@${domain}`],
  );
  if (!row?.email) return null;
  return {
    cycleId: mine.id,
    governmentId,
    coordinatorEmail: row.email,
    units: row.units,
    products: row.products,
    answers: row.answers,
    allCycleIds: all.map((c) => c.id),
  };
}

/** In process: one regency's internal cycle (median of `runs`), then every internal cycle once. */
export async function internalInProcess(
  database: Database,
  t: InternalTarget,
  runs: number,
): Promise<ResultRow[]> {
  const one = await benchRecompute(database, t.cycleId, runs);
  const rows: ResultRow[] = [
    {
      part: 'I',
      measure: `full recompute of one regency's internal cycle, in process (${t.units} units, ${t.products} products, ${t.answers} answers)`,
      figure: `${ms(one.fullMs)} ms`,
      floor: `${ms(one.floorMs)} ms (plain GROUP BY over its answers)`,
      ratio: one.fullMs / one.floorMs,
      target: '≤ 3 s and ≤ 5× floor',
      met: one.fullMs <= 3000 && one.fullMs <= 5 * one.floorMs,
      raw: { ...one, cycleId: t.cycleId },
    },
  ];
  const each: number[] = [];
  const t0 = now();
  for (const id of t.allCycleIds) {
    const s = now();
    await recomputeCycle(database.db, id, 'hitung-ulang', null, { force: false });
    each.push(now() - s);
  }
  const totalMs = now() - t0;
  const floorRuns = await timeRuns(
    Math.max(3, runs),
    () =>
      database.query(
        `select cycle_id, avg(verified_value) from answers where cycle_id = any($1::uuid[]) and not verified_na group by cycle_id`,
        [t.allCycleIds],
      ),
    1,
  );
  const floorMs = median(floorRuns);
  log(`internal: ${t.allCycleIds.length} internal cycles recomputed in ${totalMs.toFixed(0)} ms`);
  rows.push({
    part: 'I',
    measure: `every government's internal cycle recomputed in process, one after another (${t.allCycleIds.length} cycles)`,
    figure: `${ms(totalMs)} ms in all; per cycle median ${ms(median(each))} / max ${ms(Math.max(...each))} ms`,
    floor: `${ms(floorMs)} ms (plain GROUP BY over all their answers)`,
    ratio: totalMs / floorMs,
    target: '–',
    met: null,
    raw: { totalMs, each, floorMs, floorRuns },
  });
  return rows;
}

/** Through the API as the regency's coordinator: the recompute job and the internal rapor PDF. */
export async function internalThroughApi(
  server: BenchServer,
  coordinator: BenchSession,
  t: InternalTarget,
): Promise<HeavyFigure[]> {
  const c = `/api/cycles/${t.cycleId}`;
  const ops: Array<[string, () => Promise<string>]> = [
    [
      "internal cycle's full recompute as the coordinator (POST /cycles/:id/recompute, its job polled to the end)",
      async () => {
        const start = await api(server, `${c}/recompute`, coordinator, { method: 'POST', body: '{}' });
        if (start.status !== 202) return `start ${start.status}`;
        for (;;) {
          await new Promise((r) => setTimeout(r, 50));
          const s = (await (await api(server, `${c}/recompute`, coordinator)).json()) as {
            job: { status: string } | null;
          };
          const status = s.job?.status ?? 'missing';
          if (status !== 'pending' && status !== 'running') return `202, job ${status}`;
        }
      },
    ],
    [
      'internal rapor PDF of the regency as its coordinator (GET …/rapor.pdf)',
      async () => {
        const r = await api(server, `${c}/governments/${t.governmentId}/rapor.pdf`, coordinator);
        return `${r.status}, ${((await r.arrayBuffer()).byteLength / 1024).toFixed(0)} KB`;
      },
    ],
    [
      "the regent's report on the internal cycle as its coordinator (GET …/internal/report.pdf)",
      async () => {
        const r = await api(server, `${c}/internal/report.pdf`, coordinator);
        return `${r.status}, ${((await r.arrayBuffer()).byteLength / 1024).toFixed(0)} KB`;
      },
    ],
  ];
  const out: HeavyFigure[] = [];
  for (const [op, fn] of ops) {
    const r = await withHealthProbe(server, fn);
    const mem = memoryOf(server.pid);
    out.push({
      op,
      ms: r.ms,
      status: r.value,
      worstHealthMs: r.worstHealthMs,
      healthProbes: r.probes,
      rssAfterMb: mem.rss,
      peakRssMb: mem.peak,
    });
    log(`${op}: ${r.ms.toFixed(0)} ms (${r.value}), worst health ${r.worstHealthMs.toFixed(0)} ms`);
  }
  return out;
}

/** The API rows: each with its status, the worst /api/health and the server's RSS after. */
export function internalApiRows(heavy: HeavyFigure[], floorMs: number | null): ResultRow[] {
  return heavy.map((h) => {
    const recompute = h.op.includes('recompute');
    const ok = h.status.startsWith('200') || h.status === '202, job done';
    return {
      part: 'I',
      measure: `${h.op}, with /api/health probed every ~20 ms`,
      figure: `${ms(h.ms)} ms (${h.status}); worst /api/health ${ms(h.worstHealthMs)} ms over ${h.healthProbes} probes; RSS after ${h.rssAfterMb.toFixed(0)} MB`,
      floor: recompute && floorMs !== null ? `${ms(floorMs)} ms (plain GROUP BY over its answers)` : '–',
      ratio: recompute && floorMs ? h.ms / floorMs : NaN,
      target: recompute ? '≤ 3 s, health ≤ 50 ms' : 'health ≤ 50 ms',
      met: ok && h.worstHealthMs <= 50 && (!recompute || h.ms <= 3000),
      raw: h,
    };
  });
}
