import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Band, Framework, FrameworkNode } from '../../../../shared/frameworks/framework.schema';
import {
  indicatorDefinitions,
  type IndicatorDefinition,
  type IndicatorDefinitions,
} from '../../../../shared/frameworks/indicator-definitions';
import { api, apiGet, apiPost } from '../../../lib/api-client';

export type { Band, Framework, FrameworkNode, IndicatorDefinition, IndicatorDefinitions };

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

const frameworkQuery = (id: string) =>
  queryOptions({
    queryKey: ['frameworks', 'detail', id],
    queryFn: () => apiGet<FrameworkDetail>(`/frameworks/${id}`),
  });

export function useFramework(id: string) {
  return useQuery(frameworkQuery(id));
}

const toDefinitions = (detail: FrameworkDetail) => indicatorDefinitions(detail.definition);

/**
 * The indicator definitions of the framework version a cycle uses. That version is frozen, so it
 * is fetched once per page load (`staleTime: Infinity`) and shared by every checklist of the cycle.
 */
export function useIndicatorDefinitions(frameworkId: string | undefined) {
  return useQuery({
    ...frameworkQuery(frameworkId ?? ''),
    enabled: frameworkId !== undefined,
    staleTime: Infinity,
    select: toDefinitions,
  });
}

/**
 * A read that names its framework version (a checklist), joined with that version's indicator
 * definitions: pending while either loads, failed when either fails (a retry refetches what
 * failed). `join` must be a stable function (module level), so the joined data is kept between
 * renders.
 */
export function useWithIndicatorDefinitions<T extends { framework: { id: string } }, R>(
  read: UseQueryResult<T>,
  join: (data: T, definitions: IndicatorDefinitions) => R,
) {
  const definitions = useIndicatorDefinitions(read.data?.framework.id);
  const data = useMemo(
    () => (read.data && definitions.data ? join(read.data, definitions.data) : undefined),
    [read.data, definitions.data, join],
  );
  return {
    data,
    isPending: read.isPending || definitions.isPending,
    error: read.error ?? definitions.error,
    refetch: () =>
      Promise.all([read.error ? read.refetch() : null, definitions.error ? definitions.refetch() : null]),
  };
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
