/**
 * Service standards (issue 15), HTTP only: drafts with autosave, submit/return, setting by SK,
 * publishing, the SK file, the history and completeness. Contracts from shared/contracts/standards.ts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BinaryFileSchema, IdParamsSchema, NoContentSchema } from '../../../shared/contracts/common';
import {
  CompletenessQuerySchema,
  GovernmentCompletenessSchema,
  GovernmentRollupListSchema,
  ProductIdParams,
  PublishBodySchema,
  ReturnDraftBodySchema,
  RowVersionBodySchema,
  SaveDraftBodySchema,
  StandardHistorySchema,
  StandardIdParams,
  StandardOverviewSchema,
  StandardVersionSchema,
} from '../../../shared/contracts/standards';
import { requireActor } from '../../plugins/auth.plugin';
import { sendStoredFile } from '../assessments/attachments/file-download';
import * as completeness from './completeness.service';
import * as drafts from './drafts.service';
import * as overview from './overview.service';
import * as setting from './set.service';

const tags = ['standards'];

export const standardRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    '/products/:productId/standard',
    {
      config: { access: 'standard.read' },
      schema: {
        tags,
        summary: "A product's standard: set version, open draft, versions, completeness",
        params: ProductIdParams,
        response: { 200: StandardOverviewSchema },
      },
    },
    async (req) => overview.standardOverview(db(), requireActor(req), req.params.productId),
  );
  app.get(
    '/products/:productId/standard/history',
    {
      config: { access: 'standard.read' },
      schema: {
        tags,
        summary: 'Every version with who set and edited it and what changed per component',
        params: ProductIdParams,
        response: { 200: StandardHistorySchema },
      },
    },
    async (req) => overview.standardHistory(db(), requireActor(req), req.params.productId, req.locale),
  );
  app.post(
    '/products/:productId/standard/draft',
    {
      config: { access: 'standard.edit', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Open the next version as a draft (a copy of the set one, or empty)',
        params: ProductIdParams,
        response: { 201: StandardVersionSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await drafts.openDraft(db(), requireActor(req), req.params.productId)),
  );
  app.get(
    '/standards/completeness',
    {
      config: { access: 'standard.read', readCache: true },
      schema: {
        tags,
        summary: 'Completeness roll-up per government in reach (the nation for an admin)',
        querystring: CompletenessQuerySchema,
        response: { 200: GovernmentRollupListSchema },
      },
    },
    async (req) => completeness.completenessByGovernment(db(), requireActor(req), req.query.officeId),
  );
  app.get(
    '/governments/:id/standards',
    {
      config: { access: 'standard.read', readCache: true },
      schema: {
        tags,
        summary: 'Completeness of every unit and product of a government',
        params: IdParamsSchema,
        response: { 200: GovernmentCompletenessSchema },
      },
    },
    async (req) => completeness.governmentCompleteness(db(), requireActor(req), req.params.id),
  );
  app.get(
    '/standards/:id',
    {
      config: { access: 'standard.read' },
      schema: {
        tags,
        summary: 'One version',
        params: StandardIdParams,
        response: { 200: StandardVersionSchema },
      },
    },
    async (req) => drafts.getStandard(db(), requireActor(req), req.params.id),
  );
  app.put(
    '/standards/:id',
    {
      config: { access: 'standard.edit', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Autosave a draft (a stale rowVersion answers 409 standard_conflict)',
        params: StandardIdParams,
        body: SaveDraftBodySchema,
        response: { 200: StandardVersionSchema },
      },
    },
    async (req) => drafts.saveDraft(db(), requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/standards/:id',
    {
      config: { access: 'standard.edit', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Discard an open draft',
        params: StandardIdParams,
        response: { 204: NoContentSchema },
      },
    },
    async (req, reply) => {
      await drafts.discardDraft(db(), requireActor(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/standards/:id/submit',
    {
      config: { access: 'standard.edit', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Submit a draft to the coordinator',
        params: StandardIdParams,
        body: RowVersionBodySchema,
        response: { 200: StandardVersionSchema },
      },
    },
    async (req) => drafts.submitDraft(db(), requireActor(req), req.params.id, req.body.rowVersion),
  );
  app.post(
    '/standards/:id/return',
    {
      config: { access: 'standard.set', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Return a submitted draft to the unit with a note',
        params: StandardIdParams,
        body: ReturnDraftBodySchema,
        response: { 200: StandardVersionSchema },
      },
    },
    async (req) => drafts.returnDraft(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/standards/:id/set',
    {
      config: { access: 'standard.set', cacheWrites: 'global' },
      schema: {
        tags,
        summary:
          'Set by decree (multipart: the SetStandardFields first, then the file "sk": PDF, JPEG or PNG)',
        consumes: ['multipart/form-data'],
        params: StandardIdParams,
        response: { 200: StandardVersionSchema },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const part = req.isMultipart() ? await req.file({ throwFileSizeLimit: false }) : undefined;
      const limits = { dataDir: app.deps.config.dataDir, maxBytes: app.deps.config.uploadMaxBytes };
      return setting.setStandard(db(), actor, req.params.id, part, limits, req.locale);
    },
  );
  app.post(
    '/standards/:id/publish',
    {
      config: { access: 'standard.set', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Publish or withdraw a set version',
        params: StandardIdParams,
        body: PublishBodySchema,
        response: { 200: StandardVersionSchema },
      },
    },
    async (req) => setting.publishStandard(db(), requireActor(req), req.params.id, req.body.published),
  );
  app.get(
    '/standards/:id/sk',
    {
      config: { access: 'standard.read' },
      schema: {
        tags,
        summary: 'The SK (decree) file of a set version',
        params: StandardIdParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await setting.skFile(db(), app.deps.config.dataDir, requireActor(req), req.params.id),
      ),
  );
};
