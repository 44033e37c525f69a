/** Frameworks as the API lists and edits them: one contract for the API and the web app. */
import { z } from 'zod';
import { LocalizedTextSchema, type Framework } from '../frameworks/framework.schema';

/** Same rule as FrameworkSchema.id: lower case, digits and dashes. */
export const FrameworkIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'field.frameworkId');

export const FrameworkParamsSchema = z.object({ id: FrameworkIdSchema });

export const FrameworkListQuerySchema = z.object({
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type FrameworkListParams = z.input<typeof FrameworkListQuerySchema>;

export const FRAMEWORK_SOURCES = ['builtin', 'custom'] as const;

export const FrameworkSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  name: z.string(),
  /** The definition's name in both languages (each falls back to `name` when missing). */
  nameLocalized: z.object({ id: z.string(), en: z.string() }),
  source: z.enum(FRAMEWORK_SOURCES),
  basedOn: z.string().nullable(),
  /** Built-in, or used by a cycle: can no longer be edited (duplicate it instead). */
  frozen: z.boolean(),
  frozenAt: z.string().nullable(),
  archived: z.boolean(),
  usedByCycles: z.number().int(),
  updatedAt: z.string(),
});
export type FrameworkSummary = z.infer<typeof FrameworkSummarySchema>;
export const FrameworkSummaryListSchema = FrameworkSummarySchema.array();

export const FrameworkProblemSchema = z.object({
  path: z.string(),
  node: z.string().optional(),
  message: z.string(),
});
export type FrameworkProblem = z.infer<typeof FrameworkProblemSchema>;

export const FrameworkDetailSchema = FrameworkSummarySchema.extend({
  /** The whole framework as stored (shared/frameworks/framework.schema.ts). */
  definition: z.record(z.string(), z.unknown()),
  /** validateFramework(definition): empty when the framework is valid. */
  problems: z.array(FrameworkProblemSchema),
});
export type FrameworkDetail = z.infer<typeof FrameworkDetailSchema>;
/**
 * The detail as the web app reads it: the stored definition is a framework (written through
 * FrameworkSchema; `problems` lists what validateFramework finds in it now).
 */
export type FrameworkDetailView = Omit<FrameworkDetail, 'definition'> & { definition: Framework };

export const FrameworkDuplicateSchema = z.object({
  /** The new id; derived from the source id and the version when omitted. */
  id: FrameworkIdSchema.optional(),
  version: z.string().trim().min(1).max(40),
  /** A new name: one text for both languages, or { id, en }; the source's name when omitted. */
  name: z.union([z.string().trim().min(1).max(200), LocalizedTextSchema]).optional(),
});
export type FrameworkDuplicate = z.infer<typeof FrameworkDuplicateSchema>;

export const FrameworkReplaceSchema = z.object({
  /** The whole edited tree; checked with validateFramework, problems reported per node. */
  definition: z.record(z.string(), z.unknown()),
});
export type FrameworkReplace = z.infer<typeof FrameworkReplaceSchema>;

export const frameworkKeys = {
  all: ['frameworks'] as const,
  lists: ['frameworks', 'list'] as const,
  list: (includeArchived: boolean) => ['frameworks', 'list', includeArchived] as const,
  detail: (id: string) => ['frameworks', 'detail', id] as const,
};
