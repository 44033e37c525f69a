import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ExportQuerySchema, ImportAcceptedSchema, ImportSchema } from '../../../shared/contracts/imports';
import { ValidationError } from '../../lib/errors';
import { requireActor } from '../../plugins/auth.plugin';
import { BinaryFileSchema, IdParamsSchema } from '../../../shared/contracts/common';
import * as exportsSvc from './exports.service';
import * as svc from './imports.service';

const tags = ['imports'];

function sendFile(reply: FastifyReply, file: exportsSvc.FileDownload) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.stream);
}

/** Excel import (template, upload → background validation → commit) and xlsx/csv export of a government's registry. */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const database = () => app.deps.database;
  const pending = new Set<Promise<void>>();
  const run: svc.RunInBackground = (task) => {
    const p: Promise<void> = task()
      .catch((err: unknown) => app.log.error({ err }, 'import task failed'))
      .finally(() => pending.delete(p));
    pending.add(p);
  };
  app.addHook('onClose', async () => {
    await Promise.allSettled([...pending]);
  });

  app.get(
    '/governments/:id/import-template',
    {
      config: { access: 'import.write' },
      schema: {
        tags,
        summary: 'Excel template for importing units, products and PICs',
        params: IdParamsSchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendFile(reply, await exportsSvc.importTemplate(database().db, requireActor(req), req.params.id)),
  );

  app.post(
    '/governments/:id/imports',
    {
      config: { access: 'import.write' },
      schema: {
        tags,
        summary: 'Upload a filled template (multipart field `file`); validated in the background',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        response: { 202: ImportAcceptedSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const part = req.isMultipart() ? await req.file() : undefined;
      if (!part || part.fieldname !== 'file')
        throw new ValidationError({ file: { message: 'import.fileRequired' } });
      const buffer = await part.toBuffer();
      const fileName = (part.filename || 'impor.xlsx').slice(0, 255);
      const accepted = await svc.startImport(database(), actor, req.params.id, { fileName, buffer }, run);
      return reply.status(202).send(accepted);
    },
  );

  app.get(
    '/imports/:id',
    {
      config: { access: 'import.write' },
      schema: {
        tags,
        summary: 'Import status, progress, errors and preview',
        params: IdParamsSchema,
        response: { 200: ImportSchema },
      },
    },
    async (req) => svc.getImportForActor(database(), requireActor(req), req.params.id, req.locale),
  );

  app.post(
    '/imports/:id/commit',
    {
      config: { access: 'import.write' },
      schema: {
        tags,
        summary: 'Write a validated import: all rows in one transaction, or nothing',
        params: IdParamsSchema,
        response: { 202: ImportAcceptedSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(202)
        .send(await svc.commitImportForActor(database(), requireActor(req), req.params.id, run)),
  );

  app.get(
    '/governments/:id/export',
    {
      config: { access: 'export.read' },
      schema: {
        tags,
        summary: 'Export units, products and PICs (xlsx: all three sheets; csv: one list)',
        params: IdParamsSchema,
        querystring: ExportQuerySchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await exportsSvc.exportRegistry(database().db, requireActor(req), req.params.id, req.query),
      ),
  );
};
