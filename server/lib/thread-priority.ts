/**
 * Lowers the scheduling priority of the calling thread. On Linux a nice value belongs to a thread,
 * not to the whole process, so a worker thread can step back while the request loop keeps its
 * own: with 2 cores, a heavy-work worker (PDF, Excel, a recompute's scoring), PostgreSQL and the
 * request loop otherwise share the cores as equals, and /api/health waited 45–60 ms behind them
 * (docs/PERFORMANCE.md, round 22). At nice 10 the loop gets its core back as soon as it wakes.
 * Raising a nice value needs no privilege; it is never lowered here.
 */
import fs from 'node:fs';
import os from 'node:os';

/** The nice value of the heavy-work workers (server/workers/heavy.worker.ts). */
export const WORKER_NICE = 10;

/**
 * Sets the calling thread's nice value to at least `nice`. Returns the thread's id and its nice
 * value now, or null where threads have no nice value of their own (not Linux) or /proc is absent.
 */
export function lowerThreadPriority(nice: number): { tid: number; nice: number } | null {
  if (process.platform !== 'linux') return null;
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return null;
    if (os.getPriority(tid) < nice) os.setPriority(tid, nice);
    return { tid, nice: os.getPriority(tid) };
  } catch {
    return null;
  }
}
