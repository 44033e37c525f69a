/**
 * How every public page and open-data answer is sent: from this process's response cache when it
 * holds a copy (the read cache of ADR 0004/0008: any authenticated write — a release, a withdrawal,
 * an official figure, a recompute — empties it, in every process through NOTIFY), else rendered and
 * stored. Each answer carries a strong ETag and `cache-control: public, max-age=60`, so a browser
 * or proxy keeps it at most a minute (a withdrawn release disappears within a minute) and asks
 * again with If-None-Match (304 when unchanged). Bodies go out compressed (br, else gzip).
 */
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { accepts, compress, pick, type CachedResponse } from '../../plugins/read-cache.plugin';
import { originOf } from './seo';

/** Seconds a browser or proxy may keep a public answer without asking. */
export const PUBLIC_MAX_AGE = 60;

const gzip = promisify(zlib.gzip);

/**
 * The query parameters the portal's pages read. Any other (a tracker's `fbclid`, `utm_*`, a
 * cache-buster) answers a redirect to the same page without it: one cached copy per real page, and
 * no way to make the server render a page afresh by adding junk to its address.
 */
const PAGE_PARAMS = new Set(['tahun', 'peta', 'q', 'jenis', 'provinsi', 'g', 'halaman', 'lang']);

/** The page's address without unknown parameters, or null when it has none. */
export function canonicalPageUrl(url: string): string | null {
  const q = url.indexOf('?');
  if (q < 0) return null;
  const params = new URLSearchParams(url.slice(q + 1));
  const keys = [...params.keys()];
  if (keys.every((k) => PAGE_PARAMS.has(k))) return null;
  for (const k of new Set(keys)) if (!PAGE_PARAMS.has(k)) params.delete(k);
  const qs = params.toString();
  return url.slice(0, q) + (qs ? `?${qs}` : '');
}
const etags = new WeakMap<CachedResponse, string>();

function etagOf(entry: CachedResponse): string {
  let tag = etags.get(entry);
  if (!tag) {
    tag = `"${crypto.createHash('sha1').update(entry.payload).digest('base64url')}"`;
    etags.set(entry, tag);
  }
  return tag;
}

function notModified(req: FastifyRequest, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Renders in progress, by cache key, with the data generation each started under. */
const inflight = new Map<string, { generation: number; entry: Promise<CachedResponse> }>();

/**
 * Renders a missing page once however many visitors ask for it at the same moment (after a
 * release empties the cache, the first fifty requests for the home page wait for one render). A
 * request joins a render only if no write happened since it started. With the cache on, the
 * answer is stored compressed (gzip and brotli); with it off, it is compressed per request.
 */
export function renderOnce(
  app: FastifyInstance,
  key: string,
  contentType: string,
  render: () => Promise<string | Buffer>,
): Promise<CachedResponse> {
  const cache = app.readCaches.responses;
  const generation = cache.generation;
  const running = inflight.get(key);
  if (running && running.generation === generation) return running.entry;
  const entry = render()
    .then((body) => {
      const payload = typeof body === 'string' ? Buffer.from(body) : body;
      if (!cache.enabled) return { payload, contentType, compressed: Promise.resolve(null), done: null };
      const stored = compress({ payload, contentType });
      cache.set(key, stored, generation);
      return stored;
    })
    .finally(() => {
      if (inflight.get(key)?.entry === entry) inflight.delete(key);
    });
  inflight.set(key, { generation, entry });
  return entry;
}

/**
 * Sends a public answer of `contentType` produced by `render` (called only on a cache miss). The
 * cache key is the host and the whole URL (path, query and `lang`), never a cookie: the answer is
 * the same for every visitor.
 */
export async function sendPublic(
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
  contentType: string,
  render: () => Promise<string | Buffer>,
): Promise<FastifyReply> {
  if (!req.url.startsWith('/api/')) {
    const canonical = canonicalPageUrl(req.url);
    if (canonical !== null) return reply.redirect(canonical, 301);
  }
  const cache = app.readCaches.responses;
  // The origin too: a page's absolute links (Open Graph image, share URL) are built from it
  // (the configured public URL when set, else the request's plain Host: seo.ts originOf).
  const { publicUrl, publicUrlFixed } = app.deps.config;
  const key = `public\u0001${originOf(req, publicUrl, publicUrlFixed)}\u0001${req.url}`;
  const entry =
    (cache.enabled ? cache.get(key) : undefined) ?? (await renderOnce(app, key, contentType, render));
  const etag = etagOf(entry);
  reply
    .header('etag', etag)
    .header('cache-control', `public, max-age=${PUBLIC_MAX_AGE}`)
    .header('vary', 'accept-encoding');
  if (notModified(req, etag)) return reply.code(304).send();
  const { body, encoding } = await pick(entry, req.headers['accept-encoding']);
  reply.type(contentType);
  if (encoding) reply.header('content-encoding', encoding);
  else if (accepts(req.headers['accept-encoding'], 'gzip') && body.length > 1024) {
    return reply.header('content-encoding', 'gzip').send(await gzip(body, { level: 4 }));
  }
  return reply.send(body);
}
