import { useQuery } from '@tanstack/react-query';
import {
  crosswalkKeys,
  type PreviousCycle,
  type PreviousIndicator,
  type SinceLastYear,
} from '../../../../shared/contracts/crosswalk';
import { apiGet } from '../../../lib/api-client';

export type { PreviousCycle, PreviousIndicator, SinceLastYear };

/**
 * The previous cycle beside a unit's (or, without a unit, the government's own) indicators: one
 * request per unit and page, shared by every item card through the query key.
 */
export function usePreviousCycle(
  cycleId: string,
  target: { unitId?: string | null; governmentId?: string | null },
) {
  const unitId = target.unitId ?? null;
  const governmentId = target.governmentId ?? null;
  return useQuery({
    queryKey: unitId
      ? crosswalkKeys.previousUnit(cycleId, unitId)
      : crosswalkKeys.previousGovernment(cycleId, governmentId ?? ''),
    queryFn: () =>
      apiGet<PreviousCycle>(
        unitId
          ? `/cycles/${cycleId}/units/${unitId}/previous`
          : `/cycles/${cycleId}/governments/${governmentId}/previous`,
      ),
    enabled: Boolean(cycleId && (unitId || governmentId)),
    staleTime: 60_000,
  });
}

/** The rapor's "done / not done since last year", per unit. */
export function useSinceLastYear(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: crosswalkKeys.sinceLastYear(cycleId, governmentId),
    queryFn: () => apiGet<SinceLastYear>(`/cycles/${cycleId}/governments/${governmentId}/since-last-year`),
    enabled: Boolean(cycleId && governmentId),
    staleTime: 60_000,
  });
}
