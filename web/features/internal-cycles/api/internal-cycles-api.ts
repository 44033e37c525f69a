import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  cycleKeys,
  type AssessorOptions,
  type CycleDetail,
  type CycleList,
} from '../../../../shared/contracts/assessments-cycles';
import {
  internalKeys,
  type InternalCycleInput,
  type WorkPlan,
  type WorkPlanUpdate,
} from '../../../../shared/contracts/assessments-internal';
import {
  frameworkKeys,
  type FrameworkSummary,
  type InternalFramework,
} from '../../../../shared/contracts/frameworks';
import { unitKeys, type UnitList } from '../../../../shared/contracts/registry';
import { api, apiGet, apiPost } from '../../../lib/api-client';

export type { CycleDetail, InternalCycleInput, WorkPlan, WorkPlanUpdate };

/** The government's internal cycles (penilaian mandiri), newest first, from the cycles in reach. */
export function useInternalCycles(governmentId: string | null) {
  return useQuery({
    queryKey: cycleKeys.list(),
    queryFn: () => apiGet<CycleList>('/cycles'),
    select: (d) => d.items.filter((c) => c.kind === 'internal' && c.ownerGovernmentId === governmentId),
    enabled: Boolean(governmentId),
  });
}

export function useCreateInternalCycle(governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: InternalCycleInput) =>
      apiPost<CycleDetail>(`/governments/${governmentId}/internal-cycles`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: cycleKeys.all }),
  });
}

/** The frameworks a cycle can use (archived ones left out). */
export function useFrameworkChoices() {
  return useQuery({
    queryKey: frameworkKeys.list(false),
    queryFn: () => apiGet<FrameworkSummary[]>('/frameworks'),
    select: (list) => list.filter((f) => !f.archived),
    staleTime: 60_000,
  });
}

/**
 * The framework the government's internal cycles default to: its office's own spot-check set when
 * the office has one, else Patuh's built-in spot-check set.
 */
export function useInternalFramework(governmentId: string) {
  return useQuery({
    queryKey: frameworkKeys.internal(governmentId),
    queryFn: () => apiGet<InternalFramework>(`/governments/${governmentId}/internal-framework`),
    staleTime: 60_000,
  });
}

/** The government's units (active only), for "all units or a chosen subset". */
export function useGovernmentUnits(governmentId: string | null) {
  return useQuery({
    queryKey: unitKeys.byGovernment(governmentId ?? '', false),
    queryFn: () => apiGet<UnitList>(`/governments/${governmentId}/units`),
    enabled: Boolean(governmentId),
  });
}

export function useWorkPlan(cycleId: string) {
  return useQuery({
    queryKey: internalKeys.workPlan(cycleId),
    queryFn: () => apiGet<WorkPlan>(`/cycles/${cycleId}/work-plan`),
  });
}

export function useSaveWorkPlan(cycleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkPlanUpdate) => api<WorkPlan>('PUT', `/cycles/${cycleId}/work-plan`, { body }),
    onSuccess: (plan) => {
      qc.setQueryData(internalKeys.workPlan(cycleId), plan);
    },
  });
}

/** The government's internal verifiers (Inspektorat): whom the coordinator may put in a unit's team. */
export function useVerifierOptions(cycleId: string, enabled: boolean) {
  return useQuery({
    queryKey: cycleKeys.assessorOptions(cycleId),
    queryFn: () => apiGet<AssessorOptions>(`/cycles/${cycleId}/assessor-options`),
    enabled,
  });
}

export function useShareCycle(cycleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (shared: boolean) => apiPost<CycleDetail>(`/cycles/${cycleId}/share`, { shared }),
    onSuccess: (cycle) => {
      qc.setQueryData(cycleKeys.detail(cycleId), cycle);
      return qc.invalidateQueries({ queryKey: cycleKeys.list() });
    },
  });
}
