import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Band, Framework, FrameworkNode } from '../../../../shared/frameworks/framework.schema';
import { api, apiGet, apiPost } from '../../../lib/api-client';

export type { Band, Framework, FrameworkNode };

export interface FrameworkSummary {
  id: string;
  version: string;
  name: string;
  /** The definition's name in both languages. */
  nameLocalized: { id: string; en: string };
  source: 'builtin' | 'custom';
  basedOn: string | null;
  frozen: boolean;
  frozenAt: string | null;
  archived: boolean;
  usedByCycles: number;
  updatedAt: string;
}

export interface FrameworkDetail extends FrameworkSummary {
  definition: Framework;
  problems: Array<{ path: string; node?: string; message: string }>;
}

export function useFrameworks(includeArchived: boolean) {
  return useQuery({
    queryKey: ['frameworks', 'list', includeArchived],
    queryFn: () =>
      apiGet<FrameworkSummary[]>('/frameworks', { includeArchived: includeArchived ? 'true' : undefined }),
  });
}

export function useFramework(id: string) {
  return useQuery({
    queryKey: ['frameworks', 'detail', id],
    queryFn: () => apiGet<FrameworkDetail>(`/frameworks/${id}`),
  });
}

export function useDuplicateFramework(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: string; name?: string }) =>
      apiPost<FrameworkDetail>(`/frameworks/${id}/duplicate`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['frameworks'] }),
  });
}

export function useSaveFramework(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (definition: Framework) =>
      api<FrameworkDetail>('PUT', `/frameworks/${id}`, { body: { definition } }),
    onSuccess: (detail) => {
      qc.setQueryData(['frameworks', 'detail', id], detail);
      return qc.invalidateQueries({ queryKey: ['frameworks', 'list'] });
    },
  });
}

export function useArchiveFramework(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (restore: boolean) =>
      apiPost<FrameworkSummary>(`/frameworks/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['frameworks'] }),
  });
}
