import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LocaleUpdateSchema, LoginSchema, SessionSchema, type Session } from '../../../shared/contracts/auth';
import { NoContentSchema } from '../../../shared/contracts/common';
import { AppError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { requireActor } from '../../plugins/auth.plugin';
import { login, logout, resolveSession, saveLocale, SESSION_COOKIE, SESSION_TTL_MS } from './auth.service';

/** The session answer: the actor as the web app needs it, and the CSRF token for writes. */
function sessionOf(a: Actor | null, csrfToken: string | null): Session {
  if (!a) return { user: null, csrfToken: null };
  return {
    user: {
      id: a.id,
      name: a.name,
      email: a.email,
      role: a.role,
      officeId: a.officeId,
      governmentId: a.governmentId,
      locale: a.locale,
      unitIds: a.reach.unitIds,
    },
    csrfToken,
  };
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.deps.config.secureCookies,
  };

  app.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        // Per-IP limit on top of the per-account lockout in the service.
        rateLimit: {
          max: app.deps.config.loginRateLimit,
          timeWindow: '1 minute',
          errorResponseBuilder: (_req, context) =>
            new AppError('RATE_LIMITED', 429, 'error.rateLimited', undefined, {
              seconds: Math.max(1, Math.ceil(context.ttl / 1000)),
            }),
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets an httpOnly session cookie',
        body: LoginSchema,
        response: { 200: SessionSchema },
      },
    },
    async (req, reply) => {
      const { token, csrfToken } = await login(db(), {
        email: req.body.email,
        password: req.body.password,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      }).catch((err: unknown) => {
        // A throttled attempt says when to try again, as the per-IP limit does.
        if (err instanceof AppError && err.code === 'RATE_LIMITED')
          reply.header('retry-after', String(err.params?.seconds ?? 30));
        throw err;
      });
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: SESSION_TTL_MS / 1000 });
      const resolved = await resolveSession(db(), token);
      return sessionOf(resolved!.actor, csrfToken);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { access: 'authenticated', cacheWrites: 'none' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out (ends the server session)',
        response: { 204: NoContentSchema },
      },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await logout(db(), token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user (or null) and the CSRF token for writes',
        response: { 200: SessionSchema },
      },
    },
    async (req) => sessionOf(req.actor ?? null, req.csrfToken ?? null),
  );

  app.patch(
    '/auth/me',
    {
      config: { access: 'authenticated', cacheWrites: 'none' },
      schema: {
        tags: ['auth'],
        summary: 'Remember the language of the signed-in user',
        body: LocaleUpdateSchema,
        response: { 200: LocaleUpdateSchema },
      },
    },
    async (req) => saveLocale(db(), requireActor(req), req.body.locale),
  );
};
