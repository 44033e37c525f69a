import { useQuery } from '@tanstack/react-query';
import type { Explain, ExplainAnswer, ExplainNode } from '../../../../shared/contracts/assessments-results';
import { raporKeys, type Rapor, type RaporGap, type RaporUnitGaps } from '../../../../shared/contracts/rapor';
import { apiGet } from '../../../lib/api-client';

export type { Rapor, RaporGap, RaporUnitGaps };

export type { Explain, ExplainAnswer, ExplainNode };

const base = (cycleId: string, governmentId: string) => `/cycles/${cycleId}/governments/${governmentId}`;

export function useRapor(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: raporKeys.rapor(cycleId, governmentId),
    queryFn: () => apiGet<Rapor>(`${base(cycleId, governmentId)}/rapor`),
  });
}

/**
 * One unit's pemetaan kekurangan, fetched only while `enabled` (the unit's section is open); kept
 * once loaded, so closing and opening again shows it at once.
 */
export function useRaporUnitGaps(cycleId: string, governmentId: string, unitId: string, enabled: boolean) {
  return useQuery({
    queryKey: raporKeys.unitGaps(cycleId, governmentId, unitId),
    queryFn: () => apiGet<RaporUnitGaps>(`${base(cycleId, governmentId)}/rapor/units/${unitId}`),
    enabled,
  });
}

export function useExplain(cycleId: string, governmentId: string, unitId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: raporKeys.explain(cycleId, governmentId, unitId),
    queryFn: () => apiGet<Explain>(`${base(cycleId, governmentId)}/explain`, { unitId }),
    enabled,
  });
}

export const raporFileUrl = (cycleId: string, governmentId: string, kind: 'pdf' | 'xlsx') =>
  `/api${base(cycleId, governmentId)}/rapor.${kind}`;
