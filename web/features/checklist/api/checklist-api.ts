import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  attachmentUrl,
  type Archived,
  type CycleStatus,
  type Localized,
} from '../../../../shared/contracts/assessments';
import {
  checklistKeys,
  checklistPath,
  type AnswersPut,
  type AnswersSaved,
  type Checklist,
  type ChecklistItem,
  type Evidence,
} from '../../../../shared/contracts/assessments-checklist';
import { cycleKeys, type Progress as ProgressReport } from '../../../../shared/contracts/assessments-cycles';
import { api, apiGet, apiPost, uploadFile } from '../../../lib/api-client';
import {
  useWithIndicatorDefinitions,
  type IndicatorDefinition,
  type IndicatorDefinitions,
} from '../../../lib/framework-definitions';

/** An indicator's definition: from the cycle's framework, the same for every unit (shared/frameworks). */
export type ChecklistIndicator = IndicatorDefinition;
export type { Checklist, ChecklistItem, CycleStatus, Evidence, Localized, ProgressReport };

/** A checklist with its indicators' definitions by code, read from the cycle's framework. */
export interface ChecklistWithDefinitions extends Checklist {
  definitions: IndicatorDefinitions;
}

export interface AnswerDraft {
  value: number | null;
  na: boolean;
  comment: string;
}

export { checklistPath };

const withDefinitions = (
  checklist: Checklist,
  definitions: IndicatorDefinitions,
): ChecklistWithDefinitions => ({
  ...checklist,
  definitions,
});

/** The checklist and its framework's definitions: pending until both are loaded. */
export function useChecklist(cycleId: string, target: { unitId?: string; governmentId?: string }) {
  const checklist = useQuery({
    queryKey: checklistKeys.of(cycleId, target),
    queryFn: () => apiGet<Checklist>(checklistPath(cycleId, target)),
  });
  return useWithIndicatorDefinitions(checklist, withDefinitions);
}

export function useSaveAnswers(cycleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (answers: Array<{ answerId: string } & AnswerDraft>) =>
      api<AnswersSaved>('PUT', `/cycles/${cycleId}/answers`, {
        body: {
          answers: answers.map((a): AnswersPut['answers'][number] => ({
            answerId: a.answerId,
            value: a.na ? null : a.value,
            na: a.na,
            comment: a.comment.trim() || null,
          })),
        },
      }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: checklistKeys.all }),
        qc.invalidateQueries({ queryKey: cycleKeys.all }),
      ]),
  });
}

export function useUploadEvidence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      answerId,
      file,
      madeOn,
      onProgress,
    }: {
      answerId: string;
      file: File;
      madeOn: string;
      onProgress: (p: number) => void;
    }) =>
      uploadFile<Evidence>(
        `/answers/${answerId}/evidence${madeOn ? `?madeOn=${encodeURIComponent(madeOn)}` : ''}`,
        file,
        onProgress,
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: checklistKeys.all }),
  });
}

export function useArchiveEvidence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: string) => apiPost<Archived>(`/evidence/${evidenceId}/archive`),
    onSuccess: () => qc.invalidateQueries({ queryKey: checklistKeys.all }),
  });
}

export function useSubmitUnit(cycleId: string, unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<Checklist>(`/cycles/${cycleId}/units/${unitId}/submit`),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: checklistKeys.all }),
        qc.invalidateQueries({ queryKey: cycleKeys.all }),
      ]),
  });
}

export function useReopenUnit(cycleId: string, unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<Checklist>(`/cycles/${cycleId}/units/${unitId}/reopen`),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: checklistKeys.all }),
        qc.invalidateQueries({ queryKey: cycleKeys.all }),
      ]),
  });
}

export function useGovernmentProgress(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: cycleKeys.progress(cycleId, governmentId),
    queryFn: () => apiGet<ProgressReport>(`/cycles/${cycleId}/governments/${governmentId}/progress`),
  });
}

export const evidenceUrl = attachmentUrl.evidence;
