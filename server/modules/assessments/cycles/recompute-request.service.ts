/**
 * "Hitung ulang" (issue 9): a full recompute of a cycle is enqueued as a background job
 * (server/jobs/definitions/recompute.job.ts), never run inside the request. A request while the
 * cycle's recompute still waits or runs gets that job back, so double clicks queue one recompute.
 */
import type { RecomputeJobDto } from '../../../../shared/contracts/recompute';
import type { Executor } from '../../../db/client';
import { enqueueJob } from '../../../jobs/job-definition';
import { findJob, latestJobFor, type JobRow } from '../../../jobs/jobs.repository';
import { recomputeJob } from '../../../jobs/definitions/recompute.job';
import type { Actor } from '../../../lib/reach';
import { inTransaction } from '../../../lib/transaction';
import { cycleForActor } from '../assessments.access';

const toDto = (j: JobRow): RecomputeJobDto => ({
  id: j.id,
  status: j.status,
  createdAt: j.createdAt.toISOString(),
  finishedAt: j.finishedAt?.toISOString() ?? null,
});

const latest = (db: Executor, cycleId: string) => latestJobFor(db, recomputeJob.name, 'cycleId', cycleId);

/** Enqueues the cycle's recompute (404 out of reach), or returns the one still pending or running. */
export async function requestRecompute(
  db: Executor,
  actor: Actor,
  cycleId: string,
): Promise<RecomputeJobDto> {
  await cycleForActor(db, actor, cycleId);
  return inTransaction(db, async (tx) => {
    const open = await latest(tx, cycleId);
    if (open && (open.status === 'pending' || open.status === 'running')) return toDto(open);
    const id = await enqueueJob(tx, recomputeJob, { cycleId, userId: actor.id, reason: 'hitung-ulang' });
    return toDto((await findJob(tx, id!))!);
  });
}

/** The newest recompute job of a cycle in reach (null when none); 404 out of reach. */
export async function recomputeStatus(
  db: Executor,
  actor: Actor,
  cycleId: string,
): Promise<RecomputeJobDto | null> {
  await cycleForActor(db, actor, cycleId);
  const job = await latest(db, cycleId);
  return job ? toDto(job) : null;
}
