import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CycleIdParams } from '../../../shared/contracts/assessments';
import { BinaryFileSchema } from '../../../shared/contracts/common';
import { requireActor } from '../../plugins/auth.plugin';
import { contentDisposition } from '../files/files.service';
import { exportInternalReport } from './internal-report.service';
import type { RenderedFile } from './reports.service';

const tags = ['reports'];

function sendFile(reply: FastifyReply, file: RenderedFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/** The regent's report on an internal cycle as files: same access as the internal results pages. */
export const internalReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  for (const format of ['pdf', 'xlsx'] as const) {
    app.get(
      `/cycles/:id/internal/report.${format}`,
      {
        config: { access: 'results.read' },
        schema: {
          tags,
          summary:
            format === 'pdf'
              ? "Penilaian mandiri: the regent's report as a PDF in Bahasa Indonesia (internal cycles only)"
              : "Penilaian mandiri: the regent's report as an Excel workbook (ranking, gaps, work plan, improvement points, comparison)",
          params: CycleIdParams,
          response: { 200: BinaryFileSchema },
        },
      },
      async (req, reply) =>
        sendFile(reply, await exportInternalReport(db(), requireActor(req), req.params.id, format)),
    );
  }
};
