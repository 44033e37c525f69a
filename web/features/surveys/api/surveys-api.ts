/**
 * The surveys API (issue 16) as TanStack Query hooks: periods (SKM by a government's coordinator,
 * perception by an office), counter links and slips, staff-entered responses with review and
 * correction, results, trend, import and the instruments. Schemas and keys: shared/contracts/surveys.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { cycleKeys, type CycleDetail, type CycleList } from '../../../../shared/contracts/assessments-cycles';
import {
  governmentKeys,
  unitKeys,
  type GovernmentPage,
  type UnitList,
} from '../../../../shared/contracts/registry';
import {
  surveyKeys,
  type CreatePerceptionPeriod,
  type CreateSkmPeriod,
  type CounterLinkSchema,
  type CorrectResponseSchema,
  type DuplicateInstrumentSchema,
  type InstrumentDetail,
  type InstrumentSummary,
  type PeriodDetail,
  type PeriodSummary,
  type ResponsePageSchema,
  type ResponseView,
  type ReviewResponseSchema,
  type SlipBatchSchema,
  type StaffResponseInput,
  type SurveyImportResultSchema,
  type SurveyKind,
  type SurveyResults,
  type SurveyTrendSchema,
  type UpdatePeriodSchema,
} from '../../../../shared/contracts/surveys';
import type { SkmContext } from '../../../../shared/contracts/survey-feed';
import type { Instrument } from '../../../../shared/surveys/instrument.schema';
import { api, apiGet, apiPatch, apiPost, apiUrl, uploadFile } from '../../../lib/api-client';

export type { Instrument, InstrumentDetail, InstrumentSummary, PeriodDetail, PeriodSummary, ResponseView };
export type { SurveyResults };
export type CounterLink = z.infer<typeof CounterLinkSchema>;
export type SlipBatch = z.infer<typeof SlipBatchSchema>;
export type ResponsePage = z.infer<typeof ResponsePageSchema>;
export type SurveyTrend = z.infer<typeof SurveyTrendSchema>;
export type SurveyImportResult = z.infer<typeof SurveyImportResultSchema>;
export type ResponseFilter = 'all' | 'flagged' | 'excluded' | 'staff';
type UpdatePeriod = z.input<typeof UpdatePeriodSchema>;

export interface PeriodFilters {
  governmentId?: string;
  cycleId?: string;
  kind?: SurveyKind;
}

/** The periods in reach (the server scopes them by the user's government or office). */
export function usePeriods(filters: PeriodFilters = {}) {
  return useQuery({
    queryKey: surveyKeys.periods(filters),
    queryFn: () => apiGet<{ items: PeriodSummary[] }>('/survey-periods', { ...filters }),
  });
}

export function usePeriod(id: string | undefined) {
  return useQuery({
    queryKey: surveyKeys.period(id ?? ''),
    queryFn: () => apiGet<PeriodDetail>(`/survey-periods/${id}`),
    enabled: Boolean(id),
  });
}

export function useCreateSkmPeriod() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSkmPeriod) => apiPost<PeriodDetail>('/survey-periods/skm', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export function useCreatePerceptionPeriod() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePerceptionPeriod) => apiPost<PeriodDetail>('/survey-periods/perception', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

/** Title, end date, switches, close/reopen — with the row version the page loaded. */
export function useUpdatePeriod(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePeriod) => apiPatch<PeriodDetail>(`/survey-periods/${id}`, input),
    onSuccess: (saved) => {
      qc.setQueryData(surveyKeys.period(id), saved);
      return qc.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
}

export function useCounterLink(periodId: string, unitId: string, enabled = true) {
  return useQuery({
    queryKey: ['surveys', 'counter', periodId, unitId],
    queryFn: () => apiGet<CounterLink>(`/survey-periods/${periodId}/units/${unitId}/counter`),
    enabled,
  });
}

export const counterSvgUrl = (periodId: string, unitId: string) =>
  apiUrl(`/survey-periods/${periodId}/units/${unitId}/counter.svg`);

export function useSlipBatches(periodId: string, unitId: string, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.slips(periodId, unitId),
    queryFn: () => apiGet<{ items: SlipBatch[] }>(`/survey-periods/${periodId}/units/${unitId}/slips`),
    enabled,
  });
}

export function useCreateSlips(periodId: string, unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (count: number) =>
      apiPost<SlipBatch>(`/survey-periods/${periodId}/units/${unitId}/slips`, { count }),
    onSuccess: () => qc.invalidateQueries({ queryKey: surveyKeys.slips(periodId, unitId) }),
  });
}

