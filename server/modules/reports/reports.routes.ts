import { BinaryFileSchema } from '../../../shared/contracts/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import { requireActor } from '../../plugins/auth.plugin';
import { CycleGovParams } from '../../../shared/contracts/assessments';
import { contentDisposition } from '../files/files.service';
import { exportRapor, type RenderedFile } from './reports.service';

const tags = ['reports'];

function sendFile(reply: FastifyReply, file: RenderedFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/** The rapor as files: same access as the rapor page (`results.read`, tenant reach, publication). */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/cycles/:id/governments/:governmentId/rapor.pdf',
    {
      config: { access: 'results.read' },
      schema: {
        tags,
        summary: 'The rapor as a PDF in Bahasa Indonesia (attachment)',
        params: CycleGovParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await exportRapor(db(), requireActor(req), req.params.id, req.params.governmentId, 'pdf'),
      ),
  );
  app.get(
    '/cycles/:id/governments/:governmentId/rapor.xlsx',
    {
      config: { access: 'results.read' },
      schema: {
        tags,
        summary:
          'The rapor as an Excel workbook: Ringkasan, Dimensi, Unit, Kekurangan, Saran Perbaikan, Riwayat',
        params: CycleGovParams,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) =>
      sendFile(
        reply,
        await exportRapor(db(), requireActor(req), req.params.id, req.params.governmentId, 'xlsx'),
      ),
  );
};
