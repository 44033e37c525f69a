import { useMutation, useQuery } from '@tanstack/react-query';
import { apiGet, apiPost, apiUrl } from '../../../lib/api-client';

export type ResultsExportStatus = 'queued' | 'running' | 'done' | 'failed';
export type ResultsExportFormat = 'xlsx' | 'pdf';

export interface ResultsExportJob {
  id: string;
  cycleId: string;
  status: ResultsExportStatus;
  format: ResultsExportFormat;
  totalRows: number;
  processedRows: number;
  fileName: string;
  size: number | null;
}

const RUNNING: ResultsExportStatus[] = ['queued', 'running'];

/** Starts an .xlsx or PDF export of the cycle's results in the caller's reach (a background job). */
export function useStartResultsExport(cycleId: string) {
  return useMutation({
    mutationFn: (format: ResultsExportFormat) =>
      apiPost<{ id: string; status: ResultsExportStatus }>(`/cycles/${cycleId}/results-export`, {
        format,
      }),
  });
}

/** Polls the export every 500 ms while the server writes it. */
export function useResultsExport(id: string | null) {
  return useQuery({
    queryKey: ['results-exports', id],
    queryFn: () => apiGet<ResultsExportJob>(`/results-exports/${id}`),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data && !RUNNING.includes(query.state.data.status) ? false : 500,
  });
}

export const resultsExportFileUrl = (id: string) => apiUrl(`/results-exports/${id}/file`);
