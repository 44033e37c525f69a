/**
 * The bench's floors in the server's own configuration (bench/run.ts): the bare constant route,
 * and the same route with the request log at info and at warn (the cost of logging).
 */
import { cannon, cpuMsOf, startServer, type BenchServer, type CannonResult } from './http';
import { log, median } from './lib';
import type { Floor } from './rows';

/** The bare constant route under autocannon (2 s warm-up, then the median of `runs` runs). */
export async function floorRun(server: BenchServer, runs: number, seconds: number): Promise<CannonResult> {
  await cannon(`${server.base}/bench/constant`, null, 2);
  const results: CannonResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await cannon(`${server.base}/bench/constant`, null, seconds));
  const mid = median(results.map((r) => r.requests.average));
  const r = results.find((x) => x.requests.average === mid)!;
  log(`bare route: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms`);
  return r;
}

/**
 * The bare route at the default level (info) and at PATUH_LOG_LEVEL=warn, a fresh server for each
 * run and the two alternating, so drift on a shared machine falls on both alike. Besides req/s,
 * the server's own CPU time per request, which contention disturbs less.
 */
export async function loggingCost(runs: number, seconds: number): Promise<Record<'info' | 'warn', Floor>> {
  const out: Record<'info' | 'warn', Floor[]> = { info: [], warn: [] };
  for (let i = 0; i < runs; i++)
    for (const level of ['info', 'warn'] as const) {
      const server = await startServer(level === 'warn' ? { PATUH_LOG_LEVEL: 'warn' } : {}, level);
      try {
        await cannon(`${server.base}/bench/constant`, null, 2);
        const cpu0 = cpuMsOf(server.pid);
        const r = await cannon(`${server.base}/bench/constant`, null, seconds);
        const cpuUsPerRequest = ((cpuMsOf(server.pid) - cpu0) * 1000) / (r.requests.average * seconds);
        log(
          `bare route at ${level}: ${Math.round(r.requests.average)} req/s, ${cpuUsPerRequest.toFixed(0)} µs CPU/request`,
        );
        out[level].push({ ...r, cpuUsPerRequest });
      } finally {
        await server.stop();
      }
    }
  const mid = (list: Floor[]) => {
    const m = median(list.map((r) => r.requests.average));
    return list.find((r) => r.requests.average === m)!;
  };
  return { info: mid(out.info), warn: mid(out.warn) };
}
