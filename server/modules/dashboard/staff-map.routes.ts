import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { StaffMapQuerySchema, StaffMapSchema } from '../../../shared/contracts/open-data';
import { requireActor } from '../../plugins/auth.plugin';
import { staffMap } from './staff-map.service';

/** The staff dashboard map's data; the geometry comes from the public /api/public/v1/map/:layer.json. */
export const staffMapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/dashboard/map',
    {
      config: { access: 'results.read', readCache: true },
      schema: {
        tags: ['results'],
        summary:
          'Governments of an official cycle in reach (default: the newest with visible results) with zone, score and whether released',
        querystring: StaffMapQuerySchema,
        response: { 200: StaffMapSchema },
      },
    },
    async (req) => staffMap(app.deps.database.db, requireActor(req), req.query.cycleId),
  );
};
