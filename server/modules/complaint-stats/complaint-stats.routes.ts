import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ComplaintStatsQuerySchema, ComplaintStatsSchema } from '../../../shared/contracts/complaints-stats';
import { requireActor } from '../../plugins/auth.plugin';
import { complaintStats } from './complaint-stats.service';

/** Complaint statistics (counts and medians only; never a reporter or a case's text). */
export const complaintStatsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/complaint-stats',
    {
      // Cached per user and URL like the other staff reads (emptied by any write that declares no
      // scope; complaint writes declare 'none', so figures may lag by PATUH_READ_CACHE_SECONDS).
      config: { access: 'complaint.read', readCache: true },
      schema: {
        tags: ['complaints'],
        summary:
          'Complaint statistics of an office (admins: any office or national): by form, body, sector, channel, stage, track, closure; median days per stage against its deadline; overdue clocks; per-government profile',
        querystring: ComplaintStatsQuerySchema,
        response: { 200: ComplaintStatsSchema },
      },
    },
    async (req) => complaintStats(app.deps.database.db, requireActor(req), req.query),
  );
};
