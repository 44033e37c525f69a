/** The benchmark's one table, as Markdown (pasted into docs/PERFORMANCE.md as is). */

export interface ResultRow {
  part: string;
  measure: string;
  figure: string;
  floor: string;
  ratio: number;
  target: string;
  /** null: no target for this row. */
  met: boolean | null;
  raw: unknown;
}

export function renderTable(
  meta: {
    date: string;
    engine: string;
    machine: { nproc: number; ramGb: number; node: string; loadavg: number[] };
    dataset: { scale: string; seed: number; counts: Record<string, number> };
    runs: number;
    seconds: number;
  },
  rows: ResultRow[],
): string {
  const c = meta.dataset.counts;
  const n = (x: number | undefined) => (x ?? 0).toLocaleString('en-US');
  const lines = [
    '',
    `Date ${meta.date} · ${meta.machine.nproc} cores, ${meta.machine.ramGb} GB RAM, Node ${meta.machine.node} · load average at the end ${meta.machine.loadavg.map((x) => x.toFixed(1)).join(' ')}`,
    `Engine: ${meta.engine}`,
    `Dataset (${meta.dataset.scale}, seed ${meta.dataset.seed}): ${n(c.governments)} governments, ${n(c.units)} units, ${n(c.service_products)} products, ${n(c.answers)} answers, ${n(c.evidence)} evidence, ${n(c.users)} accounts`,
    `Medians of ${meta.runs} runs; HTTP runs of ${meta.seconds} s at 50 connections.`,
    '',
    '| # | measure | figure | floor (same run) | figure / floor | target | met |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.part} | ${r.measure} | ${r.figure} | ${r.floor} | ${Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '–'} | ${r.target} | ${r.met === null ? '–' : r.met ? 'yes' : 'no'} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
