import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  letterKeys,
  type BodyLetter,
  type BodyLetterList,
  type Letter,
  type LetterDraftInput,
  type LetterList,
  type LetterPatch,
} from '../../../../shared/contracts/complaints-letters';
import { apiGet, apiPatch, apiPost, apiUrl, uploadFile } from '../../../lib/api-client';

export type { BodyLetter, Letter, LetterDraftInput };

export function useCaseLetters(complaintId: string) {
  return useQuery({
    queryKey: letterKeys.ofCase(complaintId),
    queryFn: () => apiGet<LetterList>(`/complaints/${complaintId}/letters`),
  });
}

function useCaseMutation<V>(complaintId: string, fn: (v: V) => Promise<Letter>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: letterKeys.ofCase(complaintId) }),
  });
}

export const useCreateLetter = (complaintId: string) =>
  useCaseMutation(complaintId, (input: LetterDraftInput) =>
    apiPost<Letter>(`/complaints/${complaintId}/letters`, input),
  );
export const useUpdateLetter = (complaintId: string) =>
  useCaseMutation(complaintId, ({ id, patch }: { id: string; patch: LetterPatch }) =>
    apiPatch<Letter>(`/complaint-letters/${id}`, patch),
  );
export const useConfirmIdentity = (complaintId: string) =>
  useCaseMutation(complaintId, (id: string) =>
    apiPost<Letter>(`/complaint-letters/${id}/confirm-identity`, { confirm: true }),
  );
export const useSendLetter = (complaintId: string) =>
  useCaseMutation(complaintId, ({ id, attachmentIds }: { id: string; attachmentIds: string[] }) =>
    apiPost<Letter>(`/complaint-letters/${id}/send`, { attachmentIds }),
  );

export const letterPdfUrl = (id: string) => apiUrl(`/complaint-letters/${id}/pdf`);
export const letterFileUrl = (id: string, fileId: string) =>
  apiUrl(`/complaint-letters/${id}/files/${fileId}`);
export const bodyLetterPdfUrl = (id: string) => apiUrl(`/body/letters/${id}/pdf`);
export const bodyLetterFileUrl = (id: string, fileId: string) =>
  apiUrl(`/body/letters/${id}/files/${fileId}`);

export function useBodyLetters() {
  return useQuery({ queryKey: letterKeys.body, queryFn: () => apiGet<BodyLetterList>('/body/letters') });
}

export function useBodyLetter(id: string | null) {
  return useQuery({
    queryKey: letterKeys.bodyOne(id ?? ''),
    queryFn: () => apiGet<BodyLetter>(`/body/letters/${id}`),
    enabled: !!id,
  });
}

export function useReplyLetter() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      file,
      note,
      onProgress,
    }: {
      id: string;
      file: File;
      note: string;
      onProgress: (p: number) => void;
    }) =>
      uploadFile<{ id: string; repliedAt: string }>(`/body/letters/${id}/reply`, file, onProgress, { note }),
    onSuccess: () => qc.invalidateQueries({ queryKey: letterKeys.body }),
  });
}
