import { z } from 'zod';
import { recomputeCycle } from '../../modules/assessments/results/scoring.service';
import { defineJob } from '../job-definition';

/**
 * A full recompute of one cycle's scores, requested by "Hitung ulang" (POST /cycles/:id/recompute)
 * or by the phase change of a cycle too large to recompute inside the request (cycles.service).
 * It runs here, not inside the request: a national recompute takes seconds and its engine work
 * yields to the event loop between governments, so the server keeps answering meanwhile. The
 * versions it writes carry the requester's id. Retried twice (a lock timeout, a restart).
 */
/**
 * On PGlite (one connection: every request waits while a transaction is open) the job commits after
 * each government, so other requests run in between. Measured with bench/probe-stall.ts on the small
 * synth (30 governments, load average ~4 on 2 cores): health's worst wait 436 ms in one transaction,
 * 190 / 116 ms at 5 / 10 per transaction, 97–99 ms at 2 and 1. On the medium synth (187 governments,
 * quiet machine, session 9), alternating runs: at 2 per transaction health's p50 / p99 / worst were
 * 58–60 / 107–198 / 181–653 ms, at 1 28–32 / 60–65 / 179–218 ms, the job 7.4 s against 7.6–8.4 s.
 * PostgreSQL keeps one transaction: other requests use other connections, and its next-batch prefetch
 * on a second connection is faster (national: 13 s against 21 s at 10 per transaction, same load).
 * Session 11: each step now scores its government before its transaction (scoring.service,
 * recomputeInSteps) and a job's PGlite statements yield to the event loop first (db/client.ts):
 * bench/probe-stall.ts on the medium synth, health's worst 54 / 121 / 132 ms → 81 / 91 / 96 ms,
 * p50 23–25 → 13–15 ms, the job 8.2 s → 10.4–11.5 s (each answer set is read twice). Scoring in the
 * heavy-work pool on PGlite was tried and was worse (worst 1.1 s, job 14 s).
 */
const PGLITE_PER_TRANSACTION = 1;

export const recomputeJob = defineJob({
  name: 'recompute-cycle',
  payload: z
    .object({
      cycleId: z.uuid(),
      userId: z.uuid().nullable(),
      /** The event the versions are labelled with: a phase change of a large cycle queues its own. */
      reason: z.enum(['hitung-ulang', 'penilaian-mandiri', 'verifikasi', 'banding', 'final', 'persetujuan']),
    })
    .strict(),
  maxAttempts: 3,
  // Every score, rank and peer of the cycle, and the "previous result" on later cycles' rapors.
  cacheWrites: ({ cycleId }) => ({ cycleId }),
  async run({ database }, { cycleId, userId, reason }) {
    await recomputeCycle(database.db, cycleId, reason, userId ? { id: userId } : null, {
      force: true,
      perTransaction: database.engine === 'pglite' ? PGLITE_PER_TRANSACTION : undefined,
      // On PostgreSQL the engine scores each batch in the heavy-work pool (worker thread).
      offload: database.engine === 'postgres',
    });
  },
});
