/**
 * The staff case API (issue 14): the list (keyset pages), one case, recording a report, the
 * transitions of the state machine and the case's side panels. Query keys come from
 * shared/contracts/complaints.ts; every write invalidates the whole `complaints` prefix (the list
 * shows the stage and next deadline a write changes).
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  complaintKeys,
  type ComplaintList,
  type ComplaintListQuery,
  type Receipt,
  type StaffReportInput,
  type TransitionBody,
} from '../../../../shared/contracts/complaints';
import { governmentKeys, type GovernmentPage } from '../../../../shared/contracts/registry';
import type { CaseNoteBody } from '../../../../shared/contracts/complaints-case';
import { api, apiGet, apiPost, apiUrl } from '../../../lib/api-client';
import { uploadWithFields } from './upload';
import type {
  AttachmentKind,
  ClassificationBody,
  ComplaintDetail,
  FormsList,
  MessageBody,
  OfficersBody,
  PauseInput,
  RecommendationBody,
  RevealedIdentity,
} from './types';

export const PAGE_SIZE = 25;

export function useComplaintList(query: Partial<ComplaintListQuery>) {
  return useInfiniteQuery({
    queryKey: complaintKeys.list(query),
    queryFn: ({ pageParam }) =>
      apiGet<ComplaintList>('/complaints', { ...query, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useComplaint(id: string) {
  return useQuery({
    queryKey: complaintKeys.detail(id),
    queryFn: () => apiGet<ComplaintDetail>(`/complaints/${id}`),
  });
}

/** The taxonomy of maladministration forms (data, editable by an admin). */
export function useMaladministrationForms() {
  return useQuery({
    queryKey: complaintKeys.forms,
    queryFn: () => apiGet<FormsList>('/maladministration-forms'),
    staleTime: 5 * 60_000,
  });
}

/** Governments in the registry matching `q`, for the reported-body picker. */
export function useGovernmentSearch(q: string) {
  return useQuery({
    queryKey: [...governmentKeys.all, 'complaint-picker', q] as const,
    queryFn: () => apiGet<GovernmentPage>('/governments', { q, limit: 20 }),
    enabled: q.trim().length >= 2,
    staleTime: 60_000,
  });
}

function useComplaintWrite<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: complaintKeys.all }),
  });
}

export function useCreateReport() {
  return useComplaintWrite((input: StaffReportInput) => apiPost<Receipt>('/complaints', input));
}

export function useTransition(id: string) {
  return useComplaintWrite((body: TransitionBody) => apiPost<unknown>(`/complaints/${id}/transitions`, body));
}

export function useStartPause(id: string) {
  return useComplaintWrite((body: PauseInput) => apiPost<unknown>(`/complaints/${id}/pauses`, body));
}

export function useEndPause(id: string) {
  return useComplaintWrite((pauseId: string) =>
    apiPost<unknown>(`/complaints/${id}/pauses/${pauseId}/end`, {}),
  );
}

export function useSaveClassification(id: string) {
  return useComplaintWrite((body: ClassificationBody) =>
    api<unknown>('PUT', `/complaints/${id}/classification`, { body }),
  );
}

export function useSaveOfficers(id: string) {
  return useComplaintWrite((body: OfficersBody) =>
    api<unknown>('PUT', `/complaints/${id}/officers`, { body }),
  );
}

/** The recommendation headquarters issued: number, issue date, the date the addressee received it. */
export function useRecordRecommendation(id: string) {
  return useComplaintWrite((body: RecommendationBody) =>
    api<unknown>('PUT', `/complaints/${id}/recommendation`, { body }),
  );
}

/** A field visit, an examination note, a mediation outcome or headquarters' decision. */
export function useAddCaseNote(id: string) {
  return useComplaintWrite((body: CaseNoteBody) => apiPost<unknown>(`/complaints/${id}/notes`, body));
}

export function useSendMessage(id: string) {
  return useComplaintWrite((body: MessageBody) => apiPost<unknown>(`/complaints/${id}/messages`, body));
}

/**
 * Reveals the reporter's identity (audited by the server). A mutation, not a query: the answer
 * lives only in the dialog's state and is never kept in the query cache.
 */
export function useRevealIdentity(id: string) {
  return useMutation({
    mutationFn: () => apiPost<RevealedIdentity>(`/complaints/${id}/identity`),
    gcTime: 0,
  });
}

/**
 * A wa.me link with a prepared status message (the deadlines part's route). It holds the reporter's
 * phone, so it is fetched on demand, audited by the server like a reveal, and never cached.
 */
export function useWhatsappLink(id: string) {
  return useMutation({
    mutationFn: () => apiGet<{ url: string; text: string }>(`/complaints/${id}/whatsapp`),
    gcTime: 0,
  });
}

export function useUploadAttachment(id: string) {
  return useComplaintWrite(
    ({ file, kind, onProgress }: { file: File; kind: AttachmentKind; onProgress: (p: number) => void }) =>
      uploadWithFields(`/complaints/${id}/attachments`, file, { kind }, onProgress),
  );
}

/** Where the browser downloads an attachment (the session cookie goes along). */
export const attachmentHref = (id: string, attachmentId: string) =>
  apiUrl(`/complaints/${id}/attachments/${attachmentId}`);
