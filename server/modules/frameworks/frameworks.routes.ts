import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.plugin';
import {
  FrameworkDetailSchema,
  FrameworkDuplicateSchema,
  FrameworkListQuerySchema,
  FrameworkParamsSchema,
  FrameworkReplaceSchema,
  FrameworkSummaryListSchema,
  FrameworkSummarySchema,
} from '../../../shared/contracts/frameworks';
import * as svc from './frameworks.service';

const tags = ['frameworks'];

/**
 * The framework editor API. Everyone signed in reads frameworks (`framework.read`); platform
 * admins duplicate, edit and archive them (`framework.manage`). Frameworks belong to no tenant.
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
    async (req) => svc.listFrameworkVersions(db(), req.query),
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
    async (req) => svc.getFrameworkVersion(db(), req.params.id),
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
};
