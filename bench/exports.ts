/**
 * (4) Exports, each in its own process (bench/export-worker.ts): one government's rapor as .xlsx
 * and PDF (the full rapor data + the reports module's renderers) — time (median) beside its floor, the
 * data read alone, and the worker's peak RSS — and the national results as .xlsx and as PDF (the
 * background job of POST /cycles/:id/results-export run to its end; floor: the ranked rows read in
 * one query).
 * The worker holds only the export, so its peak RSS is what the job adds to a server's baseline.
 */
import { execFile } from 'node:child_process';
import { buildServerBundle } from '../bin/build-server.mjs';
import { promisify } from 'node:util';
import { log, median } from './lib';

const run = promisify(execFile);

export interface ExportFigure {
  export: string;
  ms: number;
  floorMs: number;
  baseRssMb: number;
  peakRssMb: number;
  bytes: number;
  note?: string;
}

/** One export in its own worker process: median time, its floor, bytes and the worker's RSS. */
export async function benchOneExport(
  kind: 'rapor-xlsx' | 'rapor-pdf' | 'national-xlsx' | 'national-pdf',
  name: string,
  cycleId: string,
  governmentId: string,
  runs: number,
  email: string,
): Promise<ExportFigure> {
  // Bundled like `npm start` bundles the server: no transpiler in the measured process.
  const worker = await buildServerBundle('bench/export-worker.ts', 'bench-export-worker');
  const { stdout } = await run(process.execPath, [worker, kind, cycleId, governmentId, String(runs), email], {
    env: process.env,
    maxBuffer: 1 << 20,
    timeout: 600_000,
  });
  const r = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
    ms: number[];
    floorMs: number[];
    bytes: number;
    baseRssMb: number;
    peakRssMb: number;
  };
  log(
    `export ${name}: ${median(r.ms).toFixed(0)} ms, ${r.bytes} bytes, RSS ${r.baseRssMb.toFixed(0)} → peak ${r.peakRssMb.toFixed(0)} MB`,
  );
  return {
    export: name,
    ms: median(r.ms),
    floorMs: median(r.floorMs),
    baseRssMb: r.baseRssMb,
    peakRssMb: r.peakRssMb,
    bytes: r.bytes,
  };
}

export async function benchExports(
  cycleId: string,
  governmentId: string,
  runs: number,
  email: string,
): Promise<ExportFigure[]> {
  const out: ExportFigure[] = [];
  for (const [kind, name] of [
    ['rapor-xlsx', 'rapor of one government (.xlsx)'],
    ['rapor-pdf', 'rapor of one government (PDF)'],
    ['national-xlsx', 'national results (.xlsx, background job)'],
    ['national-pdf', 'national results (PDF, background job)'],
  ] as const)
    out.push(await benchOneExport(kind, name, cycleId, governmentId, runs, email));
  return out;
}
