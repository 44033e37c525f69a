/** The realistic workload's rows of the table (docs/PERFORMANCE.md, "Round 3"), with their targets. */
import { cpuText } from './cpu';
import type { CannonResult } from './http';
import type { LoadFigures } from './load';
import { ms } from './lib';
import type { ResultRow } from './report';
import type { EditFigures, HeavyFigure } from './workload';
import { pct } from './workload';

export interface ConfigFigures {
  label: string;
  floor: CannonResult;
  closed: LoadFigures;
  open: Array<{ rate: number } & LoadFigures>;
  rssSteadyMb: number;
  logBytesPerRequest: number;
}

const lat = (f: LoadFigures) =>
  `p50 ${ms(f.p50)} / p90 ${ms(f.p90)} / p99 ${ms(f.p99)} / max ${ms(f.max)} ms; ${pct(f.hitRate)} cache hits${f.errors ? `; ${f.errors} errors` : ''}`;

const byKind = (f: LoadFigures) =>
  Object.entries(f.perKind)
    .map(([kind, k]) => `${kind} ${ms(k.p99)}`)
    .join(', ');

const floorText = (c: CannonResult) => `${Math.round(c.requests.average)} req/s, p99 ${c.latency.p99} ms`;

export function mixRows(c: ConfigFigures, topRate: number): ResultRow[] {
  const rows: ResultRow[] = [];
  const floorRps = c.floor.requests.average;
  rows.push({
    part: 'M',
    measure: `realistic mix, closed loop, 50 connections (${c.label})`,
    figure: `${Math.round(c.closed.rps)} req/s; ${lat(c.closed)}${c.closed.cpu ? `; ${cpuText(c.closed.cpu)}` : ''}`,
    floor: `bare route ${floorText(c.floor)}`,
    ratio: c.closed.rps / floorRps,
    target: '≥ 30 % of the bare route req/s',
    met: c.closed.rps >= 0.3 * floorRps && c.closed.errors === 0,
    raw: c.closed,
  });
  for (const o of c.open)
    rows.push({
      part: 'O',
      measure: `realistic mix, open loop, Poisson ${o.rate} req/s (${c.label})`,
      figure: `${lat(o)}; driver late ≤ ${ms(o.maxSendLagMs ?? NaN)} ms; p99 by kind: ${byKind(o)}`,
      floor: '–',
      ratio: NaN,
      target: o.rate === topRate ? 'p99 ≤ 100 ms' : '–',
      met: o.rate === topRate ? o.p99 <= 100 && o.errors === 0 : null,
      raw: o,
    });
  rows.push({
    part: 'R',
    measure: `server RSS, steady after the mix (${c.label})`,
    figure: `${c.rssSteadyMb.toFixed(0)} MB`,
    floor: '–',
    ratio: NaN,
    target: '≤ 300 MB',
    met: c.rssSteadyMb <= 300,
    raw: { rssSteadyMb: c.rssSteadyMb },
  });
  return rows;
}

export type Floor = CannonResult & { cpuUsPerRequest: number };

export function loggingRow(f: Record<'info' | 'warn', Floor>, logBytesPerRequest: number): ResultRow {
  const cost = 1 - f.info.requests.average / f.warn.requests.average;
  const cpuCost = 1 - f.warn.cpuUsPerRequest / f.info.cpuUsPerRequest;
  const cpu = (x: Floor) => `${x.cpuUsPerRequest.toFixed(0)} µs server CPU per request`;
  return {
    part: 'L',
    measure:
      'request logging on by default: bare route at the default level (info, one line per request) vs PATUH_LOG_LEVEL=warn, alternating fresh servers',
    figure: `${floorText(f.info)}, ${cpu(f.info)} at info (${logBytesPerRequest.toFixed(0)} bytes of log per request in the mix); cost ${pct(Math.max(0, cost))} of req/s, ${pct(Math.max(0, cpuCost))} of CPU per request`,
    floor: `${floorText(f.warn)}, ${cpu(f.warn)} at warn`,
    ratio: f.info.requests.average / f.warn.requests.average,
    target: '≤ 10 % of throughput',
    met: cost <= 0.1,
    raw: { ...f, logBytesPerRequest },
  };
}

export function cacheHitRow(c: CannonResult, route: string, floor: CannonResult): ResultRow {
  return {
    part: 'C',
    measure: `cache hit only: one URL as one user (${route}) — the old single-URL figure, not a user workload`,
    figure: floorText(c),
    floor: `bare route ${floorText(floor)}`,
    ratio: c.requests.average / floor.requests.average,
    target: '–',
    met: null,
    raw: c,
  };
}

export function editRow(e: EditFigures, label: string, rate: number): ResultRow {
  return {
    part: 'E',
    measure: `one edit through the API (POST /answers/:id/verify) visible in the government's score and rank (GET …/result), during the open-loop mix at ${rate} req/s (${label}; ${e.edits} edits${e.failed ? `, ${e.failed} refused` : ''})`,
    figure: `p50 ${ms(e.p50)} / p99 ${ms(e.p99)} / max ${ms(e.max)} ms`,
    floor: `reads meanwhile: ${lat(e.load)}`,
    ratio: NaN,
    target: '≤ 50 ms p99',
    met: e.edits > 0 && e.failed === 0 && e.p99 <= 50,
    raw: e,
  };
}

export function heavyRows(heavy: HeavyFigure[], recomputeFloorMs: number | null): ResultRow[] {
  return heavy.map((h) => {
    if (h.status === 'idle')
      return {
        part: 'H',
        measure: h.op,
        figure: `RSS ${h.rssAfterMb.toFixed(0)} MB (peak so far ${h.peakRssMb.toFixed(0)} MB)`,
        floor: '–',
        ratio: NaN,
        target: 'RSS ≤ 300 MB',
        met: h.rssAfterMb <= 300,
        raw: h,
      };
    const recompute = h.op.startsWith('full recompute');
    const stallOk = h.worstHealthMs <= 50; // issue 9: the worst /api/health during heavy work ≤ 50 ms
    return {
      part: 'H',
      measure: `${h.op} through the API, with /api/health probed every ~20 ms`,
      figure: `${ms(h.ms)} ms (${h.status}); worst /api/health ${ms(h.worstHealthMs)} ms over ${h.healthProbes} probes; RSS after ${h.rssAfterMb.toFixed(0)} MB (peak so far ${h.peakRssMb.toFixed(0)} MB)`,
      floor:
        recompute && recomputeFloorMs !== null
          ? `${ms(recomputeFloorMs)} ms (plain GROUP BY over the answers, part 1)`
          : '–',
      ratio: recompute && recomputeFloorMs ? h.ms / recomputeFloorMs : NaN,
      target: recompute ? '≤ 3 s, ≤ 5× floor, health ≤ 50 ms, RSS ≤ 300 MB' : 'health ≤ 50 ms, RSS ≤ 300 MB',
      met: recompute
        ? h.ms <= 3000 &&
          (recomputeFloorMs === null || h.ms <= 5 * recomputeFloorMs) &&
          stallOk &&
          h.rssAfterMb <= 300
        : stallOk && h.rssAfterMb <= 300,
      raw: h,
    };
  });
}
