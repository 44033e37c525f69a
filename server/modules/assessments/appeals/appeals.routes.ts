import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../../plugins/auth.plugin';
import { readUpload } from '../../../plugins/upload';
import {
  AppealFileParams,
  AttachmentListSchema,
  CycleGovParams,
  DownloadSchema,
  FileUploadedSchema,
  IdParams,
} from '../../../../shared/contracts/assessments';
import {
  AppealCreateSchema,
  AppealListSchema,
  AppealRespondedSchema,
  AppealRespondSchema,
  AppealSchema,
} from '../../../../shared/contracts/assessments-appeals';
import * as svc from './appeals.service';
import { listAppealFiles, openAppealFile } from '../attachments/attachments.service';
import { sendStoredFile } from '../attachments/file-download';

const tags = ['appeals'];

export const appealRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/cycles/:id/governments/:governmentId/appeals',
    {
      config: { access: 'cycle.read' },
      schema: { tags, params: CycleGovParams, response: { 200: AppealListSchema } },
    },
    async (req) => svc.listAppeals(db(), requireActor(req), req.params.id, req.params.governmentId),
  );
  app.post(
    '/answers/:id/appeals',
    {
      config: { access: 'assessment.appeal', cacheWrites: 'answer' },
      schema: {
        tags,
        summary: 'Contest a verified item (appeal phase)',
        params: IdParams,
        body: AppealCreateSchema,
        response: { 201: AppealSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createAppeal(db(), requireActor(req), req.params.id, req.body)),
  );
  app.post(
    '/appeals/:id/files',
    {
      config: { access: 'assessment.appeal' },
      schema: {
        tags,
        summary: 'Attach a file (multipart field "file": photo or PDF)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 201: FileUploadedSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { part, limits } = await readUpload(req);
      return reply.status(201).send(await svc.uploadAppealFile(db(), actor, req.params.id, part, limits));
    },
  );
  app.get(
    '/appeals/:id/files',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: 'Files attached to an appeal',
        params: IdParams,
        response: { 200: AttachmentListSchema },
      },
    },
    async (req) => listAppealFiles(db(), requireActor(req), req.params.id),
  );
  app.get(
    '/appeals/:appealId/files/:fileId',
    {
      config: { access: 'cycle.read' },
      schema: {
        tags,
        summary: 'Download one file of an appeal',
        params: AppealFileParams,
        response: { 200: DownloadSchema },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await openAppealFile(
          db(),
          requireActor(req),
          req.params.appealId,
          req.params.fileId,
          app.deps.config.dataDir,
        ),
      ),
  );
  app.post(
    '/appeals/:id/respond',
    {
      config: { access: 'assessment.verify' },
      schema: {
        tags,
        summary:
          'Accept (the verified value changes) or reject with a response; either decision records a score version',
        params: IdParams,
        body: AppealRespondSchema,
        response: {
          200: AppealRespondedSchema,
        },
      },
    },
    async (req) => svc.respondToAppeal(db(), requireActor(req), req.params.id, req.body),
  );
};
