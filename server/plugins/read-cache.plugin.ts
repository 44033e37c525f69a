import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ReadCache } from '../lib/read-cache';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Cache this GET's 200 answers per user, language and URL (server/lib/read-cache.ts). Only
     * for authenticated reads whose answer depends on nothing but those and the data.
     */
    readCache?: boolean;
  }
  interface FastifyInstance {
    /** The app's read caches (tests empty them to measure the uncached path). */
    readCaches: ReadCaches;
  }
  interface FastifyRequest {
    /** Set while a cacheable read is served: the key and the data generation it was read under. */
    readCacheSlot: { key: string; generation: number } | null;
  }
}

export interface CachedResponse {
  /** The body as sent, and gzipped once when stored (browsers always accept gzip). */
  payload: Buffer;
  gzip: Buffer;
  contentType: string;
}

const gzip = promisify(zlib.gzip);
/** Accept-Encoding lists gzip (or *) without q=0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The caches of one app: resolved sessions (used by the auth plugin) and cached responses. */
export interface ReadCaches {
  sessions: ReadCache<unknown>;
  responses: ReadCache<CachedResponse>;
}

export function createReadCaches(ttlSeconds: number): ReadCaches {
  const ttlMs = Math.round(ttlSeconds * 1000);
  return {
    sessions: new ReadCache<unknown>({ ttlMs, maxBytes: 20_000 }),
    responses: new ReadCache<CachedResponse>(
      { ttlMs, maxBytes: 64 << 20 },
      (r) => r.payload.length + r.gzip.length,
    ),
  };
}

/**
 * Serves repeated reads from memory and keeps the caches honest: any API write moves the data
 * generation when it starts and when it ends (even when it fails), which empties both caches.
 * Register after the auth plugin: a lookup needs the actor.
 */
export const readCachePlugin = fp(async (app: FastifyInstance, opts: { caches: ReadCaches }) => {
  const { sessions, responses } = opts.caches;
  const invalidate = () => {
    sessions.invalidate();
    responses.invalidate();
  };
  app.decorateRequest('readCacheSlot', null);
  app.decorate('readCaches', opts.caches);

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith('/api/')) return;
    if (!SAFE_METHODS.has(req.method)) {
      invalidate();
      return;
    }
    if (req.method !== 'GET' || !req.routeOptions.config?.readCache || !req.actor || !responses.enabled)
      return;
    const key = `${req.actor.id}\u0001${req.locale}\u0001${req.url}`;
    const hit = responses.get(key);
    if (hit) {
      reply
        .header('content-type', hit.contentType)
        .header('x-patuh-cache', 'hit')
        .header('vary', 'accept-encoding');
      if (acceptsGzip(req.headers['accept-encoding']))
        return reply.header('content-encoding', 'gzip').send(hit.gzip);
      return reply.send(hit.payload);
    }
    req.readCacheSlot = { key, generation: responses.generation };
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const slot = req.readCacheSlot;
    if (!slot || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    const contentType = reply.getHeader('content-type');
    if (typeof contentType !== 'string') return payload;
    const body = Buffer.from(payload);
    // Level 4: most of the size win of gzip at a fraction of the default level's time.
    const zipped = await gzip(body, { level: 4 });
    responses.set(slot.key, { payload: body, gzip: zipped, contentType }, slot.generation);
    reply.header('vary', 'accept-encoding');
    if (acceptsGzip(req.headers['accept-encoding'])) {
      reply.header('content-encoding', 'gzip');
      return zipped;
    }
    return body;
  });

  app.addHook('onResponse', async (req) => {
    if (req.url.startsWith('/api/') && !SAFE_METHODS.has(req.method)) invalidate();
  });
});
