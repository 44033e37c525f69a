import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AgreementCreateSchema,
  AgreementListSchema,
  AgreementSchema,
  AgreementUpdateSchema,
} from '../../../shared/contracts/agreements';
import {
  BinaryFileSchema,
  FileUploadedSchema,
  IdParamsSchema,
  IncludeArchivedQuerySchema,
} from '../../../shared/contracts/common';
import { requireActor } from '../../plugins/auth.plugin';
import { readUpload } from '../../plugins/upload';
import { storedFileDisposition } from '../files/files.service';
import * as svc from './agreements.service';

const tags = ['agreements'];

export const agreementRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/governments/:id/agreements',
    {
      config: { access: 'agreement.read' },
      schema: {
        tags,
        summary: 'MoU / PKS of a government, newest first',
        params: IdParamsSchema,
        querystring: IncludeArchivedQuerySchema,
        response: { 200: AgreementListSchema },
      },
    },
    async (req) => ({
      items: await svc.listAgreementsForActor(
        db(),
        requireActor(req),
        req.params.id,
        req.query.includeArchived,
      ),
    }),
  );
  app.post(
    '/governments/:id/agreements',
    {
      config: { access: 'agreement.write' },
      schema: {
        tags,
        summary: 'Record an MoU or PKS',
        params: IdParamsSchema,
        body: AgreementCreateSchema,
        response: { 201: AgreementSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await svc.createAgreement(db(), requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/agreements/:id',
    {
      config: { access: 'agreement.read' },
      schema: { tags, params: IdParamsSchema, response: { 200: AgreementSchema } },
    },
    async (req) => svc.getAgreementForActor(db(), requireActor(req), req.params.id),
  );
  app.patch(
    '/agreements/:id',
    {
      config: { access: 'agreement.write' },
      schema: {
        tags,
        params: IdParamsSchema,
        body: AgreementUpdateSchema,
        response: { 200: AgreementSchema },
      },
    },
    async (req) => svc.updateAgreement(db(), requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/agreements/:id/archive',
    {
      config: { access: 'agreement.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: AgreementSchema } },
    },
    async (req) => svc.setAgreementArchived(db(), requireActor(req), req.params.id, true),
  );
  app.post(
    '/agreements/:id/restore',
    {
      config: { access: 'agreement.write' },
      schema: { tags, params: IdParamsSchema, response: { 200: AgreementSchema } },
    },
    async (req) => svc.setAgreementArchived(db(), requireActor(req), req.params.id, false),
  );
  app.post(
    '/agreements/:id/document',
    {
      config: { access: 'agreement.write' },
      schema: {
        tags,
        summary:
          'Upload the signed document (multipart field "file"; PDF, PNG, JPEG or WebP, recognised by content)',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        response: { 201: FileUploadedSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { part, limits } = await readUpload(req);
      const stored = await svc.uploadAgreementDocument(db(), actor, req.params.id, part, limits);
      return reply.status(201).send({
        id: stored.id,
        originalName: stored.originalName,
        size: stored.size,
        mimeType: stored.type.mimeType,
        sha256: stored.sha256,
      });
    },
  );
  app.get(
    '/agreements/:id/document',
    {
      config: { access: 'agreement.read' },
      schema: {
        tags,
        summary: 'Download the signed document (as an attachment, with the recognised content type)',
        params: IdParamsSchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => {
      const { file, stream } = await svc.openAgreementDocument(
        db(),
        requireActor(req),
        req.params.id,
        app.deps.config.dataDir,
      );
      return reply
        .type(file.mimeType)
        .header('content-length', file.size)
        .header('content-disposition', storedFileDisposition(file))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(stream as unknown as string);
    },
  );
};
