import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  UnmetGovernmentListSchema,
  UnmetGovernmentsQuerySchema,
} from '../../../../shared/contracts/activities';
import { IdParamsSchema } from '../../../../shared/contracts/common';
import { requireActor } from '../../../plugins/auth.plugin';
import { unmetGovernments } from './unmet-governments';

/** Routes of the follow-ups' sources: the office's governments not met this year (activity.write). */
export const followupSourceRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/offices/:id/unmet-governments',
    {
      config: { access: 'activity.write' },
      schema: {
        tags: ['activities'],
        summary: 'The office’s governments with no activity held in the year',
        params: IdParamsSchema,
        querystring: UnmetGovernmentsQuerySchema,
        response: { 200: UnmetGovernmentListSchema },
      },
    },
    async (req) => unmetGovernments(db(), requireActor(req), req.params.id, req.query.year),
  );
};
