import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  governmentId: string | null;
  before: unknown;
  after: unknown;
}

export function useAuditLog(governmentId: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['audit', governmentId ?? 'all'],
    queryFn: ({ pageParam }) =>
      apiGet<{ items: AuditEntry[]; nextCursor: number | null }>('/audit', {
        governmentId,
        cursor: pageParam,
        limit: 50,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

/** Governments to filter the log by (the first 200 in reach, by name). */
export function useGovernmentOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['governments', 'options'],
    queryFn: () => apiGet<{ items: { id: string; name: string }[] }>('/governments', { limit: 200 }),
    enabled,
  });
}
