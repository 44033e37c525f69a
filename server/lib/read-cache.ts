/**
 * A small in-process cache for reads that many people repeat (the results table, the dashboard
 * summary, a rapor, a checklist). Never for sessions or anything else that decides who may do
 * what: those are read from the database on every request. It trades a bounded staleness of data
 * for throughput, with these rules:
 *
 * - Every entry carries the data generation it was read under. A write that may have changed data
 *   (read-cache.plugin.ts: authenticated, not refused) moves the generation when it ends, so
 *   nothing read before or during a write is served after it, in this process.
 * - A second server process on the same database announces its writes (read-cache.plugin,
 *   PostgreSQL NOTIFY), and this one empties its cache when it hears one (ADR 0008); while it
 *   cannot listen, it caches nothing (pause). Writes made without a server (the CLI) are not seen
 *   until the entry's time-to-live runs out (PATUH_READ_CACHE_SECONDS, default 10 s; 0 turns
 *   caching off).
 * - The cache is bounded in bytes; the least recently stored entries go first.
 */
export interface ReadCacheOptions {
  ttlMs: number;
  /** Upper bound of the cached payloads, in bytes (strings count 2 bytes a character). */
  maxBytes: number;
}

interface Entry<V> {
  value: V;
  generation: number;
  expires: number;
  bytes: number;
}

export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private bytes = 0;
  private gen = 0;
  private paused = false;

  constructor(
    private readonly opts: ReadCacheOptions,
    private readonly sizeOf: (value: V) => number = () => 1,
  ) {}

  get enabled(): boolean {
    return this.opts.ttlMs > 0;
  }

  /**
   * Serves and stores nothing until resume(): while this process cannot hear other processes'
   * writes (read-cache.plugin WriteAnnouncer), nothing it caches could be trusted.
   */
  pause(): void {
    this.paused = true;
    this.invalidate();
  }

  resume(): void {
    this.invalidate();
    this.paused = false;
  }

  /** The current data generation; read it before reading the data you will store. */
  get generation(): number {
    return this.gen;
  }

  /** Marks everything cached so far as stale (a write started or ended). */
  invalidate(): void {
    this.gen++;
    this.entries.clear();
    this.bytes = 0;
  }

  get(key: string, now = Date.now()): V | undefined {
    if (this.paused) return undefined;
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.generation !== this.gen || e.expires <= now) {
      this.drop(key, e);
      return undefined;
    }
    return e.value;
  }

  /** Stores a value read under `generation`; ignored when a write has moved the generation since. */
  set(key: string, value: V, generation: number, now = Date.now()): boolean {
    if (!this.enabled || this.paused || generation !== this.gen) return false;
    const bytes = this.sizeOf(value);
    if (bytes > this.opts.maxBytes / 4) return false;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, { value, generation, expires: now + this.opts.ttlMs, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.opts.maxBytes) break;
      this.drop(k, e);
    }
    return true;
  }

  delete(key: string): void {
    const e = this.entries.get(key);
    if (e) this.drop(key, e);
  }

  get size(): number {
    return this.entries.size;
  }

  private drop(key: string, e: Entry<V>): void {
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }
}
