/**
 * A framework version as the API returns it, and the indicator definitions the checklist and
 * the appeals join to their answer cells. Shared by features (web/lib), so no feature imports
 * another; the frameworks feature builds its editor hooks on the same query.
 */
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  frameworkKeys,
  type FrameworkDetailView,
  type FrameworkSummary,
  type InternalFramework,
} from '../../shared/contracts/frameworks';
import {
  indicatorDefinitions,
  type IndicatorDefinition,
  type IndicatorDefinitions,
} from '../../shared/frameworks/indicator-definitions';
import { apiGet } from './api-client';

export type { IndicatorDefinition, IndicatorDefinitions };

export type { FrameworkSummary };
/** A framework version as GET /frameworks/:id returns it, its definition typed as a framework. */
export type FrameworkDetail = FrameworkDetailView;

export const frameworkQuery = (id: string) =>
  queryOptions({
    queryKey: frameworkKeys.detail(id),
    queryFn: () => apiGet<FrameworkDetail>(`/frameworks/${id}`),
  });

/**
 * The framework a government's internal cycles default to (its office's spot-check set, else the
 * built-in one, "disusun Patuh"): for the internal-cycle form, which lives in another feature.
 */
export const internalFrameworkQuery = (governmentId: string) =>
  queryOptions({
    queryKey: frameworkKeys.internal(governmentId),
    queryFn: () => apiGet<InternalFramework>(`/governments/${governmentId}/internal-framework`),
    enabled: governmentId !== '',
  });

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
