import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiGet, apiPatch, apiPost } from '../../../lib/api-client';
import type { TimeZoneCode } from '../../../lib/format';

export const CYCLE_STATUSES = [
  'planning',
  'self_assessment',
  'verification',
  'appeal',
  'final',
  'published',
] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];
export const PHASE_DATE_FIELDS = [
  'selfStart',
  'selfEnd',
  'verifyStart',
  'verifyEnd',
  'appealStart',
  'appealEnd',
  'finalDate',
] as const;
export type PhaseDateField = (typeof PHASE_DATE_FIELDS)[number];
export type Zone = 'merah' | 'kuning' | 'hijau';

export interface Cycle extends Record<PhaseDateField, string | null> {
  id: string;
  officeId: string;
  officeName: string;
  officeTimeZone: TimeZoneCode;
  year: number;
  name: string;
  frameworkId: string;
  status: CycleStatus;
  productsPerUnit: number;
  approvedAt: string | null;
  publishedAt: string | null;
  governmentCount: number;
}

export interface CycleGovernment {
  id: string;
  name: string;
  type: string;
  unitCount: number;
  productCount: number;
  assessors: Array<{ userId: string; name: string }>;
}

export interface CycleDetail extends Cycle {
  governments: CycleGovernment[];
}

export interface Sample {
  governmentId: string;
  units: Array<{
    unitId: string;
    name: string;
    type: string;
    sector: string;
    selfStatus: 'draft' | 'submitted';
    products: Array<{ productId: string; name: string; type: string }>;
  }>;
  assessors: Array<{ userId: string; name: string; email: string }>;
}

export interface Progress {
  governmentId: string;
  units: Array<{
    unitId: string;
    name: string;
    answered: number;
    total: number;
    selfStatus: 'draft' | 'submitted';
    submittedAt: string | null;
  }>;
  entity: { answered: number; total: number };
  /** Answer cells verified and in all, and open appeals (counted in SQL on the server). */
  itemsVerified: number;
  itemsTotal: number;
  openAppeals: number;
}

export interface Summary {
  cycleId: string;
  status: CycleStatus;
  zones: Record<Zone | 'none', number>;
  ranking: Array<{
    type: string;
    top: Array<{ governmentId: string; name: string; score: number | null; rank: number }>;
  }>;
  progress: {
    unitsSubmitted: number;
    unitsTotal: number;
    itemsVerified: number;
    itemsTotal: number;
    openAppeals: number;
  };
  officeMean: number | null;
  nationalMean: number | null;
  nationalCount: number;
}

export interface ResultRow {
  governmentId: string;
  name: string;
  type: string;
  score: number | null;
  band: string | null;
  zone: Zone | null;
  dimensions: Record<string, number | null>;
  rank: number | null;
  peers: number;
  version: number;
}

export interface ResultFilters {
  type: string;
  zone: Zone | '';
  sort: 'score' | 'name';
  dir: 'asc' | 'desc';
}

export interface FrameworkOption {
  id: string;
  version: string;
  name: string;
  archived: boolean;
}

export type CycleInput = {
  year: number;
  name: string;
  frameworkId: string;
  productsPerUnit: number;
  officeId?: string;
} & Record<PhaseDateField, string>;

const keys = {
  all: ['cycles'] as const,
  detail: (id: string) => ['cycles', 'detail', id] as const,
  sample: (id: string, gov: string) => ['cycles', 'sample', id, gov] as const,
};

export function useCycles() {
  return useQuery({ queryKey: ['cycles', 'list'], queryFn: () => apiGet<{ items: Cycle[] }>('/cycles') });
}

export function useCycle(id: string) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: () => apiGet<CycleDetail>(`/cycles/${id}`),
    enabled: Boolean(id),
  });
}

export function useFrameworkOptions() {
  return useQuery({
    queryKey: ['frameworks', 'list', false],
    queryFn: () => apiGet<FrameworkOption[]>('/frameworks'),
    staleTime: 60_000,
  });
}

export function useCreateCycle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CycleInput) => apiPost<Cycle>('/cycles', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useUpdateCycle(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CycleInput>) => apiPatch<CycleDetail>(`/cycles/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
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
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useAddGovernments(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (governmentIds: string[]) =>
      apiPost<CycleDetail>(`/cycles/${id}/governments`, { governmentIds }),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useRemoveGovernment(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (governmentId: string) =>
      apiPost<CycleDetail>(`/cycles/${id}/governments/${governmentId}/remove`),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useSample(id: string, governmentId: string, enabled = true) {
  return useQuery({
    queryKey: keys.sample(id, governmentId),
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
      qc.setQueryData(keys.sample(id, governmentId), sample);
      return qc.invalidateQueries({ queryKey: keys.detail(id) });
    },
  });
}

export function useProgress(id: string, governmentId: string) {
  return useQuery({
    queryKey: ['cycles', 'progress', id, governmentId],
    queryFn: () => apiGet<Progress>(`/cycles/${id}/governments/${governmentId}/progress`),
  });
}

export function useSummary(id: string) {
  return useQuery({
    queryKey: ['cycles', 'summary', id],
    queryFn: () => apiGet<Summary>(`/cycles/${id}/summary`),
  });
}

export function useResults(id: string, filters: ResultFilters) {
  return useInfiniteQuery({
    queryKey: ['cycles', 'results', id, filters],
    queryFn: ({ pageParam }) =>
      apiGet<{ items: ResultRow[]; nextCursor: string | null }>(`/cycles/${id}/results`, {
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
    queryKey: ['governments', 'options'],
    queryFn: () =>
      apiGet<{ items: Array<{ id: string; name: string; type: string; officeId: string }> }>('/governments', {
        limit: 200,
      }),
    enabled,
  });
}

export function useGovernmentUnitOptions(governmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['units', 'byGovernment', governmentId, false],
    queryFn: () =>
      apiGet<{ items: Array<{ id: string; name: string; archivedAt: string | null }> }>(
        `/governments/${governmentId}/units`,
      ),
    enabled,
  });
}

export function useUnitProductOptions(unitId: string | null) {
  return useQuery({
    queryKey: ['products', 'byUnit', unitId, false],
    queryFn: () =>
      apiGet<{ items: Array<{ id: string; name: string }> }>(`/units/${unitId}/products`, { limit: 200 }),
    enabled: Boolean(unitId),
  });
}

/** The active assessors of the cycle's office: whom a head or an admin may assign. */
export function useAssessorOptions(cycleId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['cycles', 'assessorOptions', cycleId],
    queryFn: () =>
      apiGet<{ items: Array<{ id: string; name: string; email: string }> }>(
        `/cycles/${cycleId}/assessor-options`,
      ),
    enabled,
  });
}

export function useOfficeOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['offices', 'list', false],
    queryFn: () =>
      apiGet<{ items: Array<{ id: string; name: string; archivedAt: string | null }> }>('/offices'),
    enabled,
  });
}
