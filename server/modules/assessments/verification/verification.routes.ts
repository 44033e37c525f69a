import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../../plugins/auth.plugin';
import { readUpload } from '../../../plugins/upload';
import {
  ArchivedSchema,
  AttachmentListSchema,
  CycleGovParams,
  DownloadSchema,
  FileUploadedSchema,
  IdParams,
  VisitFileParams,
} from '../../../../shared/contracts/assessments';
import {
  AcceptAllSchema,
  AcceptedSchema,
  ImprovementCreateSchema,
  ImprovementListSchema,
  ImprovementSchema,
  VerificationListSchema,
  VerificationQuerySchema,
  VerifiedSchema,
  VerifySchema,
  VisitCreateSchema,
  VisitListSchema,
  VisitSchema,
} from '../../../../shared/contracts/assessments-verification';
import { listVisitPhotos, openVisitPhoto } from '../attachments/attachments.service';
import { sendStoredFile } from '../attachments/file-download';
import * as svc from './verification.service';

const tags = ['verification'];

export const verificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/cycles/:id/governments/:governmentId/verification',
    {
      config: { access: 'assessment.verify' },
      schema: {
        tags,
        summary: 'Self vs verified value per item',
        params: CycleGovParams,
        querystring: VerificationQuerySchema,
        response: { 200: VerificationListSchema },
      },
    },
    async (req) =>
      svc.listVerificationItems(db(), requireActor(req), req.params.id, req.params.governmentId, req.query),
  );
  app.post(
    '/answers/:id/verify',
    {
      config: { access: 'assessment.verify', cacheWrites: 'answer' },
      schema: {
        tags,
        summary: 'Accept the self value, or adjust with a required reason',
        params: IdParams,
        body: VerifySchema,
        response: { 200: VerifiedSchema },
      },
    },
    async (req) => svc.verifyAnswer(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/cycles/:id/governments/:governmentId/verification/accept',
    {
      config: { access: 'assessment.verify', cacheWrites: 'government' },
      schema: {
        tags,
        summary: 'Bulk accept pending items that have a self value',
        params: CycleGovParams,
        body: AcceptAllSchema,
        response: {
          200: AcceptedSchema,
        },
      },
    },
    async (req) => svc.acceptAll(db(), requireActor(req), req.params.id, req.params.governmentId, req.body),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/visits',
    {
      config: { access: 'assessment.verify' },
      schema: { tags, params: CycleGovParams, response: { 200: VisitListSchema } },
    },
    async (req) => svc.listVisits(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.post(
    '/cycles/:id/governments/:governmentId/visits',
    {
      config: { access: 'assessment.verify', cacheWrites: 'government' },
      schema: {
        tags,
        summary: 'Record a field visit',
        params: CycleGovParams,
        body: VisitCreateSchema,
        response: { 201: VisitSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await svc.createVisit(db(), requireActor(req), req.params.id, req.params.governmentId, req.body),
        ),
  );
  app.post(
    '/visits/:id/photos',
    {
      config: { access: 'assessment.verify' },
      schema: {
        tags,
        summary: 'Add a photo (multipart field "file": PNG, JPEG or WebP)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: FileUploadedSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { part, limits } = await readUpload(req);
      return reply.status(201).send(await svc.uploadVisitPhoto(db(), actor, req.params.id, part, limits));
    },
  );
  app.get(
    '/visits/:id/photos',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: 'Photos of a field visit (government roles: once verified values are shown)',
        params: IdParams,
        response: { 200: AttachmentListSchema },
      },
    },
    async (req) => listVisitPhotos(db(), requireActor(req), req.params.id),
  );
  app.get(
    '/visits/:visitId/photos/:fileId',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: 'Download one photo of a field visit',
        params: VisitFileParams,
        response: { 200: DownloadSchema },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await openVisitPhoto(
          db(),
          requireActor(req),
          req.params.visitId,
          req.params.fileId,
          app.deps.config.dataDir,
        ),
      ),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/improvements',
    {
      config: { access: 'results.read' },
      schema: {
        tags,
        summary: 'Improvement points (government roles: after publication)',
        params: CycleGovParams,
        response: { 200: ImprovementListSchema },
      },
    },
    async (req) => svc.listImprovements(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.post(
    '/cycles/:id/governments/:governmentId/improvements',
    {
      config: { access: 'assessment.verify', cacheWrites: 'government' },
      schema: {
        tags,
        params: CycleGovParams,
        body: ImprovementCreateSchema,
        response: { 201: ImprovementSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(
          await svc.createImprovement(
            db(),
            requireActor(req),
            req.params.id,
            req.params.governmentId,
            req.body,
          ),
        ),
  );
  app.post(
    '/improvements/:id/archive',
    {
      config: { access: 'assessment.verify' },
      schema: { tags, params: IdParams, response: { 200: ArchivedSchema } },
    },
    async (req) => svc.archiveImprovement(db(), requireActor(req), req.params.id),
  );
};
