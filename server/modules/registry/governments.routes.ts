import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema } from '../../../shared/contracts/common';
import {
  GovernmentCreateSchema,
  GovernmentListQuerySchema,
  GovernmentPageSchema,
  GovernmentSchema,
  GovernmentUpdateSchema,
} from '../../../shared/contracts/registry';
import { requireActor } from '../../plugins/auth.plugin';
import * as svc from './governments.service';

const tags = ['governments'];

export const governmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/governments',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Governments in reach (search, filter, keyset pages)',
        querystring: GovernmentListQuerySchema,
        response: { 200: GovernmentPageSchema },
      },
    },
    async (req) => svc.listGovernmentsForActor(db(), requireActor(req), req.query),
  );
  app.get(
    '/governments/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: GovernmentSchema } },
    },
    async (req) => svc.getGovernmentForActor(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/governments',
    {
      config: { access: 'government.write' },
      schema: { tags, body: GovernmentCreateSchema, response: { 201: GovernmentSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(
        await svc.createGovernment(db(), requireActor(req), {
          ...req.body,
          address: req.body.address ?? null,
          website: req.body.website ?? null,
        }),
      ),
  );
  app.patch(
    '/governments/:id',
    {
      config: { access: 'government.write' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: GovernmentUpdateSchema,
        response: { 200: GovernmentSchema },
      },
    },
    async (req) => svc.updateGovernment(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/governments/:id/archive',
    {
      config: { access: 'government.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: GovernmentSchema } },
    },
    async (req) => svc.setGovernmentArchived(db(), requireActor(req), req.params.id, true),
  );
  app.post(
    '/governments/:id/restore',
    {
      config: { access: 'government.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: GovernmentSchema } },
    },
    async (req) => svc.setGovernmentArchived(db(), requireActor(req), req.params.id, false),
  );
};
