import type { JobDto, JobQuery } from '../../../shared/contracts/jobs';
import type { Executor } from '../../db/client';
import {
  countJobsByStatus,
  listJobs,
  retryFailedJob,
  findJob,
  type JobRow,
} from '../../jobs/jobs.repository';
import { ConflictError, NotFoundError } from '../../lib/errors';

function toDto(r: JobRow): JobDto {
  return {
    id: r.id,
    name: r.name,
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.maxAttempts,
    runAt: r.runAt.toISOString(),
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

/** Jobs newest first with the count per status (admins only, checked by the route's permission). */
export async function listJobsForAdmin(db: Executor, q: JobQuery) {
  const rows = await listJobs(db, { status: q.status, name: q.name, beforeId: q.cursor, limit: q.limit });
  const page = rows.slice(0, q.limit);
  return {
    counts: await countJobsByStatus(db),
    items: page.map(toDto),
    nextCursor: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** An admin sends a failed job back to the queue with fresh attempts; anything else is a 409. */
export async function retryJob(db: Executor, id: number): Promise<JobDto> {
  const row = await retryFailedJob(db, id);
  if (row) return toDto(row);
  if (!(await findJob(db, id))) throw new NotFoundError();
  throw new ConflictError('conflict.jobNotFailed');
}
