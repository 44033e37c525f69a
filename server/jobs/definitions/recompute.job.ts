import { z } from 'zod';
import { recomputeCycle } from '../../modules/assessments/scoring.service';
import { defineJob } from '../job-definition';

/**
 * A full recompute of one cycle's scores, requested by "Hitung ulang" (POST /cycles/:id/recompute)
 * or by the phase change of a cycle too large to recompute inside the request (cycles.service).
 * It runs here, not inside the request: a national recompute takes seconds and its engine work
 * yields to the event loop between governments, so the server keeps answering meanwhile. The
 * versions it writes carry the requester's id. Retried twice (a lock timeout, a restart).
 */
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
  async run({ database }, { cycleId, userId, reason }) {
    await recomputeCycle(database.db, cycleId, reason, userId ? { id: userId } : null, {
      force: true,
      perBatch: true,
    });
  },
});
