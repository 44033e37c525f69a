/**
 * The benchmark's own HTTP load drivers (node:http with keep-alive, in the bench process; the
 * server runs in its own):
 * - closed loop: `connections` workers, each sending its next request when the last answered;
 * - open loop: requests sent on a Poisson schedule at `rate` per second whatever the server does,
 *   each latency counted from its SCHEDULED send time, so queueing in the server (or a late
 *   driver) shows in the figures instead of silently lowering the offered rate (coordinated omission).
 * Every request picks a (session, URL) pair from the mix.
 */
import http from 'node:http';
import type { Kind, Pair } from './pools';
import type { CpuSplit } from './cpu';
import { now, percentile } from './lib';

export interface Target {
  host: string;
  port: number;
}

export interface Sample {
  kind: Kind | 'floor';
  ms: number;
  status: number;
  hit: boolean;
}

export interface LoadFigures {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  /** Share of answers served from the read cache (x-patuh-cache: hit). */
  hitRate: number;
  /** p99 per kind of request. */
  perKind: Record<string, { n: number; p50: number; p99: number }>;
  /** Open loop only: the offered rate and the longest the driver itself sent late. */
  offeredRps?: number;
  maxSendLagMs?: number;
  /** Where the machine's CPU went during the run (bench/cpu.ts), when the bench measured it. */
  cpu?: CpuSplit;
}

/** One GET with the pair's session; resolves when the body has been read. */
export function get(
  agent: http.Agent,
  target: Target,
  path: string,
  cookie: string | null,
): Promise<{ status: number; hit: boolean; body: Buffer }> {
  return new Promise((resolve) => {
    const headers: http.OutgoingHttpHeaders = { 'accept-encoding': 'gzip, deflate, br' };
    if (cookie) headers.cookie = cookie;
    const req = http.request({ agent, host: target.host, port: target.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          hit: res.headers['x-patuh-cache'] === 'hit',
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', () => resolve({ status: 0, hit: false, body: Buffer.alloc(0) }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, hit: false, body: Buffer.alloc(0) }));
    req.end();
  });
}

export function summarize(samples: Sample[], seconds: number): LoadFigures {
  const ms = samples.map((s) => s.ms);
  const perKind: LoadFigures['perKind'] = {};
  for (const kind of new Set(samples.map((s) => s.kind))) {
    const k = samples.filter((s) => s.kind === kind).map((s) => s.ms);
    perKind[kind] = { n: k.length, p50: percentile(k, 50), p99: percentile(k, 99) };
  }
  return {
    requests: samples.length,
    seconds,
    rps: samples.length / seconds,
    p50: percentile(ms, 50),
    p90: percentile(ms, 90),
    p99: percentile(ms, 99),
    max: ms.length ? ms.reduce((a, b) => (b > a ? b : a), -Infinity) : NaN,
    errors: samples.filter((s) => s.status < 200 || s.status >= 300).length,
    hitRate: samples.length ? samples.filter((s) => s.hit).length / samples.length : 0,
    perKind,
  };
}

/** Closed loop: `connections` workers for `seconds`, each request a pick from the mix. */
export async function closedLoop(
  target: Target,
  pick: () => Pick<Pair, 'kind' | 'path'> & { session: { cookie: string } | null },
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const samples: Sample[] = [];
  const t0 = now();
  const end = t0 + seconds * 1000;
  const worker = async () => {
    while (now() < end) {
      const p = pick();
      const s = now();
      const r = await get(agent, target, p.path, p.session?.cookie ?? null);
      samples.push({ kind: p.kind, ms: now() - s, status: r.status, hit: r.hit });
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  return summarize(samples, (now() - t0) / 1000);
}

/**
 * Open loop: Poisson arrivals at `rate` per second for `seconds` (exponential gaps from a seeded
 * generator); each request goes out at its scheduled time on its own connection if need be (up
 * to 1,000 open), and its latency runs from that scheduled time to the end of the body.
 */
export async function openLoop(
  target: Target,
  pick: () => Pair,
  rate: number,
  seconds: number,
  random: () => number = Math.random,
): Promise<LoadFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
  const samples: Sample[] = [];
  const inflight: Promise<void>[] = [];
  const t0 = now();
  let due = t0;
  let maxLag = 0;
  const schedule: number[] = [];
  for (let t = 0; ;) {
    t += (-Math.log(1 - random()) / rate) * 1000;
    if (t >= seconds * 1000) break;
    schedule.push(t0 + t);
  }
  for (const at of schedule) {
    due = at;
    const wait = due - now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    maxLag = Math.max(maxLag, now() - due);
    const p = pick();
    const scheduled = due;
    inflight.push(
      get(agent, target, p.path, p.session.cookie).then((r) => {
        samples.push({ kind: p.kind, ms: now() - scheduled, status: r.status, hit: r.hit });
      }),
    );
  }
  await Promise.all(inflight);
  agent.destroy();
  return { ...summarize(samples, seconds), offeredRps: schedule.length / seconds, maxSendLagMs: maxLag };
}

/** A seeded uniform generator (mulberry32) so every configuration gets the same arrivals and picks. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
