import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BinaryFileSchema, IdParamsSchema } from '../../../shared/contracts/common';
import {
  StandardsImportRejectedSchema,
  StandardsImportResultSchema,
} from '../../../shared/contracts/standards-import';
import { ValidationError } from '../../lib/errors';
import { t } from '../../lib/messages';
import { requireActor } from '../../plugins/auth.plugin';
import * as svc from './standards-import.service';

const tags = ['standards'];
/** Row errors returned in one answer; errorCount tells how many there were. */
const MAX_ERRORS = 1000;

function sendFile(reply: FastifyReply, file: svc.StandardsFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

/** A government's service standards as Patuh's Excel template: export, and import into drafts. */
export const standardsImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/governments/:id/standards/export.xlsx',
    {
      config: { access: 'standard.read' },
      schema: {
        tags,
        summary: 'Excel of the standards of every service in reach (set version, else the open draft)',
        params: IdParamsSchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendFile(reply, await svc.exportStandards(app.deps.database.db, requireActor(req), req.params.id)),
  );

  app.post(
    '/governments/:id/standards/import',
    {
      config: { access: 'standard.edit', cacheWrites: 'global' },
      schema: {
        tags,
        summary:
          'Upload a filled standards workbook (multipart field `file`): every row into its service’s open draft, or nothing',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        response: { 200: StandardsImportResultSchema, 400: StandardsImportRejectedSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const part = req.isMultipart() ? await req.file() : undefined;
      if (!part || part.fieldname !== 'file')
        throw new ValidationError({ file: { message: 'import.fileRequired' } });
      const buffer = await part.toBuffer();
      const fileName = (part.filename || 'standar.xlsx').slice(0, 255);
      try {
        return await svc.importStandards(app.deps.database, actor, req.params.id, { fileName, buffer });
      } catch (err) {
        if (!(err instanceof svc.StandardsImportInvalid)) throw err;
        const locale = req.locale ?? 'id';
        const errors = err.issues.slice(0, MAX_ERRORS).map((i) => ({
          sheet: i.sheet,
          row: i.row,
          column: i.column,
          message: i.message[locale],
        }));
        const fields: Record<string, string> = {};
        for (const e of errors) fields[`${e.row}.${e.column || 'file'}`] ??= e.message;
        return reply.status(400).send({
          error: {
            code: 'VALIDATION_FAILED',
            message: t('standardsImport.invalid', locale, { count: err.issues.length }),
            fields,
          },
          errors,
          errorCount: err.issues.length,
        });
      }
    },
  );
};
