import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ResultsExportAcceptedSchema,
  ResultsExportSchema,
  ResultsExportStartSchema,
} from '../../../shared/contracts/reports';
import { requireActor } from '../../plugins/auth.plugin';
import { CycleIdParams } from '../../../shared/contracts/assessments';
import { contentDisposition } from '../files/files.service';
import type { RunInBackground } from '../imports/imports.service';
import { BinaryFileSchema, IdParamsSchema } from '../../../shared/contracts/common';
import * as svc from './results-export.service';

const tags = ['reports'];

/** The national results as .xlsx or PDF: a background job (ADR 0001) polled for progress, then downloaded. */
export const resultsExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const database = () => app.deps.database;
  const dataDir = () => app.deps.config.dataDir;
  const pending = new Set<Promise<void>>();
  const run: RunInBackground = (task) => {
    const p: Promise<void> = task()
      .catch((err: unknown) => app.log.error({ err }, 'results export failed'))
      .finally(() => pending.delete(p));
    pending.add(p);
  };
  app.addHook('onClose', async () => {
    await Promise.allSettled([...pending]);
  });

  app.post(
    '/cycles/:id/results-export',
    {
      config: { access: 'results.read' },
      schema: {
        tags,
        summary: 'Start an .xlsx or PDF export of the results in reach (poll GET /results-exports/:id)',
        params: CycleIdParams,
        body: ResultsExportStartSchema,
        response: { 202: ResultsExportAcceptedSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(202)
        .send(
          await svc.startResultsExport(
            database(),
            requireActor(req),
            req.params.id,
            dataDir(),
            run,
            req.body?.format ?? 'xlsx',
          ),
        ),
  );

  app.get(
    '/results-exports/:id',
    {
      config: { access: 'results.read' },
      schema: {
        tags,
        summary: 'Status and progress of a results export (its requester only)',
        params: IdParamsSchema,
        response: { 200: ResultsExportSchema },
      },
    },
    async (req) => svc.getResultsExport(database(), requireActor(req), req.params.id),
  );

  app.get(
    '/results-exports/:id/file',
    {
      config: { access: 'results.read' },
      schema: {
        tags,
        summary: 'The finished export (attachment); 409 while it is being written',
        params: IdParamsSchema,
        response: { 200: BinaryFileSchema },
      },
    },
    async (req, reply) => {
      const file = await svc.openResultsExportFile(database(), requireActor(req), req.params.id, dataDir());
      if (file.size !== null) reply.header('content-length', file.size);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.stream as unknown as string); // a stream: Fastify pipes it, the serializer never sees it
    },
  );
};
