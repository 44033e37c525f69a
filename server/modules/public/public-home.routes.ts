/**
 * The public home and what hangs off it: /publik (map), /publik/cari (search), /publik/tentang
 * (about + credits), /robots.txt, /sitemap.xml and the map's tooltip script. All `access: 'public'`,
 * read only through public.service.ts. Query values are read by hand, not by a zod schema, so a bad
 * value gets the portal's own 400 page with its layout rather than the API's JSON error.
 */
import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../../lib/errors';
import { renderAboutPage } from './about-page';
import type { HomeKey } from './home-i18n';
import { DEFAULT_LAYER, renderHomePage } from './home-page';
import { mapScript, mapScriptPath } from './map/map-script';
import { MAP_LAYERS, mapShapes, type MapLayer } from './map/map-shapes';
import { sendPublic } from './public-cache';
import { langOf } from './public-i18n';
import { originOf, robotsTxt, sitemapXml } from './seo';
import { badRequestPage, readSearchQuery, renderSearchPage } from './search-page';

const HTML = 'text/html; charset=utf-8';
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** `?tahun=&peta=` of the home: the chosen year and layer, or what is wrong with them. */
export function readHomeQuery(query: unknown): {
  year: number | undefined;
  layer: MapLayer;
  problems: HomeKey[];
} {
  const q = (query ?? {}) as Record<string, unknown>;
  const problems: HomeKey[] = [];
  let year: number | undefined;
  if (q.tahun !== undefined && q.tahun !== '') {
    const n = typeof q.tahun === 'string' && /^\d{4}$/.test(q.tahun) ? Number(q.tahun) : NaN;
    if (Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR) year = n;
    else problems.push('bad.year');
  }
  let layer: MapLayer = DEFAULT_LAYER;
  if (q.peta !== undefined && q.peta !== '') {
    if (typeof q.peta === 'string' && (MAP_LAYERS as readonly string[]).includes(q.peta))
      layer = q.peta as MapLayer;
    else problems.push('bad.layer');
  }
  return { year, layer, problems };
}

export async function publicHomeRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.deps.database.db;
  const options = { config: { access: 'public' as const }, schema: { hide: true } };

  // Build the map's shapes (~0.1–0.4 s of CPU, once per process) right after the server starts
  // listening rather than on the first visitor's request. Tests (inject, no listen) build them lazily.
  app.addHook('onListen', async () => {
    setTimeout(() => MAP_LAYERS.forEach((layer) => mapShapes(layer)), 0).unref();
  });

  // The app-wide input guard refuses a NUL or a lone surrogate in the query with a ValidationError:
  // on these pages that is the portal's 400 page with its layout, not the API's JSON. Anything
  // else goes to the app's error handler.
  app.setErrorHandler(async (error, req, reply) => {
    if (!(error instanceof ValidationError)) throw error;
    const problem: HomeKey = req.url.startsWith('/publik/cari') ? 'search.invalid' : 'bad.characters';
    return reply
      .code(400)
      .type(HTML)
      .header('cache-control', 'no-store')
      .send(badRequestPage(langOf(req), req.url.replace(/%00/gi, ''), [problem]));
  });

  app.get('/publik', options, async (req, reply) => {
    const lang = langOf(req);
    const { year, layer, problems } = readHomeQuery(req.query);
    if (problems.length > 0) {
      return reply
        .code(400)
        .type(HTML)
        .header('cache-control', 'no-store')
        .send(badRequestPage(lang, req.url, problems));
    }
    return sendPublic(app, req, reply, HTML, () =>
      renderHomePage(db(), { lang, path: req.url, year, layer }),
    );
  });

  app.get('/publik/cari', options, async (req, reply) => {
    const lang = langOf(req);
    const query = readSearchQuery((req.query as Record<string, unknown> | undefined)?.q);
    if (query.kind === 'invalid') {
      const body = await renderSearchPage(db(), lang, req.url, query);
      return reply.code(400).type(HTML).header('cache-control', 'no-store').send(body);
    }
    return sendPublic(app, req, reply, HTML, () => renderSearchPage(db(), lang, req.url, query));
  });

  app.get('/publik/tentang', options, async (req, reply) => {
    const lang = langOf(req);
    return sendPublic(app, req, reply, HTML, () => Promise.resolve(renderAboutPage(lang, req.url)));
  });

  app.get(mapScriptPath(), options, async (_req, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(mapScript()),
  );

  app.get('/robots.txt', options, async (req, reply) =>
    sendPublic(app, req, reply, 'text/plain; charset=utf-8', () =>
      Promise.resolve(robotsTxt(originOf(req, app.deps.config.publicUrl, app.deps.config.publicUrlFixed))),
    ),
  );

  app.get('/sitemap.xml', options, async (req, reply) =>
    sendPublic(app, req, reply, 'application/xml; charset=utf-8', () =>
      sitemapXml(db(), originOf(req, app.deps.config.publicUrl, app.deps.config.publicUrlFixed)),
    ),
  );
}
