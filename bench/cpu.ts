/**
 * Where the machine's CPU went during a load run: the server process, the bench process (the load
 * driver: it builds every request and reads every answer), PostgreSQL's processes (the postmaster
 * and its backends; none with PGlite, which runs inside the server), everything else, and idle.
 * Linux /proc counters in clock ticks of 10 ms, so a run needs a few seconds to be meaningful.
 */
import fs from 'node:fs';

export interface CpuMark {
  /** Busy and idle ticks of all cores (/proc/stat). */
  busy: number;
  idle: number;
  server: number;
  bench: number;
  database: number;
}

/** Per request, in µs of CPU time; idle as a share of the cores' time. */
export interface CpuSplit {
  serverUs: number;
  benchUs: number;
  databaseUs: number;
  otherUs: number;
  idleShare: number;
}

const TICK_MS = 10;

/** utime + stime, in clock ticks, from a /proc/<pid>/stat line. */
export function ticksOf(statLine: string): number {
  const fields = statLine.split(') ')[1]!.split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * CPU of every live process named `postgres`, with the reaped children's (cutime + cstime): the
 * postmaster collects an ended backend's time, so a connection closed during the run still counts.
 */
function postgresTicks(): number {
  let sum = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const line = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!line.includes(' (postgres) ')) continue;
      const fields = line.split(') ')[1]!.split(' ');
      sum += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return sum;
}

export function cpuMark(serverPid: number): CpuMark {
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal …: idle and iowait count as idle.
  const idle = cpu[3]! + (cpu[4] ?? 0);
  const busy = cpu.slice(0, 8).reduce((a, b) => a + b, 0) - idle;
  const own = process.cpuUsage();
  return {
    busy,
    idle,
    server: ticksOf(fs.readFileSync(`/proc/${serverPid}/stat`, 'utf8')),
    bench: (own.user + own.system) / 1000 / TICK_MS,
    database: postgresTicks(),
  };
}

export function cpuSplit(a: CpuMark, b: CpuMark, requests: number): CpuSplit {
  const us = (ticks: number) => (ticks * TICK_MS * 1000) / Math.max(1, requests);
  const server = b.server - a.server;
  const bench = b.bench - a.bench;
  const database = b.database - a.database;
  const busy = b.busy - a.busy;
  const idle = b.idle - a.idle;
  return {
    serverUs: us(server),
    benchUs: us(bench),
    databaseUs: us(database),
    otherUs: us(Math.max(0, busy - server - bench - database)),
    idleShare: idle / Math.max(1, busy + idle),
  };
}

export const cpuText = (c: CpuSplit) =>
  `CPU per request: server ${c.serverUs.toFixed(0)} µs, database ${c.databaseUs.toFixed(0)} µs, load driver ${c.benchUs.toFixed(0)} µs, other ${c.otherUs.toFixed(0)} µs; cores idle ${(c.idleShare * 100).toFixed(0)} %`;
