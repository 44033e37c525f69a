import type { AgreementList } from '../../../../shared/contracts/agreements';
import type { UnitList } from '../../../../shared/contracts/registry';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  agreementKeys,
  type AgreementDto,
  type AgreementInput,
} from '../../../../shared/contracts/agreements';
import type { FileUploaded } from '../../../../shared/contracts/common';
import { unitKeys } from '../../../../shared/contracts/registry';
import { apiGet, apiPatch, apiPost, uploadFile } from '../../../lib/api-client';

export function useAgreements(governmentId: string, includeArchived: boolean) {
  return useQuery({
    queryKey: agreementKeys.byGovernment(governmentId, includeArchived),
    queryFn: () =>
      apiGet<AgreementList>(`/governments/${governmentId}/agreements`, {
        includeArchived: includeArchived ? 'true' : undefined,
      }),
  });
}

/** Units to pick as "monitored units" of an agreement. */
export function useUnitOptions(governmentId: string) {
  return useQuery({
    queryKey: unitKeys.byGovernment(governmentId, false),
    queryFn: () => apiGet<UnitList>(`/governments/${governmentId}/units`),
  });
}

export function useSaveAgreement(governmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: AgreementInput }) =>
      id
        ? apiPatch<AgreementDto>(`/agreements/${id}`, input)
        : apiPost<AgreementDto>(`/governments/${governmentId}/agreements`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: agreementKeys.all }),
  });
}

export function useArchiveAgreement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, restore }: { id: string; restore: boolean }) =>
      apiPost<AgreementDto>(`/agreements/${id}/${restore ? 'restore' : 'archive'}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: agreementKeys.all }),
  });
}

export function useUploadAgreementDocument() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file, onProgress }: { id: string; file: File; onProgress: (p: number) => void }) =>
      uploadFile<FileUploaded>(`/agreements/${id}/document`, file, onProgress),
    onSuccess: () => qc.invalidateQueries({ queryKey: agreementKeys.all }),
  });
}

export const documentUrl = (id: string) => `/api/agreements/${id}/document`;
