/**
 * A full recompute of a cycle's scores (issue 9): the request only enqueues a background job
 * (server/jobs/definitions/recompute.job.ts) and answers 202 with it; the client polls the status.
 */
import { z } from 'zod';
import { JOB_STATUSES } from './jobs';

/** The recompute job as its requester sees it (no payload, no error text: admins read those on the jobs page). */
export const RecomputeJobSchema = z.object({
  id: z.number(),
  status: z.enum(JOB_STATUSES),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type RecomputeJobDto = z.infer<typeof RecomputeJobSchema>;

/** 202: the job that will do (or already does) the recompute; a second request while one waits gets the same. */
export const RecomputeAcceptedSchema = z.object({ job: RecomputeJobSchema });
export type RecomputeAccepted = z.infer<typeof RecomputeAcceptedSchema>;

/** The newest recompute job of the cycle, null when none was ever requested (or it was purged). */
export const RecomputeStatusSchema = z.object({ job: RecomputeJobSchema.nullable() });
export type RecomputeStatus = z.infer<typeof RecomputeStatusSchema>;

export const recomputeKeys = {
  status: (cycleId: string) => ['cycles', cycleId, 'recompute'] as const,
};
