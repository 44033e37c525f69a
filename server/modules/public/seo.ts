/**
 * robots.txt and sitemap.xml. Both carry absolute URLs built from the request's own address (the
 * public cache keys its answers by host and URL); the Host is used only when it is a plain host
 * name with an optional port, else the configured public URL.
 */
import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../db/client';
import { escapeHtml } from './html';
import { publicResults } from './public.service';

const HOST = /^[a-z0-9]([a-z0-9.-]{0,253})(:\d{1,5})?$/i;

/**
 * The site's origin for absolute links ("https://patuh.example.go.id"): the configured public URL
 * when it was set (`fixed`), else the request's Host when it is a plain host name with an optional
 * port (protocol per trustProxy), else the configured fallback. The public cache keys its answers by
 * this origin, so with PATUH_PUBLIC_URL set a forged Host changes nothing.
 */
export function originOf(req: FastifyRequest, fallback: string, fixed = false): string {
  const host = req.host;
  if (fixed || !host || !HOST.test(host)) return fallback.replace(/\/+$/, '');
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

const STATIC_PAGES = ['/publik', '/publik/tentang', '/publik/peringkat', '/publik/data', '/publik/layanan'];

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
    ...STATIC_PAGES.map((p) => url(p, p === '/publik/tentang' || p === '/publik/layanan' ? null : latest)),
    ...[...newest]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([key, at]) => url(`/publik/pemerintah/${encodeURIComponent(key)}`, at)),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}
