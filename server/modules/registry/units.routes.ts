import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, IncludeArchivedQuerySchema } from '../../../shared/contracts/common';
import {
  UnitCreateSchema,
  UnitDetailSchema,
  UnitListSchema,
  UnitUpdateSchema,
} from '../../../shared/contracts/registry';
import { requireActor } from '../../plugins/auth.plugin';
import * as svc from './units.service';

const tags = ['units'];

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/governments/:id/units',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Units of a government in reach (flat list with parentId, for a tree)',
        params: IdParamsSchema,
        querystring: IncludeArchivedQuerySchema,
        response: { 200: UnitListSchema },
      },
    },
    async (req) => ({
      items: await svc.listUnitsForActor(db(), requireActor(req), req.params.id, req.query.includeArchived),
    }),
  );
  app.post(
    '/governments/:id/units',
    {
      config: { access: 'unit.write' },
      schema: {
        tags,
        summary: 'Add a unit',
        params: IdParamsSchema,
        body: UnitCreateSchema,
        response: { 201: UnitDetailSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createUnit(db(), requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/units/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: UnitDetailSchema } },
    },
    async (req) => svc.getUnitForActor(db(), requireActor(req), req.params.id),
  );
  app.patch(
    '/units/:id',
    {
      config: { access: 'unit.write' },
      schema: { tags, params: IdParamsSchema, body: UnitUpdateSchema, response: { 200: UnitDetailSchema } },
    },
    async (req) => svc.updateUnit(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/units/:id/archive',
    {
      config: { access: 'unit.write' },
      schema: {
        tags,
        summary: 'Archive a unit (refused while active sub-units remain)',
        params: IdParamsSchema,
        response: { 200: UnitDetailSchema },
      },
    },
    async (req) => svc.setUnitArchived(db(), requireActor(req), req.params.id, true),
  );
  app.post(
    '/units/:id/restore',
    {
      config: { access: 'unit.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: UnitDetailSchema } },
    },
    async (req) => svc.setUnitArchived(db(), requireActor(req), req.params.id, false),
  );
};
