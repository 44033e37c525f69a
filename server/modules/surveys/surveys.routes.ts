/**
 * Surveys (issue 16), HTTP only: instruments, periods (SKM and perception), the counter link and
 * its QR, one-time slips, staff entry, corrections, reviews and the response list. Contracts from
 * shared/contracts/surveys.ts; access checked in the services (surveys.access.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { BinaryFileSchema, IdParamsSchema } from '../../../shared/contracts/common';
import {
  CorrectResponseSchema,
  CounterLinkSchema,
  CreatePerceptionPeriodSchema,
  CreateSkmPeriodSchema,
  CreateSlipsSchema,
  DuplicateInstrumentSchema,
  InstrumentDetailSchema,
  InstrumentListSchema,
  PeriodDetailSchema,
  PeriodListQuerySchema,
  PeriodListSchema,
  ResponseListQuerySchema,
  ResponsePageSchema,
  ResponseViewSchema,
  ReviewResponseSchema,
  SlipBatchListSchema,
  SlipBatchSchema,
  StaffResponseSchema,
  UpdateInstrumentSchema,
  UpdatePeriodSchema,
} from '../../../shared/contracts/surveys';
import { requireActor } from '../../plugins/auth.plugin';
import { sendStoredFile } from '../assessments/attachments/file-download';
import { openStoredFile } from '../files/files.service';
import { originOf } from '../public/seo';
import * as collect from './collect.service';
import * as instruments from './instruments.service';
import * as periods from './periods.service';
import * as responses from './responses.service';

const tags = ['surveys'];
const InstrumentParams = z.object({ id: z.string().max(100) });
const UnitParams = z.object({ id: z.uuid(), unitId: z.uuid() });
const BatchParams = UnitParams.extend({ batch: z.coerce.number().int().min(1).max(1_000_000) });

export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const cfg = app.deps.config;

  // ------------------------------------------------------------- instruments
  app.get(
    '/survey-instruments',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'Survey instruments, built-in and custom',
        response: { 200: InstrumentListSchema },
      },
    },
    async () => instruments.listInstruments(db()),
  );
  app.get(
    '/survey-instruments/:id',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'One instrument with its questions',
        params: InstrumentParams,
        response: { 200: InstrumentDetailSchema },
      },
    },
    async (req) => instruments.getInstrument(db(), req.params.id),
  );
  app.post(
    '/survey-instruments/:id/duplicate',
    {
      config: { access: 'survey.instrument.manage', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Copy an instrument into a new custom version, editable until a period uses it',
        params: InstrumentParams,
        body: DuplicateInstrumentSchema,
        response: { 201: InstrumentDetailSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await instruments.duplicateInstrument(db(), requireActor(req), req.params.id, req.body)),
  );
  app.put(
    '/survey-instruments/:id',
    {
      config: { access: 'survey.instrument.manage', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Replace the definition of a custom instrument (409 survey.instrument_frozen once used)',
        params: InstrumentParams,
        body: UpdateInstrumentSchema,
        response: { 200: InstrumentDetailSchema },
      },
    },
    async (req) => instruments.updateInstrument(db(), req.params.id, req.body),
  );

  // ------------------------------------------------------------- periods
  app.get(
    '/survey-periods',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'Survey periods in reach (SKM: the government’s people; perception: the office’s staff)',
        querystring: PeriodListQuerySchema,
        response: { 200: PeriodListSchema },
      },
    },
    async (req) => periods.listPeriods(db(), requireActor(req), req.query),
  );
  app.post(
    '/survey-periods/skm',
    {
      config: { access: 'survey.skm.manage', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Open an SKM period of the coordinator’s government',
        body: CreateSkmPeriodSchema,
        response: { 201: PeriodDetailSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await periods.createSkmPeriod(db(), requireActor(req), req.body)),
  );
  app.post(
    '/survey-periods/perception',
    {
      config: { access: 'survey.perception.manage', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Open a perception-of-maladministration survey for governments of an official cycle',
        body: CreatePerceptionPeriodSchema,
        response: { 201: PeriodDetailSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await periods.createPerceptionPeriod(db(), requireActor(req), req.body)),
  );
  app.get(
    '/survey-periods/:id',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'A period with its units, the sample each needs and progress toward it',
        params: IdParamsSchema,
        response: { 200: PeriodDetailSchema },
      },
    },
    async (req) => periods.getPeriod(db(), requireActor(req), req.params.id),
  );
  app.patch(
    '/survey-periods/:id',
    {
      config: { access: 'survey.read', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Change, close or reopen a period (its manager by kind; a stale rowVersion is 409)',
        params: IdParamsSchema,
        body: UpdatePeriodSchema,
        response: { 200: PeriodDetailSchema },
      },
    },
    async (req) => periods.updatePeriod(db(), requireActor(req), req.params.id, req.body),
  );

  // ------------------------------------------------------------- counter and slips
  app.get(
    '/survey-periods/:id/units/:unitId/counter',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'Today’s counter link of a unit (rotates at the unit’s local midnight)',
        params: UnitParams,
        response: { 200: CounterLinkSchema },
      },
    },
    async (req) =>
      collect.counterLink(
        db(),
        requireActor(req),
        req.params.id,
        req.params.unitId,
        originOf(req, cfg.publicUrl, cfg.publicUrlFixed),
      ),
  );
  app.get(
    '/survey-periods/:id/units/:unitId/counter.svg',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'The QR code (SVG) of today’s counter link',
        params: UnitParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => {
      const link = await collect.counterLink(
        db(),
        requireActor(req),
        req.params.id,
        req.params.unitId,
        originOf(req, cfg.publicUrl, cfg.publicUrlFixed),
      );
      const svg = await QRCode.toString(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
      return reply
        .type('image/svg+xml; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(svg);
    },
  );
  app.get(
    '/survey-periods/:id/units/:unitId/slips',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'The unit’s batches of one-time slips, with how many were used',
        params: UnitParams,
        response: { 200: SlipBatchListSchema },
      },
    },
    async (req) => collect.listSlipBatches(db(), requireActor(req), req.params.id, req.params.unitId),
  );
  app.post(
    '/survey-periods/:id/units/:unitId/slips',
    {
      config: { access: 'survey.collect', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Print a batch of one-time slips (an A4 PDF sheet; only the codes’ hashes are kept)',
        params: UnitParams,
        body: CreateSlipsSchema,
        response: { 201: SlipBatchSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const batch = await collect.createSlips(db(), actor, req.params.id, req.params.unitId, req.body.count, {
        origin: originOf(req, cfg.publicUrl, cfg.publicUrlFixed),
        dataDir: cfg.dataDir,
        locale: actor.locale,
      });
      return reply.status(201).send(batch);
    },
  );
  app.get(
    '/survey-periods/:id/units/:unitId/slips/:batch.pdf',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'The printable sheet of a batch of slips',
        params: BatchParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => {
      const file = await collect.slipSheet(
        db(),
        requireActor(req),
        req.params.id,
        req.params.unitId,
        req.params.batch,
      );
      return sendStoredFile(reply, { file, stream: await openStoredFile(cfg.dataDir, file) });
    },
  );

  // ------------------------------------------------------------- responses
  app.post(
    '/survey-periods/:id/responses',
    {
      config: { access: 'survey.collect', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Type in a paper form (SKM, staff) or an interview (perception)',
        params: IdParamsSchema,
        body: StaffResponseSchema,
        response: { 201: ResponseViewSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await responses.enterResponse(db(), requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/survey-periods/:id/responses',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'Responses of a period, newest first (filter: flagged, excluded, staff-entered)',
        params: IdParamsSchema,
        querystring: ResponseListQuerySchema,
        response: { 200: ResponsePageSchema },
      },
    },
    async (req) => responses.listResponses(db(), requireActor(req), req.params.id, req.query),
  );
  app.post(
    '/survey-responses/:id/correct',
    {
      config: { access: 'survey.collect', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Correct a response: a new response superseding it (409 if already corrected)',
        params: IdParamsSchema,
        body: CorrectResponseSchema,
        response: { 201: ResponseViewSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await responses.correctResponse(db(), requireActor(req), req.params.id, req.body)),
  );
  app.post(
    '/survey-responses/:id/review',
    {
      config: { access: 'survey.read', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Accept or exclude a response, with a reason (SKM: coordinator; perception: head)',
        params: IdParamsSchema,
        body: ReviewResponseSchema,
        response: { 200: ResponseViewSchema },
      },
    },
    async (req) => responses.reviewResponse(db(), requireActor(req), req.params.id, req.body),
  );
};
