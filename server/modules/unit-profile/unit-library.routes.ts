import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../plugins/auth.plugin';
import { readUpload } from '../../plugins/upload';
import { ArchivedSchema, DownloadSchema, IdParams } from '../../../shared/contracts/assessments';
import { EvidenceSchema } from '../../../shared/contracts/assessments-checklist';
import {
  EvidenceFromLibraryBodySchema,
  UnitDocumentListQuerySchema,
  UnitDocumentListSchema,
  UnitDocumentSchema,
  UnitDocumentUploadQuerySchema,
} from '../../../shared/contracts/unit-library';
import { UnitIdParams } from '../../../shared/contracts/unit-profile';
import { sendStoredFile } from '../assessments/attachments/file-download';
import { attachFromLibrary } from './library-evidence.service';
import * as svc from './unit-library.service';

const tags = ['unit-library'];

/** A unit's evidence library, and attaching one of its documents as evidence of an answer. */
export const unitLibraryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/units/:id/documents',
    {
      config: { access: 'standard.read' },
      schema: {
        tags,
        summary: 'The evidence library of a unit (?kind=&archived=true for archived ones)',
        params: UnitIdParams,
        querystring: UnitDocumentListQuerySchema,
        response: { 200: UnitDocumentListSchema },
      },
    },
    async (req) =>
      svc.listLibrary(db(), requireActor(req), req.params.id, {
        kind: req.query.kind,
        archived: req.query.archived === 'true',
      }),
  );
  app.post(
    '/units/:id/documents',
    {
      config: { access: 'unit.profile.write', cacheWrites: 'global' },
      schema: {
        tags,
        summary:
          'Add a document (multipart field "file": PDF, JPEG or PNG recognised by content; ?kind=&title=&productId=&madeOn=&note=)',
        consumes: ['multipart/form-data'],
        params: UnitIdParams,
        querystring: UnitDocumentUploadQuerySchema,
        response: { 201: UnitDocumentSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { part, limits } = await readUpload(req);
      return reply
        .status(201)
        .send(await svc.uploadDocument(db(), actor, req.params.id, part, req.query, limits));
    },
  );
  app.post(
    '/unit-documents/:id/archive',
    {
      config: { access: 'unit.profile.write', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Archive a library document',
        params: IdParams,
        response: { 200: ArchivedSchema },
      },
    },
    async (req) => svc.archiveDocument(db(), requireActor(req), req.params.id),
  );
  app.get(
    '/unit-documents/:id/file',
    {
      config: { access: 'standard.read' },
      schema: {
        tags,
        summary: 'Download a library document',
        params: IdParams,
        response: { 200: DownloadSchema },
      },
    },
    async (req, reply) =>
      sendStoredFile(
        reply,
        await svc.openDocumentFile(db(), requireActor(req), req.params.id, app.deps.config.dataDir),
      ),
  );
  app.post(
    '/answers/:id/evidence/from-library',
    {
      config: { access: 'assessment.self', cacheWrites: 'answer' },
      schema: {
        tags,
        summary: 'Attach a library document as evidence of an answer (the same file, no copy)',
        params: IdParams,
        body: EvidenceFromLibraryBodySchema,
        response: { 201: EvidenceSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await attachFromLibrary(db(), requireActor(req), req.params.id, req.body.documentId)),
  );
};
