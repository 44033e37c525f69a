import { z } from 'zod';

/** Request/response contracts of the Excel import and export. */
export const IMPORT_STATUSES = ['validating', 'invalid', 'ready', 'committing', 'done', 'failed'] as const;

const PreviewRowSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

export const ImportSchema = z.object({
  id: z.string(),
  governmentId: z.string(),
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.number(),
  processedRows: z.number(),
  /** New rows that would be (or were) written. */
  summary: z.object({ units: z.number(), products: z.number(), contacts: z.number() }),
  /** Row-level problems in the request's language; at most the first 1000 (see errorCount). */
  errors: z.array(z.object({ sheet: z.string(), row: z.number(), column: z.string(), message: z.string() })),
  errorCount: z.number(),
  /** First 20 rows of each sheet as read from the file (column keys of the template, plus `row`). */
  preview: z.object({
    units: z.array(PreviewRowSchema),
    products: z.array(PreviewRowSchema),
    contacts: z.array(PreviewRowSchema),
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ImportDto = z.infer<typeof ImportSchema>;

export const ImportAcceptedSchema = z.object({ id: z.string(), status: z.enum(IMPORT_STATUSES) });

export const EXPORT_LISTS = ['units', 'products', 'contacts'] as const;
export const ExportQuerySchema = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  list: z.enum(EXPORT_LISTS).optional(),
});
