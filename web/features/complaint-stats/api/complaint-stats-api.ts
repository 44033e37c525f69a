import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  complaintStatsKeys,
  type ComplaintStats,
  type ComplaintStatsQuery,
} from '../../../../shared/contracts/complaints-stats';
import { apiGet } from '../../../lib/api-client';

export type { ComplaintStats, ComplaintStatsQuery };

export function useComplaintStats(q: ComplaintStatsQuery) {
  return useQuery({
    queryKey: complaintStatsKeys.stats(q),
    queryFn: () => apiGet<ComplaintStats>('/complaint-stats', q),
    placeholderData: keepPreviousData,
  });
}
