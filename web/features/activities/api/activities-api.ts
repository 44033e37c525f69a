import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  activityKeys,
  type Activity,
  type ActivityInput,
  type ActivityKind,
  type ActivityList,
  type ActivityPhoto,
  type UnmetGovernmentList,
} from '../../../../shared/contracts/activities';
import {
  governmentKeys,
  unitKeys,
  type GovernmentPage,
  type UnitList,
} from '../../../../shared/contracts/registry';
import { api, apiGet, apiPost, apiUrl, uploadFile } from '../../../lib/api-client';

export type { Activity, ActivityPhoto };

export interface ActivityFilters {
  governmentId?: string;
  kind?: ActivityKind;
  year?: number;
}

/** Activities in reach under the filters, newest first, "Muat lagi" pages. */
export function useActivityList(filters: ActivityFilters) {
  return useInfiniteQuery({
    queryKey: activityKeys.list(filters),
    queryFn: ({ pageParam }) =>
      apiGet<ActivityList>('/activities', { ...filters, limit: 30, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The latest few activities of one government (its page's "Kegiatan" section). */
export function useGovernmentActivities(governmentId: string, limit = 5) {
  return useQuery({
    queryKey: [...activityKeys.government(governmentId), limit],
    queryFn: () => apiGet<ActivityList>(`/governments/${governmentId}/activities`, { limit }),
  });
}

/** The office's governments with no activity held in the year. */
export function useUnmetGovernments(officeId: string, year: number) {
  return useQuery({
    queryKey: activityKeys.unmet(officeId, year),
    queryFn: () => apiGet<UnmetGovernmentList>(`/offices/${officeId}/unmet-governments`, { year }),
  });
}

export function useActivity(id: string | undefined) {
  return useQuery({
    queryKey: activityKeys.detail(id ?? ''),
    queryFn: () => apiGet<Activity>(`/activities/${id}`),
    enabled: Boolean(id),
  });
}

/** Creates (with a government) or edits (with the row version it was loaded at) an activity. */
export function useSaveActivity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id?: string; governmentId: string; rowVersion?: number; input: ActivityInput }) =>
      v.id
        ? api<Activity>('PUT', `/activities/${v.id}`, { body: { ...v.input, rowVersion: v.rowVersion } })
        : apiPost<Activity>(`/governments/${v.governmentId}/activities`, v.input),
    onSuccess: (saved) => {
      qc.setQueryData(activityKeys.detail(saved.id), saved);
      return qc.invalidateQueries({ queryKey: activityKeys.all });
    },
  });
}

export function useArchiveActivity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; rowVersion: number }) =>
      apiPost<void>(`/activities/${v.id}/archive`, { rowVersion: v.rowVersion }),
    onSuccess: () => qc.invalidateQueries({ queryKey: activityKeys.all }),
  });
}

export function useUploadActivityPhoto(activityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { file: File; caption: string; onProgress: (p: number) => void }) =>
      uploadFile<ActivityPhoto>(`/activities/${activityId}/photos`, v.file, v.onProgress, {
        caption: v.caption,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: activityKeys.all }),
  });
}

export function useRemoveActivityPhoto(activityId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (photoId: string) => api<void>('DELETE', `/activities/${activityId}/photos/${photoId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: activityKeys.all }),
  });
}

export const activityPhotoUrl = (activityId: string, photoId: string) =>
  apiUrl(`/activities/${activityId}/photos/${photoId}`);

/** Governments in reach, for the list's filter and the new activity's picker. */
export function useGovernmentChoices(enabled = true) {
  return useQuery({
    queryKey: governmentKeys.options(),
    queryFn: () => apiGet<GovernmentPage>('/governments', { limit: 200 }),
    enabled,
  });
}

/** The active units of a government, for the units present and the actions' units. */
export function useUnitChoices(governmentId: string) {
  return useQuery({
    queryKey: unitKeys.byGovernment(governmentId, false),
    queryFn: () => apiGet<UnitList>(`/governments/${governmentId}/units`),
    enabled: Boolean(governmentId),
  });
}
