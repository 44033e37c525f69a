import { afterAll, describe, expect, it } from 'vitest';
import { RAPOR_FIXTURE } from '../modules/reports/rapor.fixture';
import fs from 'node:fs';
import os from 'node:os';
import { AppError } from './errors';
import { WORKER_NICE } from './thread-priority';
import { WorkerPool } from './worker-pool';

const pool = new WorkerPool({ size: 1, maxQueue: 1, idleMs: 5_000 });
afterAll(() => pool.close());

const rejection = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  const e = err as AppError;
  return { code: e.code, status: e.status, key: e.messageKey };
};

/** The nice value of every thread of this process (Linux: /proc/self/task/<tid>/stat, field 19). */
const threadNices = () =>
  fs.readdirSync('/proc/self/task').map((tid) => {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return { tid: Number(tid), nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) };
  });

describe('WorkerPool', () => {
  it('its workers run at a lower priority than the thread that answers requests', async () => {
    const pid = process.pid;
    const before = threadNices();
    expect(before.find((t) => t.tid === pid)?.nice).toBe(os.getPriority(pid));
    const niced = new WorkerPool({ size: 1, idleMs: 5_000 });
    try {
      await niced.warm();
      const after = threadNices();
      const added = after.filter((t) => !before.some((b) => b.tid === t.tid));
      expect(added.map((t) => t.nice)).toContain(Math.max(WORKER_NICE, os.getPriority(pid)));
      // The process's own thread (the request loop) keeps its priority.
      expect(after.find((t) => t.tid === pid)?.nice).toBe(os.getPriority(pid));
      expect(os.getPriority(pid)).toBeLessThan(WORKER_NICE);
    } finally {
      await niced.close();
    }
  }, 60_000);

  it(
    'renders in a worker; a task over its timeout fails with 503 and its worker is replaced',
    { timeout: 120_000 },
    async () => {
      await pool.warm();
      const pdf = await pool.run<Uint8Array>('rapor-pdf', RAPOR_FIXTURE);
      expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(await rejection(pool.run('rapor-pdf', RAPOR_FIXTURE, { timeoutMs: 1 }))).toEqual({
        code: 'INTERNAL',
        status: 503,
        key: 'error.workerTimeout',
      });
      const again = await pool.run<Uint8Array>('rapor-pdf', RAPOR_FIXTURE);
      expect(again.byteLength).toBeGreaterThan(1000);
    },
  );

  it(
    'a full queue answers 503 at once; a failing task is a 500 without the worker’s message',
    { timeout: 120_000 },
    async () => {
      const running = pool.run('rapor-pdf', RAPOR_FIXTURE);
      const queued = pool.run('rapor-pdf', RAPOR_FIXTURE);
      expect(await rejection(pool.run('rapor-pdf', RAPOR_FIXTURE))).toEqual({
        code: 'INTERNAL',
        status: 503,
        key: 'error.busy',
      });
      await Promise.all([running, queued]);
      expect(await rejection(pool.run('rapor-pdf', null))).toEqual({
        code: 'INTERNAL',
        status: 500,
        key: 'error.internal',
      });
      expect(await rejection(pool.run('no-such-task', null))).toMatchObject({ status: 500 });
      expect(pool.stats()).toMatchObject({ workers: 1, busy: 0, queued: 0 });
    },
  );
});

describe('WorkerPool idle workers', () => {
  const until = async (check: () => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    return check();
  };

  it(
    'a worker with nothing to do exits after the idle time, and a task in between keeps it',
    { timeout: 120_000 },
    async () => {
      let idled = 0;
      const idle = new WorkerPool({ size: 1, idleMs: 5_000 });
      try {
        // As the server's PATUH_WORKER_IDLE_SECONDS and releaseMemory do.
        idle.configure({ idleMs: 400, onIdle: () => idled++ });
        await idle.warm();
        expect(idle.stats().workers).toBe(1);
        // Tasks 200 ms apart: each restarts the idle time, the same worker serves them all.
        for (let i = 0; i < 4; i++) {
          await new Promise((r) => setTimeout(r, 200));
          await idle.warm();
          expect(idle.stats()).toMatchObject({ workers: 1, busy: 0 });
        }
        expect(idled).toBe(0);
        expect(await until(() => idle.stats().workers === 0, 5_000)).toBe(true);
        expect(await until(() => idled === 1, 1_000)).toBe(true);
        // The next task starts a fresh worker.
        const pdf = await idle.run<Uint8Array>('rapor-pdf', RAPOR_FIXTURE);
        expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(idle.stats().workers).toBe(1);
        expect(await until(() => idle.stats().workers === 0, 5_000)).toBe(true);
        expect(await until(() => idled === 2, 1_000)).toBe(true);
      } finally {
        await idle.close();
      }
    },
  );

  it('renders a rapor PDF within a small heap limit', { timeout: 120_000 }, async () => {
    const small = new WorkerPool({ size: 1, maxHeapMb: 128 });
    try {
      const pdf = await small.run<Uint8Array>('rapor-pdf', RAPOR_FIXTURE);
      expect(pdf.byteLength).toBeGreaterThan(1000);
    } finally {
      await small.close();
    }
  });
});
