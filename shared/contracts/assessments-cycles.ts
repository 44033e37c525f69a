/** Assessment cycles: the cycle, its phases, its sample of units and products, and progress. */
import { z } from 'zod';
import { TIME_ZONES } from '../format/time-zones';
import { CYCLE_KINDS, CYCLE_STATUSES, isoDate, SELF_STATUSES } from './assessments';

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
/** What the form sends (`productsPerUnit` may be left to its default). */
export type CycleInput = z.input<typeof CycleCreateSchema>;

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
export type CycleUpdate = z.input<typeof CycleUpdateSchema>;

export const CycleSchema = z.object({
  id: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  /** The office's zone (WIB/WITA/WIT): the cycle's times are shown in it. */
  officeTimeZone: z.enum(TIME_ZONES),
  year: z.number(),
  name: z.string(),
  frameworkId: z.string(),
  /** `internal`: a government's own penilaian mandiri (labelled so wherever it shows). */
  kind: z.enum(CYCLE_KINDS),
  ownerGovernmentId: z.string().nullable(),
  ownerGovernmentName: z.string().nullable(),
  /** Internal cycles: when the government shared the results with its office (null: private). */
  sharedAt: z.string().nullable(),
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
export type CycleList = z.infer<typeof CycleListSchema>;
export const CycleListSchema = z.object({ items: z.array(CycleSchema) });

export const CycleGovernmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  unitCount: z.number(),
  productCount: z.number(),
  assessors: z.array(z.object({ userId: z.string(), name: z.string() })),
});
export type CycleGovernment = z.infer<typeof CycleGovernmentSchema>;

export const CycleDetailSchema = CycleSchema.extend({ governments: z.array(CycleGovernmentSchema) });
export type CycleDetail = z.infer<typeof CycleDetailSchema>;

export const AdvanceSchema = z.strictObject({ to: z.enum(CYCLE_STATUSES) });
export const GovernmentIdsSchema = z.strictObject({ governmentIds: z.array(z.uuid()).min(1).max(500) });
export const UnitIdBodySchema = z.strictObject({ unitId: z.uuid(), withProducts: z.boolean().default(true) });
export const ProductIdBodySchema = z.strictObject({ productId: z.uuid() });
export const AssessorsSchema = z.strictObject({ userIds: z.array(z.uuid()).max(50) });

export const AssessorOptionsSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })),
});
export type AssessorOptions = z.infer<typeof AssessorOptionsSchema>;

export const SampleSchema = z.object({
  governmentId: z.string(),
  units: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      type: z.string(),
      sector: z.string(),
      selfStatus: z.enum(SELF_STATUSES),
      products: z.array(z.object({ productId: z.string(), name: z.string(), type: z.string() })),
    }),
  ),
  assessors: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
});
export type Sample = z.infer<typeof SampleSchema>;

/** Self-assessment and verification progress of one government in a cycle. */
export const ProgressSchema = z.object({
  governmentId: z.string(),
  units: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      answered: z.number(),
      total: z.number(),
      selfStatus: z.enum(SELF_STATUSES),
      submittedAt: z.string().nullable(),
    }),
  ),
  entity: z.object({ answered: z.number(), total: z.number() }),
  /** Answer cells verified (accepted or adjusted) and in all; open appeals (one grouped query). */
  itemsVerified: z.number(),
  itemsTotal: z.number(),
  openAppeals: z.number(),
});
export type Progress = z.infer<typeof ProgressSchema>;

/** Query keys of the cycle pages (list, detail, sample, progress, assessor options). */
export const cycleKeys = {
  all: ['cycles'] as const,
  list: () => ['cycles', 'list'] as const,
  detail: (id: string) => ['cycles', 'detail', id] as const,
  sample: (id: string, governmentId: string) => ['cycles', 'sample', id, governmentId] as const,
  progress: (id: string | undefined, governmentId: string | null) =>
    ['cycles', 'progress', id, governmentId] as const,
  assessorOptions: (id: string) => ['cycles', 'assessorOptions', id] as const,
};
