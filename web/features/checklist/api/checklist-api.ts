import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiGet, apiPost, uploadFile } from '../../../lib/api-client';
import {
  useWithIndicatorDefinitions,
  type IndicatorDefinition,
  type IndicatorDefinitions,
} from '../../../lib/framework-definitions';

export type CycleStatus = 'planning' | 'self_assessment' | 'verification' | 'appeal' | 'final' | 'published';
export interface Localized {
  id: string;
  en: string;
}

export interface Evidence {
  id: string;
  fileId: string;
  originalName: string;
  mimeType: string;
  size: number;
  madeOn: string | null;
  note: string | null;
  createdAt: string;
}

/** An indicator's definition: from the cycle's framework, the same for every unit (shared/frameworks). */
export type ChecklistIndicator = IndicatorDefinition;

/** One answer cell; `indicator` is the code of its definition in the checklist's framework. */
export interface ChecklistItem {
  answerId: string;
  indicator: string;
  productId: string | null;
  productName: string | null;
  selfValue: number | null;
  selfNa: boolean;
  selfComment: string | null;
  answered: boolean;
  evidence: Evidence[];
  verified: {
    status: 'pending' | 'accepted' | 'adjusted';
    value: number | null;
    na: boolean;
    reason: string | null;
  } | null;
}

export interface Checklist {
  cycleId: string;
  status: CycleStatus;
  governmentId: string;
  unit: { id: string; name: string; selfStatus: 'draft' | 'submitted'; submittedAt: string | null } | null;
  editable: boolean;
  progress: { answered: number; total: number };
  /** The framework version that defines the items' indicators (fetched once, not per checklist). */
  framework: { id: string; version: string };
  items: ChecklistItem[];
}

/** A checklist with its indicators' definitions by code, read from the cycle's framework. */
export interface ChecklistWithDefinitions extends Checklist {
  definitions: IndicatorDefinitions;
}

export interface AnswerDraft {
  value: number | null;
  na: boolean;
  comment: string;
}

export interface ProgressReport {
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
}

/** Checklist of a unit (unitId) or the entity-level indicators of a government (governmentId). */
export function checklistPath(cycleId: string, target: { unitId?: string; governmentId?: string }) {
  return target.unitId
    ? `/cycles/${cycleId}/units/${target.unitId}/checklist`
    : `/cycles/${cycleId}/governments/${target.governmentId}/checklist`;
}

const withDefinitions = (
  checklist: Checklist,
  definitions: IndicatorDefinitions,
): ChecklistWithDefinitions => ({
  ...checklist,
  definitions,
});

/** The checklist and its framework's definitions: pending until both are loaded. */
export function useChecklist(cycleId: string, target: { unitId?: string; governmentId?: string }) {
  const path = checklistPath(cycleId, target);
  const checklist = useQuery({ queryKey: ['checklist', path], queryFn: () => apiGet<Checklist>(path) });
  return useWithIndicatorDefinitions(checklist, withDefinitions);
}

export function useSaveAnswers(cycleId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (answers: Array<{ answerId: string } & AnswerDraft>) =>
      api<{ saved: number }>('PUT', `/cycles/${cycleId}/answers`, {
        body: {
          answers: answers.map((a) => ({
            answerId: a.answerId,
            value: a.na ? null : a.value,
            na: a.na,
            comment: a.comment.trim() || null,
          })),
        },
      }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['checklist'] }),
        qc.invalidateQueries({ queryKey: ['cycles'] }),
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
    onSuccess: () => qc.invalidateQueries({ queryKey: ['checklist'] }),
  });
}

export function useArchiveEvidence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: string) => apiPost<{ archived: boolean }>(`/evidence/${evidenceId}/archive`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['checklist'] }),
  });
}

export function useSubmitUnit(cycleId: string, unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<Checklist>(`/cycles/${cycleId}/units/${unitId}/submit`),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['checklist'] }),
        qc.invalidateQueries({ queryKey: ['cycles'] }),
      ]),
  });
}

export function useReopenUnit(cycleId: string, unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<Checklist>(`/cycles/${cycleId}/units/${unitId}/reopen`),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['checklist'] }),
        qc.invalidateQueries({ queryKey: ['cycles'] }),
      ]),
  });
}

export function useGovernmentProgress(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: ['cycles', 'progress', cycleId, governmentId],
    queryFn: () => apiGet<ProgressReport>(`/cycles/${cycleId}/governments/${governmentId}/progress`),
  });
}

export const evidenceUrl = (evidenceId: string) => `/api/evidence/${evidenceId}/file`;
