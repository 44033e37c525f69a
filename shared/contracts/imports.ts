/** The Excel import (upload → background validation → commit) and the registry export. */
import { z } from 'zod';

export const IMPORT_STATUSES = ['validating', 'invalid', 'ready', 'committing', 'done', 'failed'] as const;
export const ImportStatusSchema = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof ImportStatusSchema>;
/** While the server validates or writes an import, the web app polls it. */
export const RUNNING_IMPORT_STATUSES: readonly ImportStatus[] = ['validating', 'committing'];

/** One row of a sheet as read from the file: the template's column keys, plus `row`. */
export const PreviewRowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export type PreviewRow = z.infer<typeof PreviewRowSchema>;

export const ImportRowErrorSchema = z.object({
  sheet: z.string(),
  row: z.number(),
  column: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportSchema = z.object({
  id: z.string(),
  governmentId: z.string(),
  fileName: z.string(),
  status: ImportStatusSchema,
  totalRows: z.number(),
  processedRows: z.number(),
  /** New rows that would be (or were) written. */
  summary: z.object({ units: z.number(), products: z.number(), contacts: z.number() }),
  /** Row-level problems in the request's language; at most the first 1000 (see errorCount). */
  errors: z.array(ImportRowErrorSchema),
  errorCount: z.number(),
  /** First 20 rows of each sheet as read from the file. */
  preview: z.object({
    units: z.array(PreviewRowSchema),
    products: z.array(PreviewRowSchema),
    contacts: z.array(PreviewRowSchema),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ImportDto = z.infer<typeof ImportSchema>;

/** 202 of an upload or a commit: poll GET /imports/:id. */
export const ImportAcceptedSchema = z.object({ id: z.string(), status: ImportStatusSchema });
export type ImportAccepted = z.infer<typeof ImportAcceptedSchema>;

export const EXPORT_LISTS = ['units', 'products', 'contacts'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  list: z.enum(EXPORT_LISTS).optional(),
});
export type ExportQuery = z.output<typeof ExportQuerySchema>;

export const importKeys = {
  all: ['imports'] as const,
  detail: (id: string) => ['imports', id] as const,
};
