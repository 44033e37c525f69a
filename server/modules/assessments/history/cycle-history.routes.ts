import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../../plugins/auth.plugin';
import { CycleGovParams, CycleUnitParams } from '../../../../shared/contracts/assessments';
import { PreviousCycleSchema, SinceLastYearSchema } from '../../../../shared/contracts/crosswalk';
import * as svc from './cycle-history.service';

const tags = ['self-assessment'];

/**
 * The previous cycle beside this one (issue 17 §5): per indicator, last cycle's value and the
 * follow-up items raised, done or not; and the rapor's "done / not done since last year". Read by
 * whoever reads the checklist (`cycle.read`, the same reach); not cached: follow-up items change
 * outside the cycle's writes.
 */
export const cycleHistoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/cycles/:id/units/:unitId/previous',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: "A sampled unit's indicators with the previous cycle's value and follow-up items",
        params: CycleUnitParams,
        response: { 200: PreviousCycleSchema },
      },
    },
    async (req) => svc.previousForUnit(db(), requireActor(req), req.params.id, req.params.unitId),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/previous',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: "The government's own indicators with the previous cycle's value and follow-up items",
        params: CycleGovParams,
        response: { 200: PreviousCycleSchema },
      },
    },
    async (req) => svc.previousForGovernment(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/since-last-year',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: "Per unit, the previous cycle's follow-up items done and not done",
        params: CycleGovParams,
        response: { 200: SinceLastYearSchema },
      },
    },
    async (req) => svc.sinceLastYear(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
};
