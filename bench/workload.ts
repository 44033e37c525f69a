/**
 * The phases of the realistic workload against a running bench server (docs/PERFORMANCE.md,
 * "Round 3"): the precheck of the pools, the mix in closed and open loop, edits through the API
 * during an open-loop read load, and the heavy operations (recompute, exports) with the worst
 * /api/health latency and the server's RSS around them.
 */
import { cpuMark, cpuSplit, cpuText } from './cpu';
import type { BenchServer } from './http';
import { memoryOf } from './http';
import { closedLoop, openLoop, seeded, type LoadFigures } from './load';
import { log, now, percentile } from './lib';
import { mixPicker, POOL, type BenchSession, type Pair } from './pools';

export const api = (server: BenchServer, path: string, s: BenchSession | null, init: RequestInit = {}) =>
  fetch(server.base + path, {
    ...init,
    headers: {
      ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}),
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
  });

export const clearCache = async (server: BenchServer) =>
  void (await (await fetch(`${server.base}/bench/cache-clear`)).arrayBuffer());

/**
 * GETs every pair once (8 at a time), adds the next pages of the results URLs marked for it by
 * following nextCursor, and keeps the pairs that answer 200; the rest are counted per role and
 * status (a session that may not see a URL must not be in the mix). Empties the cache after.
 */
export async function precheck(
  server: BenchServer,
  pairs: Pair[],
): Promise<{ kept: Pair[]; dropped: Record<string, number> }> {
  const kept: Pair[] = [];
  const dropped: Record<string, number> = {};
  const queue = [...pairs];
  const one = async (p: Pair) => {
    const res = await api(server, p.path, p.session);
    const body = await res.text();
    if (res.status !== 200) {
      const key = `${p.session.role} ${p.kind} ${res.status}`;
      dropped[key] = (dropped[key] ?? 0) + 1;
      return;
    }
    kept.push({ ...p, followCursor: false });
    if (!p.followCursor) return;
    let next = (JSON.parse(body) as { nextCursor: string | null }).nextCursor;
    for (let page = 2; next && page <= POOL.resultPages; page++) {
      const path = `${p.path}&cursor=${encodeURIComponent(next)}`;
      const r = await api(server, path, p.session);
      if (r.status !== 200) break;
      kept.push({ kind: 'results', path, session: p.session });
      next = ((await r.json()) as { nextCursor: string | null }).nextCursor;
    }
  };
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let p = queue.shift(); p; p = queue.shift()) await one(p);
    }),
  );
  await clearCache(server);
  // The same order every run, whatever order the answers came back in.
  kept.sort((a, b) => (a.path + a.session.email).localeCompare(b.path + b.session.email));
  return { kept, dropped };
}

/** The closed loop at 50 connections, then the open loop at each rate; the cache emptied before each. */
export async function mixRuns(
  server: BenchServer,
  pairs: Pair[],
  seconds: number,
  rates: number[],
): Promise<{ closed: LoadFigures; open: Array<{ rate: number } & LoadFigures> }> {
  const target = { host: server.host, port: server.port };
  await clearCache(server);
  const rClosed = seeded(1);
  const mark = cpuMark(server.pid);
  const closed = await closedLoop(target, mixPicker(pairs, rClosed), 50, seconds);
  closed.cpu = cpuSplit(mark, cpuMark(server.pid), closed.requests);
  log(
    `mix closed loop: ${closed.rps.toFixed(0)} req/s, p99 ${closed.p99.toFixed(0)} ms, hits ${pct(closed.hitRate)}; ${cpuText(closed.cpu)}`,
  );
  const open = [];
  for (const rate of rates) {
    await clearCache(server);
    const r = seeded(rate);
    const m = cpuMark(server.pid);
    const o = await openLoop(target, mixPicker(pairs, r), rate, seconds, r);
    o.cpu = cpuSplit(m, cpuMark(server.pid), o.requests);
    log(
      `mix open loop ${rate}/s: p50 ${o.p50.toFixed(0)}, p99 ${o.p99.toFixed(0)} ms, hits ${pct(o.hitRate)}; ${cpuText(o.cpu)}`,
    );
    open.push({ rate, ...o });
  }
  return { closed, open };
}

