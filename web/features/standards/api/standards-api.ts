/**
 * The service standards API (issue 15) as queries and mutations. Contracts and query keys come
 * from shared/contracts/standards.ts; the server checks reach and permission again on every call.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  standardKeys,
  type GovernmentCompleteness,
  type SaveDraftBody,
  type StandardHistory,
  type StandardOverview,
  type StandardVersion,
} from '../../../../shared/contracts/standards';
import { api, apiGet, apiPost, apiUrl, uploadFile } from '../../../lib/api-client';

export type { GovernmentCompleteness, StandardHistory, StandardOverview, StandardVersion };

/** The multipart field that carries the SK file when a standard is set (the API contract). */
export const SK_FILE_FIELD = 'sk';

export function useStandardOverview(productId: string) {
  return useQuery({
    queryKey: standardKeys.product(productId),
    queryFn: () => apiGet<StandardOverview>(`/products/${productId}/standard`),
  });
}

export function useStandardHistory(productId: string, enabled = true) {
  return useQuery({
    queryKey: standardKeys.history(productId),
    queryFn: () => apiGet<StandardHistory>(`/products/${productId}/standard/history`),
    enabled,
  });
}

export function useGovernmentStandards(governmentId: string | null | undefined) {
  return useQuery({
    queryKey: standardKeys.government(governmentId ?? ''),
    queryFn: () => apiGet<GovernmentCompleteness>(`/governments/${governmentId}/standards`),
    enabled: Boolean(governmentId),
  });
}

/** One version as the server has it now (the conflict message reads who saved it last). */
export function fetchStandard(id: string): Promise<StandardVersion> {
  return apiGet<StandardVersion>(`/standards/${id}`);
}

/** Autosave of a draft; a stale `rowVersion` answers 409 (another editor saved first). */
export function saveDraft(id: string, body: SaveDraftBody): Promise<StandardVersion> {
  return api<StandardVersion>('PUT', `/standards/${id}`, { body });
}

export function skFileUrl(id: string): string {
  return apiUrl(`/standards/${id}/sk`);
}

/** After any change of a product's standard: its overview, history and every to-do list. */
function useInvalidate(productId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: standardKeys.product(productId) }),
      qc.invalidateQueries({ queryKey: standardKeys.history(productId) }),
      qc.invalidateQueries({ queryKey: ['standards', 'government'] }),
    ]);
}

export type StandardAction =
  | { kind: 'open' }
  | { kind: 'submit'; id: string; rowVersion: number }
  | { kind: 'return'; id: string; rowVersion: number; note: string }
  | { kind: 'publish'; id: string; published: boolean }
  | { kind: 'discard'; id: string };

/** The life of a version: open a draft (or a new version), submit, return, publish, discard. */
export function useStandardAction(productId: string) {
  const invalidate = useInvalidate(productId);
  return useMutation({
    mutationFn: (a: StandardAction): Promise<StandardVersion | undefined> => {
      switch (a.kind) {
        case 'open':
          return apiPost<StandardVersion>(`/products/${productId}/standard/draft`);
        case 'submit':
          return apiPost<StandardVersion>(`/standards/${a.id}/submit`, { rowVersion: a.rowVersion });
        case 'return':
          return apiPost<StandardVersion>(`/standards/${a.id}/return`, {
            rowVersion: a.rowVersion,
            note: a.note,
          });
        case 'publish':
          return apiPost<StandardVersion>(`/standards/${a.id}/publish`, { published: a.published });
        case 'discard':
          return api<undefined>('DELETE', `/standards/${a.id}`);
      }
    },
    onSettled: () => invalidate(),
  });
}

/** The decree's fields as the form holds them (strings; `publish` as "true"/"false"). */
export type SetFields = Record<
  | 'rowVersion'
  | 'skNumber'
  | 'skDate'
  | 'skSignatory'
  | 'consultationDate'
  | 'consultationParticipants'
  | 'consultationMinutes'
  | 'reviewDate'
  | 'publish',
  string
>;

/** Sets a standard by decree: the fields and the SK file in one multipart request. */
export function useSetStandard(productId: string) {
  const invalidate = useInvalidate(productId);
  return useMutation({
    mutationFn: ({
      id,
      fields,
      file,
      onProgress,
    }: {
      id: string;
      fields: SetFields;
      file: File;
      onProgress: (p: number) => void;
    }) => uploadFile<StandardVersion>(`/standards/${id}/set`, file, onProgress, fields, SK_FILE_FIELD),
    onSettled: () => invalidate(),
  });
}
