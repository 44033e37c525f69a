import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  importKeys,
  RUNNING_IMPORT_STATUSES,
  type ExportFormat,
  type ExportList,
  type ImportAccepted,
  type ImportDto,
  type ImportStatus,
  type PreviewRow,
} from '../../../../shared/contracts/imports';
import { apiGet, apiPost, apiUrl, uploadFile } from '../../../lib/api-client';

export type { ImportStatus, PreviewRow };
/** An import as GET /imports/:id returns it. */
export type ImportJob = ImportDto;

/** Polls the import every 500 ms while the server validates or writes it. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: importKeys.detail(id ?? ''),
    queryFn: () => apiGet<ImportDto>(`/imports/${id}`),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data && !RUNNING_IMPORT_STATUSES.includes(query.state.data.status) ? false : 500,
  });
}

export function useUploadImport(governmentId: string) {
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (p: number) => void }) =>
      uploadFile<ImportAccepted>(`/governments/${governmentId}/imports`, file, onProgress),
  });
}

export function useCommitImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<ImportAccepted>(`/imports/${id}/commit`),
    onSuccess: (_data, id) => qc.invalidateQueries({ queryKey: importKeys.detail(id) }),
  });
}

export const templateUrl = (governmentId: string) => apiUrl(`/governments/${governmentId}/import-template`);
export const exportUrl = (governmentId: string, format: ExportFormat, list?: ExportList) =>
  apiUrl(`/governments/${governmentId}/export`, { format, list });
