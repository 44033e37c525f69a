/**
 * Giving back the memory heavy work leaves behind (issue 9: RSS ≤ 300 MB after the exports).
 *
 * A national recompute's batches or an export's rows leave 150–250 MB of garbage on the main
 * thread, and an idle server's heap is not collected on its own for minutes; one full collection
 * brought the server from 380 MB to 190 MB RSS (docs/PERFORMANCE.md, round 8). `gc` is there when
 * the process runs with `--expose-gc` (the server does: bin/build-server.mjs SERVER_NODE_FLAGS;
 * tests do not, and then nothing here does anything).
 *
 * A full collection holds the thread that runs it for ~50–120 ms on 2 busy cores (V8 marks the
 * live heap, ~55 MB, at once, even when asked for `execution: 'async'`), so on the main thread it
 * runs only once the server is quiet (`whenQuiet`): no request for 2 s. Under traffic, the
 * requests' own allocation makes V8 collect anyway. Inside a worker it runs after every task (it
 * stalls nobody there).
 */

type Gc = (opts?: { type: 'major'; execution: 'async' | 'sync' }) => unknown;

/** One major collection, when the process exposes `gc`. */
export function releaseMemory(): void {
  const gc = (globalThis as { gc?: Gc }).gc;
  if (typeof gc === 'function')
    void Promise.resolve(gc({ type: 'major', execution: 'async' })).catch(() => undefined);
}

/** When the server last started or finished a request (server/app.ts keeps it). */
export const activity = { lastRequestAt: 0 };

/** How long without requests counts as quiet, and how long to keep waiting for it. */
const QUIET_MS = 2000;
const RETRY_MS = 5000;
const TRIES = 12;

/**
 * Runs `releaseMemory` once the server has had no request for 2 s, checking every 5 s for up to a
 * minute; if it never gets quiet, it gives up (the traffic's own collections do the work).
 */
export function releaseWhenQuiet(now: () => number = Date.now, release: () => void = releaseMemory): void {
  let tries = 0;
  const attempt = () => {
    if (now() - activity.lastRequestAt >= QUIET_MS) return release();
    if (++tries >= TRIES) return;
    setTimeout(attempt, RETRY_MS).unref();
  };
  attempt();
}
