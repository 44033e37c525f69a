import type { OfficeList } from '../../../../shared/contracts/registry';
import type { RegionList } from '../../../../shared/contracts/regions';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { regionKeys } from '../../../../shared/contracts/regions';
import { officeKeys, type OfficeDto, type OfficeInput } from '../../../../shared/contracts/registry';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export function useOffices(includeArchived: boolean) {
  return useQuery({
    queryKey: officeKeys.list(includeArchived),
    queryFn: () => apiGet<OfficeList>('/offices', { includeArchived: includeArchived ? 'true' : undefined }),
  });
}

export function useProvinces() {
  return useQuery({
    queryKey: regionKeys.list({ level: 'province' }),
    queryFn: () => apiGet<RegionList>('/regions', { level: 'province' }),
    staleTime: 5 * 60_000,
  });
}

export function useSaveOffice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: OfficeInput }) =>
      id ? apiPatch<OfficeDto>(`/offices/${id}`, input) : apiPost<OfficeDto>('/offices', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: officeKeys.all }),
  });
}

export function useArchiveOffice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<OfficeDto>(`/offices/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: officeKeys.all }),
  });
}
