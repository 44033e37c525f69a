/** The self-assessment (penilaian mandiri): a unit's or a government's checklist, answers and evidence. */
import { z } from 'zod';
import { CYCLE_STATUSES, isoDate, SELF_STATUSES, VERIFY_STATUSES } from './assessments';

export const EvidenceSchema = z.object({
  id: z.string(),
  fileId: z.string(),
  originalName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  madeOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** One answer cell (indicator × unit or product); its definition is in the checklist's `framework`. */
export const ChecklistItemSchema = z.object({
  answerId: z.string(),
  /** The indicator's code in the framework (`indicatorDefinitions(framework).get(indicator)`). */
  indicator: z.string(),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
  selfValue: z.number().nullable(),
  selfNa: z.boolean(),
  selfComment: z.string().nullable(),
  answered: z.boolean(),
  evidence: z.array(EvidenceSchema),
  /** Shown to Ombudsman roles, and to government roles from the appeal phase on. */
  verified: z
    .object({
      status: z.enum(VERIFY_STATUSES),
      value: z.number().nullable(),
      na: z.boolean(),
      reason: z.string().nullable(),
    })
    .nullable(),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSchema = z.object({
  cycleId: z.string(),
  status: z.enum(CYCLE_STATUSES),
  governmentId: z.string(),
  unit: z
    .object({
      id: z.string(),
      name: z.string(),
      selfStatus: z.enum(SELF_STATUSES),
      submittedAt: z.string().nullable(),
    })
    .nullable(),
  editable: z.boolean(),
  progress: z.object({ answered: z.number(), total: z.number() }),
  /**
   * The framework version whose indicators the items answer: their definitions (name, path, level,
   * scale with rubrics, evidence expected) are read once from `GET /api/frameworks/:id`, the same
   * for every unit of the cycle, and not repeated in each checklist.
   */
  framework: z.object({ id: z.string(), version: z.string() }),
  /** Answer cells by product name, then framework order. */
  items: z.array(ChecklistItemSchema),
});
export type Checklist = z.infer<typeof ChecklistSchema>;

export const AnswersPutSchema = z.strictObject({
  answers: z
    .array(
      z.strictObject({
        answerId: z.uuid(),
        value: z.number().nullable().optional(),
        na: z.boolean().default(false),
        comment: z.string().trim().max(2000).nullable().optional(),
      }),
    )
    .min(1)
    .max(500),
});
export type AnswersPut = z.input<typeof AnswersPutSchema>;
export const AnswersSavedSchema = z.object({ saved: z.number() });
export type AnswersSaved = z.infer<typeof AnswersSavedSchema>;

export const EvidenceQuerySchema = z.object({
  madeOn: isoDate.optional(),
  note: z.string().trim().max(500).optional(),
});

/** Whose checklist: a unit's, or the entity-level indicators of a government. */
export type ChecklistTarget = { unitId: string } | { governmentId: string };

/** The route of a checklist. */
export function checklistPath(cycleId: string, target: { unitId?: string; governmentId?: string }) {
  return target.unitId
    ? `/cycles/${cycleId}/units/${target.unitId}/checklist`
    : `/cycles/${cycleId}/governments/${target.governmentId}/checklist`;
}

/** Query keys of checklists (the checklist, verification and appeal pages share them). */
export const checklistKeys = {
  all: ['checklist'] as const,
  of: (cycleId: string, target: { unitId?: string; governmentId?: string }) =>
    ['checklist', checklistPath(cycleId, target)] as const,
};
