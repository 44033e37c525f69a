import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, uploadFile } from '../../../lib/api-client';

export interface Localized {
  id: string;
  en: string;
}
export type VerifyStatus = 'pending' | 'accepted' | 'adjusted';

export interface VerificationItem {
  answerId: string;
  indicator: string;
  name: Localized;
  level: 'product' | 'unit' | 'entity';
  unitId: string | null;
  unitName: string | null;
  productId: string | null;
  productName: string | null;
  scaleMin: number;
  scaleMax: number;
  selfValue: number | null;
  selfNa: boolean;
  selfComment: string | null;
  evidenceCount: number;
  verifyStatus: VerifyStatus;
  verifiedValue: number | null;
  verifiedNa: boolean;
  verifyReason: string | null;
}

export interface Visit {
  id: string;
  unitId: string;
  unitName: string;
  visitedOn: string;
  unannounced: boolean;
  notes: string | null;
  photos: Array<{ fileId: string; originalName: string; mimeType: string }>;
}

export interface Improvement {
  id: string;
  unitId: string | null;
  unitName: string | null;
  text: string;
  createdAt: string;
}

export interface EvidenceRef {
  id: string;
  originalName: string;
  mimeType: string;
  madeOn: string | null;
}

interface CycleInfo {
  id: string;
  name: string;
  year: number;
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

export function useVerificationItems(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: ['verification', cycleId, governmentId],
    queryFn: () => apiGet<{ items: VerificationItem[] }>(`${base(cycleId, governmentId)}/verification`),
  });
}

export function useSampleUnits(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: ['cycles', 'sample', cycleId, governmentId],
    queryFn: () =>
      apiGet<{ units: Array<{ unitId: string; name: string; selfStatus: 'draft' | 'submitted' }> }>(
        `${base(cycleId, governmentId)}/sample`,
      ),
  });
}

/**
 * Evidence and comments per answer, read from the unit's (or the government's entity-level)
 * checklist: the verification list only carries the evidence count.
 */
export function useEvidenceByAnswer(cycleId: string, target: { unitId: string } | { governmentId: string }) {
  const path =
    'unitId' in target
      ? `/cycles/${cycleId}/units/${target.unitId}/checklist`
      : `/cycles/${cycleId}/governments/${target.governmentId}/checklist`;
  return useQuery({
    queryKey: ['checklist', path],
    queryFn: () => apiGet<{ items: Array<{ answerId: string; evidence: EvidenceRef[] }> }>(path),
    select: (c) => new Map(c.items.map((i) => [i.answerId, i.evidence])),
  });
}

function invalidateScores(qc: ReturnType<typeof useQueryClient>) {
  return Promise.all(
    ['verification', 'cycles', 'results', 'rapor'].map((k) => qc.invalidateQueries({ queryKey: [k] })),
  );
}

export function useVerifyAnswer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      answerId,
      body,
    }: {
      answerId: string;
      body: { action: 'accept' } | { action: 'adjust'; value: number | null; na: boolean; reason: string };
    }) =>
      apiPost<{ answerId: string; verifyStatus: VerifyStatus; score: number | null; version: number }>(
        `/answers/${answerId}/verify`,
        body,
      ),
    onSuccess: () => invalidateScores(qc),
  });
}

/** What a bulk accept covers: the entity-level items, one unit, or (empty) the whole government. */
export type AcceptScope = { entity?: boolean; unitId?: string; productId?: string; answerIds?: string[] };

/** An item the unit left blank: it stays unverified and counts 0 once the cycle closes (REFERENCE §10.2). */
export const isBlank = (i: Pick<VerificationItem, 'selfValue' | 'selfNa'>) =>
  i.selfValue === null && !i.selfNa;

export function useAcceptAll(cycleId: string, governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptScope) =>
      apiPost<{ accepted: number; score: number | null; version: number }>(
        `${base(cycleId, governmentId)}/verification/accept`,
        body,
      ),
    onSuccess: () => invalidateScores(qc),
  });
}

/** A field-visit photo (an <img> shows it; a link downloads it). */
export const visitPhotoUrl = (visitId: string, fileId: string) => `/api/visits/${visitId}/photos/${fileId}`;

export function useVisits(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: ['visits', cycleId, governmentId],
    queryFn: () => apiGet<{ items: Visit[] }>(`${base(cycleId, governmentId)}/visits`),
  });
}

export function useCreateVisit(cycleId: string, governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { unitId: string; visitedOn: string; unannounced: boolean; notes?: string }) =>
      apiPost<Visit>(`${base(cycleId, governmentId)}/visits`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['visits'] }),
  });
}

export function useUploadVisitPhoto() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      visitId,
      file,
      onProgress,
    }: {
      visitId: string;
      file: File;
      onProgress: (p: number) => void;
    }) => uploadFile<{ id: string; originalName: string }>(`/visits/${visitId}/photos`, file, onProgress),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['visits'] }),
  });
}

export function useImprovements(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: ['improvements', cycleId, governmentId],
    queryFn: () => apiGet<{ items: Improvement[] }>(`${base(cycleId, governmentId)}/improvements`),
  });
}

export function useCreateImprovement(cycleId: string, governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { unitId?: string; text: string }) =>
      apiPost<Improvement>(`${base(cycleId, governmentId)}/improvements`, input),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['improvements'] }),
        qc.invalidateQueries({ queryKey: ['rapor'] }),
      ]),
  });
}

export function useArchiveImprovement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<{ archived: boolean }>(`/improvements/${id}/archive`),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['improvements'] }),
        qc.invalidateQueries({ queryKey: ['rapor'] }),
      ]),
  });
}

export const evidenceUrl = (evidenceId: string) => `/api/evidence/${evidenceId}/file`;
