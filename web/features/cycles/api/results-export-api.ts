import { useMutation, useQuery } from '@tanstack/react-query';
import {
  resultsExportKeys,
  RUNNING_RESULTS_EXPORT_STATUSES,
  type ResultsExportAccepted,
  type ResultsExportDto,
  type ResultsExportFormat,
  type ResultsExportStart,
  type ResultsExportStatus,
} from '../../../../shared/contracts/reports';
import { apiGet, apiPost, apiUrl } from '../../../lib/api-client';

export type { ResultsExportFormat, ResultsExportStatus };
/** An export as GET /results-exports/:id returns it. */
export type ResultsExportJob = ResultsExportDto;

/** Starts an .xlsx or PDF export of the cycle's results in the caller's reach (a background job). */
export function useStartResultsExport(cycleId: string) {
  return useMutation({
    mutationFn: (format: ResultsExportFormat) =>
      apiPost<ResultsExportAccepted>(`/cycles/${cycleId}/results-export`, {
        format,
      } satisfies ResultsExportStart),
  });
}

/** Polls the export every 500 ms while the server writes it. */
export function useResultsExport(id: string | null) {
  return useQuery({
    queryKey: resultsExportKeys.detail(id ?? ''),
    queryFn: () => apiGet<ResultsExportDto>(`/results-exports/${id}`),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data && !RUNNING_RESULTS_EXPORT_STATUSES.includes(query.state.data.status) ? false : 500,
  });
}

export const resultsExportFileUrl = (id: string) => apiUrl(`/results-exports/${id}/file`);
