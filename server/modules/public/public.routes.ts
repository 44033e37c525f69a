/**
 * The public portal (issue 13), outside /api: server-rendered pages under /publik, their
 * stylesheet, and the pages each part registers below. Every route is `access: 'public'`; the
 * pages read only through public.service.ts (released results).
 */
import type { FastifyInstance } from 'fastify';
import { complaintsPublicRoutes } from '../complaints-public/lapor.routes';
import { standardsPublicRoutes } from '../standards-public/standards-public.routes';
import { surveysPublicRoutes } from '../surveys-public/survei.routes';
import { publicDataPageRoutes } from './data-page.routes';
import { html, page } from './html';
import { portalCss, portalCssPath } from './portal-css';
import { publicGovernmentRoutes } from './public-government.routes';
import { publicHomeRoutes } from './public-home.routes';
import { langOf, tp } from './public-i18n';

/** A public page's "not found" (also for a government key nobody has). */
export function notFoundPage(req: Parameters<typeof langOf>[0], path: string): string {
  const lang = langOf(req);
  return page({
    lang,
    path,
    title: tp(lang, 'error.notFound.title'),
    description: tp(lang, 'error.notFound.title'),
    body: html`<h1>${tp(lang, 'error.notFound.title')}</h1>
      <p>${tp(lang, 'error.notFound.body')}</p>
      <form class="form-row" action="/publik/cari" method="get" role="search">
        <label>${tp(lang, 'nav.home')}<input type="search" name="q" minlength="2" maxlength="100" /></label>
        ${lang === 'en' ? html`<input type="hidden" name="lang" value="en" />` : ''}
        <button type="submit">OK</button>
      </form>`,
  });
}

export async function publicPortalRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/publik/aset/:file',
    { config: { access: 'public' }, schema: { hide: true } },
    async (req, reply) => {
      const { file } = req.params as { file: string };
      if (`/publik/aset/${file}` !== portalCssPath()) return reply.code(404).type('text/plain').send('');
      return reply
        .type('text/css; charset=utf-8')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(portalCss());
    },
  );
  // Each part of the portal registers its own plugin here (one line each).
  await app.register(publicDataPageRoutes);
  await app.register(publicGovernmentRoutes);
  await app.register(publicHomeRoutes);
  await app.register(complaintsPublicRoutes);
  await app.register(standardsPublicRoutes);
  await app.register(surveysPublicRoutes);
}
