import type { CycleList } from '../../../../shared/contracts/assessments-cycles';
import type {
  GovernmentPage,
  OfficeList,
  ProductPage,
  UnitList,
} from '../../../../shared/contracts/registry';
import type { FrameworkSummary } from '../../../../shared/contracts/frameworks';
import { frameworkKeys } from '../../../../shared/contracts/frameworks';
import { governmentKeys, officeKeys, productKeys, unitKeys } from '../../../../shared/contracts/registry';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CYCLE_STATUSES,
  PHASE_DATE_FIELDS,
  type CycleStatus,
  type PhaseDateField,
  type Zone,
} from '../../../../shared/contracts/assessments';
import {
  cycleKeys,
  type AssessorOptions,
  type CycleDetail,
  type CycleDto as Cycle,
  type CycleGovernment,
  type CycleInput,
  type Progress,
  type Sample,
} from '../../../../shared/contracts/assessments-cycles';
import {
  resultKeys,
  type ResultFilters,
  type ResultPage,
  type ResultRow,
  type Summary,
} from '../../../../shared/contracts/assessments-results';
import { api, apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export { CYCLE_STATUSES, PHASE_DATE_FIELDS };
export type {
  Cycle,
  CycleDetail,
  CycleGovernment,
  CycleInput,
  CycleStatus,
  PhaseDateField,
  Progress,
  ResultFilters,
  ResultRow,
  Sample,
  Summary,
  Zone,
};

/** A framework version as GET /frameworks lists it (with `compiledBy` for the "disusun Patuh" label). */
export type FrameworkOption = FrameworkSummary;

export function useCycles() {
  return useQuery({ queryKey: cycleKeys.list(), queryFn: () => apiGet<CycleList>('/cycles') });
}

export function useCycle(id: string) {
  return useQuery({
    queryKey: cycleKeys.detail(id),
    queryFn: () => apiGet<CycleDetail>(`/cycles/${id}`),
    enabled: Boolean(id),
  });
}

export function useFrameworkOptions() {
  return useQuery({
    queryKey: frameworkKeys.list(false),
    queryFn: () => apiGet<FrameworkOption[]>('/frameworks'),
    staleTime: 60_000,
  });
}

export function useCreateCycle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CycleInput) => apiPost<Cycle>('/cycles', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}

export function useUpdateCycle(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CycleInput>) => apiPatch<CycleDetail>(`/cycles/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}

/** Phase change, approval (= publication) and recomputation: everything about the cycle is stale after. */
export function useCycleAction(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (
      action: { kind: 'advance'; to: CycleStatus } | { kind: 'approve' } | { kind: 'recompute' },
    ) => {
      switch (action.kind) {
        case 'advance':
          return apiPost<unknown>(`/cycles/${id}/advance`, { to: action.to });
        case 'approve':
          return apiPost<unknown>(`/cycles/${id}/approve`);
        case 'recompute':
          return apiPost<unknown>(`/cycles/${id}/recompute`);
      }
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}

export function useAddGovernments(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (governmentIds: string[]) =>
      apiPost<CycleDetail>(`/cycles/${id}/governments`, { governmentIds }),
    onSuccess: () => qc.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}

export function useRemoveGovernment(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (governmentId: string) =>
      apiPost<CycleDetail>(`/cycles/${id}/governments/${governmentId}/remove`),
    onSuccess: () => qc.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}

export function useSample(id: string, governmentId: string, enabled = true) {
  return useQuery({
    queryKey: cycleKeys.sample(id, governmentId),
    queryFn: () => apiGet<Sample>(`/cycles/${id}/governments/${governmentId}/sample`),
    enabled,
  });
}

type SampleChange =
  | { kind: 'default' }
  | { kind: 'addUnit'; unitId: string }
  | { kind: 'removeUnit'; unitId: string }
  | { kind: 'addProduct'; productId: string }
  | { kind: 'removeProduct'; productId: string }
  | { kind: 'assessors'; userIds: string[] };

/** Every change to a government's sample answers with the new sample; the cycle's counts change too. */
export function useChangeSample(id: string, governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (change: SampleChange) => {
      switch (change.kind) {
        case 'default':
          return apiPost<Sample>(`/cycles/${id}/governments/${governmentId}/sample/default`);
        case 'addUnit':
          return apiPost<Sample>(`/cycles/${id}/units`, { unitId: change.unitId, withProducts: true });
        case 'removeUnit':
          return apiPost<Sample>(`/cycles/${id}/units/${change.unitId}/remove`);
        case 'addProduct':
          return apiPost<Sample>(`/cycles/${id}/products`, { productId: change.productId });
        case 'removeProduct':
          return apiPost<Sample>(`/cycles/${id}/products/${change.productId}/remove`);
        case 'assessors':
          return api<Sample>('PUT', `/cycles/${id}/governments/${governmentId}/assessors`, {
            body: { userIds: change.userIds },
          });
      }
    },
    onSuccess: (sample) => {
      qc.setQueryData(cycleKeys.sample(id, governmentId), sample);
      return qc.invalidateQueries({ queryKey: cycleKeys.detail(id) });
    },
  });
}

export function useProgress(id: string, governmentId: string) {
  return useQuery({
    queryKey: cycleKeys.progress(id, governmentId),
    queryFn: () => apiGet<Progress>(`/cycles/${id}/governments/${governmentId}/progress`),
  });
}

export function useSummary(id: string) {
  return useQuery({
    queryKey: resultKeys.summary(id),
    queryFn: () => apiGet<Summary>(`/cycles/${id}/summary`),
  });
}

export function useResults(id: string, filters: ResultFilters) {
  return useInfiniteQuery({
    queryKey: resultKeys.list(id, filters),
    queryFn: ({ pageParam }) =>
      apiGet<ResultPage>(`/cycles/${id}/results`, {
        type: filters.type,
        zone: filters.zone,
        sort: filters.sort,
        dir: filters.dir,
        cursor: pageParam,
        limit: 50,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Options for the samplers: the office's governments, a government's units and a unit's products. */
export function useOfficeGovernments(enabled: boolean) {
  return useQuery({
    queryKey: governmentKeys.options(),
    queryFn: () =>
      apiGet<GovernmentPage>('/governments', {
        limit: 200,
      }),
    enabled,
  });
}

export function useGovernmentUnitOptions(governmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: unitKeys.byGovernment(governmentId, false),
    queryFn: () => apiGet<UnitList>(`/governments/${governmentId}/units`),
    enabled,
  });
}

export function useUnitProductOptions(unitId: string | null) {
  return useQuery({
    queryKey: productKeys.byUnit(unitId ?? '', false),
    queryFn: () => apiGet<ProductPage>(`/units/${unitId}/products`, { limit: 200 }),
    enabled: Boolean(unitId),
  });
}

/** The active assessors of the cycle's office: whom a head or an admin may assign. */
export function useAssessorOptions(cycleId: string, enabled: boolean) {
  return useQuery({
    queryKey: cycleKeys.assessorOptions(cycleId),
    queryFn: () => apiGet<AssessorOptions>(`/cycles/${cycleId}/assessor-options`),
    enabled,
  });
}

export function useOfficeOptions(enabled: boolean) {
  return useQuery({
    queryKey: officeKeys.list(false),
    queryFn: () => apiGet<OfficeList>('/offices'),
    enabled,
  });
}
