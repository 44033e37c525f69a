/**
 * The request log's cost in isolation (docs/PERFORMANCE.md, "Logging"): the app's logger options
 * and request-log plugin on a bare route, autocannon at 50 connections, log at info (one line per
 * request, buffered as `npm start` writes it; and 'info-sync', one write per line) against warn (none), alternated so both see the same machine load. The server runs in
 * its own process with its stdout (the log) sent to a file, as the bench server does:
 * `npx tsx bench/probe-log.ts` (SECONDS, ROUNDS).
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController } from 'fastify';
import { cannon, cpuMsOf } from './http';
import { loggerOptions } from '../server/plugins/errors-log';
import { logDestination, requestLogPlugin } from '../server/plugins/request-log.plugin';

type Mode = 'info' | 'info-sync' | 'warn';

/**
 * As buildApp configures its logger for `npm start`; 'info-sync' is the former setup (pino's
 * generic path for the line, one blocking write per line).
 */
async function serve(mode: Mode) {
  const level = mode === 'warn' ? 'warn' : 'info';
  const stream = mode === 'info-sync' ? undefined : logDestination();
  const app = Fastify({
    logger: loggerOptions(stream ? { stream } : true, level),
    logController: new LogController({ disableRequestLogging: true }),
  });
  await app.register(requestLogPlugin, { stream });
  app.get('/c', async () => ({ ok: true }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}

if (process.argv[2] === 'serve') {
  const app = await serve(process.argv[3] as Mode);
  process.send!((app.server.address() as { port: number }).port);
} else {
  const seconds = Number(process.env.SECONDS ?? 5);
  const results: Record<Mode, number[]> = { info: [], 'info-sync': [], warn: [] };
  // The server's CPU time per request: less shaken by a busy machine than req/s.
  const cpu: Record<Mode, number[]> = { info: [], 'info-sync': [], warn: [] };
  for (let round = 0; round < Number(process.env.ROUNDS ?? 3); round++) {
    for (const level of ['info', 'info-sync', 'warn'] as const) {
      // The server in its own process, its stdout (the log) to a file; autocannon in a third.
      const out = fs.openSync(path.join(os.tmpdir(), `patuh-probe-log-${level}.txt`), 'w');
      const child = fork(fileURLToPath(import.meta.url), ['serve', level], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', out, 'inherit', 'ipc'],
      });
      const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve(Number(m))));
      const cpu0 = cpuMsOf(child.pid!);
      const r = await cannon(`http://127.0.0.1:${port}/c`, null, seconds);
      const cpuUs = ((cpuMsOf(child.pid!) - cpu0) * 1000) / (r.requests.average * seconds);
      results[level]!.push(r.requests.average);
      cpu[level].push(cpuUs);
      child.kill();
      fs.closeSync(out);
      process.stderr.write(
        `${level}: ${r.requests.average.toFixed(0)} req/s, ${cpuUs.toFixed(1)} µs CPU/request\n`,
      );
    }
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
  const warn = median(results.warn);
  const warnCpu = median(cpu.warn);
  for (const mode of ['info', 'info-sync'] as const) {
    const rps = median(results[mode]);
    const us = median(cpu[mode]);
    process.stderr.write(
      `median ${mode} ${rps.toFixed(0)} / warn ${warn.toFixed(0)} req/s: cost ${((1 - rps / warn) * 100).toFixed(1)} %; ` +
        `CPU ${us.toFixed(1)} / ${warnCpu.toFixed(1)} µs per request: +${((us / warnCpu - 1) * 100).toFixed(1)} %\n`,
    );
  }
  process.exit(0);
}
