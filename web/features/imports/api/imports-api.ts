import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, apiUrl, uploadFile } from '../../../lib/api-client';

export type ImportStatus = 'validating' | 'invalid' | 'ready' | 'committing' | 'done' | 'failed';
export type PreviewRow = Record<string, string | number | null>;

export interface ImportJob {
  id: string;
  governmentId: string;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  processedRows: number;
  summary: { units: number; products: number; contacts: number };
  errors: { sheet: string; row: number; column: string; message: string }[];
  errorCount: number;
  preview: { units: PreviewRow[]; products: PreviewRow[]; contacts: PreviewRow[] };
}

const RUNNING: ImportStatus[] = ['validating', 'committing'];

/** Polls the import every 500 ms while the server validates or writes it. */
export function useImportJob(id: string | null) {
  return useQuery({
    queryKey: ['imports', id],
    queryFn: () => apiGet<ImportJob>(`/imports/${id}`),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data && !RUNNING.includes(query.state.data.status) ? false : 500,
  });
}

export function useUploadImport(governmentId: string) {
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: (p: number) => void }) =>
      uploadFile<{ id: string; status: ImportStatus }>(
        `/governments/${governmentId}/imports`,
        file,
        onProgress,
      ),
  });
}

export function useCommitImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost<{ id: string; status: ImportStatus }>(`/imports/${id}/commit`),
    onSuccess: (_data, id) => qc.invalidateQueries({ queryKey: ['imports', id] }),
  });
}

export const templateUrl = (governmentId: string) => apiUrl(`/governments/${governmentId}/import-template`);
export const exportUrl = (
  governmentId: string,
  format: 'xlsx' | 'csv',
  list?: 'units' | 'products' | 'contacts',
) => apiUrl(`/governments/${governmentId}/export`, { format, list });
