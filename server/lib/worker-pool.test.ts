import { afterAll, describe, expect, it } from 'vitest';
import { RAPOR_FIXTURE } from '../modules/reports/rapor.fixture';
import { AppError } from './errors';
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

describe('WorkerPool', () => {
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
