import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../../plugins/auth.plugin';
import { readUpload } from '../../../plugins/upload';
import {
  ArchivedSchema,
  CycleGovParams,
  CycleIdParams,
  CycleUnitParams,
  DownloadSchema,
  IdParams,
} from '../../../../shared/contracts/assessments';
import {
  AnswersPutSchema,
  AnswersSavedSchema,
  ChecklistSchema,
  EvidenceQuerySchema,
  EvidenceSchema,
} from '../../../../shared/contracts/assessments-checklist';
import { ProgressSchema } from '../../../../shared/contracts/assessments-cycles';
import * as svc from './checklist.service';
import { sendStoredFile } from '../attachments/file-download';

const tags = ['self-assessment'];

export const checklistRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/cycles/:id/units/:unitId/checklist',
    {
      config: { access: 'cycle.read', readCache: 'cycle' },
      schema: {
        tags,
        summary: 'Checklist of a sampled unit with answers, evidence and progress',
        params: CycleUnitParams,
        response: { 200: ChecklistSchema },
      },
    },
    async (req) => svc.getUnitChecklist(db(), requireActor(req), req.params.id, req.params.unitId),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/checklist',
    {
      config: { access: 'cycle.read', readCache: 'government' },
      schema: {
        tags,
        summary: 'Entity-level indicators of a government (coordinator)',
        params: CycleGovParams,
        response: { 200: ChecklistSchema },
      },
    },
    async (req) => svc.getEntityChecklist(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.put(
    '/cycles/:id/answers',
    {
      config: { access: 'assessment.self', cacheWrites: 'cycle' },
      schema: {
        tags,
        summary: 'Save self answers in a batch (value on the scale, or na)',
        params: CycleIdParams,
        body: AnswersPutSchema,
        response: { 200: AnswersSavedSchema },
      },
    },
    async (req) => svc.saveSelfAnswers(db(), requireActor(req), req.params.id, req.body.answers),
  );
  app.post(
    '/answers/:id/evidence',
    {
      config: { access: 'assessment.self', cacheWrites: 'answer' },
      schema: {
        tags,
        summary:
          'Upload evidence (multipart field "file": photo or PDF, recognised by content; ?madeOn=YYYY-MM-DD&note=)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        querystring: EvidenceQuerySchema,
        response: { 201: EvidenceSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { part, limits } = await readUpload(req);
      return reply
        .status(201)
        .send(await svc.uploadEvidence(db(), actor, req.params.id, part, req.query, limits));
    },
  );
  app.post(
    '/evidence/:id/archive',
    {
      config: { access: 'assessment.self' },
      schema: { tags, params: IdParams, response: { 200: ArchivedSchema } },
    },
    async (req) => svc.archiveEvidence(db(), requireActor(req), req.params.id),
  );
  app.get(
    '/evidence/:id/file',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: 'Download an evidence file',
        params: IdParams,
        response: { 200: DownloadSchema },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await svc.openEvidenceFile(db(), requireActor(req), req.params.id, app.deps.config.dataDir),
      ),
  );
  app.post(
    '/cycles/:id/units/:unitId/submit',
    {
      config: { access: 'assessment.self', cacheWrites: 'cycle' },
      schema: {
        tags,
        summary: 'Submit the unit (locks it)',
        params: CycleUnitParams,
        response: { 200: ChecklistSchema },
      },
    },
    async (req) => svc.submitUnit(db(), requireActor(req), req.params.id, req.params.unitId),
  );
  app.post(
    '/cycles/:id/units/:unitId/reopen',
    {
      config: { access: 'cycle.manage', cacheWrites: 'cycle' },
      schema: {
        tags,
        summary: 'Reopen a submitted unit',
        params: CycleUnitParams,
        response: { 200: ChecklistSchema },
      },
    },
    async (req) => svc.reopenUnit(db(), requireActor(req), req.params.id, req.params.unitId),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/progress',
    {
      config: { access: 'cycle.read', readCache: 'government' },
      schema: {
        tags,
        summary: 'Self-assessment progress per unit',
        params: CycleGovParams,
        response: { 200: ProgressSchema },
      },
    },
    async (req) => svc.getProgress(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
};
