/** The gate (server/lib/gate.ts): a bounded number of calls at once, the rest in order, a bounded wait. */
import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { Gate } from './gate';

/** A call that records when it starts and ends, and ends when told to. */
function controlled(log: string[], name: string) {
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  return {
    end: () => end(),
    fn: async () => {
      log.push(`start ${name}`);
      await ended;
      log.push(`end ${name}`);
      return name;
    },
  };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('Gate', () => {
  it('runs at most `limit` calls at once and starts the waiting ones in arrival order', async () => {
    const gate = new Gate(() => 2);
    const log: string[] = [];
    const calls = ['a', 'b', 'c', 'd'].map((n) => controlled(log, n));
    const results = calls.map((c) => gate.run(c.fn));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    expect(gate.stats()).toEqual({ running: 2, waiting: 2 });
    calls[1]!.end();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    calls[0]!.end();
    calls[2]!.end();
    await tick();
    expect(log.slice(4)).toEqual(['end a', 'end c', 'start d']);
    calls[3]!.end();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a call throws', async () => {
    const gate = new Gate(() => 1);
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toBe('next');
    expect(gate.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses with 503 at once when too many are waiting', async () => {
    const gate = new Gate(() => 1, 1);
    const log: string[] = [];
    const first = controlled(log, 'first');
    const second = controlled(log, 'second');
    const running = gate.run(first.fn);
    const waiting = gate.run(second.fn);
    const refused = await gate.run(async () => 'third').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(503);
    expect((refused as AppError).messageKey).toBe('error.busy');
    first.end();
    second.end();
    expect(await Promise.all([running, waiting])).toEqual(['first', 'second']);
  });
});
