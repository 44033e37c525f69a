/**
 * Tests start no job runner: a full recompute requested through the API (202, a queued job) is
 * run here by a runner that knows only the recompute job, as `npm start`'s runner would run it.
 */
import type { RecomputeAccepted, RecomputeJobDto, RecomputeStatus } from '../../shared/contracts/recompute';
import { recomputeJob } from '../jobs/definitions/recompute.job';
import { JobRunner } from '../jobs/job-runner';
import type { Agent, TestContext } from './harness';

/**
 * Runs every due recompute job to its end (one claim pass each; a failure is not retried), wired
 * to the app's read cache as server/main.ts wires its runner.
 */
export async function runRecomputeJobs(ctx: TestContext): Promise<void> {
  const runner = new JobRunner(ctx.database, ctx.app.deps.config, [recomputeJob] as never[], {
    backoffMs: 60_000,
    readCache: ctx.app.readCaches.responses,
  });
  await runner.tick();
}

/** POST …/recompute as `agent` (202 expected), runs the job, and returns its final state ('done' expected). */
export async function recomputeThroughApi(
  ctx: TestContext,
  agent: Agent,
  cycleId: string,
): Promise<RecomputeJobDto> {
  const res = await agent.post(`/api/cycles/${cycleId}/recompute`);
  if (res.statusCode !== 202) throw new Error(`recompute: ${res.statusCode} ${res.body}`);
  const { job } = res.json<RecomputeAccepted>();
  await runRecomputeJobs(ctx);
  const status = (await agent.get(`/api/cycles/${cycleId}/recompute`)).json<RecomputeStatus>();
  if (status.job?.id !== job.id || status.job.status !== 'done')
    throw new Error(`recompute job ${job.id}: ${JSON.stringify(status.job)}`);
  return status.job;
}
