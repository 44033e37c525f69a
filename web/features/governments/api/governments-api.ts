import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export const GOVERNMENT_TYPES = ['kementerian', 'lembaga', 'pemprov', 'pemkab', 'pemkot'] as const;
export type GovernmentType = (typeof GOVERNMENT_TYPES)[number];
export const REGIONAL_TYPES: GovernmentType[] = ['pemprov', 'pemkab', 'pemkot'];

export interface Government {
  id: string;
  type: GovernmentType;
  name: string;
  regionCode: string | null;
  regionName: string | null;
  provinceCode: string | null;
  officeId: string;
  officeName: string;
  address: string | null;
  website: string | null;
  unitCount: number;
  productCount: number;
  contactCount: number;
  archivedAt: string | null;
}

export interface GovernmentFilters {
  q: string;
  type: GovernmentType | '';
  includeArchived: boolean;
}

export interface Region {
  code: string;
  name: string;
  level: 'province' | 'regency';
  kind: 'provinsi' | 'kabupaten' | 'kota';
  provinceCode: string;
}

export interface OfficeOption {
  id: string;
  name: string;
  archivedAt: string | null;
}

export function useGovernmentList(filters: GovernmentFilters) {
  return useInfiniteQuery({
    queryKey: ['governments', 'list', filters],
    queryFn: ({ pageParam }) =>
      apiGet<{ items: Government[]; nextCursor: string | null }>('/governments', {
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
    queryKey: ['governments', 'detail', id],
    queryFn: () => apiGet<Government>(`/governments/${id}`),
    enabled: Boolean(id),
  });
}

export function useRegions(
  params: { level: 'province' | 'regency'; provinceCode?: string; unregistered?: boolean },
  enabled = true,
) {
  return useQuery({
    queryKey: ['regions', params],
    queryFn: () =>
      apiGet<{ items: Region[] }>('/regions', {
        level: params.level,
        provinceCode: params.provinceCode,
        unregistered: params.unregistered ? 'true' : undefined,
      }),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useOfficeOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['offices', 'list', false],
    queryFn: () => apiGet<{ items: OfficeOption[] }>('/offices'),
    enabled,
  });
}

export interface GovernmentInput {
  type?: GovernmentType;
  name?: string;
  regionCode?: string | null;
  officeId?: string;
  address?: string | null;
  website?: string | null;
}

export function useSaveGovernment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: GovernmentInput }) =>
      id ? apiPatch<Government>(`/governments/${id}`, input) : apiPost<Government>('/governments', input),
    onSuccess: () =>
      qc
        .invalidateQueries({ queryKey: ['governments'] })
        .then(() => qc.invalidateQueries({ queryKey: ['regions'] })),
  });
}

export function useArchiveGovernment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<Government>(`/governments/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['governments'] }),
  });
}
