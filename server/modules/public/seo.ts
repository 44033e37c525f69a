/**
 * robots.txt and sitemap.xml. Both carry absolute URLs built from the request's own address, so
 * they are answered by `sendPerHost`: ETag and the portal's max-age, but not through the shared
 * response cache (keyed by URL only — one visitor's Host header must never become everyone's
 * sitemap). The Host is accepted only as a plain host name with an optional port.
 */
import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../../db/client';
import { escapeHtml } from './html';
import { PUBLIC_MAX_AGE } from './public-cache';
import { publicResults } from './public.service';

const HOST = /^[a-z0-9]([a-z0-9.-]{0,253})(:\d{1,5})?$/i;

/** "https://patuh.example.go.id" from the request (protocol honours trustProxy), else the fallback. */
export function originOf(req: FastifyRequest, fallback: string): string {
  const host = req.host;
  if (!host || !HOST.test(host)) return fallback.replace(/\/+$/, '');
  return `${req.protocol === 'https' ? 'https' : 'http'}://${host.toLowerCase()}`;
}

/** The portal's pages a crawler may read; everything under /api but the open data is not for it. */
export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /publik',
    'Allow: /api/public/',
    'Disallow: /api/',
    'Disallow: /login',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}

const STATIC_PAGES = ['/publik', '/publik/tentang', '/publik/peringkat', '/publik/data'];

/**
 * The portal's pages and every government page with a released result (publicResults: released
 * rows only), each with the date of its newest release as lastmod.
 */
export async function sitemapXml(db: Executor, origin: string): Promise<string> {
  const results = await publicResults(db);
  const newest = new Map<string, string>();
  let latest: string | null = null;
  for (const r of results) {
    const seen = newest.get(r.key);
    if (!seen || r.releasedAt > seen) newest.set(r.key, r.releasedAt);
    if (!latest || r.releasedAt > latest) latest = r.releasedAt;
  }
  const url = (path: string, lastmod: string | null) =>
    `<url><loc>${escapeHtml(origin + path)}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ''}</url>`;
  const entries = [
    ...STATIC_PAGES.map((p) => url(p, p === '/publik/tentang' ? null : latest)),
    ...[...newest]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([key, at]) => url(`/publik/pemerintah/${encodeURIComponent(key)}`, at)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** Sends a small per-host answer with an ETag and the portal's max-age (304 on If-None-Match). */
export function sendPerHost(
  req: FastifyRequest,
  reply: FastifyReply,
  contentType: string,
  body: string,
): FastifyReply {
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
  reply
    .header('etag', etag)
    .header('cache-control', `public, max-age=${PUBLIC_MAX_AGE}`)
    .header('vary', 'host');
  const match = req.headers['if-none-match'];
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))
    return reply.code(304).send();
  return reply.type(contentType).send(body);
}
