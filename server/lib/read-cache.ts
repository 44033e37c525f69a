/**
 * A small in-process cache for reads that many people repeat (the results table, the dashboard
 * summary, a rapor, a checklist). Never for sessions or anything else that decides who may do
 * what: those are read from the database on every request. It trades a bounded staleness of data
 * for throughput, with these rules:
 *
 * - Every entry carries tags: what it depends on (read-cache-scope.ts: a cycle, a government of a
 *   cycle, or anything). A write that may have changed data (read-cache.plugin.ts: authenticated,
 *   not refused) empties, when it ends, the entries that share a tag with it — or all of them when
 *   its scope is unknown — and refuses to store a value of those tags read before that moment, so
 *   nothing read before or during a write is served after it, in this process.
 * - A second server process on the same database announces its writes with their tags
 *   (read-cache.plugin, PostgreSQL NOTIFY), and this one empties the same entries when it hears
 *   one (ADR 0008); while it cannot listen, it caches nothing (pause). Writes made without a
 *   server (the CLI) are not seen until the entry's time-to-live runs out
 *   (PATUH_READ_CACHE_SECONDS, default 10 s; 0 turns caching off).
 * - The cache is bounded in bytes; the least recently stored entries go first.
 */
export interface ReadCacheOptions {
  ttlMs: number;
  /** Upper bound of the cached payloads, in bytes (strings count 2 bytes a character). */
  maxBytes: number;
}

interface Entry<V> {
  value: V;
  expires: number;
  bytes: number;
  tags: readonly string[];
}

/** Stored without tags: depends on anything, emptied by every write (read-cache-scope.ts ANY). */
const ANY_TAGS: readonly string[] = ['*'];
/** Past this many remembered tag moves, a keyed invalidation empties everything instead. */
const MAX_TAG_MARKS = 100_000;

export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private bytes = 0;
  /** Moves on every invalidation, keyed or not: a read remembers it when it starts. */
  private gen = 0;
  /** The generation of the last full invalidation. */
  private allAt = 0;
  /** Per tag, the generation of the last invalidation that named it (cleared by a full one). */
  private readonly tagAt = new Map<string, number>();
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

  /**
   * Marks as stale what was cached so far: every entry, or, given tags, the entries that carry
   * one of them (a write ended). Values of those tags read before this moment are not stored.
   */
  invalidate(tags?: readonly string[]): void {
    this.gen++;
    if (tags === undefined || this.tagAt.size + tags.length > MAX_TAG_MARKS) {
      this.allAt = this.gen;
      this.tagAt.clear();
      this.entries.clear();
      this.bytes = 0;
      return;
    }
    if (tags.length === 0) return;
    const named = new Set(tags);
    for (const t of named) this.tagAt.set(t, this.gen);
    for (const [k, e] of this.entries) if (e.tags.some((t) => named.has(t))) this.drop(k, e);
  }

  get(key: string, now = Date.now()): V | undefined {
    if (this.paused) return undefined;
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= now) {
      this.drop(key, e);
      return undefined;
    }
    return e.value;
  }

  /**
   * Stores a value read under `generation`, tagged with what it depends on (default: anything);
   * ignored when a write has emptied everything, or one of its tags, since.
   */
  set(
    key: string,
    value: V,
    generation: number,
    now = Date.now(),
    tags: readonly string[] = ANY_TAGS,
  ): boolean {
    if (!this.enabled || this.paused || generation < this.allAt || generation > this.gen) return false;
    for (const t of tags) if ((this.tagAt.get(t) ?? 0) > generation) return false;
    const bytes = this.sizeOf(value);
    if (bytes > this.opts.maxBytes / 4) return false;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, { value, expires: now + this.opts.ttlMs, bytes, tags });
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
