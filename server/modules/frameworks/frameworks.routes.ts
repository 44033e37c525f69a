import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.plugin';
import {
  FrameworkDetailSchema,
  FrameworkDuplicateSchema,
  FrameworkListQuerySchema,
  FrameworkParamsSchema,
  FrameworkReplaceSchema,
  FrameworkSpotCheckSchema,
  FrameworkSummaryListSchema,
  FrameworkSummarySchema,
  GovernmentFrameworkParamsSchema,
  InternalFrameworkSchema,
} from '../../../shared/contracts/frameworks';
import { crosswalkRoutes } from './crosswalk.routes';
import * as office from './frameworks-office.service';
import * as svc from './frameworks.service';

const tags = ['frameworks'];

/**
 * The framework editor API. Everyone signed in reads frameworks (`framework.read`): built-ins and
 * the platform's versions, and the own versions of the offices in their reach. `framework.manage`:
 * platform admins duplicate, edit, archive and mark every version; oversight heads copy into their
 * office and change only their office's versions (frameworks.access.ts).
 */
export const frameworkRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/frameworks',
    {
      config: { access: 'framework.read' },
      schema: {
        tags,
        summary: 'Framework versions, built-in and custom, with how many cycles use each',
        querystring: FrameworkListQuerySchema,
        response: { 200: FrameworkSummaryListSchema },
      },
    },
    async (req) => svc.listFrameworkVersions(db(), requireActor(req), req.query),
  );
  app.get(
    '/frameworks/:id',
    {
      config: { access: 'framework.read', readCache: true },
      schema: {
        tags,
        summary: 'One framework version: the whole definition and its current problems',
        params: FrameworkParamsSchema,
        response: { 200: FrameworkDetailSchema },
      },
    },
    async (req) => svc.getFrameworkVersion(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/frameworks/:id/duplicate',
    {
      config: { access: 'framework.manage' },
      schema: {
        tags,
        summary: 'Copy a framework version into a new custom, editable version',
        params: FrameworkParamsSchema,
        body: FrameworkDuplicateSchema,
        response: { 201: FrameworkDetailSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await svc.duplicateFrameworkVersion(db(), requireActor(req), req.params.id, req.body)),
  );
  app.put(
    '/frameworks/:id',
    {
      config: { access: 'framework.manage' },
      schema: {
        tags,
        summary:
          'Replace the definition of an unfrozen custom version (400 lists problems per node; 409 when frozen)',
        params: FrameworkParamsSchema,
        body: FrameworkReplaceSchema,
        response: { 200: FrameworkDetailSchema },
      },
    },
    async (req) =>
      svc.replaceFrameworkDefinition(db(), requireActor(req), req.params.id, req.body.definition),
  );
  app.post(
    '/frameworks/:id/archive',
    {
      config: { access: 'framework.manage' },
      schema: {
        tags,
        summary: 'Stop offering a version for new cycles',
        params: FrameworkParamsSchema,
        response: { 200: FrameworkSummarySchema },
      },
    },
    async (req) => svc.setFrameworkVersionArchived(db(), requireActor(req), req.params.id, true),
  );
  app.post(
    '/frameworks/:id/restore',
    {
      config: { access: 'framework.manage' },
      schema: {
        tags,
        summary: 'Offer an archived version again',
        params: FrameworkParamsSchema,
        response: { 200: FrameworkSummarySchema },
      },
    },
    async (req) => svc.setFrameworkVersionArchived(db(), requireActor(req), req.params.id, false),
  );
  app.put(
    '/frameworks/:id/spot-check',
    {
      config: { access: 'framework.manage' },
      schema: {
        tags,
        summary: "Mark (or unmark) an office's version as its spot-check set, the default of internal cycles",
        params: FrameworkParamsSchema,
        body: FrameworkSpotCheckSchema,
        response: { 200: FrameworkSummarySchema },
      },
    },
    async (req) => office.setOfficeSpotCheck(db(), requireActor(req), req.params.id, req.body.spotCheck),
  );
  app.get(
    '/governments/:governmentId/internal-framework',
    {
      config: { access: 'framework.read' },
      schema: {
        tags,
        summary:
          "The framework a government's internal cycles default to: its office's spot-check set, else the built-in one",
        params: GovernmentFrameworkParamsSchema,
        response: { 200: InternalFrameworkSchema },
      },
    },
    async (req) => office.internalFrameworkFor(db(), requireActor(req), req.params.governmentId),
  );
  await app.register(crosswalkRoutes);
};
