import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, ListQuerySchema } from '../../../shared/contracts/common';
import {
  ProductCreateSchema,
  ProductListItemSchema,
  ProductPageSchema,
  ProductUpdateSchema,
} from '../../../shared/contracts/registry';
import { requireActor } from '../../plugins/auth.plugin';
import * as svc from './products.service';

const tags = ['products'];

export const productRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/units/:id/products',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Service products of a unit',
        params: IdParamsSchema,
        querystring: ListQuerySchema,
        response: { 200: ProductPageSchema },
      },
    },
    async (req) => svc.listUnitProducts(db(), requireActor(req), req.params.id, req.query),
  );
  app.get(
    '/governments/:id/products',
    {
      config: { access: 'registry.read' },
      schema: {
        tags,
        summary: 'Service products of every unit of a government in reach',
        params: IdParamsSchema,
        querystring: ListQuerySchema,
        response: { 200: ProductPageSchema },
      },
    },
    async (req) => svc.listGovernmentProducts(db(), requireActor(req), req.params.id, req.query),
  );
  app.post(
    '/units/:id/products',
    {
      config: { access: 'product.write' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ProductCreateSchema,
        response: { 201: ProductListItemSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createProduct(db(), requireActor(req), req.params.id, req.body)),
  );
  app.patch(
    '/products/:id',
    {
      config: { access: 'product.write' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ProductUpdateSchema,
        response: { 200: ProductListItemSchema },
      },
    },
    async (req) => svc.updateProduct(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/products/:id/archive',
    {
      config: { access: 'product.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: ProductListItemSchema } },
    },
    async (req) => svc.setProductArchived(db(), requireActor(req), req.params.id, true),
  );
  app.post(
    '/products/:id/restore',
    {
      config: { access: 'product.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: ProductListItemSchema } },
    },
    async (req) => svc.setProductArchived(db(), requireActor(req), req.params.id, false),
  );
};
