import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../plugins/auth.plugin';
import { CycleGovParams } from '../../../shared/contracts/assessments';
import {
  ApplyToCycleResultSchema,
  ApplyToCycleSchema,
  SkmContextSchema,
} from '../../../shared/contracts/survey-feed';
import { applyToCycle } from './survey-feed.service';
import { skmContext } from './skm-context.service';

const tags = ['surveys'];

/** Surveys → cycles: apply a period's results to a cycle; the SKM context of a cycle's government. */
export const surveyFeedRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.post(
    '/survey-periods/:id/apply-to-cycle',
    {
      // Perception periods: survey.perception.manage; an SKM period into its government's internal
      // cycle: survey.skm.manage — the service decides by the period's kind.
      // No cacheWrites: `:id` is the period, not a cycle, so the write empties every cached read.
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary:
          "Set the cycle's survey-mapped indicators from the period's accepted responses (perception → its official cycle; SKM → an internal cycle of its government, never an official one)",
        params: z.object({ id: z.uuid() }),
        body: ApplyToCycleSchema,
        response: { 200: ApplyToCycleResultSchema },
      },
    },
    async (req) => applyToCycle(db(), requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/skm-context',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary:
          "The government's SKM periods in the cycle's year (closed?, respondents, IKM and grade once closed): context for the indicators on running, publishing and following up an SKM",
        params: CycleGovParams,
        response: { 200: SkmContextSchema },
      },
    },
    async (req) => skmContext(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
};
