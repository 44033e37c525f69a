/**
 * The office's side of the public portal (issue 13 part 2): releasing an official cycle's results,
 * withdrawing them, and the official figures announced for a government. Permission
 * `result.release` (office heads, admins); the services check reach (404 out of reach).
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.plugin';
import { CycleIdParams } from '../../../shared/contracts/assessments';
import { NoContentSchema } from '../../../shared/contracts/common';
import {
  OfficialFigureBodySchema,
  OfficialFigureListSchema,
  OfficialFigureParams,
  OfficialFigureSchema,
  ReleaseBodySchema,
  ReleaseListSchema,
  WithdrawBodySchema,
} from '../../../shared/contracts/public';
import * as figures from './official-figures.service';
import * as svc from './release.service';

const tags = ['public-release'];
const GovParams = z.object({ governmentId: z.uuid() });

export const releaseRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/cycles/:id/releases',
    {
      config: { access: 'result.release' },
      schema: {
        tags,
        summary: "An official cycle's governments with their figures and public-release state",
        params: CycleIdParams,
        response: { 200: ReleaseListSchema },
      },
    },
    async (req) => svc.listReleases(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/cycles/:id/releases',
    {
      config: { access: 'result.release' },
      schema: {
        tags,
        summary: 'Release results to the public portal (published official cycles only; idempotent)',
        params: CycleIdParams,
        body: ReleaseBodySchema,
        response: { 200: ReleaseListSchema },
      },
    },
    async (req) => svc.releaseResults(db(), requireActor(req), req.params.id, req.body.governmentIds),
  );
  app.post(
    '/cycles/:id/releases/withdraw',
    {
      config: { access: 'result.release' },
      schema: {
        tags,
        summary: 'Withdraw released results from the public portal, with a reason',
        params: CycleIdParams,
        body: WithdrawBodySchema,
        response: { 200: ReleaseListSchema },
      },
    },
    async (req) =>
      svc.withdrawResults(db(), requireActor(req), req.params.id, req.body.governmentIds, req.body.reason),
  );
  app.get(
    '/governments/:governmentId/official-figures',
    {
      config: { access: 'result.release' },
      schema: {
        tags,
        summary: 'The official figures announced for a government, newest year first',
        params: GovParams,
        response: { 200: OfficialFigureListSchema },
      },
    },
    async (req) => ({
      items: await figures.listOfficialFigures(db(), requireActor(req), req.params.governmentId),
    }),
  );
  app.put(
    '/governments/:governmentId/official-figures/:year',
    {
      config: { access: 'result.release' },
      schema: {
        tags,
        summary: "Record (or replace) the official figure of a year, checked against the year's method",
        params: OfficialFigureParams,
        body: OfficialFigureBodySchema,
        response: { 200: OfficialFigureSchema },
      },
    },
    async (req) =>
      figures.putOfficialFigure(db(), requireActor(req), req.params.governmentId, req.params.year, req.body),
  );
  app.delete(
    '/governments/:governmentId/official-figures/:year',
    {
      config: { access: 'result.release' },
      schema: {
        tags,
        summary: 'Remove the official figure of a year',
        params: OfficialFigureParams,
        response: { 204: NoContentSchema },
      },
    },
    async (req, reply) => {
      await figures.deleteOfficialFigure(db(), requireActor(req), req.params.governmentId, req.params.year);
      return reply.status(204).send(null);
    },
  );
};
