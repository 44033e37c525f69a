/** A government's internal cycles (penilaian mandiri): open one, its work plan, sharing it with the office. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CycleIdParams } from '../../../../shared/contracts/assessments';
import { CycleDetailSchema } from '../../../../shared/contracts/assessments-cycles';
import {
  InternalCycleCreateSchema,
  ShareBodySchema,
  WorkPlanSchema,
  WorkPlanUpdateSchema,
} from '../../../../shared/contracts/assessments-internal';
import { requireActor } from '../../../plugins/auth.plugin';
import * as svc from './internal-cycles.service';

const tags = ['cycles'];
const GovernmentParams = z.object({ governmentId: z.uuid() });

export const internalCycleRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.post(
    '/governments/:governmentId/internal-cycles',
    {
      config: { access: 'internal.manage' },
      schema: {
        tags,
        summary: "Open an internal cycle (penilaian mandiri) over the government's units, all or chosen",
        params: GovernmentParams,
        body: InternalCycleCreateSchema,
        response: { 201: CycleDetailSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await svc.createInternalCycle(db(), requireActor(req), req.params.governmentId, req.body)),
  );
  app.get(
    '/cycles/:id/work-plan',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: "An internal cycle's work plan: per unit the date, the Inspektorat team and progress",
        params: CycleIdParams,
        response: { 200: WorkPlanSchema },
      },
    },
    async (req) => svc.getWorkPlan(db(), requireActor(req), req.params.id),
  );
  app.put(
    '/cycles/:id/work-plan',
    {
      config: { access: 'internal.manage' },
      schema: {
        tags,
        summary: 'Set the scheduled date and the team of some units',
        params: CycleIdParams,
        body: WorkPlanUpdateSchema,
        response: { 200: WorkPlanSchema },
      },
    },
    async (req) => svc.updateWorkPlan(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/cycles/:id/share',
    {
      config: { access: 'internal.manage' },
      schema: {
        tags,
        summary:
          "Share an internal cycle's results with the government's Ombudsman office (read only), or stop",
        params: CycleIdParams,
        body: ShareBodySchema,
        response: { 200: CycleDetailSchema },
      },
    },
    async (req) => svc.shareInternalCycle(db(), requireActor(req), req.params.id, req.body.shared),
  );
};
