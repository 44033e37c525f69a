import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  followupKeys,
  type FollowupItem,
  type FollowupList,
  type FollowupVerify,
} from '../../../../shared/contracts/followups';
import { apiGet, apiPost, apiUrl, uploadFile } from '../../../lib/api-client';

export type { FollowupItem };

export function useFollowups(complaintId?: string) {
  return useQuery({
    queryKey: followupKeys.list(complaintId),
    queryFn: () => apiGet<FollowupList>('/followups', complaintId ? { complaintId } : undefined),
  });
}

export function useVerifyFollowup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: FollowupVerify & { id: string }) =>
      apiPost<FollowupItem>(`/followups/${id}/verify`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: followupKeys.all }),
  });
}

export function useAnswerFollowup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      id: string;
      version: number;
      note: string;
      file: File;
      onProgress: (p: number) => void;
    }) =>
      uploadFile<FollowupItem>(`/followups/${v.id}/answer`, v.file, v.onProgress, {
        version: String(v.version),
        note: v.note,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: followupKeys.all }),
  });
}

export const followupFileUrl = (id: string, fileId: string) => apiUrl(`/followups/${id}/files/${fileId}`);
