import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export interface CycleCardData {
  id: string;
  year: number;
  name: string;
  status: 'planning' | 'self_assessment' | 'verification' | 'appeal' | 'final' | 'published';
  officeName: string;
  selfEnd: string | null;
  verifyEnd: string | null;
  appealEnd: string | null;
}

/** The newest cycle in reach, and the newest published one (for "lihat rapor"). */
export function useCurrentCycles() {
  return useQuery({
    queryKey: ['cycles', 'list'],
    queryFn: () => apiGet<{ items: CycleCardData[] }>('/cycles'),
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
    queryKey: ['cycles', 'progress', cycleId, governmentId],
    queryFn: () =>
      apiGet<{ units: Array<{ unitId: string }> }>(`/cycles/${cycleId}/governments/${governmentId}/progress`),
    enabled: enabled && Boolean(cycleId && governmentId),
  });
}
