/**
 * Issue 9 item 2: a rapor PDF stalled every other request for 0.5–1.4 s, the national PDF up to
 * 1.2 s. The files are now rendered by the heavy-work pool's worker threads; /api/health, polled
 * over real HTTP every ~20 ms, keeps answering while 10 rapor PDFs, the national .xlsx and PDF and
 * a recompute run. For comparison the test also renders the same 10 PDFs on the loop, as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FullRapor } from '../../../shared/contracts/rapor';
import { heavyWork } from '../../lib/worker-pool';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { probeLoop, type LoopFigures } from '../../test/loop-probe';
import { makeAssessmentFixture, type AssessmentFixture } from '../assessments/common/assessment-fixtures';
import { buildFullRapor } from '../assessments/results/rapor.service';
import { resolveSession } from '../auth/auth.service';
import { renderRaporPdf } from './rapor-pdf';
import { recomputeThroughApi, runRecomputeJobs } from '../../test/recompute-job';

/** What the work may add to health's worst answer over the idle machine's (target ≤ 50 ms; CI is busy). */
const HEALTH_BOUND_MS = 200;
const PGLITE_BOUND_MS = 1500;

let ctx: TestContext;
let t: Tenant;
let a: AssessmentFixture;
let head: Agent;

beforeAll(async () => {
  [ctx] = await Promise.all([createTestContext(), heavyWork().warm()]);
  t = await makeTenant(ctx);
  a = await makeAssessmentFixture(ctx, t);
  head = await t.as('oversight_head');
  await recomputeThroughApi(ctx, head, a.cycleId);
});
afterAll(async () => ctx.close());

function baseUrl() {
  const address = ctx.app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}`;
}

/** A request over real HTTP as `agent`. */
async function http(agent: Agent, method: string, url: string) {
  const res = await fetch(`${baseUrl()}${url}`, {
    method,
    headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf },
  });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

/** Pages of a PDF, counted from its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** Runs `work` while probing health; returns the figures and what `work` returned. */
async function measured<T>(work: () => Promise<T>): Promise<[LoopFigures, T]> {
  const probe = await probeLoop(ctx.app);
  await new Promise((r) => setTimeout(r, 100));
  const result = await work();
  return [await probe.stop(), result];
}

const line = (name: string, f: LoopFigures) =>
  `${name}: worst ${f.worstMs} ms, p50 ${f.p50Ms} ms over ${f.requests} requests; RSS ${f.baseRssMb} → ${f.peakRssMb} MB`;

describe('heavy work stays off the request loop', () => {
  it(
    '10 simultaneous rapor PDFs, the national xlsx and PDF and a recompute leave /api/health answering',
    { timeout: 600_000 },
    async () => {
      await probeLoop(ctx.app).then((p) => p.stop()); // listening; first fetch paid
      const [idle] = await measured(() => new Promise((r) => setTimeout(r, 2000)));

      // Before: the same 10 PDFs rendered on the loop, as the route did until now (not asserted).
      const actor = (await resolveSession(ctx.database.db, head.cookie.slice(head.cookie.indexOf('=') + 1)))!
        .actor;
      const rapor: FullRapor = await buildFullRapor(ctx.database.db, actor, a.cycleId, t.governmentId);
      const [onLoop] = await measured(() =>
        Promise.all(Array.from({ length: 10 }, () => renderRaporPdf(rapor))),
      );

      // The rendering alone, through the pool, with the rapor already read.
      const [pool] = await measured(() =>
        Promise.all(Array.from({ length: 10 }, () => heavyWork().run<Uint8Array>('rapor-pdf', rapor))),
      );
      // The reads alone: on PGlite the engine runs its queries on this thread.
      const [reads] = await measured(() =>
        Promise.all(
          Array.from({ length: 10 }, () => buildFullRapor(ctx.database.db, actor, a.cycleId, t.governmentId)),
        ),
      );
      // After: 10 simultaneous downloads through the route.
      const url = `/api/cycles/${a.cycleId}/governments/${t.governmentId}/rapor.pdf`;
      const [pdfs, responses] = await measured(() =>
        Promise.all(Array.from({ length: 10 }, () => http(head, 'GET', url))),
      );
      for (const r of responses) {
        expect(r.status).toBe(200);
        expect(r.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pageCount(r.body)).toBeGreaterThan(0);
      }

      const exportOf = async (format: 'xlsx' | 'pdf') => {
        const res = await fetch(`${baseUrl()}/api/cycles/${a.cycleId}/results-export`, {
          method: 'POST',
          headers: { cookie: head.cookie, 'x-csrf-token': head.csrf, 'content-type': 'application/json' },
          body: JSON.stringify({ format }),
        });
        expect(res.status).toBe(202);
        const { id } = (await res.json()) as { id: string };
        for (let i = 0; i < 600; i++) {
          const job = JSON.parse((await http(head, 'GET', `/api/results-exports/${id}`)).body.toString()) as {
            status: string;
          };
          if (job.status === 'done' || job.status === 'failed') return job.status;
          await new Promise((r) => setTimeout(r, 25));
        }
        return 'timeout';
      };
      const [national, statuses] = await measured(() => Promise.all([exportOf('xlsx'), exportOf('pdf')]));
      expect(statuses).toEqual(['done', 'done']);

      // The request only enqueues (202); the job then runs in this process, as `npm start`'s runner runs it.
      const [recompute, rec] = await measured(async () => {
        const r = await http(head, 'POST', `/api/cycles/${a.cycleId}/recompute`);
        await runRecomputeJobs(ctx);
        return r;
      });
      expect(rec.status).toBe(202);

      const [idleAfter] = await measured(() => new Promise((r) => setTimeout(r, 2000)));
      console.info(
        `[reports-loop] ${ctx.database.engine}:\n  ${line('idle', idle)}\n  ${line('idle, after', idleAfter)}\n  ${line('10 rapor PDFs on the loop (before)', onLoop)}\n` +
          `  ${line('10 rapor PDFs rendered by the pool (rapor read once)', pool)}\n  ${line('10 full rapor reads', reads)}\n` +
          `  ${line('10 rapor PDFs via the route (worker pool)', pdfs)}\n  ${line('national xlsx + PDF', national)}\n` +
          `  ${line('recompute', recompute)}`,
      );
      const noise = Math.max(idle.worstMs, idleAfter.worstMs);
      if (ctx.database.engine === 'postgres')
        for (const f of [pool, pdfs, national, recompute])
          expect(f.worstMs).toBeLessThan(noise + HEALTH_BOUND_MS);
      // PGlite executes the rapor's reads on this thread (ADR 0001): through the route its 10 full
      // reads stall the loop by themselves (0.4–2.4 s measured here), which no pool takes off it;
      // they are reported above, not bounded. What the pool moved — rendering, the national files,
      // the recompute's yielding — is bounded loosely: PGlite shares this thread and its heap with
      // the test runner (~700 MB RSS; collections measured up to ~0.6 s), far below the 4–18 s the
      // same PDFs stall it when rendered on the loop.
      else
        for (const f of [pool, national, recompute]) expect(f.worstMs).toBeLessThan(noise + PGLITE_BOUND_MS);
    },
  );
});
