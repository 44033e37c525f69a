/**
 * The crosswalk admin API and "the next cycle sees the last one" (issue 17 §5): one contract for
 * the API and the web app.
 */
import { z } from 'zod';
import { FOLLOWUP_KINDS } from '../followups/kinds';
import { FOLLOWUP_STATUSES } from '../followups/machine';
import { FrameworkIdSchema } from './frameworks';

const CodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Z0-9][A-Z0-9._-]*$/, 'field.crosswalkCodeFormat');

export const CrosswalkRowSchema = z.object({
  fromFrameworkId: z.string(),
  fromCode: z.string(),
  toFrameworkId: z.string(),
  toCode: z.string(),
  note: z.string().nullable(),
  source: z.enum(['builtin', 'custom']),
});
export type CrosswalkRowDto = z.infer<typeof CrosswalkRowSchema>;

/** Rows into and out of a version. */
export const CrosswalkListSchema = z.object({ frameworkId: z.string(), rows: z.array(CrosswalkRowSchema) });
export type CrosswalkList = z.infer<typeof CrosswalkListSchema>;

/** A custom row into the version of the path (`:id` is the target, `toFrameworkId`). */
export const CrosswalkRowInputSchema = z.object({
  fromFrameworkId: FrameworkIdSchema,
  fromCode: CodeSchema,
  toCode: CodeSchema,
  note: z.string().trim().max(500).nullish(),
});
export type CrosswalkRowInput = z.infer<typeof CrosswalkRowInputSchema>;

/** PUT: the custom rows from one version into the path's version, replacing the previous ones. */
export const CrosswalkReplaceSchema = z.object({
  fromFrameworkId: FrameworkIdSchema,
  rows: z.array(CrosswalkRowInputSchema.omit({ fromFrameworkId: true })).max(2000),
});
export type CrosswalkReplace = z.infer<typeof CrosswalkReplaceSchema>;

export const CrosswalkDeleteQuerySchema = z.object({
  fromFrameworkId: FrameworkIdSchema,
  fromCode: CodeSchema,
  toCode: CodeSchema,
});

/** One follow-up item raised on the previous cycle for an indicator. */
export const PreviousItemSchema = z.object({
  id: z.string(),
  kind: z.enum(FOLLOWUP_KINDS),
  status: z.enum(FOLLOWUP_STATUSES),
  done: z.boolean(),
  action: z.string(),
  dueOn: z.string().nullable(),
  /** The indicator code on the previous cycle's version. */
  indicatorCode: z.string(),
});
export type PreviousItem = z.infer<typeof PreviousItemSchema>;

/** An indicator of the current cycle, with what the previous cycle said about it. */
export const PreviousIndicatorSchema = z.object({
  indicator: z.string(),
  /** The codes of the previous version it corresponds to (crosswalk); empty: no history. */
  previousCodes: z.array(z.string()),
  /** The published value (mean over products, N/A left out) on the previous scale; null: none. */
  value: z.number().nullable(),
  max: z.number().nullable(),
  items: z.array(PreviousItemSchema),
});
export type PreviousIndicator = z.infer<typeof PreviousIndicatorSchema>;

export const PreviousCycleSchema = z.object({
  cycleId: z.string(),
  /** null when the government has no earlier published cycle of this kind. */
  previous: z
    .object({ id: z.string(), year: z.number(), name: z.string(), frameworkId: z.string() })
    .nullable(),
  indicators: z.array(PreviousIndicatorSchema),
});
export type PreviousCycle = z.infer<typeof PreviousCycleSchema>;

/** The rapor's "done / not done since last year", per unit (unitId null: the government's own). */
export const SinceLastYearSchema = z.object({
  previous: PreviousCycleSchema.shape.previous,
  units: z.array(
    z.object({
      unitId: z.string().nullable(),
      unitName: z.string().nullable(),
      done: z.number().int(),
      notDone: z.number().int(),
    }),
  ),
});
export type SinceLastYear = z.infer<typeof SinceLastYearSchema>;

export const crosswalkKeys = {
  of: (frameworkId: string) => ['frameworks', frameworkId, 'crosswalk'] as const,
  previousUnit: (cycleId: string, unitId: string) => ['cycles', cycleId, 'previous', 'unit', unitId] as const,
  previousGovernment: (cycleId: string, governmentId: string) =>
    ['cycles', cycleId, 'previous', 'government', governmentId] as const,
  sinceLastYear: (cycleId: string, governmentId: string) =>
    ['cycles', cycleId, 'since-last-year', governmentId] as const,
};
