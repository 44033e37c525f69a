import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RecomputeAcceptedSchema, RecomputeStatusSchema } from '../../../../shared/contracts/recompute';
import { requireActor } from '../../../plugins/auth.plugin';
import { CycleIdParams } from '../../../../shared/contracts/assessments';
import { recomputeStatus, requestRecompute } from './recompute-request.service';

const tags = ['cycles'];

/** "Hitung ulang": a full recompute runs as a background job; the request answers 202 at once. */
export const recomputeRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.post(
    '/cycles/:id/recompute',
    {
      config: { access: 'cycle.manage', cacheWrites: 'cycle' },
      schema: {
        tags,
        summary:
          'Recompute every score of the cycle (new versions) in a background job; poll GET …/recompute',
        params: CycleIdParams,
        response: { 202: RecomputeAcceptedSchema },
      },
    },
    async (req, reply) =>
      reply.status(202).send({ job: await requestRecompute(db(), requireActor(req), req.params.id) }),
  );
  app.get(
    '/cycles/:id/recompute',
    {
      config: { access: 'cycle.manage' },
      schema: {
        tags,
        summary: "The cycle's newest recompute job (pending, running, done or failed)",
        params: CycleIdParams,
        response: { 200: RecomputeStatusSchema },
      },
    },
    async (req) => ({ job: await recomputeStatus(db(), requireActor(req), req.params.id) }),
  );
};
