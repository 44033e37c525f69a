import type { RegionList } from '../../../../shared/contracts/regions';
import type { OfficeList } from '../../../../shared/contracts/registry';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegionLevel } from '../../../../shared/contracts/enums';
import { regionKeys } from '../../../../shared/contracts/regions';
import {
  governmentKeys,
  officeKeys,
  type GovernmentDto,
  type GovernmentFilters,
  type GovernmentInput,
  type GovernmentPage,
} from '../../../../shared/contracts/registry';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export function useGovernmentList(filters: GovernmentFilters) {
  return useInfiniteQuery({
    queryKey: governmentKeys.list(filters),
    queryFn: ({ pageParam }) =>
      apiGet<GovernmentPage>('/governments', {
        q: filters.q,
        type: filters.type,
        includeArchived: filters.includeArchived ? 'true' : undefined,
        limit: 50,
        cursor: pageParam,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useGovernment(id: string | undefined) {
  return useQuery({
    queryKey: governmentKeys.detail(id),
    queryFn: () => apiGet<GovernmentDto>(`/governments/${id}`),
    enabled: Boolean(id),
  });
}

export function useRegions(
  params: { level: RegionLevel; provinceCode?: string; unregistered?: boolean },
  enabled = true,
) {
  const query = {
    level: params.level,
    provinceCode: params.provinceCode,
    unregistered: params.unregistered ? ('true' as const) : undefined,
  };
  return useQuery({
    queryKey: regionKeys.list(query),
    queryFn: () => apiGet<RegionList>('/regions', query),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useOfficeOptions(enabled: boolean) {
  return useQuery({
    queryKey: officeKeys.list(false),
    queryFn: () => apiGet<OfficeList>('/offices'),
    enabled,
  });
}

export function useSaveGovernment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: GovernmentInput }) =>
      id
        ? apiPatch<GovernmentDto>(`/governments/${id}`, input)
        : apiPost<GovernmentDto>('/governments', input),
    onSuccess: () =>
      qc
        .invalidateQueries({ queryKey: governmentKeys.all })
        .then(() => qc.invalidateQueries({ queryKey: regionKeys.all })),
  });
}

export function useArchiveGovernment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<GovernmentDto>(`/governments/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: governmentKeys.all }),
  });
}
