/**
 * Measures whether the server keeps answering while heavy work runs: polls GET /api/health over
 * real HTTP every ~20 ms (app.inject would run inside the stalled loop and hide the stall) and
 * samples the process's RSS.
 */
import type { FastifyInstance } from 'fastify';

export interface LoopFigures {
  requests: number;
  worstMs: number;
  /** When the worst answer was sent, in ms after the probe started (to tell which phase stalled). */
  worstAtMs: number;
  p50Ms: number;
  baseRssMb: number;
  peakRssMb: number;
}

const mb = (n: number) => n / 1024 / 1024;

/** Starts polling `app` (listening on a random port first if it is not yet). Call `stop` for the figures. */
export async function probeLoop(app: FastifyInstance, everyMs = 20) {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server address unknown');
  const url = `http://127.0.0.1:${address.port}/api/health`;
  const latencies: number[] = [];
  const started = performance.now();
  let worst = 0;
  let worstAt = 0;
  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  let running = true;
  // Latency counts from when the request was due (the previous answer + `everyMs`), not from when
  // the timer got to run: a loop blocked between two requests delays the timer, and that is a stall.
  // After `stop` the loop sends one more request, so a stall at the very end is measured too.
  const loop = (async () => {
    let due = performance.now();
    for (;;) {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`health answered ${res.status}`);
      const now = performance.now();
      const ms = now - due;
      if (ms > worst) [worst, worstAt] = [ms, due - started];
      latencies.push(ms);
      if (!running) break;
      due = now + everyMs;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop(): Promise<LoopFigures> {
      running = false;
      await loop;
      clearInterval(sampler);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        requests: latencies.length,
        worstMs: Math.round(sorted.at(-1) ?? 0),
        worstAtMs: Math.round(worstAt),
        p50Ms: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
        baseRssMb: Math.round(mb(baseRss)),
        peakRssMb: Math.round(mb(peakRss)),
      };
    },
  };
}
