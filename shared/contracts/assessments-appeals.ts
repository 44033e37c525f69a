/** Appeals (sanggahan): a government contests a verified item; the Ombudsman accepts or rejects. */
import { z } from 'zod';
import { APPEAL_DECISIONS, APPEAL_STATUSES, LocalizedSchema } from './assessments';

export const AppealCreateSchema = z.strictObject({
  reason: z.string().trim().min(3).max(5000),
  requestedValue: z.number().optional(),
});
export type AppealInput = z.input<typeof AppealCreateSchema>;

export const AppealRespondSchema = z.strictObject({
  decision: z.enum(APPEAL_DECISIONS),
  response: z.string().trim().max(5000).optional(),
  value: z.number().optional(),
  /** Accept as N/A (only where the indicator allows it; not together with a value). */
  na: z.boolean().optional(),
});
export type AppealResponseInput = z.input<typeof AppealRespondSchema>;

export const AppealSchema = z.object({
  id: z.string(),
  answerId: z.string(),
  indicator: z.string(),
  unitName: z.string().nullable(),
  productName: z.string().nullable(),
  reason: z.string(),
  requestedValue: z.number().nullable(),
  status: z.enum(APPEAL_STATUSES),
  response: z.string().nullable(),
  verifiedValue: z.number().nullable(),
  selfValue: z.number().nullable(),
  fileCount: z.number(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  /** The indicator's scale in the cycle's framework (null if the framework no longer has it). */
  scale: z
    .object({
      type: z.string(),
      min: z.number(),
      max: z.number(),
      levels: z.array(z.object({ value: z.number(), label: LocalizedSchema })),
    })
    .nullable(),
  naAllowed: z.boolean(),
});
export type Appeal = z.infer<typeof AppealSchema>;
export type AppealList = z.infer<typeof AppealListSchema>;
export const AppealListSchema = z.object({ items: z.array(AppealSchema) });

/** An appeal after the Ombudsman's decision, with the score version it recorded. */
export const AppealRespondedSchema = z.object({
  id: z.string(),
  status: z.enum(APPEAL_STATUSES),
  response: z.string().nullable(),
  version: z.number().nullable(),
});
export type AppealResponded = z.infer<typeof AppealRespondedSchema>;

/** Query keys of the appeal page. */
export const appealKeys = {
  all: ['appeals'] as const,
  list: (cycleId: string, governmentId: string) => ['appeals', cycleId, governmentId] as const,
  files: (appealId: string) => ['appeals', 'files', appealId] as const,
};
