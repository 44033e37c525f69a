/** Request and response schemas of the assessment routes (cycles, checklist, verification, appeals); results are in results.schemas.ts. */
import { z } from 'zod';
import { CYCLE_STATUSES } from '../../../db/schema-assessments';
import { TIME_ZONES } from '../../../../shared/format/time-zones';

const Localized = z.object({ id: z.string(), en: z.string() });
const isoDate = z.iso.date({ message: 'field.date' });

export const CycleIdParams = z.object({ id: z.uuid() });
export const CycleGovParams = z.object({ id: z.uuid(), governmentId: z.uuid() });
export const CycleUnitParams = z.object({ id: z.uuid(), unitId: z.uuid() });
export const CycleProductParams = z.object({ id: z.uuid(), productId: z.uuid() });
export const IdParams = z.object({ id: z.uuid() });

export const PHASE_DATE_FIELDS = [
  'selfStart',
  'selfEnd',
  'verifyStart',
  'verifyEnd',
  'appealStart',
  'appealEnd',
  'finalDate',
] as const;
export type PhaseDates = Record<(typeof PHASE_DATE_FIELDS)[number], string>;

export const CycleCreateSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  name: z.string().trim().min(1).max(200),
  frameworkId: z.string().min(1).max(100),
  officeId: z.uuid().optional(),
  productsPerUnit: z.number().int().min(1).max(10).default(2),
  selfStart: isoDate,
  selfEnd: isoDate,
  verifyStart: isoDate,
  verifyEnd: isoDate,
  appealStart: isoDate,
  appealEnd: isoDate,
  finalDate: isoDate,
});
export type CycleCreate = z.infer<typeof CycleCreateSchema>;

export const CycleUpdateSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  productsPerUnit: z.number().int().min(1).max(10).optional(),
  selfStart: isoDate.optional(),
  selfEnd: isoDate.optional(),
  verifyStart: isoDate.optional(),
  verifyEnd: isoDate.optional(),
  appealStart: isoDate.optional(),
  appealEnd: isoDate.optional(),
  finalDate: isoDate.optional(),
});

export const CycleSchema = z.object({
  id: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  /** The office's zone (WIB/WITA/WIT): the cycle's times are shown in it. */
  officeTimeZone: z.enum(TIME_ZONES),
  year: z.number(),
  name: z.string(),
  frameworkId: z.string(),
  status: z.enum(CYCLE_STATUSES),
  selfStart: z.string().nullable(),
  selfEnd: z.string().nullable(),
  verifyStart: z.string().nullable(),
  verifyEnd: z.string().nullable(),
  appealStart: z.string().nullable(),
  appealEnd: z.string().nullable(),
  finalDate: z.string().nullable(),
  productsPerUnit: z.number(),
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  governmentCount: z.number(),
});
export type CycleDto = z.infer<typeof CycleSchema>;

export const CycleDetailSchema = CycleSchema.extend({
  governments: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.string(),
      unitCount: z.number(),
      productCount: z.number(),
      assessors: z.array(z.object({ userId: z.string(), name: z.string() })),
    }),
  ),
});

export const AdvanceSchema = z.strictObject({ to: z.enum(CYCLE_STATUSES) });
export const GovernmentIdsSchema = z.strictObject({ governmentIds: z.array(z.uuid()).min(1).max(500) });
export const UnitIdBodySchema = z.strictObject({ unitId: z.uuid(), withProducts: z.boolean().default(true) });
export const ProductIdBodySchema = z.strictObject({ productId: z.uuid() });
export const AssessorsSchema = z.strictObject({ userIds: z.array(z.uuid()).max(50) });

export const AssessorOptionsSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
});

export const SampleSchema = z.object({
  governmentId: z.string(),
  units: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      type: z.string(),
      sector: z.string(),
      selfStatus: z.enum(['draft', 'submitted']),
      products: z.array(z.object({ productId: z.string(), name: z.string(), type: z.string() })),
    }),
  ),
  assessors: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
});

// Checklist (penilaian mandiri)
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
      status: z.enum(['pending', 'accepted', 'adjusted']),
      value: z.number().nullable(),
      na: z.boolean(),
      reason: z.string().nullable(),
    })
    .nullable(),
});

