import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, uploadFile } from '../../../lib/api-client';
import { useWithIndicatorDefinitions, type IndicatorDefinitions } from '../../../lib/framework-definitions';

export interface Localized {
  id: string;
  en: string;
}

export interface Appeal {
  id: string;
  answerId: string;
  indicator: string;
  unitName: string | null;
  productName: string | null;
  reason: string;
  requestedValue: number | null;
  status: 'open' | 'accepted' | 'rejected';
  response: string | null;
  verifiedValue: number | null;
  selfValue: number | null;
  fileCount: number;
  createdAt: string;
  respondedAt: string | null;
  /** The indicator's scale in the cycle's framework (null if it is no longer there). */
  scale: {
    type: string;
    min: number;
    max: number;
    levels: Array<{ value: number; label: Localized }>;
  } | null;
  naAllowed: boolean;
}

export interface AppealFile {
  fileId: string;
  originalName: string;
  size: number;
  mimeType: string;
}

/** The parts of a checklist an appeal needs: answer cells, and the framework that defines them. */
interface ContestableChecklist {
  framework: { id: string };
  items: Array<Omit<ContestableItem, 'name' | 'scale'>>;
}

export interface ContestableItem {
  answerId: string;
  indicator: string;
  name: Localized;
  productName: string | null;
  scale: { min: number; max: number };
  selfValue: number | null;
  selfNa: boolean;
  verified: {
    status: 'pending' | 'accepted' | 'adjusted';
    value: number | null;
    na: boolean;
    reason: string | null;
  } | null;
}

interface CycleInfo {
  id: string;
  name: string;
  status: 'planning' | 'self_assessment' | 'verification' | 'appeal' | 'final' | 'published';
  governments: Array<{ id: string; name: string }>;
}

const base = (cycleId: string, governmentId: string) => `/cycles/${cycleId}/governments/${governmentId}`;

export function useCycleInfo(cycleId: string) {
  return useQuery({
    queryKey: ['cycles', 'detail', cycleId],
    queryFn: () => apiGet<CycleInfo>(`/cycles/${cycleId}`),
  });
}

export function useAppeals(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: ['appeals', cycleId, governmentId],
    queryFn: () => apiGet<{ items: Appeal[] }>(`${base(cycleId, governmentId)}/appeals`),
  });
}

export const appealFileUrl = (appealId: string, fileId: string) => `/api/appeals/${appealId}/files/${fileId}`;

/** The files of one appeal (fetched only when it has any). */
export function useAppealFiles(appealId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['appeals', 'files', appealId],
    queryFn: () => apiGet<{ items: AppealFile[] }>(`/appeals/${appealId}/files`),
    enabled,
  });
}

/**
 * Every version of the score. Government roles see scores only once the cycle is published (the
 * API answers 409 before), so the page asks only when the reader may see them.
 */
export function useScoreHistory(cycleId: string, governmentId: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ['results', 'history', cycleId, governmentId],
    queryFn: () =>
      apiGet<{ items: Array<{ version: number; reason: string; score: number | null; at: string }> }>(
        `${base(cycleId, governmentId)}/history`,
      ),
  });
}

export function useSampleUnits(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: ['cycles', 'sample', cycleId, governmentId],
    queryFn: () =>
      apiGet<{ units: Array<{ unitId: string; name: string }> }>(`${base(cycleId, governmentId)}/sample`),
  });
}

/** The verified items the government may contest: a unit's checklist, or the entity-level one. */
export function useContestable(cycleId: string, target: { unitId: string } | { governmentId: string }) {
  const path =
    'unitId' in target
      ? `/cycles/${cycleId}/units/${target.unitId}/checklist`
      : `/cycles/${cycleId}/governments/${target.governmentId}/checklist`;
  const checklist = useQuery({
    queryKey: ['checklist', path],
    queryFn: () => apiGet<ContestableChecklist>(path),
  });
  return useWithIndicatorDefinitions(checklist, withDefinitions);
}

/** Each answer cell with its indicator's name and scale bounds, from the cycle's framework. */
function withDefinitions(c: ContestableChecklist, defs: IndicatorDefinitions): { items: ContestableItem[] } {
  return {
    items: c.items.flatMap((i) => {
      const d = defs.get(i.indicator);
      return d ? [{ ...i, name: d.name, scale: { min: d.scale.min, max: d.scale.max } }] : [];
    }),
  };
}

function invalidate(qc: ReturnType<typeof useQueryClient>) {
  return Promise.all(
    ['appeals', 'checklist', 'results', 'rapor', 'cycles', 'verification'].map((k) =>
      qc.invalidateQueries({ queryKey: [k] }),
    ),
  );
}

export function useCreateAppeal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({
      answerId,
      reason,
      requestedValue,
      files,
    }: {
      answerId: string;
      reason: string;
      requestedValue?: number;
      files: File[];
    }) => {
      const appeal = await apiPost<Appeal>(`/answers/${answerId}/appeals`, {
        reason,
        ...(requestedValue !== undefined ? { requestedValue } : {}),
      });
      for (const file of files) await uploadFile(`/appeals/${appeal.id}/files`, file, () => undefined);
      return appeal;
    },
    onSuccess: () => invalidate(qc),
  });
}

export function useRespondAppeal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      body,
    }: {
      id: string;
      body: { decision: 'accept' | 'reject'; response?: string; value?: number; na?: boolean };
    }) => apiPost<{ id: string; status: string; version: number | null }>(`/appeals/${id}/respond`, body),
    onSuccess: () => invalidate(qc),
  });
}