export const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export interface EditTarget {
  id: string;
  government_id: string;
  verified_value: number | null;
}

export interface EditFigures {
  edits: number;
  failed: number;
  p50: number;
  p99: number;
  max: number;
  /** The read load that ran meanwhile. */
  load: LoadFigures;
}

/**
 * Edits through the API while the open-loop mix runs at `rate`: per edit, the admin verifies an
 * answer with a new value (POST /api/answers/:id/verify, CSRF header included), then polls the
 * government's result (score, rank, version) until it shows the version the write returned; the
 * latency runs from sending the write to the first read showing it.
 */
export async function editsDuringLoad(
  server: BenchServer,
  admin: BenchSession,
  cycleId: string,
  targets: EditTarget[],
  pairs: Pair[],
  rate: number,
  seconds: number,
): Promise<EditFigures> {
  const target = { host: server.host, port: server.port };
  await clearCache(server);
  const r = seeded(7);
  let loadDone = false;
  const loadRun = openLoop(target, mixPicker(pairs, r), rate, seconds, r).finally(() => (loadDone = true));
  const times: number[] = [];
  let failed = 0;
  await new Promise((res) => setTimeout(res, 500)); // let the read load settle first
  for (const t of targets) {
    if (loadDone) break;
    const t0 = now();
    const res = await api(server, `/api/answers/${t.id}/verify`, admin, {
      method: 'POST',
      body: JSON.stringify({
        action: 'adjust',
        value: ((t.verified_value ?? 0) + 1) % 4,
        na: false,
        reason: 'uji beban (bench)',
      }),
    });
    if (res.status !== 200) {
      failed++;
      if (failed <= 3) log(`edit ${t.id}: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
      continue;
    }
    const { version } = (await res.json()) as { version: number };
    for (;;) {
      const g = await api(server, `/api/cycles/${cycleId}/governments/${t.government_id}/result`, admin);
      const body = (await g.json()) as { version: number; rank: number | null };
      if (g.status === 200 && body.version >= version) break;
      if (now() - t0 > 30_000) throw new Error(`edit ${t.id} not visible after 30 s`);
    }
    times.push(now() - t0);
    await new Promise((res) => setTimeout(res, 100)); // one editor, a pause between edits
  }
  const load = await loadRun;
  return {
    edits: times.length,
    failed,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times.length ? Math.max(...times) : NaN,
    load,
  };
}

export interface HeavyFigure {
  op: string;
  ms: number;
  status: string;
  /** Worst /api/health latency seen while the operation ran (one probe every ~20 ms). */
  worstHealthMs: number;
  healthProbes: number;
  rssAfterMb: number;
  peakRssMb: number;
}

/** Runs `op` while a prober GETs /api/health back to back (20 ms apart); returns the worst latency. */
export async function withHealthProbe<T>(server: BenchServer, op: () => Promise<T>) {
  let running = true;
  let worst = 0;
  let probes = 0;
  const prober = (async () => {
    while (running) {
      const t0 = now();
      await (await fetch(`${server.base}/api/health`)).arrayBuffer();
      worst = Math.max(worst, now() - t0);
      probes++;
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const t0 = now();
  const value = await op();
  const ms = now() - t0;
  running = false;
  await prober;
  return { value, ms, worstHealthMs: worst, probes };
}

/** Full recompute, rapor exports and the national results exports, each through the API. */
/** Seconds the heavy part waits at the end: the workers' idle time (default 10 s) and a margin. */
const IDLE_WAIT_S = Number(process.env.PATUH_WORKER_IDLE_SECONDS ?? 10) + 5;

export async function heavyOps(
  server: BenchServer,
  admin: BenchSession,
  cycleId: string,
  governmentId: string,
): Promise<HeavyFigure[]> {
  const c = `/api/cycles/${cycleId}`;
  const ops: Array<[string, () => Promise<string>]> = [
    [
      'full recompute (POST /cycles/:id/recompute, its job polled to the end)',
      async () => {
        const start = await api(server, `${c}/recompute`, admin, { method: 'POST', body: '{}' });
        if (start.status !== 202) return `start ${start.status}`;
        for (;;) {
          await new Promise((r) => setTimeout(r, 100));
          const s = (await (await api(server, `${c}/recompute`, admin)).json()) as {
            job: { status: string } | null;
          };
          const status = s.job?.status ?? 'missing';
          if (status !== 'pending' && status !== 'running') return `202, job ${status}`;
        }
      },
    ],
    [
      'burst of 10 simultaneous rapor PDFs (GET …/rapor.pdf × 10)',
      async () => {
        const all = await Promise.all(
          Array.from({ length: 10 }, () => api(server, `${c}/governments/${governmentId}/rapor.pdf`, admin)),
        );
        const ok = all.filter((r) => r.status === 200).length;
        await Promise.all(all.map((r) => r.arrayBuffer()));
        return `${ok}/10 × 200`;
      },
    ],
    [
      'rapor PDF of one government (GET …/rapor.pdf)',
      async () => {
        const r = await api(server, `${c}/governments/${governmentId}/rapor.pdf`, admin);
        return `${r.status}, ${((await r.arrayBuffer()).byteLength / 1024).toFixed(0)} KB`;
      },
    ],
    [
      'rapor .xlsx of one government (GET …/rapor.xlsx)',
      async () => {
        const r = await api(server, `${c}/governments/${governmentId}/rapor.xlsx`, admin);
        return `${r.status}, ${((await r.arrayBuffer()).byteLength / 1024).toFixed(0)} KB`;
      },
    ],
    ...(['xlsx', 'pdf'] as const).map(
      (format) =>
        [
          `national results ${format} (POST …/results-export, polled to the end)`,
          async () => {
            const start = await api(server, `${c}/results-export`, admin, {
              method: 'POST',
              body: JSON.stringify({ format }),
            });
            if (start.status !== 202) return `start ${start.status}`;
            const { id } = (await start.json()) as { id: string };
            for (;;) {
              await new Promise((r) => setTimeout(r, 100));
              const s = (await (await api(server, `/api/results-exports/${id}`, admin)).json()) as {
                status: string;
                size?: number | null;
              };
              if (s.status !== 'queued' && s.status !== 'running')
                return `${s.status}${s.size ? `, ${(s.size / 1024).toFixed(0)} KB` : ''}`;
            }
          },
        ] as [string, () => Promise<string>],
    ),
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
    log(
      `${op}: ${r.ms.toFixed(0)} ms (${r.value}), worst health ${r.worstHealthMs.toFixed(0)} ms, RSS ${mem.rss.toFixed(0)} MB`,
    );
  }
  // Issue 9: RSS ≤ 300 MB after the exports. The pool's workers exit after
  // PATUH_WORKER_IDLE_SECONDS (10 s) without work, and the server collects its garbage once no
  // request came for 2 s (server/lib/release-memory.ts): nothing is sent meanwhile, health included.
  await new Promise((r) => setTimeout(r, IDLE_WAIT_S * 1000));
  const mem = memoryOf(server.pid);
  out.push({
    op: `server idle ${IDLE_WAIT_S} s after the heavy operations, no requests (workers exited, garbage collected)`,
    ms: IDLE_WAIT_S * 1000,
    status: 'idle',
    worstHealthMs: 0,
    healthProbes: 0,
    rssAfterMb: mem.rss,
    peakRssMb: mem.peak,
  });
  log(`idle ${IDLE_WAIT_S} s: RSS ${mem.rss.toFixed(0)} MB`);
  return out;
}
