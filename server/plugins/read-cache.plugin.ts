import crypto from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import pg from 'pg';
import type { Database } from '../db/client';
import { ReadCache } from '../lib/read-cache';
import { announceWrite, DATA_CHANNEL, readNote } from '../lib/read-cache-notify';
import {
  declaredScope,
  readTags,
  writeTags,
  type ReadScope,
  type WriteDeclaration,
  type WriteScope,
} from '../lib/read-cache-scope';
import { answerScope } from '../modules/assessments/checklist/checklist.repository';
import type { Actor } from '../lib/reach';
import { SAFE_METHODS } from './auth.plugin';
import { SessionCache } from './auth-sessions';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Cache this GET's 200 answers per user, reach, language and URL (server/lib/read-cache.ts). Only
     * for authenticated reads whose answer depends on nothing but those and the data. `true`: on
     * any data; `'cycle'`, `'government'`, `'rapor'`: on what read-cache-scope.ts says, so writes
     * elsewhere keep the entry.
     */
    readCache?: ReadScope | false;
    /**
     * What this write may change, for the read cache (read-cache-scope.ts): `'none'`, the cycle
     * `:id`, the government `:governmentId` of cycle `:id`, or the cycle and government of answer
     * `:id`. Undefined: anything (every cached answer is emptied).
     */
    cacheWrites?: WriteDeclaration;
  }
  interface FastifyInstance {
    /** The app's read caches (tests empty them to measure the uncached path). */
    readCaches: ReadCaches;
  }
  interface FastifyRequest {
    /** Set while a cacheable read is served: the key and the data generation it was read under. */
    readCacheSlot: { key: string; generation: number; tags: readonly string[] } | null;
    /** A write declared `'answer'`: the scope looked up before its handler ran. */
    cacheWriteScope: WriteScope | null;
  }
}

/** The compressed copies of a cached body (browsers always accept gzip and br). */
interface Compressed {
  gzip: Buffer;
  br: Buffer;
}

export interface CachedResponse {
  /** The body as sent by the miss that stored it. */
  payload: Buffer;
  contentType: string;
  /**
   * Compressed once, after the miss was sent (off its path, on libuv's thread pool); a hit that
   * wants them waits for them only while they are still being made. Null when compression failed.
   */
  compressed: Promise<Compressed | null>;
  done?: Compressed | null;
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
/** Whether Accept-Encoding lists the coding (or *) without q=0. */
export function accepts(header: string | undefined, coding: 'gzip' | 'br'): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    if (name !== coding && name !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** The smallest cached form the client accepts: br, then gzip, then the plain body. */
export async function pick(
  r: CachedResponse,
  header: string | undefined,
): Promise<{ body: Buffer; encoding?: string }> {
  const br = accepts(header, 'br');
  const gz = !br && accepts(header, 'gzip');
  if (!br && !gz) return { body: r.payload };
  const c = r.done !== undefined ? r.done : await r.compressed;
  if (c && br) return { body: c.br, encoding: 'br' };
  if (c && gz) return { body: c.gzip, encoding: 'gzip' };
  return { body: r.payload };
}

/**
 * Starts compressing a body for the cache: gzip level 4 and brotli quality 5 keep most of the
 * size win at a fraction of the default levels' time.
 */
export function compress(entry: Omit<CachedResponse, 'compressed'>): CachedResponse {
  const compressed = Promise.all([
    gzip(entry.payload, { level: 4 }),
    brotli(entry.payload, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
  ]).then(
    ([gz, br]) => ({ gzip: gz, br }),
    () => null,
  );
  const out: CachedResponse = { ...entry, compressed };
  void compressed.then((c) => (out.done = c));
  return out;
}

/**
 * Tells the other server processes on the same database that this one wrote, and empties this
 * process's response cache when another one says so. PostgreSQL: LISTEN on a connection of the
 * pool kept for it, NOTIFY after each write that may have changed data. While that connection is
 * being made or is lost, the cache is paused (serves and stores nothing) and it reconnects every
 * second. PGlite (one process): its in-process listen, so both engines take the same path.
 */
export class WriteAnnouncer {
  /** This process's mark on its own notifications, which it ignores (it emptied its cache already). */
  private readonly token = crypto.randomUUID();
  private client: pg.PoolClient | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    readonly database: Database,
    private readonly cache: ReadCache<CachedResponse>,
  ) {}

  async start(): Promise<void> {
    if (!this.cache.enabled) return;
    const pglite = this.database.pglite;
    if (pglite) {
      this.unlisten = await pglite.listen(DATA_CHANNEL, (payload) => this.heard(payload));
      return;
    }
    const pool = (this.database.db as { $client?: unknown }).$client;
    if (!(pool instanceof pg.Pool)) return;
    this.cache.pause();
    await this.connect(pool);
  }

  private async connect(pool: pg.Pool): Promise<void> {
    let client: pg.PoolClient | null = null;
    try {
      client = await pool.connect();
      const c = client;
      c.on('notification', (n) => {
        if (n.channel === DATA_CHANNEL) this.heard(n.payload ?? '');
      });
      c.on('error', () => this.lost(pool, c));
      c.on('end', () => this.lost(pool, c));
      await c.query(`LISTEN ${DATA_CHANNEL}`);
      if (this.stopped) {
        c.release(true);
        return;
      }
      this.client = c;
      this.cache.resume();
    } catch {
      client?.release(true);
      this.later(pool);
    }
  }

  private lost(pool: pg.Pool, client: pg.PoolClient): void {
    if (this.client !== client) return;
    this.client = null;
    this.cache.pause();
    client.release(true);
    this.later(pool);
  }

  private later(pool: pg.Pool): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => void this.connect(pool), 1000);
    this.retry.unref();
  }

