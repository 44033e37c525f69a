/**
 * The respondent's pages (issue 16 §3), outside /api, no account, HTML in the page's language:
 * - /publik/survei/u/:unitId?k=TOKEN[&p=product][&lang=en] — the counter QR (token rotates daily);
 * - /publik/survei/k/:code — a one-time printed slip (a second use: 409 "Kode ini sudah dipakai");
 * - /publik/survei/terima-kasih — after a response (whatever flags it got).
 * Forms post url-encoded and work with JavaScript off; every refusal is a page with a clear
 * message (this plugin's own error handler: never a 500 for bad input); POSTs are rate-limited per
 * client address; nothing is cached.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ValidationError } from '../../lib/errors';
import { identityKeysOf } from '../../lib/identity-crypto';
import { t } from '../../lib/messages';
import { href } from '../public/html';
import { langOf, type PublicLang } from '../public/public-i18n';
import { surveyAssets } from './survei-assets';
import { renderSurveyForm } from './survei-form';
import { ts } from './survei-i18n';
import { keptValues, parseAnswers } from './survei-input';
import { renderProblem, renderThanks } from './survei-pages';
import { deviceHash, formToken, formTokenMatches, readStart, signStart } from './survei-session';
import { normaliseSlipCode } from '../surveys/slip-codes';
import * as svc from './survei.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const THANKS = '/publik/survei/terima-kasih';
/** The form is small: nine radios, four selects, a 2,000-character suggestion. */
const BODY_LIMIT = 16 * 1024;

function sendHtml(reply: FastifyReply, status: number, body: string) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex')
    .type('text/html; charset=utf-8')
    .send(body);
}

const one = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Why a survey can't be answered → status and page. */
function problem(
  req: FastifyRequest,
  reply: FastifyReply,
  kind: 'notFound' | 'token' | 'closed' | 'slipUsed' | 'slipNotFound',
) {
  const lang = langOf(req);
  const pages = {
    notFound: [404, ts(lang, 'error.title'), ts(lang, 'error.notFound')],
    slipNotFound: [404, ts(lang, 'error.title'), ts(lang, 'error.slipNotFound')],
    token: [403, ts(lang, 'error.title'), ts(lang, 'error.token')],
    closed: [410, ts(lang, 'error.closed'), ts(lang, 'error.closed.body')],
    slipUsed: [409, ts(lang, 'error.slipUsed'), ts(lang, 'error.slipUsed.body')],
  } as const;
  const [status, heading, message] = pages[kind];
  return sendHtml(reply, status, renderProblem(lang, req.url, heading, message, `masalah-${kind}`));
}

/** Field names of the insert path's problems → the form's fields. */
const formField = (name: string) =>
  name.startsWith('answers.')
    ? `q.${name.slice('answers.'.length)}`
    : name.startsWith('profile.')
      ? `profil.${name.slice('profile.'.length)}`
      : name === 'productId'
        ? 'layanan'
        : null;

