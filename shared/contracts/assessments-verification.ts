/** Verification: the assessor's verified values, field visits with their photos, improvement points. */
import { z } from 'zod';
import { AttachmentSchema, INDICATOR_LEVELS, isoDate, LocalizedSchema, VERIFY_STATUSES } from './assessments';

export const VerificationQuerySchema = z.object({
  unitId: z.uuid().optional(),
  status: z.enum(VERIFY_STATUSES).optional(),
});

export const VerificationItemSchema = z.object({
  answerId: z.string(),
  indicator: z.string(),
  name: LocalizedSchema,
  level: z.enum(INDICATOR_LEVELS),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
  scaleMin: z.number(),
  scaleMax: z.number(),
  selfValue: z.number().nullable(),
  selfNa: z.boolean(),
  selfComment: z.string().nullable(),
  evidenceCount: z.number(),
  verifyStatus: z.enum(VERIFY_STATUSES),
  verifiedValue: z.number().nullable(),
  verifiedNa: z.boolean(),
  verifyReason: z.string().nullable(),
});
export type VerificationItem = z.infer<typeof VerificationItemSchema>;
export type VerificationList = z.infer<typeof VerificationListSchema>;
export const VerificationListSchema = z.object({ items: z.array(VerificationItemSchema) });

export const VerifySchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept') }),
  z.strictObject({
    action: z.literal('adjust'),
    value: z.number().nullable().optional(),
    na: z.boolean().default(false),
    reason: z.string().trim().max(2000).optional(),
  }),
]);
export type VerifyInput = z.input<typeof VerifySchema>;

/** The answer after a verification, with the government's new score and its version. */
export const VerifiedSchema = z.object({
  answerId: z.string(),
  verifyStatus: z.enum(VERIFY_STATUSES),
  verifiedValue: z.number().nullable(),
  verifiedNa: z.boolean(),
  verifyReason: z.string().nullable(),
  score: z.number().nullable(),
  version: z.number(),
});
export type Verified = z.infer<typeof VerifiedSchema>;

/**
 * What "Terima semua" covers — what the verification view shows: the entity-level items
 * (`entity: true`), one unit (optionally one of its products), listed items, or, with none of
 * these, the whole government.
 */
export const AcceptAllSchema = z
  .strictObject({
    entity: z.boolean().optional(),
    unitId: z.uuid().optional(),
    productId: z.uuid().optional(),
    answerIds: z.array(z.uuid()).max(5000).optional(),
  })
  .refine((b) => !(b.entity && b.unitId), {
    path: ['unitId'],
    message: 'field.entityOrUnit',
  })
  .refine((b) => !b.productId || b.unitId, { path: ['productId'], message: 'field.productNeedsUnit' });
export type AcceptScope = z.input<typeof AcceptAllSchema>;
export const AcceptedSchema = z.object({
  accepted: z.number(),
  score: z.number().nullable(),
  version: z.number(),
});
export type Accepted = z.infer<typeof AcceptedSchema>;

export const VisitCreateSchema = z.strictObject({
  unitId: z.uuid(),
  visitedOn: isoDate,
  unannounced: z.boolean().default(false),
  notes: z.string().trim().max(5000).optional(),
});
export type VisitInput = z.input<typeof VisitCreateSchema>;
export const VisitSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  visitedOn: z.string(),
  unannounced: z.boolean(),
  notes: z.string().nullable(),
  photos: z.array(AttachmentSchema),
});
export type Visit = z.infer<typeof VisitSchema>;
export type VisitList = z.infer<typeof VisitListSchema>;
export const VisitListSchema = z.object({ items: z.array(VisitSchema) });

export const ImprovementCreateSchema = z.strictObject({
  unitId: z.uuid().optional(),
  text: z.string().trim().min(3).max(2000),
  /** The indicator it concerns: a node code of the cycle's framework (checked by the service). */
  indicatorCode: z.string().trim().min(1).max(64).optional(),
  /** The follow-up item's due date; none: 60 days after the release (Patuh's default). */
  dueOn: isoDate.optional(),
});
export type ImprovementInput = z.input<typeof ImprovementCreateSchema>;
export const ImprovementSchema = z.object({
  id: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  text: z.string(),
  indicatorCode: z.string().nullable(),
  dueOn: z.string().nullable(),
  createdAt: z.string(),
});
export type Improvement = z.infer<typeof ImprovementSchema>;
export type ImprovementList = z.infer<typeof ImprovementListSchema>;
export const ImprovementListSchema = z.object({ items: z.array(ImprovementSchema) });

/** Query keys of the verification page: items, visits and improvement points of one government. */
export const verificationKeys = {
  all: ['verification'] as const,
  items: (cycleId: string, governmentId: string) => ['verification', cycleId, governmentId] as const,
  visitsAll: ['visits'] as const,
  visits: (cycleId: string, governmentId: string) => ['visits', cycleId, governmentId] as const,
  improvementsAll: ['improvements'] as const,
  improvements: (cycleId: string, governmentId: string) => ['improvements', cycleId, governmentId] as const,
};
