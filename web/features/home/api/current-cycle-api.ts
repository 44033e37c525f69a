import type { CycleList } from '../../../../shared/contracts/assessments-cycles';
import { useQuery } from '@tanstack/react-query';
import { cycleKeys, type CycleDto, type Progress } from '../../../../shared/contracts/assessments-cycles';
import { apiGet } from '../../../lib/api-client';

/** What the home page's cycle card shows of a cycle. */
export type CycleCardData = Pick<
  CycleDto,
  'id' | 'year' | 'name' | 'status' | 'officeName' | 'selfEnd' | 'verifyEnd' | 'appealEnd'
>;

/** The newest cycle in reach, and the newest published one (for "lihat rapor"). */
export function useCurrentCycles() {
  return useQuery({
    queryKey: cycleKeys.list(),
    queryFn: () => apiGet<CycleList>('/cycles'),
    select: (d) => ({
      current: d.items.find((c) => c.status !== 'published') ?? d.items[0] ?? null,
      published: d.items.find((c) => c.status === 'published') ?? null,
    }),
  });
}

/**
 * The checklists a government role fills in a cycle (the units of the sample in their reach), so
 * "Isi penilaian mandiri" can open the checklist itself when there is only one. Same query key as
 * the cycle page's progress, so the two share one request.
 */
export function useMyChecklists(cycleId: string | undefined, governmentId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: cycleKeys.progress(cycleId, governmentId),
    queryFn: () => apiGet<Progress>(`/cycles/${cycleId}/governments/${governmentId}/progress`),
    enabled: enabled && Boolean(cycleId && governmentId),
  });
}
