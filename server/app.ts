import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { authPlugin } from './plugins/auth.plugin';
import { loggerOptions, type AppLogger } from './plugins/errors-log';
import { errorsPlugin, frameworkErrors } from './plugins/errors.plugin';
import { inputGuardPlugin } from './plugins/input-guard.plugin';
import { activity, releaseWhenQuiet } from './lib/release-memory';
import { configureHeavyWork } from './lib/worker-pool';
import { createReadCaches, readCachePlugin } from './plugins/read-cache.plugin';
import { logDestination, requestLogPlugin } from './plugins/request-log.plugin';
import { registerRoutes } from './routes';
import { publicPortalRoutes } from './modules/public/public.routes';

export interface AppDeps {
  config: Config;
  database: Database;
  /** Directory of the built web app; served with an SPA fallback when it exists. */
  webDist?: string;
  /** true = log to stdout; `{ stream }` = log there (tests capture it). Secrets are never logged. */
  logger?: AppLogger;
}

export type App = FastifyInstance;

/**
 * Files under /assets carry a content hash in their name, so a browser may keep them for a year
 * without asking again; everything else (index.html, favicon) is revalidated on every visit.
 */
export function cacheControlOf(dist: string, file: string): string {
  const relative = path.relative(dist, file).split(path.sep);
  return relative[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export interface RouteEntry {
  method: string;
  url: string;
  access: string | undefined;
  /** The route's response schemas by status code (the contract test checks they come from shared/contracts). */
  responses: Record<string, unknown> | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every route with its declared access, for the authorization matrix and docs. */
    routeCatalog: RouteEntry[];
  }
}

/** PATUH_TRUST_PROXY as Fastify takes it: a hop count becomes "trust the nearest n hops". */
function trustProxyOption(
  value: Config['trustProxy'],
): boolean | string[] | ((a: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

/** Builds the HTTP application; tests call this with their own database. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  // `logger: true` (npm start) writes stdout through a buffer (logDestination); the request log
  // writes its lines straight to the same stream.
  const logStream = deps.logger === true ? logDestination() : deps.logger ? deps.logger.stream : undefined;
  const app = Fastify({
    logger: loggerOptions(logStream ? { stream: logStream } : deps.logger, deps.config.logLevel),
    // Only a configured proxy may name the client (X-Forwarded-For); else the per-IP sign-in limit
    // would count whatever address the caller writes in the header.
    trustProxy: trustProxyOption(deps.config.trustProxy),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { coerceTypes: false } },
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  const catalog: RouteEntry[] = [];
  app.decorate('routeCatalog', catalog);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      catalog.push({
        method,
        url: route.url,
        access: (route.config as { access?: string } | undefined)?.access,
        responses: route.schema?.response as Record<string, unknown> | undefined,
      });
    }
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    limits: { fileSize: deps.config.uploadMaxBytes, files: 1, fields: 20 },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Patuh API',
        description:
          'Pengawasan pelayanan publik — registry, accounts, assessments. Errors: `{ error: { code, message, fields } }`.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'patuh_session' } },
      },
    },
    transform: jsonSchemaTransform,
    // Emits the schemas registered with an id (the explain route's recursive ExplainNode) as components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(errorsPlugin);
  await app.register(requestLogPlugin, { stream: logStream });
  await app.register(inputGuardPlugin);
  // Once the heavy-work pool has gone idle, the garbage its tasks left here goes when the server is
  // quiet (release-memory.ts); the hooks keep the time of the last request for it.
  configureHeavyWork({
    idleSeconds: deps.config.workerIdleSeconds,
    heapMb: deps.config.workerHeapMb,
    onIdle: () => releaseWhenQuiet(),
  });
  const touch = (_req: unknown, _reply: unknown, done: () => void) => {
    activity.lastRequestAt = Date.now();
    done();
  };
  app.addHook('onRequest', touch);
  app.addHook('onResponse', touch);
  const caches = createReadCaches(deps.config.readCacheSeconds, deps.database);
  await app.register(authPlugin, { sessions: caches.sessions });
  await app.register(readCachePlugin, { caches });
  await app.register(registerRoutes, { prefix: '/api' });
  await app.register(publicPortalRoutes);

  const dist = deps.webDist;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      wildcard: false,
      // '/' is answered below (the portal for visitors without a session, else the app).
      index: false,
      // Brotli and gzip copies written at build time (vite.config.ts) beside each asset.
      preCompressed: true,
      setHeaders: (reply, file) => reply.header('cache-control', cacheControlOf(dist, file)),
    });
    const indexHtml = fs.readFileSync(path.join(dist, 'index.html'));
    app.get('/*', { schema: { hide: true } }, async (req, reply) => {
      // A missing hashed asset (an old build's chunk) is a 404, not the app's HTML.
      if (req.url.startsWith('/api/') || req.url.startsWith('/assets/')) return reply.callNotFound();
      // A visitor without a session starts on the public portal (issue 13); staff sign in at /login.
      if (req.url === '/' && !req.cookies.patuh_session) return reply.redirect('/publik', 302);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    });
  }
  return app;
}