  /** A notification: `{"p": <the writer's mark>, "t": <tags, or null for everything>}`. */
  private heard(payload: string): void {
    const { from, tags } = readNote(payload);
    if (from === this.token) return;
    this.cache.invalidate(tags);
  }

  /**
   * After a write that may have changed data (it has committed): the other processes empty the
   * entries of these tags (null: all of theirs).
   */
  async announce(tags: readonly string[] | null = null): Promise<void> {
    if (!this.cache.enabled) return;
    try {
      await announceWrite(this.database, this.token, tags);
    } catch {
      // The database is gone (closing): the others lose their connection too and pause.
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    client?.release(true);
    const unlisten = this.unlisten;
    this.unlisten = null;
    // The database may be closed already (tests close the app and drop the database together).
    await unlisten?.().catch(() => undefined);
  }
}

/** The caches of one app: resolved sessions (checked against the auth generation) and responses. */
export interface ReadCaches {
  sessions: SessionCache;
  responses: ReadCache<CachedResponse>;
  writes: WriteAnnouncer;
}

export function createReadCaches(ttlSeconds: number, database: Database): ReadCaches {
  const ttlMs = Math.round(ttlSeconds * 1000);
  const responses = new ReadCache<CachedResponse>(
    { ttlMs, maxBytes: 64 << 20 },
    // The body and, estimated, its compressed copies (JSON compresses to well under half).
    (r) => r.payload.length + (r.payload.length >> 1),
  );
  return {
    sessions: new SessionCache(database, { ttlMs, maxEntries: 20_000 }),
    responses,
    writes: new WriteAnnouncer(database, responses),
  };
}

/** Computed once per resolved session (the actor object is reused while the session is kept). */
const stamps = new WeakMap<Actor, string>();

/**
 * What the actor may see, as a short digest: part of the cache key, so an answer cached before a
 * role or reach change (made by any process) is never served after it.
 */
export function reachStamp(actor: Actor): string {
  let stamp = stamps.get(actor);
  if (stamp === undefined) {
    stamp = crypto
      .createHash('sha1')
      .update(JSON.stringify([actor.role, actor.officeId, actor.governmentId, actor.reach]))
      .digest('base64url');
    stamps.set(actor, stamp);
  }
  return stamp;
}

/**
 * Whether a finished request may have changed data: an authenticated write that did not fail on
 * the client's side. Anonymous requests (a failed sign-in) and refused writes (400, 403, 404, 409…)
 * change nothing and must not let anyone empty the caches; a 5xx may have failed after a commit,
 * so it counts.
 */
export function mayHaveWritten(req: FastifyRequest, statusCode: number): boolean {
  if (!req.url.startsWith('/api/') || SAFE_METHODS.has(req.method) || !req.actor) return false;
  return statusCode < 400 || statusCode >= 500;
}

/**
 * The cycle and government of answer `:id`, for a write declared `'answer'`: looked up before the
 * handler runs (they never change), so the write's invalidation needs no await once it has
 * answered. Unknown (no such answer, a failed lookup): everything.
 */
async function answerWriteScope(req: FastifyRequest, database: Database): Promise<WriteScope> {
  const id = (req.params as Record<string, unknown> | undefined)?.id;
  if (typeof id !== 'string') return 'all';
  try {
    const found = await answerScope(database.db, id);
    return found ? { cycleId: found.cycleId, governmentId: found.governmentId } : 'all';
  } catch {
    return 'all';
  }
}

/**
 * Serves repeated reads from memory and keeps the cache honest: a write that may have changed
 * data, when it ends, empties the entries of what it may have changed (its route's
 * `cacheWrites`; everything when undeclared) and refuses every such entry read before that
 * moment; writes declared `'none'` (sign-out, language, notifications) empty nothing. Register
 * after the auth plugin: a lookup needs the actor.
 */
export const readCachePlugin = fp(async (app: FastifyInstance, opts: { caches: ReadCaches }) => {
  const { responses, writes } = opts.caches;
  const database = writes.database;
  await writes.start();
  app.addHook('onClose', async () => writes.stop());
  app.decorateRequest('readCacheSlot', null);
  app.decorateRequest('cacheWriteScope', null);
  app.decorate('readCaches', opts.caches);

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith('/api/') || req.method !== 'GET') return;
    if (!req.routeOptions.config?.readCache || !req.actor || !responses.enabled) return;
    const key = `${req.actor.id}\u0001${reachStamp(req.actor)}\u0001${req.locale}\u0001${req.url}`;
    const hit = responses.get(key);
    if (hit) {
      const { body, encoding } = await pick(hit, req.headers['accept-encoding']);
      reply
        .header('content-type', hit.contentType)
        .header('x-patuh-cache', 'hit')
        .header('vary', 'accept-encoding');
      if (encoding) reply.header('content-encoding', encoding);
      return reply.send(body);
    }
    const tags = readTags(
      req.routeOptions.config.readCache || undefined,
      req.params as Record<string, unknown>,
    );
    req.readCacheSlot = { key, generation: responses.generation, tags };
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const slot = req.readCacheSlot;
    if (!slot || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const contentType = reply.getHeader('content-type');
    if (typeof contentType !== 'string') return payload;
    // The miss is sent as computed; its compressed copies are made after (compress), off its path.
    const entry = compress({ payload: Buffer.from(payload), contentType });
    responses.set(slot.key, entry, slot.generation, undefined, slot.tags);
    reply.header('vary', 'accept-encoding');
    return payload;
  });

  app.addHook('preHandler', async (req) => {
    // No cache, nothing to empty: the answer's scope is not looked up (one statement fewer per edit).
    if (SAFE_METHODS.has(req.method) || !req.actor || !responses.enabled) return;
    if (req.routeOptions.config?.cacheWrites === 'answer')
      req.cacheWriteScope = await answerWriteScope(req, database);
  });

  app.addHook('onResponse', async (req, reply) => {
    if (!mayHaveWritten(req, reply.statusCode)) return;
    const decl = req.routeOptions.config?.cacheWrites;
    const scope =
      decl === 'answer'
        ? (req.cacheWriteScope ?? 'all')
        : declaredScope(decl, req.params as Record<string, unknown> | undefined);
    const tags = writeTags(scope);
    if (tags?.length === 0) return;
    responses.invalidate(tags ?? undefined);
    await writes.announce(tags);
  });
});
