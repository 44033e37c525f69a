import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { cycleKeys } from '../../../../shared/contracts/assessments-cycles';
import { recomputeKeys, type RecomputeStatus } from '../../../../shared/contracts/recompute';
import { apiGet } from '../../../lib/api-client';

/** How often a waiting or running recompute is asked about. */
const POLL_MS = 2000;

const active = (s: RecomputeStatus | undefined) =>
  s?.job?.status === 'pending' || s?.job?.status === 'running';

/**
 * The cycle's newest recompute job ("Hitung ulang" queues one: 202), polled while it waits or runs.
 * When it ends, everything about the cycle is refetched and `onFinished` hears whether it succeeded.
 */
export function useRecomputeStatus(cycleId: string, enabled: boolean, onFinished: (ok: boolean) => void) {
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: recomputeKeys.status(cycleId),
    queryFn: () => apiGet<RecomputeStatus>(`/cycles/${cycleId}/recompute`),
    enabled,
    refetchInterval: (q) => (active(q.state.data) ? POLL_MS : false),
  });
  const wasActive = useRef(false);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  useEffect(() => {
    const now = active(query.data);
    if (wasActive.current && !now && query.data?.job) {
      void qc.invalidateQueries({ queryKey: cycleKeys.all });
      finished.current(query.data.job.status === 'done');
    }
    wasActive.current = now;
  }, [query.data, qc]);
  return { running: active(query.data) };
}
