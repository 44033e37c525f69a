import type { AttachmentList } from '../../../../shared/contracts/assessments';
import type { AppealList } from '../../../../shared/contracts/assessments-appeals';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Attachment, type Localized } from '../../../../shared/contracts/assessments';
import {
  appealKeys,
  type Appeal,
  type AppealInput,
  type AppealResponded,
  type AppealResponseInput,
} from '../../../../shared/contracts/assessments-appeals';
import {
  checklistKeys,
  checklistPath,
  type Checklist,
  type ChecklistItem,
} from '../../../../shared/contracts/assessments-checklist';
import { cycleKeys, type CycleDetail, type Sample } from '../../../../shared/contracts/assessments-cycles';
import { resultKeys, type History } from '../../../../shared/contracts/assessments-results';
import { raporKeys } from '../../../../shared/contracts/rapor';
import { verificationKeys } from '../../../../shared/contracts/assessments-verification';
import { apiGet, apiPost, uploadFile } from '../../../lib/api-client';
import { useWithIndicatorDefinitions, type IndicatorDefinitions } from '../../../lib/framework-definitions';

export type { Appeal, Localized };
/** A file attached to an appeal (the same shape as a field-visit photo). */
export type AppealFile = Attachment;

/** An answer cell the government may contest, with its indicator's name and scale bounds. */
export type ContestableItem = Pick<
  ChecklistItem,
  'answerId' | 'indicator' | 'productName' | 'selfValue' | 'selfNa' | 'verified'
> & {
  name: Localized;
  scale: { min: number; max: number };
};

const base = (cycleId: string, governmentId: string) => `/cycles/${cycleId}/governments/${governmentId}`;

export function useCycleInfo(cycleId: string) {
  return useQuery({
    queryKey: cycleKeys.detail(cycleId),
    queryFn: () => apiGet<CycleDetail>(`/cycles/${cycleId}`),
  });
}

export function useAppeals(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: appealKeys.list(cycleId, governmentId),
    queryFn: () => apiGet<AppealList>(`${base(cycleId, governmentId)}/appeals`),
  });
}

/** The files of one appeal (fetched only when it has any). */
export function useAppealFiles(appealId: string, enabled: boolean) {
  return useQuery({
    queryKey: appealKeys.files(appealId),
    queryFn: () => apiGet<AttachmentList>(`/appeals/${appealId}/files`),
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
    queryKey: resultKeys.history(cycleId, governmentId),
    queryFn: () => apiGet<History>(`${base(cycleId, governmentId)}/history`),
  });
}

export function useSampleUnits(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: cycleKeys.sample(cycleId, governmentId),
    queryFn: () => apiGet<Sample>(`${base(cycleId, governmentId)}/sample`),
  });
}

/** The verified items the government may contest: a unit's checklist, or the entity-level one. */
export function useContestable(cycleId: string, target: { unitId: string } | { governmentId: string }) {
  const checklist = useQuery({
    queryKey: checklistKeys.of(cycleId, target),
    queryFn: () => apiGet<Checklist>(checklistPath(cycleId, target)),
  });
  return useWithIndicatorDefinitions(checklist, withDefinitions);
}

/** Each answer cell with its indicator's name and scale bounds, from the cycle's framework. */
function withDefinitions(c: Checklist, defs: IndicatorDefinitions): { items: ContestableItem[] } {
  return {
    items: c.items.flatMap((i) => {
      const d = defs.get(i.indicator);
      if (!d) return [];
      const { answerId, indicator, productName, selfValue, selfNa, verified } = i;
      const scale = { min: d.scale.min, max: d.scale.max };
      return [{ answerId, indicator, productName, selfValue, selfNa, verified, name: d.name, scale }];
    }),
  };
}

function invalidate(qc: ReturnType<typeof useQueryClient>) {
  return Promise.all(
    [
      appealKeys.all,
      checklistKeys.all,
      resultKeys.all,
      raporKeys.all,
      cycleKeys.all,
      verificationKeys.all,
    ].map((queryKey) => qc.invalidateQueries({ queryKey })),
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
      const input: AppealInput = { reason, ...(requestedValue !== undefined ? { requestedValue } : {}) };
      const appeal = await apiPost<Appeal>(`/answers/${answerId}/appeals`, input);
      for (const file of files) await uploadFile(`/appeals/${appeal.id}/files`, file, () => undefined);
      return appeal;
    },
    onSuccess: () => invalidate(qc),
  });
}

export function useRespondAppeal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AppealResponseInput }) =>
      apiPost<AppealResponded>(`/appeals/${id}/respond`, body),
    onSuccess: () => invalidate(qc),
  });
}
