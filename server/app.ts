import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
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
import { errorsPlugin, frameworkErrors } from './plugins/errors.plugin';
import { inputGuardPlugin } from './plugins/input-guard.plugin';
import { createReadCaches, readCachePlugin } from './plugins/read-cache.plugin';
import { registerRoutes } from './routes';

export interface AppDeps {
  config: Config;
  database: Database;
  /** Directory of the built web app; served with an SPA fallback when it exists. */
  webDist?: string;
  logger?: boolean;
}

export type App = FastifyInstance;

export interface RouteEntry {
  method: string;
  url: string;
  access: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every route with its declared access, for the authorization matrix and docs. */
    routeCatalog: RouteEntry[];
  }
}

/** Builds the HTTP application; tests call this with their own database. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ? { level: deps.config.logLevel } : false,
    trustProxy: true,
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
  await app.register(inputGuardPlugin);
  const caches = createReadCaches(deps.config.readCacheSeconds);
  await app.register(authPlugin, { database: deps.database, sessions: caches.sessions });
  await app.register(readCachePlugin, { caches });
  await app.register(registerRoutes, { prefix: '/api' });

  const dist = deps.webDist;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) {
    await app.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false, index: ['index.html'] });
    const indexHtml = fs.readFileSync(path.join(dist, 'index.html'));
    app.get('/*', { schema: { hide: true } }, async (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.callNotFound();
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    });
  }
  return app;
}
