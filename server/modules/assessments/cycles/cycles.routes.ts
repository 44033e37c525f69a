import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../../plugins/auth.plugin';
import {
  CycleGovParams,
  CycleIdParams,
  CycleProductParams,
  CycleUnitParams,
} from '../../../../shared/contracts/assessments';
import {
  AdvanceSchema,
  AssessorOptionsSchema,
  AssessorsSchema,
  CycleCreateSchema,
  CycleDetailSchema,
  CycleListSchema,
  CycleSchema,
  CycleUpdateSchema,
  GovernmentIdsSchema,
  ProductIdBodySchema,
  SampleSchema,
  UnitIdBodySchema,
} from '../../../../shared/contracts/assessments-cycles';
import * as sample from './cycle-sample.service';
import * as svc from './cycles.service';

const tags = ['cycles'];

export const cycleRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/cycles',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: 'Assessment cycles in reach, newest first',
        response: { 200: CycleListSchema },
      },
    },
    async (req) => ({ items: await svc.listCyclesForActor(db(), requireActor(req)) }),
  );
  app.post(
    '/cycles',
    {
      config: { access: 'cycle.manage' },
      schema: {
        tags,
        summary: 'Create a cycle (framework gets frozen; phase dates must be in order)',
        body: CycleCreateSchema,
        response: { 201: CycleSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.createCycle(db(), requireActor(req), req.body)),
  );
  app.get(
    '/cycles/:id',
    {
      config: { access: 'cycle.read' },
      schema: { tags, params: CycleIdParams, response: { 200: CycleDetailSchema } },
    },
    async (req) => svc.getCycleForActor(db(), requireActor(req), req.params.id),
  );
  app.patch(
    '/cycles/:id',
    {
      config: { access: 'cycle.manage' },
      schema: { tags, params: CycleIdParams, body: CycleUpdateSchema, response: { 200: CycleDetailSchema } },
    },
    async (req) => svc.updateCycle(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/cycles/:id/advance',
    {
      config: { access: 'cycle.manage' },
      schema: {
        tags,
        summary: 'Move to the next phase (checks per step)',
        params: CycleIdParams,
        body: AdvanceSchema,
        response: { 200: CycleDetailSchema },
      },
    },
    async (req) => svc.advanceCycle(db(), requireActor(req), req.params.id, req.body.to),
  );
  app.post(
    '/cycles/:id/approve',
    {
      config: { access: 'assessment.approve' },
      schema: {
        tags,
        summary: 'Approve the final results and publish',
        params: CycleIdParams,
        response: { 200: CycleDetailSchema },
      },
    },
    async (req) => svc.approveCycle(db(), requireActor(req), req.params.id),
  );
  app.post(
    '/cycles/:id/governments',
    {
      config: { access: 'cycle.manage' },
      schema: {
        tags,
        summary: 'Add governments overseen by the office',
        params: CycleIdParams,
        body: GovernmentIdsSchema,
        response: { 200: CycleDetailSchema },
      },
    },
    async (req) => sample.addGovernments(db(), requireActor(req), req.params.id, req.body.governmentIds),
  );
  app.post(
    '/cycles/:id/governments/:governmentId/remove',
    {
      config: { access: 'cycle.manage' },
      schema: { tags, params: CycleGovParams, response: { 200: CycleDetailSchema } },
    },
    async (req) => sample.removeGovernment(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/sample',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: 'Sampled units, products and assessors of a government',
        params: CycleGovParams,
        response: { 200: SampleSchema },
      },
    },
    async (req) => sample.getSample(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.post(
    '/cycles/:id/governments/:governmentId/sample/default',
    {
      config: { access: 'cycle.manage' },
      schema: {
        tags,
        summary: 'Replace the sample with the default locus (REFERENCE §1.3)',
        params: CycleGovParams,
        response: { 200: SampleSchema },
      },
    },
    async (req) => sample.applyDefaultSample(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.get(
    '/cycles/:id/assessor-options',
    {
      config: { access: 'cycle.manage' },
      schema: {
        tags,
        summary: "Active assessors of the cycle's office (who may be assigned)",
        params: CycleIdParams,
        response: { 200: AssessorOptionsSchema },
      },
    },
    async (req) => sample.listAssessorOptions(db(), requireActor(req), req.params.id),
  );
  app.put(
    '/cycles/:id/governments/:governmentId/assessors',
    {
      config: { access: 'cycle.manage' },
      schema: { tags, params: CycleGovParams, body: AssessorsSchema, response: { 200: SampleSchema } },
    },
    async (req) =>
      sample.setAssessors(db(), requireActor(req), req.params.id, req.params.governmentId, req.body.userIds),
  );
  app.post(
    '/cycles/:id/units',
    {
      config: { access: 'cycle.manage' },
      schema: {
        tags,
        summary: 'Add a unit to the sample',
        params: CycleIdParams,
        body: UnitIdBodySchema,
        response: { 200: SampleSchema },
      },
    },
    async (req) =>
      sample.addSampleUnit(db(), requireActor(req), req.params.id, req.body.unitId, req.body.withProducts),
  );
  app.post(
    '/cycles/:id/units/:unitId/remove',
    {
      config: { access: 'cycle.manage' },
      schema: { tags, params: CycleUnitParams, response: { 200: SampleSchema } },
    },
    async (req) => sample.removeSampleUnit(db(), requireActor(req), req.params.id, req.params.unitId),
  );
  app.post(
    '/cycles/:id/products',
    {
      config: { access: 'cycle.manage' },
      schema: {
        tags,
        summary: 'Add a service product of a sampled unit',
        params: CycleIdParams,
        body: ProductIdBodySchema,
        response: { 200: SampleSchema },
      },
    },
    async (req) => sample.addSampleProduct(db(), requireActor(req), req.params.id, req.body.productId),
  );
  app.post(
    '/cycles/:id/products/:productId/remove',
    {
      config: { access: 'cycle.manage' },
      schema: { tags, params: CycleProductParams, response: { 200: SampleSchema } },
    },
    async (req) => sample.removeSampleProduct(db(), requireActor(req), req.params.id, req.params.productId),
  );
};
