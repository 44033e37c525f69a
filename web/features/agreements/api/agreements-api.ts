import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPatch, apiPost, uploadFile } from '../../../lib/api-client';

export const AGREEMENT_KINDS = ['mou', 'pks'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export interface Agreement {
  id: string;
  governmentId: string;
  officeId: string;
  kind: AgreementKind;
  number: string;
  title: string;
  parties: string;
  signedOn: string;
  validFrom: string | null;
  validUntil: string | null;
  scope: string | null;
  units: { id: string; name: string }[];
  document: { id: string; originalName: string; size: number; mimeType: string } | null;
  archivedAt: string | null;
}

export interface AgreementInput {
  kind: AgreementKind;
  number: string;
  title: string;
  parties: string;
  signedOn: string;
  validFrom: string | null;
  validUntil: string | null;
  scope: string | null;
  unitIds: string[];
}

export interface UnitOption {
  id: string;
  name: string;
  archivedAt: string | null;
}

export function useAgreements(governmentId: string, includeArchived: boolean) {
  return useQuery({
    queryKey: ['agreements', 'byGovernment', governmentId, includeArchived],
    queryFn: () =>
      apiGet<{ items: Agreement[] }>(`/governments/${governmentId}/agreements`, {
        includeArchived: includeArchived ? 'true' : undefined,
      }),
  });
}

/** Units to pick as "monitored units" of an agreement. */
export function useUnitOptions(governmentId: string) {
  return useQuery({
    queryKey: ['units', 'byGovernment', governmentId, false],
    queryFn: () => apiGet<{ items: UnitOption[] }>(`/governments/${governmentId}/units`),
  });
}

export function useSaveAgreement(governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: AgreementInput }) =>
      id
        ? apiPatch<Agreement>(`/agreements/${id}`, input)
        : apiPost<Agreement>(`/governments/${governmentId}/agreements`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['agreements'] }),
  });
}

export function useArchiveAgreement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<Agreement>(`/agreements/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['agreements'] }),
  });
}

export function useUploadAgreementDocument() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file, onProgress }: { id: string; file: File; onProgress: (p: number) => void }) =>
      uploadFile<{ id: string; originalName: string; size: number }>(
        `/agreements/${id}/document`,
        file,
        onProgress,
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['agreements'] }),
  });
}

export const documentUrl = (id: string) => `/api/agreements/${id}/document`;
