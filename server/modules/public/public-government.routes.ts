/**
 * The government pages of the public portal (issue 13): a page per government, its embeddable
 * badge, the rankings and the comparison. Server-rendered, readable without JavaScript, cached
 * through sendPublic (ETag, max-age 60). Reads only through public.service.ts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badgeSvg } from './badge';
import { renderComparePage } from './compare-page';
import './government-i18n';
import { originOf } from './seo';
import { badgePath, govPath, renderGovernmentPage } from './government-page';
import { href } from './html';
import { renderRankingPage } from './ranking-page';
import { sendPublic } from './public-cache';
import { langOf } from './public-i18n';
import { notFoundPage } from './public.routes';
import { publicGovernment } from './public.service';

const HTML = 'text/html; charset=utf-8';
/** A public key: a Kemendagri code ("63", "63.11") or a government id. */
const KEY = /^(\d{2}(\.\d{2})?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Thrown inside a render for a key nobody has: nothing is cached, the route answers 404. */
class UnknownKey extends Error {}

const options = { config: { access: 'public' }, schema: { hide: true } } as const;

export async function publicGovernmentRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.deps.database.db;
  const origin = (req: FastifyRequest) =>
    originOf(req, app.deps.config.publicUrl, app.deps.config.publicUrlFixed);

  const notFound = (req: FastifyRequest, reply: FastifyReply) =>
    reply.code(404).type(HTML).header('cache-control', 'no-cache').send(notFoundPage(req, req.url));

  app.get('/publik/pemerintah/:key', options, async (req, reply) => {
    const { key } = req.params as { key: string };
    if (!KEY.test(key)) return notFound(req, reply);
    const lang = langOf(req);
    try {
      return await sendPublic(app, req, reply, HTML, async () => {
        const gov = await publicGovernment(db(), key);
        if (!gov) throw new UnknownKey();
        const base = origin(req);
        const pageUrl = base + href(govPath(gov.government.key), lang);
        const badgeUrl = base + badgePath(gov.government.key) + (lang === 'en' ? '?lang=en' : '');
        return renderGovernmentPage({ lang, db: db(), gov, pageUrl, badgeUrl }, req.url, badgeUrl);
      });
    } catch (err) {
      if (err instanceof UnknownKey) return notFound(req, reply);
      throw err;
    }
  });

  app.get('/publik/lencana/:file', options, async (req, reply) => {
    const { file } = req.params as { file: string };
    const key = file.endsWith('.svg') ? file.slice(0, -4) : '';
    if (!KEY.test(key)) return reply.code(404).type('text/plain; charset=utf-8').send('');
    const lang = langOf(req);
    // Helmet answers same-origin by default; a badge is meant to be shown on other sites.
    reply.header('cross-origin-resource-policy', 'cross-origin');
    try {
      return await sendPublic(app, req, reply, 'image/svg+xml; charset=utf-8', async () => {
        const gov = await publicGovernment(db(), key);
        if (!gov) throw new UnknownKey();
        return badgeSvg(lang, gov);
      });
    } catch (err) {
      if (err instanceof UnknownKey) return reply.code(404).type('text/plain; charset=utf-8').send('');
      throw err;
    }
  });

  app.get('/publik/peringkat', options, async (req, reply) =>
    sendPublic(app, req, reply, HTML, () =>
      renderRankingPage(db(), langOf(req), req.url, req.query as Record<string, unknown>),
    ),
  );

  app.get('/publik/bandingkan', options, async (req, reply) =>
    sendPublic(app, req, reply, HTML, () =>
      renderComparePage(db(), langOf(req), req.url, req.query as Record<string, unknown>),
    ),
  );
}
