/**
 * The public service catalogue (issue 15 part 5), outside /api, no account: the catalogue, a
 * service's page, its A3 display board (PDF, rendered in the heavy-work pool) and its QR code
 * (SVG). Every answer goes through sendPublic (ETag, max-age 60, emptied by any authenticated
 * write); query values are read by hand so bad input gets the portal's 400 page, and a service
 * without a set, published standard is the portal's 404 page — never a 500.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { AppError, ValidationError } from '../../lib/errors';
import { t } from '../../lib/messages';
import { asBuffer, runHeavy } from '../../workers/heavy';
import { href } from '../public/html';
import { PUBLIC_MAX_AGE, sendPublic } from '../public/public-cache';
import { langOf, tp, type PublicLang } from '../public/public-i18n';
import { notFoundPage } from '../public/public.routes';
import { originOf } from '../public/seo';
import { badRequestPage } from '../public/search-page';
import type { BoardPdfInput } from './board-pdf';
import { catalogueGovernments, publicService, type PublicService } from './catalog.service';
import { readCatalogueQuery, renderCataloguePage } from './catalogue-page';
import { componentTexts } from './component-text';
import { CATALOGUE_PATH, servicePath } from './paths';
import { renderServicePage } from './service-page';
import { formatDate } from '../../../shared/format/format';

const HTML = 'text/html; charset=utf-8';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Thrown inside a render for a service with nothing public: nothing is cached, the route answers 404. */
class NotPublic extends Error {}

/** The board's content: the six service-delivery components only (the page may show more). */
export function boardInput(s: PublicService, lang: PublicLang, url: string): BoardPdfInput {
  return {
    governmentName: s.government.name,
    unitName: s.unit.name,
    serviceName: s.name,
    heading: tp(lang, 'sp.title'),
    components: componentTexts(s.content, lang)
      .filter((c) => c.group === 'service_delivery')
      .map(({ number, label, kind, lines, note }) => ({ number, label, kind, lines, note })),
    maklumat: s.maklumat
      ? {
          title: tp(lang, 'sp.maklumat'),
          body: s.maklumat.body,
          signed: tp(lang, 'sp.maklumatSigned', {
            signatory: s.maklumat.signatory,
            date: formatDate(s.maklumat.signedOn, lang),
          }),
        }
      : null,
    url,
    scanLabel: tp(lang, 'sp.board.scan'),
    footer: [
      s.skNumber ? tp(lang, 'sp.skText', { number: s.skNumber, date: formatDate(s.skDate, lang) }) : null,
      s.reviewDate ? `${tp(lang, 'sp.review')}: ${formatDate(s.reviewDate, lang)}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

export async function standardsPublicRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.deps.database.db;
  const cfg = app.deps.config;
  const options = { config: { access: 'public' as const }, schema: { hide: true } };
  // The board is rendered (once per service and language, then cached); a visitor walking every
  // service id is held to the open data's budget per address.
  const boardOptions = {
    config: {
      access: 'public' as const,
      rateLimit: {
        max: cfg.publicRateLimit,
        timeWindow: '1 minute',
        errorResponseBuilder: (_req: unknown, context: { ttl: number }) =>
          new AppError('RATE_LIMITED', 429, 'error.rateLimited', undefined, {
            seconds: Math.max(1, Math.ceil(context.ttl / 1000)),
          }),
      },
    },
    schema: { hide: true },
  };

  // The filter's governments change only with a write: kept while no write has emptied the
  // response cache (and at most as long as a cached page), so a cold search runs two queries, not three.
  let governments: {
    generation: number;
    at: number;
    list: Promise<Array<{ key: string; name: string }>>;
  } | null = null;
  const governmentList = () => {
    const cache = app.readCaches.responses;
    if (!cache.enabled) return catalogueGovernments(db());
    const now = Date.now();
    if (
      governments &&
      governments.generation === cache.generation &&
      now - governments.at < PUBLIC_MAX_AGE * 1000
    )
      return governments.list;
    const list = catalogueGovernments(db());
    const held = { generation: cache.generation, at: now, list };
    governments = held;
    list.catch(() => {
      if (governments === held) governments = null;
    });
    return list;
  };

  /** The service page's absolute URL (what the QR code opens). */
  const pageUrl = (req: FastifyRequest, productId: string, lang: PublicLang) =>
    originOf(req, cfg.publicUrl, cfg.publicUrlFixed) + href(servicePath(productId.toLowerCase()), lang);

  const notFound = (req: FastifyRequest, reply: FastifyReply) =>
    reply
      .removeHeader('content-disposition')
      .code(404)
      .type(HTML)
      .header('cache-control', 'no-cache')
      .send(notFoundPage(req, req.url));

  const badRequest = (req: FastifyRequest, reply: FastifyReply, body: string) =>
    reply.code(400).type(HTML).header('cache-control', 'no-store').send(body);

  // A NUL or lone surrogate in the query (the app's input guard) is this portal's 400 page; a
  // rate-limited board is a 429 with Retry-After. Anything else goes to the app's error handler.
  app.setErrorHandler(async (error, req, reply) => {
    if (error instanceof AppError && error.status === 429) {
      return reply
        .code(429)
        .header('retry-after', String(error.params?.seconds ?? 60))
        .type('text/plain; charset=utf-8')
        .send(t(error.messageKey, langOf(req), error.params));
    }
    if (!(error instanceof ValidationError)) throw error;
    return badRequest(
      req,
      reply,
      badRequestPage(langOf(req), req.url.replace(/%00/gi, ''), ['bad.characters']),
    );
  });

  /** Sends a service's answer, or the 404 page when it has nothing public. */
  const serviceAnswer = async (
    req: FastifyRequest,
    reply: FastifyReply,
    type: string,
    render: (s: PublicService, lang: PublicLang, productId: string) => Promise<string | Buffer>,
  ) => {
    const { productId } = req.params as { productId: string };
    if (!UUID.test(productId)) return notFound(req, reply);
    const lang = langOf(req);
    try {
      return await sendPublic(app, req, reply, type, async () => {
        const s = await publicService(db(), productId.toLowerCase());
        if (!s) throw new NotPublic();
        return render(s, lang, productId);
      });
    } catch (err) {
      if (err instanceof NotPublic) return notFound(req, reply);
      throw err;
    }
  };

  app.get(CATALOGUE_PATH, options, async (req, reply) => {
    const lang = langOf(req);
    const query = readCatalogueQuery(req.query);
    const render = () => renderCataloguePage(db(), lang, req.url, query, governmentList);
    if (query.problems.length > 0) return badRequest(req, reply, await render());
    return sendPublic(app, req, reply, HTML, render);
  });

  app.get(`${CATALOGUE_PATH}/:productId`, options, async (req, reply) =>
    serviceAnswer(req, reply, HTML, async (s, lang) => renderServicePage(lang, req.url, s)),
  );

  app.get(`${CATALOGUE_PATH}/:productId/papan.pdf`, boardOptions, async (req, reply) => {
    reply.header('content-disposition', 'inline; filename="papan-standar-pelayanan.pdf"');
    return serviceAnswer(req, reply, 'application/pdf', async (s, lang, productId) =>
      asBuffer(await runHeavy('standard-board-pdf', boardInput(s, lang, pageUrl(req, productId, lang)))),
    );
  });

  app.get(`${CATALOGUE_PATH}/:productId/qr.svg`, options, async (req, reply) =>
    serviceAnswer(req, reply, 'image/svg+xml; charset=utf-8', async (_s, lang, productId) =>
      QRCode.toString(pageUrl(req, productId, lang), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }),
    ),
  );
}
