import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BinaryFileSchema, IdParamsSchema } from '../../../shared/contracts/common';
import {
  ResultsQuerySchema,
  SurveyImportResultSchema,
  SurveyResultsSchema,
  SurveyTrendSchema,
  TrendQuerySchema,
} from '../../../shared/contracts/surveys';
import { ValidationError } from '../../lib/errors';
import { t } from '../../lib/messages';
import { requireActor } from '../../plugins/auth.plugin';
import { importTemplate, importResponses, SurveyImportInvalid } from './survey-import.service';
import { exportReport, type ReportFile } from './survey-report.service';
import { getResults, getTrend } from './survey-results.service';

const tags = ['surveys'];
/** Row errors returned in one answer (errorCount tells how many there were). */
const MAX_ERRORS = 1000;

function sendFile(reply: FastifyReply, file: ReportFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store')
    .send(file.body);
}

const ImportRejectedSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
  /** Absent on a request-level 400 (no file part, a malformed id). */
  errors: SurveyImportResultSchema.shape.errors.optional(),
  errorCount: z.number().int().optional(),
});

/**
 * Survey results, the report (PDF/Excel, rendered in the heavy-work pool) and the paper-form
 * import. Nothing here is in the read cache: results carry their own cache keyed by seq.
 */
export const surveyResultsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/survey-periods/:id/results',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'NRR per element, IKM and grade of the period, a unit or a product (accepted responses)',
        params: IdParamsSchema,
        querystring: ResultsQuerySchema,
        response: { 200: SurveyResultsSchema },
      },
    },
    async (req) => getResults(db(), requireActor(req), req.params.id, req.query),
  );
  app.get(
    '/governments/:id/surveys/trend',
    {
      config: { access: 'survey.read' },
      schema: {
        tags,
        summary: 'The government’s IKM in each survey period of a kind, oldest first',
        params: IdParamsSchema,
        querystring: TrendQuerySchema,
        response: { 200: SurveyTrendSchema },
      },
    },
    async (req) => getTrend(db(), requireActor(req), req.params.id, req.query.kind),
  );
  for (const format of ['pdf', 'xlsx'] as const)
    app.get(
      `/survey-periods/:id/report.${format}`,
      {
        config: { access: 'survey.read' },
        schema: {
          tags,
          summary: `The survey report (${format.toUpperCase()}) in the shape of the regulation’s annex`,
          params: IdParamsSchema,
          querystring: ResultsQuerySchema,
          response: { 200: BinaryFileSchema },
        },
      },
      async (req, reply) =>
        sendFile(
          reply,
          await exportReport(db(), requireActor(req), req.params.id, req.query, format, req.locale ?? 'id'),
        ),
    );
  app.get(
    '/survey-periods/:id/import-template.xlsx',
    {
      config: { access: 'survey.collect' },
      schema: {
        tags,
        summary: 'Excel template for typing in paper survey forms',
        params: IdParamsSchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => sendFile(reply, await importTemplate(db(), requireActor(req), req.params.id)),
  );
  app.post(
    '/survey-periods/:id/import',
    {
      config: { access: 'survey.collect', cacheWrites: 'global' },
      schema: {
        tags,
        summary: 'Import filled paper forms (multipart field `file`): every row, or nothing',
        consumes: ['multipart/form-data'],
        params: IdParamsSchema,
        response: { 200: SurveyImportResultSchema, 400: ImportRejectedSchema },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const part = req.isMultipart() ? await req.file() : undefined;
      if (!part || part.fieldname !== 'file')
        throw new ValidationError({ file: { message: 'import.fileRequired' } });
      const buffer = await part.toBuffer();
      const locale = req.locale ?? 'id';
      try {
        return await importResponses(app.deps.database.db, actor, req.params.id, buffer);
      } catch (err) {
        if (!(err instanceof SurveyImportInvalid)) throw err;
        const errors = err.issues.slice(0, MAX_ERRORS).map((i) => ({
          row: i.row,
          field: i.field,
          message: t(i.message, locale, i.params),
        }));
        const fields: Record<string, string> = {};
        for (const e of errors) fields[`${e.row}.${e.field || 'file'}`] ??= e.message;
        return reply.status(400).send({
          error: {
            code: 'VALIDATION_FAILED',
            message: t('surveyImport.invalid', locale, { count: err.issues.length }),
            fields,
          },
          errors,
          errorCount: err.issues.length,
        });
      }
    },
  );
};
