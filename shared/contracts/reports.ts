/** The national results as an .xlsx or PDF file: a background export polled for progress, then downloaded. */
import { z } from 'zod';

export const RESULTS_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type ResultsExportFormat = (typeof RESULTS_EXPORT_FORMATS)[number];

export const RESULTS_EXPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ResultsExportStatus = (typeof RESULTS_EXPORT_STATUSES)[number];
/** While the server writes an export, the web app polls it. */
export const RUNNING_RESULTS_EXPORT_STATUSES: readonly ResultsExportStatus[] = ['queued', 'running'];

/** Optional body of POST /cycles/:id/results-export; without one the export is an .xlsx file. */
export const ResultsExportStartSchema = z
  .object({ format: z.enum(RESULTS_EXPORT_FORMATS).default('xlsx') })
  .nullish();
export type ResultsExportStart = z.input<typeof ResultsExportStartSchema>;

export const ResultsExportAcceptedSchema = z.object({
  id: z.string(),
  status: z.enum(RESULTS_EXPORT_STATUSES),
});
export type ResultsExportAccepted = z.infer<typeof ResultsExportAcceptedSchema>;

export const ResultsExportSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  status: z.enum(RESULTS_EXPORT_STATUSES),
  format: z.enum(RESULTS_EXPORT_FORMATS),
  totalRows: z.number(),
  processedRows: z.number(),
  fileName: z.string(),
  size: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ResultsExportDto = z.infer<typeof ResultsExportSchema>;

export const resultsExportKeys = {
  all: ['results-exports'] as const,
  detail: (id: string) => ['results-exports', id] as const,
};
