import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  followupKeys,
  type FollowupBulkResult,
  type FollowupCreate,
  type FollowupDetail,
  type FollowupItem,
  type FollowupList,
  type FollowupListQuery,
  type FollowupPublication,
  type FollowupVerify,
} from '../../../../shared/contracts/followups';
import type { PeopleList } from '../../../../shared/contracts/people';
import type { GovernmentPage } from '../../../../shared/contracts/registry';
import type { UnitDocumentList } from '../../../../shared/contracts/unit-library';
import { api, apiGet, apiPost, apiUrl, uploadForm } from '../../../lib/api-client';

export type { FollowupDetail, FollowupItem };

/** The list's filters as the page keeps them (the API's query without paging). */
export type FollowupFilters = Partial<Omit<FollowupListQuery, 'limit' | 'cursor'>>;

const PAGE_SIZE = 50;

/** The backlog under the filters, keyset-paged ("Muat lagi"); counts come with every page. */
export function useFollowupList(filters: FollowupFilters) {
  return useInfiniteQuery({
    queryKey: followupKeys.list(filters),
    queryFn: ({ pageParam }) =>
      apiGet<FollowupList>('/followups', { ...filters, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** One page (up to 200) of a small list: a case's corrective actions, or a body's. */
export function useFollowups(query: Pick<FollowupFilters, 'complaintId' | 'kind'>) {
  return useQuery({
    queryKey: followupKeys.list(query),
    queryFn: () => apiGet<FollowupList>('/followups', { ...query, limit: 200 }),
  });
}

/** An item with its history and evidence (list rows carry none). */
export function useFollowup(id: string | null) {
  return useQuery({
    queryKey: followupKeys.detail(id ?? ''),
    queryFn: () => apiGet<FollowupDetail>(`/followups/${id}`),
    enabled: Boolean(id),
  });
}

function useFollowupWrite<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => qc.invalidateQueries({ queryKey: followupKeys.all }),
  });
}

export const useCreateFollowup = () =>
  useFollowupWrite((body: FollowupCreate) => apiPost<FollowupItem>('/followups', body));

type Versions = Array<Pick<FollowupItem, 'id' | 'version'>>;
const versions = (items: Versions) => items.map(({ id, version }) => ({ id, version }));

/** Coordinator, bulk, all or none (409 when any item moved meanwhile). */
export const useAssignFollowups = () =>
  useFollowupWrite((v: { items: Versions; ownerId: string }) =>
    apiPost<FollowupBulkResult>('/followups/assign', { items: versions(v.items), ownerId: v.ownerId }),
  );

export const useSendFollowups = () =>
  useFollowupWrite((v: { items: Versions }) =>
    apiPost<FollowupBulkResult>('/followups/send', { items: versions(v.items) }),
  );

export const useVerifyFollowup = () =>
  useFollowupWrite(({ id, ...body }: FollowupVerify & { id: string }) =>
    apiPost<FollowupItem>(`/followups/${id}/verify`, body),
  );

export const usePublishFollowup = () =>
  useFollowupWrite((v: { id: string; publish: boolean; version: number }) =>
    apiPost<FollowupItem>(`/followups/${v.id}/publish`, { publish: v.publish, version: v.version }),
  );

export interface AnswerInput {
  id: string;
  version: number;
  note: string;
  links: string[];
  documentIds: string[];
  files: File[];
  onProgress: (percent: number) => void;
}

/** The answer is one multipart request: text fields first, then every file part. */
export const useAnswerFollowup = () =>
  useFollowupWrite((v: AnswerInput) => {
    const form = new FormData();
    form.append('version', String(v.version));
    form.append('note', v.note);
    for (const link of v.links) form.append('link', link);
    for (const id of v.documentIds) form.append('documentId', id);
    for (const file of v.files) form.append('file', file);
    return uploadForm<FollowupItem>(`/followups/${v.id}/answer`, form, v.onProgress);
  });

export function useFollowupOverdue(enabled: boolean) {
  return useQuery({
    queryKey: followupKeys.overdue(),
    queryFn: () => apiGet<{ items: OverdueRow[] }>('/followups/overdue'),
    enabled,
  });
}
export interface OverdueRow {
  governmentId: string;
  governmentName: string;
  officeId: string | null;
  open: number;
  overdue: number;
  oldestDue: string | null;
}

export function usePublication(officeId: string) {
  return useQuery({
    queryKey: followupKeys.publication(officeId),
    queryFn: () => apiGet<FollowupPublication>(`/offices/${officeId}/followup-publication`),
  });
}

export function useSavePublication(officeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowupPublication) =>
      api<FollowupPublication>('PUT', `/offices/${officeId}/followup-publication`, { body }),
    onSuccess: (data) => qc.setQueryData(followupKeys.publication(officeId), data),
  });
}

/** The government's PICs (people API, coordinator's reach) to assign items to. */
export function useGovernmentPeople(governmentId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: [...followupKeys.all, 'people', governmentId],
    queryFn: () => apiGet<PeopleList>(`/governments/${governmentId}/people`),
    enabled: enabled && Boolean(governmentId),
  });
}

/** The unit's evidence library (unit profile), to pick documents as evidence. */
export function useUnitDocuments(unitId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: [...followupKeys.all, 'library', unitId],
    queryFn: () => apiGet<UnitDocumentList>(`/units/${unitId}/documents`),
    enabled: enabled && Boolean(unitId),
  });
}

/** Governments in reach for the filter and the create form (office staff). */
export function useGovernmentChoices(enabled: boolean) {
  return useQuery({
    queryKey: [...followupKeys.all, 'governments'],
    queryFn: () => apiGet<GovernmentPage>('/governments', { limit: 100 }),
    enabled,
    staleTime: 60_000,
  });
}

export function useUnitChoices(governmentId: string | null) {
  return useQuery({
    queryKey: [...followupKeys.all, 'units', governmentId],
    queryFn: () =>
      apiGet<{ items: Array<{ id: string; name: string }> }>(`/governments/${governmentId}/units`),
    enabled: Boolean(governmentId),
    staleTime: 60_000,
  });
}

export const followupFileUrl = (id: string, fileId: string) => apiUrl(`/followups/${id}/files/${fileId}`);
