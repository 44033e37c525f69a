import { useQuery } from '@tanstack/react-query';
import {
  internalReportUrl,
  internalResultKeys,
  type InternalComparison,
  type InternalGaps,
  type InternalRanking,
  type InternalReportFormat,
} from '../../../../shared/contracts/assessments-internal-results';
import { apiGet } from '../../../lib/api-client';

export type { InternalComparison, InternalGaps, InternalRanking };

export type GapSort = 'failing' | 'framework';

const base = (cycleId: string) => `/cycles/${cycleId}/internal`;

export function useInternalRanking(cycleId: string) {
  return useQuery({
    queryKey: internalResultKeys.ranking(cycleId),
    queryFn: () => apiGet<InternalRanking>(`${base(cycleId)}/ranking`),
  });
}

export function useInternalGaps(cycleId: string, sort: GapSort) {
  return useQuery({
    queryKey: internalResultKeys.gaps(cycleId, sort),
    queryFn: () => apiGet<InternalGaps>(`${base(cycleId)}/gaps`, { sort }),
  });
}

export function useInternalComparison(cycleId: string) {
  return useQuery({
    queryKey: internalResultKeys.comparison(cycleId),
    queryFn: () => apiGet<InternalComparison>(`${base(cycleId)}/comparison`),
  });
}

export const reportFileUrl = (cycleId: string, format: InternalReportFormat) =>
  internalReportUrl(cycleId, format);
