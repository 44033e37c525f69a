/**
 * (3) HTTP under load on loopback: the real app in its own process (bench/server.ts) on a random
 * 127.0.0.1 port, signed in as the synthetic admin; autocannon (another process) with 50
 * connections for `seconds` per run against each listed route and a bare constant route
 * registered only in the bench server. (5) RSS of the server process after the load.
 */
import { execFile, spawn } from 'node:child_process';
import { buildServerBundle, SERVER_NODE_FLAGS, serverEnv } from '../bin/build-server.mjs';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { log, median, now } from './lib';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export interface RouteFigures {
  route: string;
  path: string;
  rps: number;
  p99: number;
  /** Median time of 5 sequential requests (no load), each with the read cache emptied first (cold). */
  sequentialMs: number;
  /** Longest event-loop stall of the server over those 5 cold requests (PGlite runs on the loop). */
  stallMs: number;
  errors: number;
  runs: Array<{ rps: number; p99: number; non2xx: number; errors: number }>;
}

export interface HttpFigures {
  routes: RouteFigures[];
  rssBeforeMb: number;
  rssAfterMb: number;
  peakRssMb: number;
}

interface CannonResult {
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

async function cannon(url: string, cookie: string | null, seconds: number): Promise<CannonResult> {
  const bin = require.resolve('autocannon/autocannon.js');
  // Like a browser, every request accepts gzip (the read cache keeps gzipped copies).
  const args = [bin, '-c', '50', '-d', String(seconds), '-j', '-H', 'accept-encoding=gzip, deflate, br'];
  if (cookie) args.push('-H', `cookie=${cookie}`);
  args.push(url);
  const { stdout } = await run(process.execPath, args, {
    maxBuffer: 16 << 20,
    timeout: (seconds + 60) * 1000,
  });
  return JSON.parse(stdout) as CannonResult;
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * Starts bench/server.ts, bundled like `npm start` bundles the server (plain node, no transpiler
 * in the process), and waits for its port. The caller must have closed a PGlite handle first.
 */
async function startServer(): Promise<{ pid: number; base: string; stop: () => Promise<void> }> {
  const bundle = await buildServerBundle('bench/server.ts', 'bench-server');
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, bundle], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: serverEnv(),
  });
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const { port } = JSON.parse(line) as { port: number };
  return {
    pid: child.pid!,
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function benchHttp(
  login: { email: string; password: string },
  routes: Array<{ route: string; path: string }>,
  opts: { runs: number; seconds: number },
): Promise<HttpFigures> {
  const server = await startServer();
  const { base } = server;
  try {
    const res = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(login),
    });
    if (res.status !== 200) throw new Error(`bench login failed: ${res.status} ${await res.text()}`);
    const session = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('patuh_session='))!
      .split(';')[0]!;
    const rssBeforeMb = memoryOf(server.pid).rss;
    const out: RouteFigures[] = [];
    for (const r of [{ route: 'bare constant route (floor)', path: '/bench/constant' }, ...routes]) {
      const cookie = r.path === '/bench/constant' ? null : session;
      const get = () => fetch(base + r.path, cookie ? { headers: { cookie } } : {});
      const check = await get();
      if (check.status !== 200)
        throw new Error(`${r.path}: HTTP ${check.status} ${(await check.text()).slice(0, 200)}`);
      await fetch(`${base}/bench/stall`);
      const sequential: number[] = [];
      for (let i = 0; i < 5; i++) {
        await (await fetch(`${base}/bench/cache-clear`)).arrayBuffer();
        const t0 = now();
        await (await get()).arrayBuffer();
        sequential.push(now() - t0);
      }
      const { maxStallMs: stallMs } = (await (await fetch(`${base}/bench/stall`)).json()) as {
        maxStallMs: number;
      };
      await cannon(base + r.path, cookie, 2); // warm-up
      const runs = [];
      for (let i = 0; i < opts.runs; i++) {
        const c = await cannon(base + r.path, cookie, opts.seconds);
        runs.push({
          rps: c.requests.average,
          p99: c.latency.p99,
          non2xx: c.non2xx,
          errors: c.errors + c.timeouts,
        });
        log(
          `http ${r.route}: ${Math.round(c.requests.average)} req/s, p99 ${c.latency.p99} ms, non-2xx ${c.non2xx}, errors/timeouts ${c.errors + c.timeouts}`,
        );
      }
      out.push({
        ...r,
        sequentialMs: median(sequential),
        stallMs,
        errors: runs.reduce((a, x) => a + x.errors + x.non2xx, 0),
        rps: median(runs.map((x) => x.rps)),
        p99: median(runs.map((x) => x.p99)),
        runs,
      });
    }
    const mem = memoryOf(server.pid);
    return { routes: out, rssBeforeMb, rssAfterMb: mem.rss, peakRssMb: mem.peak };
  } finally {
    await server.stop();
  }
}
