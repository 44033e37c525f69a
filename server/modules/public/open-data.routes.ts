/**
 * The open-data API, version 1 (issue 13), under /api/public/v1: every released figure as JSON and
 * CSV for anyone — no sign-in, CORS open to every origin (GET and its preflight), one per-address
 * budget of PATUH_PUBLIC_RATE_LIMIT requests a minute across all its routes for anonymous callers
 * (then 429 in the API's error shape; signed-in staff are not counted), and each answer cached with
 * an ETag and `max-age=60` (public-cache.ts), so a withdrawn release is gone from every copy within a
 * minute. The dictionary of every field and the licence are on /publik/data. Also registers the
 * staff dashboard map (signed in, reach-scoped).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BinaryFileSchema, NoContentSchema } from '../../../shared/contracts/common';
import {
  MapGeometrySchema,
  OpenDataErrorSchema,
  OpenDataGovernmentSchema,
  OpenDataKeyParamsSchema,
  OpenDataMapParamsSchema,
  OpenDataQuerySchema,
  OpenDataResultsSchema,
  OpenDataSummarySchema,
  OpenDataYearQuerySchema,
  OpenDataYearsSchema,
} from '../../../shared/contracts/open-data';
import { AppError, NotFoundError } from '../../lib/errors';
import { mapGeometry } from './open-data-map';
import * as svc from './open-data.service';
import { sendPublic } from './public-cache';
import { staffMapRoutes } from '../dashboard/staff-map.routes';
import { OpenDataFollowupsSchema } from '../../../shared/contracts/followup-reports';
import { publicFollowupsJson } from '../followup-reports/public-followups.service';

const tags = ['open-data'];
const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';
const errors = { 400: OpenDataErrorSchema, 429: OpenDataErrorSchema };

/** CORS for any origin: the data is public and carries no cookie-bound answer. */
function openCors(reply: FastifyReply): void {
  reply
    .header('access-control-allow-origin', '*')
    .header('access-control-expose-headers', 'etag, content-disposition, retry-after, x-ratelimit-remaining')
    // helmet's default (same-origin) would stop another site's fetch from reading the answer.
    .header('cross-origin-resource-policy', 'cross-origin');
}

