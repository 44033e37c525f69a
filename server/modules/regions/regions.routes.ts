import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listRegions } from './regions.repository';

const RegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'regency']),
  kind: z.enum(['provinsi', 'kabupaten', 'kota']),
  provinceCode: z.string(),
});

export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      config: { access: 'region.read' },
      schema: {
        tags: ['regions'],
        summary: 'Provinces and regencies/cities (Kemendagri codes, from idn-area-data)',
        querystring: z.object({
          level: z.enum(['province', 'regency']).optional(),
          provinceCode: z
            .string()
            .regex(/^\d{2}$/)
            .optional(),
          q: z.string().trim().max(100).optional(),
          unregistered: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: z.object({ items: z.array(RegionSchema) }) },
      },
    },
    async (req) => ({
      items: await listRegions(app.deps.database.db, {
        ...req.query,
        unregistered: req.query.unregistered === 'true',
      }),
    }),
  );
};
