import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { $ZodIssue } from 'zod/v4/core';
import { AppError } from '../lib/errors';
import { t, zodIssueMessage, type Locale } from '../lib/messages';

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: Record<string, string>;
    details?: Record<string, unknown>;
  };
}

function send(reply: FastifyReply, status: number, body: ErrorBody) {
  return reply.status(status).type('application/json').send(body);
}

/** Translates field problems of a validation error into the request's language. */
function zodFields(
  validation: { instancePath: string; keyword: string; message?: string; params: object }[],
  locale: Locale,
) {
  const fields: Record<string, string> = {};
  for (const v of validation) {
    const key = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '_';
    if (fields[key]) continue;
    const issue = {
      ...v.params,
      code: v.keyword,
      message: v.message ?? '',
      path: key.split('.'),
    } as unknown as $ZodIssue;
    fields[key] = zodIssueMessage(issue, locale);
  }
  return fields;
}

/** The SQLSTATE of a database error, also when Drizzle wraps the driver's error as its cause. */
function sqlState(err: unknown): string | undefined {
  for (let e = err, i = 0; e && typeof e === 'object' && i < 3; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** An error thrown by the multipart parser on a body that is not the multipart it claims to be. */
function isMultipartParseError(err: Error): boolean {
  return !(err as FastifyError).statusCode && /[\\/]busboy[\\/]/.test(err.stack ?? '');
}

/**
 * Errors of the router itself, before any hook runs (a path parameter that is not valid percent
 * encoding, or longer than the router allows): the same error shape, without echoing the path.
 * Passed to Fastify as its `frameworkErrors` option.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const h = req.headers['accept-language'];
  const locale: Locale = typeof h === 'string' && /^en\b/i.test(h.trim()) ? 'en' : 'id';
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  return send(reply, status, { error: { code: 'BAD_REQUEST', message: t('error.malformed', locale) } });
}

/** One error shape for the whole API; SQL and stack traces never leave the server. */
export const errorsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const locale = req.locale ?? 'id';
    if (err instanceof AppError) {
      const fields = err.fields
        ? Object.fromEntries(Object.entries(err.fields).map(([k, p]) => [k, t(p.message, locale, p.params)]))
        : undefined;
      return send(reply, err.status, {
        error: {
          code: err.code,
          message: t(err.messageKey, locale, err.params),
          ...(fields ? { fields } : {}),
          ...(err.details ? { details: err.details } : {}),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      return send(reply, 400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: t('error.validation', locale),
          fields: zodFields(err.validation, locale),
        },
      });
    }
    if (isMultipartParseError(err)) {
      return send(reply, 400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: t('error.validation', locale),
          fields: { file: t('field.multipartMalformed', locale) },
        },
      });
    }
    const state = sqlState(err);
    if (state === '23505') {
      // Two requests raced past the service's own uniqueness check; the index kept the data right.
      req.log.warn({ sqlState: state }, 'unique violation answered as 409');
      return send(reply, 409, { error: { code: 'CONFLICT', message: t('error.alreadyExists', locale) } });
    }
    if (state === '40P01' || state === '40001') {
      // Two transactions crossed (a deadlock or a serialization failure): PostgreSQL rolled this
      // one back whole, so nothing of it was written and the user may simply send it again.
      req.log.warn({ sqlState: state }, 'transaction conflict answered as 409');
      return send(reply, 409, { error: { code: 'RETRY', message: t('error.concurrentRetry', locale) } });
    }
    if (err.statusCode === 429) {
      return send(reply, 429, {
        error: { code: 'RATE_LIMITED', message: t('error.rateLimited', locale, { seconds: 60 }) },
      });
    }
    if (
      err.code === 'FST_REQ_FILE_TOO_LARGE' ||
      err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
      err.statusCode === 413
    ) {
      return send(reply, 413, {
        error: {
          code: 'PAYLOAD_TOO_LARGE',
          message: t('error.payloadTooLarge', locale, { max: 'batas unggah' }),
        },
      });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return send(reply, err.statusCode, {
        error: { code: 'BAD_REQUEST', message: t('error.malformed', locale) },
      });
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, 500, { error: { code: 'INTERNAL', message: t('error.internal', locale) } });
  });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) {
      return send(reply, 404, {
        error: { code: 'NOT_FOUND', message: t('error.routeNotFound', req.locale ?? 'id') },
      });
    }
    return reply.status(404).send('Not found');
  });
});
