import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export interface Office {
  id: string;
  name: string;
  code: string;
  isHeadOffice: boolean;
  address: string | null;
  provinceCodes: string[];
  provinces: { code: string; name: string }[];
  governmentCount: number;
  archivedAt: string | null;
}

export interface OfficeInput {
  name: string;
  code: string;
  isHeadOffice: boolean;
  address: string | null;
  provinceCodes: string[];
}

export function useOffices(includeArchived: boolean) {
  return useQuery({
    queryKey: ['offices', 'list', includeArchived],
    queryFn: () =>
      apiGet<{ items: Office[] }>('/offices', { includeArchived: includeArchived ? 'true' : undefined }),
  });
}

export function useProvinces() {
  return useQuery({
    queryKey: ['regions', { level: 'province' }],
    queryFn: () => apiGet<{ items: { code: string; name: string }[] }>('/regions', { level: 'province' }),
    staleTime: 5 * 60_000,
  });
}

export function useSaveOffice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: OfficeInput }) =>
      id ? apiPatch<Office>(`/offices/${id}`, input) : apiPost<Office>('/offices', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['offices'] }),
  });
}

export function useArchiveOffice() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<Office>(`/offices/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['offices'] }),
  });
}
