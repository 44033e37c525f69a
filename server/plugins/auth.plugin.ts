import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, ForbiddenError, UnauthenticatedError } from '../lib/errors';
import type { Locale } from '../lib/messages';
import { roleCan, type RouteAccess } from '../lib/permissions';
import type { Actor } from '../lib/reach';
import { SESSION_COOKIE } from '../modules/auth/auth.service';
import type { SessionCache } from './auth-sessions';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route; every route must declare it (the authorization matrix test checks). */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    locale: Locale;
  }
}

/** Methods that change nothing: no CSRF token needed, and the read cache may serve them. */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Locale of the request: the user's saved choice, else Accept-Language, else Bahasa Indonesia. */
function headerLocale(req: FastifyRequest): Locale {
  const h = req.headers['accept-language'];
  return typeof h === 'string' && /^en\b/i.test(h.trim()) ? 'en' : 'id';
}

/** Returns the actor or throws 401: for services called from authenticated routes. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new UnauthenticatedError();
  return req.actor;
}

/**
 * Session → actor (with reach) once per request, never one revoked or changed before the request
 * (auth-sessions.ts: kept only while the database's auth generation stands still); CSRF check on
 * writes; the route's declared access (public / authenticated / permission) enforced before
 * validation.
 */
export const authPlugin = fp(async (app: FastifyInstance, opts: { sessions: SessionCache }) => {
  await opts.sessions.start();
  app.addHook('onClose', async () => opts.sessions.stop());
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('locale', 'id');

  app.addHook('onRequest', async (req) => {
    req.locale = headerLocale(req);
    const access = req.routeOptions.config?.access;
    if (!req.url.startsWith('/api/') || access === undefined) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const resolved = await opts.sessions.resolve(token);
      if (resolved) {
        req.actor =
          access === 'public' || access === 'authenticated'
            ? resolved.actor
            : { ...resolved.actor, acting: access };
        req.csrfToken = resolved.csrfToken;
        req.locale = resolved.actor.locale;
      }
    }
    if (access === 'public') return;
    if (!req.actor) throw new UnauthenticatedError();
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== req.csrfToken)
        throw new AppError('CSRF_INVALID', 403, 'error.csrf');
    }
    if (access !== 'authenticated' && !roleCan(req.actor.role, access)) throw new ForbiddenError();
  });
});