const openDataV1: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const limiter = app.rateLimit({
    max: app.deps.config.publicRateLimit,
    // Signed-in staff are known accounts, not anonymous scrapers: the staff dashboard's map loads its
    // geometry here, and an office behind one NAT address must not spend its citizens' budget. The
    // session was resolved by the auth plugin's onRequest hook, which runs before this one.
    allowList: (req) => req.actor !== null,
    timeWindow: '1 minute',
    errorResponseBuilder: (_req, context) =>
      new AppError('RATE_LIMITED', 429, 'error.rateLimited', undefined, {
        seconds: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  });
  app.addHook('onRequest', async (req, reply) => {
    // `?lang=en|id` (as on the portal's pages) picks the errors' language over Accept-Language.
    const lang = (req.query as { lang?: unknown } | undefined)?.lang;
    if (lang === 'en' || lang === 'id') req.locale = lang;
    openCors(reply);
  });
  // One store for the whole API: the budget is per address, not per route.
  app.addHook('onRequest', limiter);

  const json = (req: FastifyRequest, reply: FastifyReply, render: () => Promise<unknown>) =>
    sendPublic(app, req, reply, JSON_TYPE, async () => JSON.stringify(await render()));
  const csv = (req: FastifyRequest, reply: FastifyReply, file: string, render: () => Promise<string>) => {
    reply.header('content-disposition', `attachment; filename="${file}"`);
    return sendPublic(app, req, reply, CSV_TYPE, render);
  };

  app.options(
    '/*',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'CORS preflight for GET from any origin', response: { 204: NoContentSchema } },
    },
    async (_req, reply) =>
      reply
        .code(204)
        .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
        .header('access-control-allow-headers', 'if-none-match, accept-language')
        .header('access-control-max-age', '86400')
        .send(null),
  );

  app.get(
    '/results.json',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Every released result (one row per government and year), filtered by year, type, province',
        description:
          'Fields: see /publik/data. `score`/`band`/`zone`/`opinion` are what the public sees (the official Ombudsman figure when `source` is `official`); `computed*` is Patuh’s own figure. Licence CC BY 4.0, “Sumber: Ombudsman RI melalui Patuh”.',
        querystring: OpenDataQuerySchema,
        response: { 200: OpenDataResultsSchema, ...errors },
      },
    },
    async (req, reply) => json(req, reply, () => svc.resultsJson(db(), req.query)),
  );
  app.get(
    '/results.csv',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The rows of results.json as CSV (UTF-8 with BOM, header row, dot decimals)',
        querystring: OpenDataQuerySchema,
        response: { 200: BinaryFileSchema, ...errors },
      },
    },
    async (req, reply) =>
      csv(req, reply, svc.csvFileName('hasil', req.query.year), () => svc.resultsCsv(db(), req.query)),
  );
  app.get(
    '/dimensions.csv',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "Each released government's dimension scores of a year (default: the newest), as CSV",
        querystring: OpenDataYearQuerySchema,
        response: { 200: BinaryFileSchema, ...errors },
      },
    },
    async (req, reply) => {
      const year = (await svc.yearOrNewest(db(), req.query.year)) ?? undefined;
      return csv(req, reply, svc.csvFileName('dimensi', year), () => svc.dimensionsCsv(db(), year));
    },
  );
  app.get(
    '/units.csv',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "Each released government's unit scores of a year (default: the newest), as CSV",
        querystring: OpenDataYearQuerySchema,
        response: { 200: BinaryFileSchema, ...errors },
      },
    },
    async (req, reply) => {
      const year = (await svc.yearOrNewest(db(), req.query.year)) ?? undefined;
      return csv(req, reply, svc.csvFileName('unit', year), () => svc.unitsCsv(db(), year));
    },
  );
  app.get(
    '/governments/:key.json',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "A government's released results per year with dimensions, views and units",
        params: OpenDataKeyParamsSchema,
        querystring: OpenDataYearQuerySchema.pick({ lang: true }),
        response: { 200: OpenDataGovernmentSchema, ...errors },
      },
    },
    async (req, reply) =>
      json(req, reply, async () => {
        const g = await svc.governmentJson(db(), req.params.key);
        if (!g) throw new NotFoundError();
        return g;
      }),
  );
  app.get(
    '/governments/:key/followups.json',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          "What the office publishes of a government's follow-ups: progress per unit and the items (no person, never a complaint's corrective action)",
        params: OpenDataKeyParamsSchema,
        querystring: OpenDataYearQuerySchema.pick({ lang: true }),
        response: { 200: OpenDataFollowupsSchema, ...errors },
      },
    },
    async (req, reply) =>
      json(req, reply, async () => {
        const f = await publicFollowupsJson(db(), req.params.key);
        if (!f) throw new NotFoundError();
        return f;
      }),
  );
  app.get(
    '/years.json',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Years with at least one released result, newest first',
        querystring: OpenDataYearQuerySchema.pick({ lang: true }),
        response: { 200: OpenDataYearsSchema, ...errors },
      },
    },
    async (req, reply) => json(req, reply, () => svc.yearsJson(db())),
  );
  app.get(
    '/summary.json',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Zone and opinion-category counts of a year (default: the newest released)',
        querystring: OpenDataYearQuerySchema,
        response: { 200: OpenDataSummarySchema, ...errors },
      },
    },
    async (req, reply) => json(req, reply, () => svc.summaryJson(db(), req.query.year)),
  );
  app.get(
    '/map/:layer.json',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Map geometry (SVG path data keyed by Kemendagri code): provinsi or kabkota',
        description:
          'Boundaries: cahyadsn/wilayah_boundaries, MIT, © 2024 Cahya DSN (credit on /publik/tentang).',
        params: OpenDataMapParamsSchema,
        querystring: OpenDataYearQuerySchema.pick({ lang: true }),
        response: { 200: MapGeometrySchema, ...errors },
      },
    },
    async (req, reply) => json(req, reply, () => mapGeometry(req.params.layer)),
  );
};

/** The open-data API v1 and the staff dashboard map (one registration in server/routes.ts). */
export const openDataRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(openDataV1, { prefix: '/public/v1' });
  await app.register(staffMapRoutes);
};
