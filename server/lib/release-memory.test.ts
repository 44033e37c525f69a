/** release-memory.ts: the main thread collects only once the server is quiet. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activity, releaseWhenQuiet } from './release-memory';

afterEach(() => vi.useRealTimers());

describe('releaseWhenQuiet', () => {
  it('collects at once when no request came for 2 s', () => {
    let clock = 10_000;
    activity.lastRequestAt = 7_000;
    const release = vi.fn();
    releaseWhenQuiet(() => clock, release);
    expect(release).toHaveBeenCalledTimes(1);
    clock = 8_000; // a request 1 s ago
    releaseWhenQuiet(() => clock, release);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('waits while requests come, collects once they stop, and gives up after a minute of traffic', () => {
    vi.useFakeTimers();
    let clock = 10_000;
    activity.lastRequestAt = clock;
    const release = vi.fn();
    releaseWhenQuiet(() => clock, release);
    expect(release).not.toHaveBeenCalled();
    clock += 5_000;
    activity.lastRequestAt = clock - 500; // still busy
    vi.advanceTimersByTime(5_000);
    expect(release).not.toHaveBeenCalled();
    clock += 5_000; // quiet for 5.5 s
    vi.advanceTimersByTime(5_000);
    expect(release).toHaveBeenCalledTimes(1);

    const never = vi.fn();
    activity.lastRequestAt = clock;
    releaseWhenQuiet(() => clock, never);
    for (let i = 0; i < 20; i++) {
      clock += 5_000;
      activity.lastRequestAt = clock;
      vi.advanceTimersByTime(5_000);
    }
    expect(never).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
