import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  followupKeys,
  type FollowupLetterCreateSchema,
  type FollowupLetterListSchema,
  type FollowupLetterSchema,
  type FollowupList,
  type FollowupListQuery,
} from '../../../../shared/contracts/followups';
import { apiGet, apiPost, apiUrl } from '../../../lib/api-client';

export type FollowupLetter = z.infer<typeof FollowupLetterSchema>;
export type FollowupLetterCreate = z.input<typeof FollowupLetterCreateSchema>;

type Query = Record<string, string | number | boolean | undefined>;

/** The Excel export of a backlog filter (the list's own query; paging is ignored). */
export function followupExportUrl(query: Partial<FollowupListQuery> = {}): string {
  const { cursor: _c, limit: _l, ...rest } = query;
  return apiUrl('/followups/export.xlsx', rest as Query);
}

export const followupReportUrl = (governmentId: string) =>
  apiUrl(`/governments/${governmentId}/followups/report.pdf`);

export const followupLetterPdfUrl = (id: string) => apiUrl(`/followup-letters/${id}/pdf`);

export function useFollowupLetters(governmentId: string) {
  return useQuery({
    queryKey: followupKeys.letters(governmentId),
    queryFn: () => apiGet<z.infer<typeof FollowupLetterListSchema>>('/followup-letters', { governmentId }),
  });
}

/** The government's items (first 200, by due date) to choose a letter's batch from. */
export function useGovernmentItems(governmentId: string, enabled: boolean) {
  const query = { governmentId, limit: 200 };
  return useQuery({
    queryKey: followupKeys.list(query),
    queryFn: () => apiGet<FollowupList>('/followups', query),
    enabled,
  });
}

export function useCreateFollowupLetter() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowupLetterCreate) => apiPost<FollowupLetter>('/followup-letters', body),
    onSuccess: (l) => qc.invalidateQueries({ queryKey: followupKeys.letters(l.governmentId) }),
  });
}
