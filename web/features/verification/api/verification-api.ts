import type {
  ImprovementList,
  VerificationList,
  VisitList,
} from '../../../../shared/contracts/assessments-verification';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  attachmentUrl,
  type Archived,
  type Attachment,
  type FileUploaded,
  type Localized,
  type VerifyStatus,
} from '../../../../shared/contracts/assessments';
import {
  checklistKeys,
  checklistPath,
  type Checklist,
  type Evidence,
} from '../../../../shared/contracts/assessments-checklist';
import { cycleKeys, type CycleDetail, type Sample } from '../../../../shared/contracts/assessments-cycles';
import { resultKeys } from '../../../../shared/contracts/assessments-results';
import {
  verificationKeys,
  type AcceptScope,
  type Accepted,
  type Improvement,
  type ImprovementInput,
  type VerificationItem,
  type VerifyInput,
  type Verified,
  type Visit,
  type VisitInput,
} from '../../../../shared/contracts/assessments-verification';
import { raporKeys } from '../../../../shared/contracts/rapor';
import { apiGet, apiPost, uploadFile } from '../../../lib/api-client';

export type { Attachment, Improvement, Localized, VerificationItem, VerifyStatus, Visit };
export type { AcceptScope };

/** What the verification page shows of an evidence file (a subset of the checklist's evidence). */
export type EvidenceRef = Pick<Evidence, 'id' | 'originalName' | 'mimeType' | 'madeOn'>;

const base = (cycleId: string, governmentId: string) => `/cycles/${cycleId}/governments/${governmentId}`;

export function useCycleInfo(cycleId: string) {
  return useQuery({
    queryKey: cycleKeys.detail(cycleId),
    queryFn: () => apiGet<CycleDetail>(`/cycles/${cycleId}`),
  });
}

export function useVerificationItems(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: verificationKeys.items(cycleId, governmentId),
    queryFn: () => apiGet<VerificationList>(`${base(cycleId, governmentId)}/verification`),
  });
}

export function useSampleUnits(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: cycleKeys.sample(cycleId, governmentId),
    queryFn: () => apiGet<Sample>(`${base(cycleId, governmentId)}/sample`),
  });
}

/**
 * Evidence and comments per answer, read from the unit's (or the government's entity-level)
 * checklist: the verification list only carries the evidence count.
 */
export function useEvidenceByAnswer(cycleId: string, target: { unitId: string } | { governmentId: string }) {
  return useQuery({
    queryKey: checklistKeys.of(cycleId, target),
    queryFn: () => apiGet<Checklist>(checklistPath(cycleId, target)),
    select: (c): Map<string, EvidenceRef[]> => new Map(c.items.map((i) => [i.answerId, i.evidence])),
  });
}

function invalidateScores(qc: ReturnType<typeof useQueryClient>) {
  return Promise.all(
    [verificationKeys.all, cycleKeys.all, resultKeys.all, raporKeys.all].map((queryKey) =>
      qc.invalidateQueries({ queryKey }),
    ),
  );
}

export function useVerifyAnswer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, body }: { answerId: string; body: VerifyInput }) =>
      apiPost<Verified>(`/answers/${answerId}/verify`, body),
    onSuccess: () => invalidateScores(qc),
  });
}

/** An item the unit left blank: it stays unverified and counts 0 once the cycle closes (REFERENCE §10.2). */
export const isBlank = (i: Pick<VerificationItem, 'selfValue' | 'selfNa'>) =>
  i.selfValue === null && !i.selfNa;

export function useAcceptAll(cycleId: string, governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptScope) =>
      apiPost<Accepted>(`${base(cycleId, governmentId)}/verification/accept`, body),
    onSuccess: () => invalidateScores(qc),
  });
}

export function useVisits(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: verificationKeys.visits(cycleId, governmentId),
    queryFn: () => apiGet<VisitList>(`${base(cycleId, governmentId)}/visits`),
  });
}

export function useCreateVisit(cycleId: string, governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: VisitInput) => apiPost<Visit>(`${base(cycleId, governmentId)}/visits`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: verificationKeys.visitsAll }),
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
    }) => uploadFile<FileUploaded>(`/visits/${visitId}/photos`, file, onProgress),
    onSuccess: () => qc.invalidateQueries({ queryKey: verificationKeys.visitsAll }),
  });
}

export function useImprovements(cycleId: string, governmentId: string) {
  return useQuery({
    queryKey: verificationKeys.improvements(cycleId, governmentId),
    queryFn: () => apiGet<ImprovementList>(`${base(cycleId, governmentId)}/improvements`),
  });
}

export function useCreateImprovement(cycleId: string, governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ImprovementInput) =>
      apiPost<Improvement>(`${base(cycleId, governmentId)}/improvements`, input),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: verificationKeys.improvementsAll }),
        qc.invalidateQueries({ queryKey: raporKeys.all }),
      ]),
  });
}

export function useArchiveImprovement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<Archived>(`/improvements/${id}/archive`),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: verificationKeys.improvementsAll }),
        qc.invalidateQueries({ queryKey: raporKeys.all }),
      ]),
  });
}

export const evidenceUrl = attachmentUrl.evidence;
