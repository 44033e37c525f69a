/**
 * FreshRead: concurrent callers share one read, but nobody gets a read that started before they
 * asked — so a revocation committed before a request is always seen by it.
 */
import { describe, expect, it } from 'vitest';
import { FreshRead } from './auth-sessions';

/** A read whose every call is recorded and finished by hand. */
function manualRead() {
  const calls: Array<(v: number) => void> = [];
  const read = () => new Promise<number>((resolve) => calls.push(resolve));
  return { calls, fresh: new FreshRead(read) };
}

describe('FreshRead', () => {
  it('callers who arrive together share one read', async () => {
    const { calls, fresh } = manualRead();
    const a = fresh.get();
    const b = fresh.get();
    expect(calls).toHaveLength(1);
    // b arrived while the first read ran: it waits for a second one.
    calls[0]!(1);
    expect(await a).toBe(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toHaveLength(2);
    const c = fresh.get(); // arrives while the second read runs: waits for a third
    calls[1]!(2);
    expect(await b).toBe(2);
    await new Promise((r) => setTimeout(r, 0));
    calls[2]!(3);
    expect(await c).toBe(3);
  });

  it('many callers during one read are served by the single next read', async () => {
    const { calls, fresh } = manualRead();
    const first = fresh.get();
    const waiting = Array.from({ length: 50 }, () => fresh.get());
    calls[0]!(7);
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(2);
    calls[1]!(8);
    expect(new Set(await Promise.all(waiting))).toEqual(new Set([8]));
  });

  it('a failed read fails its callers only; the next caller starts a new one', async () => {
    let n = 0;
    const fresh = new FreshRead(async () => {
      n++;
      if (n === 1) throw new Error('koneksi putus');
      return n;
    });
    await expect(fresh.get()).rejects.toThrow('koneksi putus');
    expect(await fresh.get()).toBe(2);
  });
});
