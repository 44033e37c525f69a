/**
 * The backlog's outputs (issue 17 §9): the Excel export of a filter, the per-government PDF
 * report, and the batch letters. Files are rendered in the heavy-work pool.
 */
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BinaryFileSchema, IdParamsSchema } from '../../../shared/contracts/common';
import { FollowupLetterListQuerySchema } from '../../../shared/contracts/followup-reports';
import {
  FollowupLetterCreateSchema,
  FollowupLetterListSchema,
  FollowupLetterSchema,
  FollowupListQuerySchema,
} from '../../../shared/contracts/followups';
import { requireActor } from '../../plugins/auth.plugin';
import { contentDisposition } from '../files/files.service';
import * as letters from './followup-letters.service';
import { exportXlsx, reportPdf, type ReportFile } from './followup-reports.service';

const tags = ['followups'];

function sendFile(reply: FastifyReply, file: ReportFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

export const followupReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/followups/export.xlsx',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'The backlog as Excel: every item of the list’s filter in reach (Indonesian headers)',
        querystring: FollowupListQuerySchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => sendFile(reply, await exportXlsx(db(), requireActor(req), req.query)),
  );
  app.get(
    '/governments/:id/followups/report.pdf',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'The follow-up report of a government (PDF): items by kind and status, overdue, done',
        params: IdParamsSchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => sendFile(reply, await reportPdf(db(), requireActor(req), req.params.id)),
  );
  app.post(
    '/followup-letters',
    {
      config: { access: 'followup.office.manage', cacheWrites: 'none' },
      schema: {
        tags,
        summary: 'A letter sending a batch of one government’s items to it (number unique per office)',
        body: FollowupLetterCreateSchema,
        response: { 201: FollowupLetterSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await letters.createLetter(db(), app.deps.config.dataDir, requireActor(req), req.body)),
  );
  app.get(
    '/followup-letters',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'Batch letters: the office’s, or those sent to the coordinator’s government',
        querystring: FollowupLetterListQuerySchema,
        response: { 200: FollowupLetterListSchema },
      },
    },
    async (req) => letters.listLetters(db(), requireActor(req), req.query.governmentId),
  );
  app.get(
    '/followup-letters/:id/pdf',
    {
      config: { access: 'followup.read' },
      schema: {
        tags,
        summary: 'A batch letter as PDF (letterhead, number, addressee, the items, signatory)',
        params: IdParamsSchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await letters.letterPdf(db(), app.deps.config.dataDir, requireActor(req), req.params.id),
      ),
  );
};
