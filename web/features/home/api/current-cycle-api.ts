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
