import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, IncludeArchivedQuerySchema } from '../../../shared/contracts/common';
import {
  OfficeCreateSchema,
  OfficeListSchema,
  OfficeSchema,
  OfficeUpdateSchema,
} from '../../../shared/contracts/registry';
import { requireActor } from '../../plugins/auth.plugin';
import * as svc from './offices.service';

const tags = ['offices'];

export const officeRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/offices',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Ombudsman offices in reach',
        querystring: IncludeArchivedQuerySchema,
        response: { 200: OfficeListSchema },
      },
    },
    async (req) => ({
      items: await svc.listOfficesForActor(db(), requireActor(req), req.query.includeArchived),
    }),
  );
  app.get(
    '/offices/:id',
    {
      config: { access: 'registry.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: OfficeSchema } },
    },
    async (req) => svc.getOfficeForActor(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/offices',
    {
      config: { access: 'office.write' },
      schema: { tags, body: OfficeCreateSchema, response: { 201: OfficeSchema } },
    },
    async (req, reply) => reply.status(201).send(await svc.createOffice(db(), requireActor(req), req.body)),
  );
  app.patch(
    '/offices/:id',
    {
      config: { access: 'office.write' },
      schema: { tags, params: IdParamsSchema, body: OfficeUpdateSchema, response: { 200: OfficeSchema } },
    },
    async (req) => svc.updateOffice(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/offices/:id/archive',
    {
      config: { access: 'office.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: OfficeSchema } },
    },
    async (req) => svc.setOfficeArchived(db(), requireActor(req), req.params.id, true),
  );
  app.post(
    '/offices/:id/restore',
    {
      config: { access: 'office.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: OfficeSchema } },
    },
    async (req) => svc.setOfficeArchived(db(), requireActor(req), req.params.id, false),
  );
};
