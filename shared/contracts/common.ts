/**
 * Building blocks every area's contract uses: the `:id` path parameter, keyset pages, the
 * "include archived" switch and the text rules of form fields (trimmed, empty → null).
 */
import { z } from 'zod';

export const IdParamsSchema = z.object({ id: z.uuid() });

/** Keyset pagination: the cursor is the last row's sort key, opaque to clients. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** One page of a keyset-paged list. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** A list answered whole (small lists: units of a government, offices, regions). */
export function itemsSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** `?includeArchived=true` (query strings carry text, so not a boolean). */
const includeArchived = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

export const IncludeArchivedQuerySchema = z.object({ includeArchived });

/** Search, archived switch and a keyset page. */
export const ListQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  includeArchived,
});

/** A required text field: trimmed, not empty. */
export const trimmed = (max: number) => z.string().trim().min(1).max(max);

/** An optional text field: trimmed; empty or absent becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** A stored upload as the upload routes answer it. */
export const FileUploadedSchema = z.object({
  id: z.string(),
  originalName: z.string(),
  size: z.number(),
  mimeType: z.string(),
  sha256: z.string(),
});
export type FileUploaded = z.infer<typeof FileUploadedSchema>;

/** A file download (the body is the file's bytes, not JSON). */
export const BinaryFileSchema = z.string().meta({ format: 'binary' });

/** A 204 answer: no body. */
export const NoContentSchema = z.null();
