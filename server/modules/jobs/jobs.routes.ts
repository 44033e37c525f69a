import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JobIdParamsSchema, JobPageSchema, JobQuerySchema, JobSchema } from '../../../shared/contracts/jobs';
import { listJobsForAdmin, retryJob } from './jobs.service';

export const jobsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  app.get(
    '/jobs',
    {
      config: { access: 'jobs.manage' },
      schema: {
        tags: ['jobs'],
        summary: 'Background jobs (admins): status counts and the newest jobs, filterable',
        querystring: JobQuerySchema,
        response: { 200: JobPageSchema },
      },
    },
    async (req) => listJobsForAdmin(db(), req.query),
  );
  app.post(
    '/jobs/:id/retry',
    {
      config: { access: 'jobs.manage' },
      schema: {
        tags: ['jobs'],
        summary: 'Send a failed job back to the queue',
        params: JobIdParamsSchema,
        response: { 200: JobSchema },
      },
    },
    async (req) => retryJob(db(), req.params.id),
  );
};
