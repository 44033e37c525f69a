import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Band, Framework, FrameworkNode } from '../../../../shared/frameworks/framework.schema';
import {
  frameworkKeys,
  type FrameworkDuplicate,
  type FrameworkListParams,
  type FrameworkReplace,
  type FrameworkSpotCheck,
} from '../../../../shared/contracts/frameworks';
import { api, apiGet, apiPost } from '../../../lib/api-client';
import {
  frameworkQuery,
  type FrameworkDetail,
  type FrameworkSummary,
} from '../../../lib/framework-definitions';

export type { Band, Framework, FrameworkNode, FrameworkDetail, FrameworkSummary };

export function useFrameworks(includeArchived: boolean) {
  return useQuery({
    queryKey: frameworkKeys.list(includeArchived),
    queryFn: () =>
      apiGet<FrameworkSummary[]>('/frameworks', {
        includeArchived: includeArchived ? 'true' : undefined,
      } satisfies FrameworkListParams),
  });
}

export function useFramework(id: string) {
  return useQuery(frameworkQuery(id));
}

export function useDuplicateFramework(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: FrameworkDuplicate) => apiPost<FrameworkDetail>(`/frameworks/${id}/duplicate`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: frameworkKeys.all }),
  });
}

export function useSaveFramework(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (definition: Framework) =>
      api<FrameworkDetail>('PUT', `/frameworks/${id}`, { body: { definition } satisfies FrameworkReplace }),
    onSuccess: (detail) => {
      qc.setQueryData(frameworkKeys.detail(id), detail);
      return qc.invalidateQueries({ queryKey: frameworkKeys.lists });
    },
  });
}

export function useArchiveFramework(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (restore: boolean) =>
      apiPost<FrameworkSummary>(`/frameworks/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: frameworkKeys.all }),
  });
}

/** Marks (or unmarks) an office's version as the office's spot-check set. */
export function useSetSpotCheck(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (spotCheck: boolean) =>
      api<FrameworkSummary>('PUT', `/frameworks/${id}/spot-check`, {
        body: { spotCheck } satisfies FrameworkSpotCheck,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: frameworkKeys.all }),
  });
}