export async function surveysPublicRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.deps.database.db;
  const cfg = app.deps.config;
  const key = () => identityKeysOf(cfg).hash;
  const rateLimit = {
    max: cfg.publicRateLimit,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req: unknown, context: { ttl: number }) =>
      new AppError('RATE_LIMITED', 429, 'error.rateLimited', undefined, {
        seconds: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  };
  const page = { config: { access: 'public' as const }, schema: { hide: true } };
  const post = { config: { access: 'public' as const, rateLimit }, schema: { hide: true } };

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: BODY_LIMIT },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
    const lang = langOf(req);
    const heading = ts(lang, 'error.title');
    if (err instanceof AppError) {
      if (err.status === 429) reply.header('retry-after', String(err.params?.seconds ?? 60));
      const message =
        err.status === 429
          ? ts(lang, 'error.tooMany', { seconds: err.params?.seconds ?? 60 })
          : [
              t(err.messageKey, lang, err.params),
              ...Object.values(err.fields ?? {}).map((f) => t(f.message, lang, f.params)),
            ].join(' ');
      return sendHtml(reply, err.status, renderProblem(lang, req.url, heading, message));
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ err }, 'survey page failed');
    const message =
      status === 413
        ? ts(lang, 'error.tooLarge')
        : t(status === 500 ? 'error.internal' : 'error.malformed', lang);
    return sendHtml(reply, status, renderProblem(lang, req.url, heading, message));
  });

  app.get('/publik/survei/aset/:file', page, async (req, reply) => {
    const asset = surveyAssets.byPath(req.url.split('?')[0]!);
    if (!asset) return reply.code(404).type('text/plain').send('');
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(asset.body);
  });

  app.get(THANKS, page, async (req, reply) => sendHtml(reply, 200, renderThanks(langOf(req), req.url)));

  interface FormRender {
    action: string;
    fixedProductId: string | null;
    values?: Record<string, string>;
    errors?: Record<string, string>;
    general?: string[];
    start?: string;
  }

  function formPage(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    survey: svc.OpenSurvey,
    r: FormRender,
  ) {
    const lang = langOf(req);
    deviceHash(req, reply, key(), cfg.secureCookies);
    const html = renderSurveyForm(
      lang,
      req.url,
      {
        unitName: survey.unitName,
        governmentName: survey.governmentName,
        periodTitle: survey.periodTitle,
        instrument: survey.instrument,
        products: survey.products,
        fixedProductId: r.fixedProductId,
      },
      {
        action: r.action,
        values: r.values ?? {},
        errors: r.errors ?? {},
        general: r.general ?? [],
        formToken: formToken(req, reply, cfg.secureCookies),
        start: r.start ?? signStart(key(), survey.periodId, survey.unitId, new Date()),
      },
    );
    return sendHtml(reply, status, html);
  }

  /** The product a QR link names, when it is one of the unit's surveyed products. */
  const fixedProduct = (survey: svc.OpenSurvey, p: string | undefined) =>
    p && survey.products.some((x) => x.id === p) ? p : null;

  /** Validates and records a sent form; answers the thanks redirect or the form again. */
  async function receive(
    req: FastifyRequest,
    reply: FastifyReply,
    survey: svc.OpenSurvey,
    action: string,
    fixedProductId: string | null,
  ) {
    const lang: PublicLang = langOf(req);
    const now = new Date();
    const fields = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
    const general: string[] = [];
    let status = 400;
    if (!formTokenMatches(req, one(fields.formToken))) {
      general.push(ts(lang, 'form.expired'));
      status = 403;
    }
    const startedAt = readStart(key(), survey.periodId, survey.unitId, one(fields.mulai), now);
    if (!startedAt && !general.length) general.push(ts(lang, 'form.expired'));
    const parsed = parseAnswers(fields, survey.instrument, survey.products, fixedProductId, lang);
    const errors = parsed.ok ? {} : parsed.errors;
    const again = (code: number, more: Record<string, string> = {}, moreGeneral: string[] = []) =>
      formPage(req, reply, code, survey, {
        action,
        fixedProductId,
        values: keptValues(fields, survey.instrument),
        errors: { ...errors, ...more },
        general: [...general, ...moreGeneral],
        start: startedAt ? one(fields.mulai) : undefined,
      });
    if (!parsed.ok || general.length || !startedAt) return again(status);
    try {
      const device = deviceHash(req, reply, key(), cfg.secureCookies);
      const sent = await svc.submitResponse(db(), survey, parsed.value, {
        deviceHash: device,
        startedAt,
        now,
      });
      if (sent.kind === 'closed') return problem(req, reply, 'closed');
      if (sent.kind === 'slipUsed') return problem(req, reply, 'slipUsed');
      return reply.header('cache-control', 'no-store').redirect(href(THANKS, lang), 303);
    } catch (err) {
      if (err instanceof ValidationError && err.fields) {
        const more: Record<string, string> = {};
        const moreGeneral: string[] = [];
        for (const [name, p] of Object.entries(err.fields)) {
          const field = formField(name);
          if (field) more[field] = t(p.message, lang, p.params);
          else moreGeneral.push(t(p.message, lang, p.params));
        }
        return again(400, more, moreGeneral);
      }
      throw err;
    }
  }

  // ---------------------------------------------------------------- the counter QR

  const counterAction = (unitId: string, q: Record<string, unknown>, lang: PublicLang) =>
    href(`/publik/survei/u/${unitId}`, lang, { k: one(q.k), p: one(q.p) });

  app.get('/publik/survei/u/:unitId', page, async (req, reply) => {
    const { unitId } = req.params as { unitId: string };
    const q = (req.query ?? {}) as Record<string, unknown>;
    if (!UUID.test(unitId)) return problem(req, reply, 'notFound');
    const opened = await svc.openCounter(db(), unitId.toLowerCase(), one(q.k), new Date());
    if (opened.kind !== 'ok') return problem(req, reply, opened.kind);
    return formPage(req, reply, 200, opened.survey, {
      action: counterAction(opened.survey.unitId, q, langOf(req)),
      fixedProductId: fixedProduct(opened.survey, one(q.p)),
    });
  });

  app.post('/publik/survei/u/:unitId', post, async (req, reply) => {
    const { unitId } = req.params as { unitId: string };
    const q = (req.query ?? {}) as Record<string, unknown>;
    if (!UUID.test(unitId)) return problem(req, reply, 'notFound');
    const unit = unitId.toLowerCase();
    const sentStart = one((req.body as Record<string, unknown> | undefined)?.mulai);
    const now = new Date();
    const opened = await svc.openCounter(db(), unit, one(q.k), now, (periodId) =>
      readStart(key(), periodId, unit, sentStart, now),
    );
    if (opened.kind !== 'ok') return problem(req, reply, opened.kind);
    const action = counterAction(unit, q, langOf(req));
    return receive(req, reply, opened.survey, action, fixedProduct(opened.survey, one(q.p)));
  });

  // ---------------------------------------------------------------- the one-time slip

  async function openSlip(req: FastifyRequest, reply: FastifyReply) {
    const { code } = req.params as { code: string };
    const opened = await svc.openSlip(db(), code.slice(0, 40), new Date());
    if (opened.kind === 'notFound') return { done: problem(req, reply, 'slipNotFound') };
    if (opened.kind !== 'ok') return { done: problem(req, reply, opened.kind) };
    const action = href(`/publik/survei/k/${normaliseSlipCode(code) ?? ''}`, langOf(req));
    return { survey: opened.survey, action };
  }

  app.get('/publik/survei/k/:code', page, async (req, reply) => {
    const opened = await openSlip(req, reply);
    if ('done' in opened) return opened.done;
    return formPage(req, reply, 200, opened.survey, { action: opened.action, fixedProductId: null });
  });

  app.post('/publik/survei/k/:code', post, async (req, reply) => {
    const opened = await openSlip(req, reply);
    if ('done' in opened) return opened.done;
    return receive(req, reply, opened.survey, opened.action, null);
  });
}
