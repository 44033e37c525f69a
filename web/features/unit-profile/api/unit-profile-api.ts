import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  unitProfileKeys,
  type AssessmentContext,
  type Maklumat,
  type MaklumatBody,
  type ServiceProfile,
  type ServiceProfileBody,
} from '../../../../shared/contracts/unit-profile';
import type {
  UnitDocument,
  UnitDocumentList,
  UnitDocumentUploadQuery,
} from '../../../../shared/contracts/unit-library';
import { api, apiGet, apiPost, uploadFile } from '../../../lib/api-client';

export type { AssessmentContext, Maklumat, ServiceProfile, UnitDocument };

export function useServiceProfile(unitId: string) {
  return useQuery({
    queryKey: unitProfileKeys.profile(unitId),
    queryFn: () => apiGet<ServiceProfile>(`/units/${unitId}/profile`),
  });
}

export function useSaveServiceProfile(unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ServiceProfileBody) =>
      api<ServiceProfile>('PUT', `/units/${unitId}/profile`, { body }),
    onSuccess: (saved) => qc.setQueryData(unitProfileKeys.profile(unitId), saved),
  });
}

export function useMaklumat(unitId: string) {
  return useQuery({
    queryKey: unitProfileKeys.maklumat(unitId),
    queryFn: () => apiGet<Maklumat>(`/units/${unitId}/maklumat`),
  });
}

export function useSaveMaklumat(unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MaklumatBody) => api<Maklumat>('PUT', `/units/${unitId}/maklumat`, { body }),
    onSuccess: (saved) => qc.setQueryData(unitProfileKeys.maklumat(unitId), saved),
  });
}

export function useUnitLibrary(unitId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: unitProfileKeys.library(unitId),
    queryFn: () => apiGet<UnitDocumentList>(`/units/${unitId}/documents`),
    enabled: options.enabled ?? true,
  });
}

export function useUploadUnitDocument(unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      meta,
      onProgress,
    }: {
      file: File;
      meta: UnitDocumentUploadQuery;
      onProgress: (p: number) => void;
    }) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(meta)) if (v) q.set(k, String(v));
      return uploadFile<UnitDocument>(`/units/${unitId}/documents?${q.toString()}`, file, onProgress);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: unitProfileKeys.library(unitId) }),
  });
}

export function useArchiveUnitDocument(unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      apiPost<{ archived: boolean }>(`/unit-documents/${documentId}/archive`),
    onSuccess: () => qc.invalidateQueries({ queryKey: unitProfileKeys.library(unitId) }),
  });
}

/** Attaches a library document as evidence of an answer; the caller refreshes its checklist. */
export function useAttachFromLibrary(onAttached: () => Promise<unknown>) {
  return useMutation({
    mutationFn: ({ answerId, documentId }: { answerId: string; documentId: string }) =>
      apiPost<{ id: string }>(`/answers/${answerId}/evidence/from-library`, { documentId }),
    onSuccess: onAttached,
  });
}

/** The standards context of a unit in a cycle: one request per checklist (or per verification row, on demand). */
export function useAssessmentContext(cycleId: string, unitId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: unitProfileKeys.context(cycleId, unitId),
    queryFn: () => apiGet<AssessmentContext>(`/cycles/${cycleId}/units/${unitId}/standards-context`),
    enabled: options.enabled ?? true,
    staleTime: 60_000,
  });
}

/** The unit's active products, for the library's optional product link. */
export function useUnitProductOptions(unitId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...unitProfileKeys.library(unitId), 'products'],
    queryFn: () =>
      apiGet<{ items: Array<{ id: string; name: string }> }>(`/units/${unitId}/products`, { limit: 200 }),
    enabled,
  });
}
