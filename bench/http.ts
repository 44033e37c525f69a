/**
 * The bench's server process and the bare-route load: bench/server.ts bundled like `npm start`
 * bundles the server (plain node, no transpiler in the process) on a free 127.0.0.1 port, its
 * stdout (the request log) sent to a file by the OS, and autocannon (another process) for the
 * bare constant route, the throughput ceiling of the server in the same configuration.
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { buildServerBundle, root, SERVER_NODE_FLAGS, serverEnv } from '../bin/build-server.mjs';
import { ticksOf } from './cpu';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

export interface CannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** autocannon, 50 connections for `seconds`, like a browser accepting gzip. */
export async function cannon(url: string, cookie: string | null, seconds: number): Promise<CannonResult> {
  const bin = require.resolve('autocannon/autocannon.js');
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
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** CPU time (user + system) a process has used so far, in ms (Linux clock ticks of 10 ms). */
export function cpuMsOf(pid: number): number {
  return ticksOf(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')) * 10;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface BenchServer {
  pid: number;
  base: string;
  host: string;
  port: number;
  /** Bytes the server has written to stdout (its log) so far. */
  logBytes: () => number;
  stop: () => Promise<void>;
}

/**
 * Starts bench/server.ts with the caller's environment plus `env` (e.g. PATUH_READ_CACHE_SECONDS=0
 * or PATUH_LOG_LEVEL=warn: the knobs a deployment sets, nothing bench-only), and waits until
 * /api/health answers. The caller must have closed a PGlite handle first.
 */
export async function startServer(env: Record<string, string>, label: string): Promise<BenchServer> {
  const bundle = await buildServerBundle('bench/server.ts', 'bench-server');
  const port = await freePort();
  const logFile = path.join(os.tmpdir(), `patuh-bench-${process.pid}-${label}.log`);
  const out = fs.openSync(logFile, 'w');
  // As bin/start.mjs spawns the server: same node flags, same environment, project root as cwd.
  // BENCH_SERVER_FLAGS adds node flags for a probe (e.g. --cpu-prof), never set by `npm run bench`.
  const extra = (process.env.BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...extra, bundle], {
    cwd: root,
    stdio: ['ignore', out, 'inherit'],
    env: serverEnv({ ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }),
  });
  fs.closeSync(out);
  let exited = false;
  child.once('exit', () => (exited = true));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exited) throw new Error(`bench server exited (log: ${logFile})`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 1200) throw new Error('bench server did not answer /api/health within 120 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid!,
    base,
    host: '127.0.0.1',
    port,
    logBytes: () => fs.statSync(logFile).size,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => {
          fs.rmSync(logFile, { force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