export const ChecklistSchema = z.object({
  cycleId: z.string(),
  status: z.enum(CYCLE_STATUSES),
  governmentId: z.string(),
  unit: z
    .object({
      id: z.string(),
      name: z.string(),
      selfStatus: z.enum(['draft', 'submitted']),
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

export const EvidenceQuerySchema = z.object({
  madeOn: isoDate.optional(),
  note: z.string().trim().max(500).optional(),
});

export const ProgressSchema = z.object({
  governmentId: z.string(),
  units: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      answered: z.number(),
      total: z.number(),
      selfStatus: z.enum(['draft', 'submitted']),
      submittedAt: z.string().nullable(),
    }),
  ),
  entity: z.object({ answered: z.number(), total: z.number() }),
  /** Answer cells verified (accepted or adjusted) and in all; open appeals (one grouped query). */
  itemsVerified: z.number(),
  itemsTotal: z.number(),
  openAppeals: z.number(),
});

// Verification
export const VerificationQuerySchema = z.object({
  unitId: z.uuid().optional(),
  status: z.enum(['pending', 'accepted', 'adjusted']).optional(),
});

export const VerificationItemSchema = z.object({
  answerId: z.string(),
  indicator: z.string(),
  name: Localized,
  level: z.enum(['product', 'unit', 'entity']),
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
  verifyStatus: z.enum(['pending', 'accepted', 'adjusted']),
  verifiedValue: z.number().nullable(),
  verifiedNa: z.boolean(),
  verifyReason: z.string().nullable(),
});

export const VerifySchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept') }),
  z.strictObject({
    action: z.literal('adjust'),
    value: z.number().nullable().optional(),
    na: z.boolean().default(false),
    reason: z.string().trim().max(2000).optional(),
  }),
]);

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

export const VisitCreateSchema = z.strictObject({
  unitId: z.uuid(),
  visitedOn: isoDate,
  unannounced: z.boolean().default(false),
  notes: z.string().trim().max(5000).optional(),
});
export const VisitSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  visitedOn: z.string(),
  unannounced: z.boolean(),
  notes: z.string().nullable(),
  photos: z.array(z.object({ fileId: z.string(), originalName: z.string(), mimeType: z.string() })),
});

export const ImprovementCreateSchema = z.strictObject({
  unitId: z.uuid().optional(),
  text: z.string().trim().min(3).max(2000),
});
export const ImprovementSchema = z.object({
  id: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
});

// Appeals
export const AppealCreateSchema = z.strictObject({
  reason: z.string().trim().min(3).max(5000),
  requestedValue: z.number().optional(),
});
export const AppealRespondSchema = z.strictObject({
  decision: z.enum(['accept', 'reject']),
  response: z.string().trim().max(5000).optional(),
  value: z.number().optional(),
  /** Accept as N/A (only where the indicator allows it; not together with a value). */
  na: z.boolean().optional(),
});
export const AppealSchema = z.object({
  id: z.string(),
  answerId: z.string(),
  indicator: z.string(),
  unitName: z.string().nullable(),
  productName: z.string().nullable(),
  reason: z.string(),
  requestedValue: z.number().nullable(),
  status: z.enum(['open', 'accepted', 'rejected']),
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
      levels: z.array(z.object({ value: z.number(), label: Localized })),
    })
    .nullable(),
  naAllowed: z.boolean(),
});

export const FileUploadedSchema = z.object({
  id: z.string(),
  originalName: z.string(),
  size: z.number(),
  mimeType: z.string(),
});

/** Stored files attached to a field visit or an appeal (download each through its own route). */
export const AttachedFilesSchema = z.object({
  items: z.array(
    z.object({ fileId: z.string(), originalName: z.string(), size: z.number(), mimeType: z.string() }),
  ),
});
export const VisitFileParams = z.object({ visitId: z.uuid(), fileId: z.uuid() });
export const AppealFileParams = z.object({ appealId: z.uuid(), fileId: z.uuid() });
/** A file download: the bytes, with the sniffed content type (see file-download.ts). */
export const DownloadSchema = z.string().meta({ format: 'binary' });
