import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RaporSchema, RaporUnitGapsSchema } from '../../../../shared/contracts/rapor';
import { requireActor } from '../../../plugins/auth.plugin';
import { CycleGovParams, CycleGovUnitParams, CycleIdParams } from '../../../../shared/contracts/assessments';
import {
  ExplainQuerySchema,
  ExplainSchema,
  GovernmentResultSchema,
  HistorySchema,
  ResultPageSchema,
  ResultsQuerySchema,
  SummarySchema,
} from '../../../../shared/contracts/assessments-results';
import { getSummary } from './dashboard.service';
import { buildRapor, buildRaporUnitGaps } from './rapor.service';
import * as svc from './results.service';

const tags = ['results'];

export const resultRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/cycles/:id/results',
    {
      config: { access: 'results.read', readCache: 'cycle' },
      schema: {
        tags,
        summary: 'Results per government with rank among peers of the same type (keyset pages)',
        params: CycleIdParams,
        querystring: ResultsQuerySchema,
        response: { 200: ResultPageSchema },
      },
    },
    async (req) => svc.listResults(db(), requireActor(req), req.params.id, req.query),
  );
  app.get(
    '/cycles/:id/summary',
    {
      config: { access: 'results.read', readCache: 'cycle' },
      schema: {
        tags,
        summary: 'Zone distribution, ranking per type, progress, office and national means',
        params: CycleIdParams,
        response: { 200: SummarySchema },
      },
    },
    async (req) => getSummary(db(), requireActor(req), req.params.id),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/result',
    {
      config: { access: 'results.read', readCache: 'cycle' },
      schema: { tags, params: CycleGovParams, response: { 200: GovernmentResultSchema } },
    },
    async (req) => svc.getGovernmentResult(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/history',
    {
      config: { access: 'results.read', readCache: 'government' },
      schema: {
        tags,
        summary: 'Every version of the score',
        params: CycleGovParams,
        response: { 200: HistorySchema },
      },
    },
    async (req) => svc.getHistory(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/explain',
    {
      config: { access: 'results.read', readCache: 'government' },
      schema: {
        tags,
        summary: 'Score tree with shares and the answers behind each indicator (?unitId= for one unit)',
        params: CycleGovParams,
        querystring: ExplainQuerySchema,
        response: { 200: ExplainSchema },
      },
    },
    async (req) =>
      svc.explain(db(), requireActor(req), req.params.id, req.params.governmentId, req.query.unitId),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/rapor',
    {
      config: { access: 'results.read', readCache: 'rapor' },
      schema: {
        tags,
        summary: 'Rapor data (shared/contracts/rapor.ts): per unit a summary of its gaps, not the gaps',
        params: CycleGovParams,
        response: { 200: RaporSchema },
      },
    },
    async (req) => buildRapor(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/rapor/units/:unitId',
    {
      config: { access: 'results.read', readCache: 'rapor' },
      schema: {
        tags,
        summary: "One unit's pemetaan kekurangan on the rapor (shortfalls grouped per indicator)",
        params: CycleGovUnitParams,
        response: { 200: RaporUnitGapsSchema },
      },
    },
    async (req) =>
      buildRaporUnitGaps(db(), requireActor(req), req.params.id, req.params.governmentId, req.params.unitId),
  );
};
