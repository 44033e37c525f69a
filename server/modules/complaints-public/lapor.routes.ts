/**
 * The citizen's pages (issue 14), outside /api, no account: the report form and its receipt, and
 * the status page behind a tracking number + PIN. Every answer is HTML in the page's language —
 * errors too (this plugin's own error handler), never a 500 for bad input. Writes are rate-limited
 * per client address; forms carry a double-submit token (lapor-session.ts); nothing is cached.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ValidationError } from '../../lib/errors';
import { identityKeysOf } from '../../lib/identity-crypto';
import { t } from '../../lib/messages';
import { langOf, type PublicLang } from '../public/public-i18n';
import { renderForm, type FormState } from './lapor-form';
import { keptValues, parseReport } from './lapor-input';
import { discardAll, readForm } from './lapor-multipart';
import { renderError, renderReceipt, renderSignIn, renderStatus, type StatusPageState } from './lapor-pages';
import {
  caseOfCookie,
  clearCaseCookie,
  formToken,
  formTokenMatches,
  randomToken,
  setCaseCookie,
} from './lapor-session';
import { laporAssets } from './lapor-assets';
import { tl } from './lapor-i18n';
import * as svc from './lapor.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SUBMISSION_KEY = /^[A-Za-z0-9_-]{16,64}$/;
const TRACKING = /^LM-\d{4}-[2-9A-HJ-NP-Z]{8}$/;

function sendHtml(reply: FastifyReply, status: number, body: string) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(body);
}

const statusUrl = (lang: PublicLang, query = '') =>
  `/publik/lapor/status${lang === 'en' ? `?lang=en${query ? `&${query}` : ''}` : query ? `?${query}` : ''}`;

export async function complaintsPublicRoutes(app: FastifyInstance): Promise<void> {
  const db = () => app.deps.database.db;
  const cfg = app.deps.config;
  const keys = () => identityKeysOf(cfg);
  const rateLimit = {
    max: cfg.loginRateLimit,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req: unknown, context: { ttl: number }) =>
      new AppError('RATE_LIMITED', 429, 'error.rateLimited', undefined, {
        seconds: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  };
  const config = { access: 'public' as const, rateLimit };

  // The forms without files post url-encoded; the parser lives in this plugin only.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 64 * 1024 },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  app.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
    const lang = langOf(req);
    if (err instanceof AppError) {
      if (err.status === 429) reply.header('retry-after', String(err.params?.seconds ?? 60));
      const message =
        err.status === 429
          ? tl(lang, 'error.tooMany', { seconds: err.params?.seconds ?? 60 })
          : [
              t(err.messageKey, lang, err.params),
              ...Object.values(err.fields ?? {}).map((f) => t(f.message, lang, f.params)),
            ].join(' ');
      return sendHtml(reply, err.status, renderError(lang, req.url, message));
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ err }, 'report page failed');
    return sendHtml(
      reply,
      status,
      renderError(lang, req.url, t(status === 500 ? 'error.internal' : 'error.malformed', lang)),
    );
  });

  app.get(
    '/publik/lapor/aset/:file',
    { config: { access: 'public' }, schema: { hide: true } },
    async (req, reply) => {
      const asset = laporAssets.byPath(req.url.split('?')[0]!);
      if (!asset) return reply.code(404).type('text/plain').send('');
      return reply
        .type(asset.type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(asset.body);
    },
  );

  async function formPage(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    state: Omit<FormState, 'formToken' | 'maxBytes'>,
  ) {
    const lang = langOf(req);
    const choices = await svc.formChoices(db());
    const full: FormState = {
      ...state,
      formToken: formToken(req, reply, cfg.secureCookies),
      maxBytes: cfg.uploadMaxBytes,
    };
    return sendHtml(reply, status, renderForm(lang, req.url, full, choices));
  }

  app.get('/publik/lapor', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) =>
    formPage(req, reply, 200, { values: {}, errors: {}, general: [], submissionKey: randomToken() }),
  );

  app.post('/publik/lapor', { config, schema: { hide: true } }, async (req, reply) => {
    const lang = langOf(req);
    const form = await readForm(req, { dataDir: cfg.dataDir, maxBytes: cfg.uploadMaxBytes, locale: lang });
    const f = form.fields;
    const general: string[] = [];
    let status = 400;
    if (!formTokenMatches(req, f.formToken)) {
      general.push(t('complaint.public.formExpired', lang));
      status = 403;
    }
    if (form.broken) general.push(t('field.multipartMalformed', lang));
    const govId = f['body.governmentId']?.trim();
    const govName = govId && UUID.test(govId) ? await svc.governmentName(db(), govId) : undefined;
    const parsed = parseReport(f, lang, govName);
    const errors = parsed.ok ? {} : { ...parsed.errors };
    if (errors.submissionKey) {
      delete errors.submissionKey;
      general.push(t('complaint.public.formExpired', lang));
    }
    if (form.fileErrors.length) errors.files = form.fileErrors.join(' ');
    else if (form.staged.length === 0) errors.files = t('complaint.public.files', lang);
    const submissionKey = SUBMISSION_KEY.test(f.submissionKey ?? '') ? f.submissionKey! : randomToken();
    const again = (code: number) =>
      formPage(req, reply, code, { values: keptValues(f), errors, general, submissionKey });
    if (!parsed.ok || general.length || Object.keys(errors).length) {
      await discardAll(form.staged);
      return again(status);
    }
    try {
      const created = await svc.submitReport(db(), keys(), parsed.input, form.staged);
      if (created.repeated) await discardAll(form.staged);
      return sendHtml(reply, 200, renderReceipt(lang, req.url, created));
    } catch (err) {
      await discardAll(form.staged);
      if (err instanceof ValidationError && err.fields) {
        for (const [name, p] of Object.entries(err.fields)) errors[name] = t(p.message, lang, p.params);
        return again(400);
      }
      throw err;
    }
  });

  async function statusPage(
    req: FastifyRequest,
    reply: FastifyReply,
    caseId: string,
    state: Partial<StatusPageState>,
  ) {
    const lang = langOf(req);
    const view = await svc.statusView(db(), caseId);
    if (!view) {
      clearCaseCookie(reply, cfg.secureCookies);
      return signIn(req, reply, 200, {}, {}, tl(lang, 'status.expired'));
    }
    const full: StatusPageState = {
      formToken: formToken(req, reply, cfg.secureCookies),
      errors: state.errors ?? {},
      values: state.values ?? {},
      notice: state.notice,
    };
    return sendHtml(
      reply,
      Object.keys(full.errors).length ? 400 : 200,
      renderStatus(lang, req.url, view, full),
    );
  }

  function signIn(
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    values: { trackingNumber?: string },
    errors: Record<string, string>,
    general?: string,
  ) {
    const lang = langOf(req);
    const token = formToken(req, reply, cfg.secureCookies);
    return sendHtml(
      reply,
      status,
      renderSignIn(lang, req.url, { values, errors, general, formToken: token }),
    );
  }

  app.get(
    '/publik/lapor/status',
    { config: { access: 'public' }, schema: { hide: true } },
    async (req, reply) => {
      const caseId = caseOfCookie(req, keys());
      const q = req.query as Record<string, unknown>;
      if (caseId)
        return statusPage(req, reply, caseId, {
          notice: q.ok === '1' ? tl(langOf(req), 'status.sent') : undefined,
        });
      return signIn(req, reply, 200, {}, {});
    },
  );

  const bodyOf = (req: FastifyRequest) =>
    (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, string | undefined>;

  app.post('/publik/lapor/status', { config, schema: { hide: true } }, async (req, reply) => {
    const lang = langOf(req);
    const b = bodyOf(req);
    const trackingNumber = String(b.trackingNumber ?? '')
      .trim()
      .toUpperCase()
      .slice(0, 40);
    const pin = String(b.pin ?? '').trim();
    if (!formTokenMatches(req, b.formToken))
      return signIn(req, reply, 403, { trackingNumber }, {}, t('complaint.public.formExpired', lang));
    const errors: Record<string, string> = {};
    if (!TRACKING.test(trackingNumber)) errors.trackingNumber = t('complaint.public.tracking', lang);
    if (!/^\d{6}$/.test(pin)) errors.pin = t('complaint.public.pin', lang);
    if (Object.keys(errors).length) return signIn(req, reply, 400, { trackingNumber }, errors);
    const result = await svc.openCase(db(), trackingNumber, pin, req.ip);
    if (!result.ok) {
      if (result.waitSeconds) {
        reply.header('retry-after', String(result.waitSeconds));
        const minutes = Math.max(1, Math.ceil(result.waitSeconds / 60));
        return signIn(
          req,
          reply,
          429,
          { trackingNumber },
          {},
          t('complaint.public.locked', lang, { minutes }),
        );
      }
      return signIn(req, reply, 401, { trackingNumber }, {}, t('complaint.public.wrong', lang));
    }
    setCaseCookie(reply, keys(), result.caseId, cfg.secureCookies);
    return reply.header('cache-control', 'no-store').redirect(statusUrl(lang), 303);
  });

  /** The case of a status-page POST, or the sign-in page (expired cookie, foreign form). */
  function caseOfPost(req: FastifyRequest, sentToken: string | undefined): string | null {
    if (!formTokenMatches(req, sentToken)) return null;
    return caseOfCookie(req, keys());
  }

  app.post('/publik/lapor/status/pesan', { config, schema: { hide: true } }, async (req, reply) => {
    const lang = langOf(req);
    const b = bodyOf(req);
    const caseId = caseOfPost(req, b.formToken);
    if (!caseId) return signIn(req, reply, 403, {}, {}, tl(lang, 'status.expired'));
    const message = String(b.message ?? '').trim();
    const lhp = b.lhpResponse === 'on';
    if (!message) return statusPage(req, reply, caseId, { errors: { message: t('field.required', lang) } });
    if (message.length > 4000)
      return statusPage(req, reply, caseId, {
        errors: { message: t('field.tooLong', lang, { max: 4000 }) },
        values: { message },
      });
    const done = await svc.addMessage(db(), caseId, message, lhp);
    if (done !== 'ok') {
      const key = done === 'lhpClosed' ? 'complaint.public.lhpClosed' : 'complaint.public.closed';
      return statusPage(req, reply, caseId, { errors: { message: t(key, lang) }, values: { message } });
    }
    return reply.redirect(statusUrl(lang, 'ok=1'), 303);
  });

  app.post('/publik/lapor/status/dokumen', { config, schema: { hide: true } }, async (req, reply) => {
    const lang = langOf(req);
    const form = await readForm(req, { dataDir: cfg.dataDir, maxBytes: cfg.uploadMaxBytes, locale: lang });
    const caseId = caseOfPost(req, form.fields.formToken);
    if (!caseId) {
      await discardAll(form.staged);
      return signIn(req, reply, 403, {}, {}, tl(lang, 'status.expired'));
    }
    const problem = form.fileErrors.length
      ? form.fileErrors.join(' ')
      : form.staged.length === 0 || form.broken
        ? t('complaint.public.files', lang)
        : null;
    if (problem) {
      await discardAll(form.staged);
      return statusPage(req, reply, caseId, { errors: { files: problem } });
    }
    try {
      const done = await svc.addDocuments(db(), caseId, form.staged);
      if (done !== 'ok') {
        await discardAll(form.staged);
        return statusPage(req, reply, caseId, { errors: { files: t('complaint.public.closed', lang) } });
      }
    } catch (err) {
      await discardAll(form.staged);
      throw err;
    }
    return reply.redirect(statusUrl(lang, 'ok=1'), 303);
  });

  app.post('/publik/lapor/status/keluar', { config, schema: { hide: true } }, async (req, reply) => {
    clearCaseCookie(reply, cfg.secureCookies);
    return reply.redirect(statusUrl(langOf(req)), 303);
  });
}
