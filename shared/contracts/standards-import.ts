/**
 * Import and export of a government's service standards in Patuh's own Excel template (issue 15
 * part 6): one row per service, one column per component. An import fills each service's open
 * draft (never a set version), all rows or none; its row-level errors have the registry import's shape.
 */
import { z } from 'zod';
import { ImportRowErrorSchema } from './imports';

/** A file that was written: how many services got a new draft, an updated draft, or were already equal. */
export const StandardsImportResultSchema = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type StandardsImportResult = z.infer<typeof StandardsImportResultSchema>;

/**
 * A file with bad rows (400): the usual error body (fields keyed `<row>.<column>`) plus the same
 * row-level list as the registry import (at most the first 1000; `errorCount` gives all).
 * A request without a file part answers the plain error body.
 */
export const StandardsImportRejectedSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
  /** Absent on a request-level 400 (no file part). */
  errors: z.array(ImportRowErrorSchema).optional(),
  errorCount: z.number().int().optional(),
});
export type StandardsImportRejected = z.infer<typeof StandardsImportRejectedSchema>;
