/** Background jobs as admins see them (the job queue of ADR 0005). */
import { z } from 'zod';

export const JOB_STATUSES = ['pending', 'running', 'done', 'failed'] as const;
export type JobStatusDto = (typeof JOB_STATUSES)[number];

export const JobQuerySchema = z.object({
  status: z.enum(JOB_STATUSES).optional(),
  name: z
    .string()
    .max(80)
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.coerce.number().int().positive().optional(),
});
export type JobQuery = z.infer<typeof JobQuerySchema>;

export const JobIdParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** A job without its payload (payloads may carry personal data). */
export const JobSchema = z.object({
  id: z.number(),
  name: z.string(),
  status: z.enum(JOB_STATUSES),
  attempts: z.number(),
  maxAttempts: z.number(),
  runAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobDto = z.infer<typeof JobSchema>;

export const JobPageSchema = z.object({
  counts: z.object({ pending: z.number(), running: z.number(), done: z.number(), failed: z.number() }),
  items: z.array(JobSchema),
  nextCursor: z.number().nullable(),
});
export type JobPage = z.infer<typeof JobPageSchema>;

export const jobKeys = {
  all: ['jobs'] as const,
  list: (q: Omit<JobQuery, 'limit' | 'cursor'>) => ['jobs', 'list', q] as const,
};
