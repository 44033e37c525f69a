/**
 * Resolved sessions, kept per process only while the database says nothing they depend on has
 * changed (ADR 0004, "Revisited"). Every request reads the auth generation (one primary-key
 * read, shared by all requests that arrive while it runs); a session resolved under an older
 * generation is resolved again. The generation moves in the same transaction as any sign-out,
 * archive, password reset, role or reach change, made by any process, so the next request on
 * every process sees it.
 */
import type { Executor } from '../db/client';
import { readAuthGeneration } from '../modules/auth/auth.repository';
import { resolveSession, type ResolvedSession } from '../modules/auth/auth.service';

/**
 * One read shared by concurrent callers, but never one that started before the caller asked:
 * a caller who arrives while a read runs waits for the next one, so whatever committed before
 * the call is seen.
 */
export class FreshRead<T> {
  private running: Promise<T> | null = null;
  private queued: Promise<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.running) return this.start();
    this.queued ??= this.running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.queued = null;
        return this.start();
      });
    return this.queued;
  }

  private start(): Promise<T> {
    const p: Promise<T> = this.read().finally(() => {
      if (this.running === p) this.running = null;
    });
    this.running = p;
    return p;
  }
}

interface Entry {
  value: ResolvedSession;
  generation: number;
  /** Kept at most this long (memory bound), whatever the generation says. */
  keepUntil: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly generation: FreshRead<number>;

  constructor(
    private readonly db: Executor,
    private readonly opts: { ttlMs: number; maxEntries: number },
  ) {
    this.generation = new FreshRead(() => readAuthGeneration(db));
  }

  /** The session of a cookie token, or null; never one revoked or changed before this call. */
  async resolve(token: string, now = Date.now()): Promise<ResolvedSession | null> {
    if (this.opts.ttlMs <= 0) return resolveSession(this.db, token);
    const generation = await this.generation.get();
    const hit = this.entries.get(token);
    if (hit && hit.generation === generation && hit.keepUntil > now && hit.value.expiresAt > now)
      return hit.value;
    if (hit) this.entries.delete(token);
    const value = await resolveSession(this.db, token);
    if (value) this.store(token, { value, generation, keepUntil: now + this.opts.ttlMs });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Forgets every resolved session (tests measuring the uncached path). */
  invalidate(): void {
    this.entries.clear();
  }

  private store(token: string, entry: Entry) {
    this.entries.set(token, entry);
    // Oldest first: a Map iterates in insertion order.
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.opts.maxEntries) break;
      this.entries.delete(key);
    }
  }
}
