import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RegionListSchema, RegionQuerySchema } from '../../../shared/contracts/regions';
import { listRegionsForPicker } from './regions.service';

export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      config: { access: 'region.read' },
      schema: {
        tags: ['regions'],
        summary: 'Provinces and regencies/cities (Kemendagri codes, from idn-area-data)',
        querystring: RegionQuerySchema,
        response: { 200: RegionListSchema },
      },
    },
    async (req) => ({ items: await listRegionsForPicker(app.deps.database.db, req.query) }),
  );
};
