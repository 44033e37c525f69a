import type { CycleList } from '../../../../shared/contracts/assessments-cycles';
import { useQuery } from '@tanstack/react-query';
import { cycleKeys, type CycleDto, type Progress } from '../../../../shared/contracts/assessments-cycles';
import type { CycleKind } from '../../../../shared/contracts/assessments';
import { apiGet } from '../../../lib/api-client';

/** What the home page's cycle card shows of a cycle. */
export type CycleCardData = Pick<
  CycleDto,
  | 'id'
  | 'year'
  | 'name'
  | 'status'
  | 'officeName'
  | 'selfEnd'
  | 'verifyEnd'
  | 'appealEnd'
  | 'kind'
  | 'ownerGovernmentId'
  | 'ownerGovernmentName'
>;

/**
 * The newest cycle in reach of one kind, and the newest published one (for "lihat rapor"): the
 * Ombudsman's (official) and the government's own (internal) each get their card.
 */
export function useCurrentCycles(kind: CycleKind = 'official') {
  return useQuery({
    queryKey: cycleKeys.list(),
    queryFn: () => apiGet<CycleList>('/cycles'),
    select: (d) => {
      const items = d.items.filter((c) => c.kind === kind);
      return {
        current: items.find((c) => c.status !== 'published') ?? items[0] ?? null,
        published: items.find((c) => c.status === 'published') ?? null,
      };
    },
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
