import type { GovernmentPage } from '../../../../shared/contracts/registry';
import { governmentKeys } from '../../../../shared/contracts/registry';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  auditKeys,
  type AuditActors,
  type AuditActorsQuery,
  type AuditExportQuery,
  type AuditPage,
} from '../../../../shared/contracts/audit';
import { apiGet, apiUrl } from '../../../lib/api-client';

export type AuditFilter = AuditExportQuery;

export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam }) => apiGet<AuditPage>('/audit', { ...filter, cursor: pageParam, limit: 50 }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

/** The people in the log the user may read, for the "by person" filter. */
export function useAuditActors(governmentId: string | undefined) {
  return useQuery({
    queryKey: auditKeys.actors(governmentId),
    queryFn: () => apiGet<AuditActors>('/audit/actors', { governmentId } satisfies AuditActorsQuery),
  });
}

/** The CSV export of the same filter (a plain link: the browser downloads it). */
export function auditExportUrl(filter: AuditFilter): string {
  return apiUrl('/audit/export', filter);
}

/** Governments to filter the log by (the first 200 in reach, by name). */
export function useGovernmentOptions(enabled: boolean) {
  return useQuery({
    queryKey: governmentKeys.options(),
    queryFn: () => apiGet<GovernmentPage>('/governments', { limit: 200 }),
    enabled,
  });
}
