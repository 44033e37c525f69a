/**
 * Resolved sessions, kept per process only while the database says nothing they depend on has
 * changed (ADR 0004, "Revisited"). The auth generation moves in the same transaction as any
 * sign-out, archive, password reset, role or reach change, made by any process. A session
 * resolved under an older generation is resolved again. How a request learns the generation:
 *
 * - PostgreSQL (several processes may share it): it reads it, one primary-key read shared by all
 *   requests that arrive while it runs, never one started before the request arrived.
 * - PGlite (in-process; only this process can open it): the bump's NOTIFY is delivered to this
 *   process when the writing transaction commits, so the count is kept locally at no cost.
 */
import type { Database } from '../db/client';
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

const CHANNEL = 'patuh_auth_generation';

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly fresh: FreshRead<number>;
  /** PGlite: the generation as counted from its notifications (null until listening). */
  private notified: number | null = null;
  private unlisten: (() => Promise<void>) | null = null;

  constructor(
    private readonly database: Database,
    private readonly opts: { ttlMs: number; maxEntries: number },
  ) {
    this.fresh = new FreshRead(() => readAuthGeneration(database.db));
  }

  /** On PGlite, listens for the generation's notifications (call before serving requests). */
  async start(): Promise<void> {
    const pglite = this.database.pglite;
    if (!pglite || this.opts.ttlMs <= 0 || this.unlisten) return;
    this.notified = 0;
    this.unlisten = await pglite.listen(CHANNEL, () => {
      this.notified! += 1;
      this.entries.clear();
    });
  }

  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = null;
    this.notified = null;
    // The database may be closed already (tests close the app and drop the database together).
    await unlisten?.().catch(() => undefined);
  }

  /** The session of a cookie token, or null; never one revoked or changed before this call. */
  async resolve(token: string, now = Date.now()): Promise<ResolvedSession | null> {
    if (this.opts.ttlMs <= 0) return resolveSession(this.database.db, token);
    const generation = this.notified ?? (await this.fresh.get());
    const hit = this.entries.get(token);
    if (hit && hit.generation === generation && hit.keepUntil > now && hit.value.expiresAt > now)
      return hit.value;
    if (hit) this.entries.delete(token);
    const value = await resolveSession(this.database.db, token);
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
