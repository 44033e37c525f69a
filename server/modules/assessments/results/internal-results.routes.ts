import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CycleIdParams } from '../../../../shared/contracts/assessments';
import {
  InternalComparisonSchema,
  InternalGapsQuerySchema,
  InternalGapsSchema,
  InternalRankingSchema,
} from '../../../../shared/contracts/assessments-internal-results';
import { requireActor } from '../../../plugins/auth.plugin';
import { internalComparison, internalGaps, internalRanking } from './internal-results.service';

const tags = ['results'];

/**
 * An internal cycle's results inside the government (issue 12 part 3). `results.read`, then the
 * service's access: the owner government's roles (a PIC: their units only), the office's staff
 * only while the cycle is shared; an official cycle answers 404.
 */
export const internalResultRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/cycles/:id/internal/ranking',
    {
      config: { access: 'results.read', readCache: 'cycle' },
      schema: {
        tags,
        summary: "Penilaian mandiri: the ranking of the government's own units (internal cycles only)",
        params: CycleIdParams,
        response: { 200: InternalRankingSchema },
      },
    },
    async (req) => internalRanking(db(), requireActor(req), req.params.id),
  );
  app.get(
    '/cycles/:id/internal/gaps',
    {
      config: { access: 'results.read', readCache: 'cycle' },
      schema: {
        tags,
        summary:
          'Penilaian mandiri: pemetaan kekurangan, per indicator the units where it is not fulfilled or partly (?sort=failing|framework)',
        params: CycleIdParams,
        querystring: InternalGapsQuerySchema,
        response: { 200: InternalGapsSchema },
      },
    },
    async (req) => internalGaps(db(), requireActor(req), req.params.id, req.query.sort),
  );
  app.get(
    '/cycles/:id/internal/comparison',
    {
      config: { access: 'results.read', readCache: true },
      schema: {
        tags,
        summary:
          "Penilaian mandiri vs the Ombudsman's last published result, per shared indicator (never totals)",
        params: CycleIdParams,
        response: { 200: InternalComparisonSchema },
      },
    },
    async (req) => internalComparison(db(), requireActor(req), req.params.id),
  );
};
