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
  /** `patuh` for Patuh's own compilation (label: shared/frameworks/framework-label.ts). */
  compiledBy: z.enum(['patuh']).nullable(),
  /**
   * A draft (the 2025 opinion as the press reported it): weights and bands marked unconfirmed; no
   * cycle may use it until an admin sets them in a copy and clears `draft`.
   */
  draft: z.boolean(),
  /** The Ombudsman office that owns this custom version (its head edits it); null otherwise. */
  officeId: z.string().nullable(),
  officeName: z.string().nullable(),
  /** The office's spot-check set: internal cycles of its governments default to it. */
  officeSpotCheck: z.boolean(),
  /** The signed-in person may edit, archive or mark it (admins: every custom; heads: their office's). */
  mayChange: z.boolean(),
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
  /**
   * The office that will own the copy: an oversight head's copy is always their office's (another
   * office is refused); an admin's belongs to no office unless named here.
   */
  officeId: z.uuid().optional(),
  /** Mark the copy as its office's spot-check set at once (needs an office). */
  spotCheck: z.boolean().optional(),
});
export type FrameworkDuplicate = z.infer<typeof FrameworkDuplicateSchema>;

export const FrameworkReplaceSchema = z.object({
  /** The whole edited tree; checked with validateFramework, problems reported per node. */
  definition: z.record(z.string(), z.unknown()),
});
export type FrameworkReplace = z.infer<typeof FrameworkReplaceSchema>;

/** PUT /frameworks/:id/spot-check: mark (or unmark) an office's version as its spot-check set. */
export const FrameworkSpotCheckSchema = z.strictObject({ spotCheck: z.boolean() });
export type FrameworkSpotCheck = z.infer<typeof FrameworkSpotCheckSchema>;

export const GovernmentFrameworkParamsSchema = z.object({ governmentId: z.uuid() });

/**
 * GET /governments/:governmentId/internal-framework: the framework an internal cycle of that
 * government defaults to — its office's spot-check set when the office has one, else the
 * built-in spot-check set (Patuh's compilation).
 */
export const InternalFrameworkSchema = z.object({
  framework: FrameworkSummarySchema,
  /** `office`: the office's own set; `builtin`: Patuh's spot-check set. */
  origin: z.enum(['office', 'builtin']),
});
export type InternalFramework = z.infer<typeof InternalFrameworkSchema>;

export const frameworkKeys = {
  all: ['frameworks'] as const,
  lists: ['frameworks', 'list'] as const,
  list: (includeArchived: boolean) => ['frameworks', 'list', includeArchived] as const,
  detail: (id: string) => ['frameworks', 'detail', id] as const,
  internal: (governmentId: string) => ['frameworks', 'internal', governmentId] as const,
};
