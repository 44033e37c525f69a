import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.plugin';
import {
  CrosswalkDeleteQuerySchema,
  CrosswalkListSchema,
  CrosswalkReplaceSchema,
  CrosswalkRowInputSchema,
  CrosswalkRowSchema,
} from '../../../shared/contracts/crosswalk';
import { NoContentSchema } from '../../../shared/contracts/common';
import { FrameworkParamsSchema } from '../../../shared/contracts/frameworks';
import * as svc from './crosswalk.service';

const tags = ['frameworks'];

/**
 * The crosswalk of indicator codes into and out of a framework version (issue 17 §5): read with
 * `framework.read`, custom rows into the version changed with `framework.manage`.
 */
export const crosswalkRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/frameworks/:id/crosswalk',
    {
      config: { access: 'framework.read' },
      schema: {
        tags,
        summary: 'Crosswalk rows into and out of a framework version (built-in and custom)',
        params: FrameworkParamsSchema,
        response: { 200: CrosswalkListSchema },
      },
    },
    async (req) => svc.listCrosswalk(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/frameworks/:id/crosswalk',
    {
      config: { access: 'framework.manage', cacheWrites: 'global' },
      schema: {
        tags,
        summary:
          'Add a custom crosswalk row into this version (400 names an unknown code; 409 when it exists)',
        params: FrameworkParamsSchema,
        body: CrosswalkRowInputSchema,
        response: { 201: CrosswalkRowSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.addCrosswalkRow(db(), requireActor(req), req.params.id, req.body)),
  );
  app.put(
    '/frameworks/:id/crosswalk',
    {
      config: { access: 'framework.manage', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Replace the custom crosswalk rows from one version into this one (built-in rows stay)',
        params: FrameworkParamsSchema,
        body: CrosswalkReplaceSchema,
        response: { 200: CrosswalkListSchema },
      },
    },
    async (req) => svc.replaceCrosswalkRows(db(), requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/frameworks/:id/crosswalk',
    {
      config: { access: 'framework.manage', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Delete one custom crosswalk row into this version (409 for a built-in row)',
        params: FrameworkParamsSchema,
        querystring: CrosswalkDeleteQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (req, reply) => {
      await svc.deleteCrosswalkRow(db(), requireActor(req), req.params.id, req.query);
      return reply.status(204).send(null);
    },
  );
};
