import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { jobKeys, type JobDto, type JobPage, type JobQuery } from '../../../../shared/contracts/jobs';
import { apiGet, apiPost } from '../../../lib/api-client';

export type JobFilter = Omit<JobQuery, 'limit' | 'cursor'>;

export function useJobs(filter: JobFilter) {
  return useInfiniteQuery({
    queryKey: jobKeys.list(filter),
    queryFn: ({ pageParam }) => apiGet<JobPage>('/jobs', { ...filter, cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 10_000,
  });
}

export function useRetryJob() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiPost<JobDto>(`/jobs/${id}/retry`),
    onSuccess: () => qc.invalidateQueries({ queryKey: jobKeys.all }),
  });
}