/** A paper form typed in (SKM) or an interview (perception); the server sets the channel. */
export function useSubmitResponse(periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StaffResponseInput) =>
      apiPost<ResponseView>(`/survey-periods/${periodId}/responses`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export function useResponses(periodId: string, filter: { unitId?: string; filter: ResponseFilter }) {
  return useInfiniteQuery({
    queryKey: surveyKeys.responses(periodId, filter),
    queryFn: ({ pageParam }) =>
      apiGet<ResponsePage>(`/survey-periods/${periodId}/responses`, {
        ...filter,
        limit: 50,
        cursor: pageParam,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useReviewResponse() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string } & z.input<typeof ReviewResponseSchema>) =>
      apiPost<ResponseView>(`/survey-responses/${v.id}/review`, { decision: v.decision, reason: v.reason }),
    onSuccess: () => qc.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export function useCorrectResponse() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & z.input<typeof CorrectResponseSchema>) =>
      apiPost<ResponseView>(`/survey-responses/${id}/correct`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export function useResults(periodId: string, scope: { unitId?: string; productId?: string }, enabled = true) {
  return useQuery({
    queryKey: surveyKeys.results(periodId, scope),
    queryFn: () => apiGet<SurveyResults>(`/survey-periods/${periodId}/results`, { ...scope }),
    enabled,
  });
}

export function useTrend(governmentId: string | null, kind: SurveyKind) {
  return useQuery({
    queryKey: surveyKeys.trend(governmentId ?? '', kind),
    queryFn: () => apiGet<SurveyTrend>(`/governments/${governmentId}/surveys/trend`, { kind }),
    enabled: Boolean(governmentId),
  });
}

export const reportUrl = (periodId: string, ext: 'pdf' | 'xlsx') =>
  apiUrl(`/survey-periods/${periodId}/report.${ext}`);
export const importTemplateUrl = (periodId: string) =>
  apiUrl(`/survey-periods/${periodId}/import-template.xlsx`);

export function useImportResponses(periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { file: File; onProgress: (p: number) => void }) =>
      uploadFile<SurveyImportResult>(`/survey-periods/${periodId}/import`, v.file, v.onProgress),
    onSuccess: () => qc.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export interface AppliedValue {
  governmentId: string;
  indicator: string;
  value: number;
  share: number;
  interviews: number;
}

export function useApplyToCycle(periodId: string) {
  return useMutation({
    mutationFn: () =>
      apiPost<{
        applied: AppliedValue[];
        /** Mapped indicators left as they were: nobody accepted answered the question there. */
        skipped?: { governmentId: string; indicator: string; reason: string }[];
      }>(`/survey-periods/${periodId}/apply-to-cycle`),
  });
}

// ---------------------------------------------------------------- instruments

export function useInstruments() {
  return useQuery({
    queryKey: surveyKeys.instruments(),
    queryFn: () => apiGet<{ items: InstrumentSummary[] }>('/survey-instruments'),
  });
}

export function useInstrument(id: string | null) {
  return useQuery({
    queryKey: surveyKeys.instrument(id ?? ''),
    queryFn: () => apiGet<InstrumentDetail>(`/survey-instruments/${id}`),
    enabled: Boolean(id),
  });
}

export function useDuplicateInstrument() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ from, ...body }: { from: string } & z.input<typeof DuplicateInstrumentSchema>) =>
      apiPost<InstrumentDetail>(`/survey-instruments/${from}/duplicate`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

export function useUpdateInstrument(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (definition: Instrument) =>
      api<InstrumentDetail>('PUT', `/survey-instruments/${id}`, { body: { definition } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: surveyKeys.all }),
  });
}

// ---------------------------------------------------------------- registry choices

/** Governments in reach (the office head's picker). */
export function useGovernmentOptions(enabled = true) {
  return useQuery({
    queryKey: governmentKeys.options(),
    queryFn: () => apiGet<GovernmentPage>('/governments', { limit: 200 }),
    enabled,
  });
}

/** The active units of a government (the coordinator's period form). */
export function useGovernmentUnits(governmentId: string | null) {
  return useQuery({
    queryKey: unitKeys.byGovernment(governmentId ?? '', false),
    queryFn: () => apiGet<UnitList>(`/governments/${governmentId}/units`),
    enabled: Boolean(governmentId),
  });
}

export interface ProductChoice {
  id: string;
  unitId: string;
  name: string;
  archivedAt: string | null;
}

/** The service products of a government's units (first 200), for the units' product pickers. */
export function useGovernmentProducts(governmentId: string | null) {
  return useQuery({
    queryKey: ['surveys', 'products', governmentId],
    queryFn: () =>
      apiGet<{ items: ProductChoice[]; nextCursor: string | null }>(`/governments/${governmentId}/products`, {
        limit: 200,
      }),
    enabled: Boolean(governmentId),
  });
}

export function useCycles(enabled = true) {
  return useQuery({ queryKey: cycleKeys.list(), queryFn: () => apiGet<CycleList>('/cycles'), enabled });
}

export function useCycle(id: string | null) {
  return useQuery({
    queryKey: cycleKeys.detail(id ?? ''),
    queryFn: () => apiGet<CycleDetail>(`/cycles/${id}`),
    enabled: Boolean(id),
  });
}

/**
 * The government's SKM periods in a cycle's year, and which of the cycle framework's indicators ask
 * about the SKM (run, published, followed up) — context beside those checklist items.
 */
export function useSkmContext(cycleId: string, governmentId: string | null) {
  return useQuery({
    queryKey: ['surveys', 'skm-context', cycleId, governmentId] as const,
    queryFn: () => apiGet<SkmContext>(`/cycles/${cycleId}/governments/${governmentId}/skm-context`),
    enabled: Boolean(cycleId && governmentId),
    staleTime: 60_000,
  });
}
