/**
 * A government's own assessment (penilaian mandiri, issue 12): the internal cycle its coordinator
 * opens over all or some of its units, the work plan (per unit a scheduled date and the
 * Inspektorat team), and sharing the results with its Ombudsman office. The cycle itself is an
 * ordinary cycle of kind `internal` (assessments-cycles.ts); everything else reuses the cycle,
 * checklist, verification, scoring and rapor contracts.
 */
import { z } from 'zod';
import { isoDate, SELF_STATUSES } from './assessments';

/** The built-in spot-check set: Patuh's own compilation (REFERENCE §1.5), the default framework. */
export const DEFAULT_INTERNAL_FRAMEWORK = 'spot-check-2024';

export const InternalCycleCreateSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    name: z.string().trim().min(1).max(200),
    /** Left out: the office's own spot-check set when it marked one, else the built-in one. */
    frameworkId: z.string().min(1).max(100).optional(),
    /** Every active unit of the government (true), or only `unitIds`. */
    allUnits: z.boolean(),
    unitIds: z.array(z.uuid()).max(2000).default([]),
    selfStart: isoDate,
    selfEnd: isoDate,
    verifyStart: isoDate,
    verifyEnd: isoDate,
    finalDate: isoDate,
  })
  .refine((v) => v.allUnits || v.unitIds.length > 0, {
    path: ['unitIds'],
    message: 'field.unitsRequired',
  });
export type InternalCycleCreate = z.infer<typeof InternalCycleCreateSchema>;
export type InternalCycleInput = z.input<typeof InternalCycleCreateSchema>;

/**
 * Where a unit stands in the work plan: no date yet; scheduled and not begun; begun; every item
 * verified by the scheduled date (or after it); the date passed with items still unverified.
 */
export const WORK_PLAN_STATUSES = [
  'unscheduled',
  'not_started',
  'in_progress',
  'done_on_time',
  'done_late',
  'late',
] as const;
export type WorkPlanStatus = (typeof WORK_PLAN_STATUSES)[number];

export const WorkPlanItemSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  type: z.string(),
  sector: z.string(),
  scheduledDate: z.string().nullable(),
  team: z.array(z.object({ userId: z.string(), name: z.string() })),
  selfStatus: z.enum(SELF_STATUSES),
  /** Answer cells of the unit: all, self-answered, verified (accepted or adjusted). */
  total: z.number(),
  answered: z.number(),
  verified: z.number(),
  /** When the last of the unit's cells was verified, if all are. */
  doneAt: z.string().nullable(),
  status: z.enum(WORK_PLAN_STATUSES),
});
export type WorkPlanItem = z.infer<typeof WorkPlanItemSchema>;

export const WorkPlanSchema = z.object({
  cycleId: z.string(),
  /** Today in the government's time zone (the statuses are computed against it). */
  today: z.string(),
  items: z.array(WorkPlanItemSchema),
  counts: z.object({
    unscheduled: z.number(),
    not_started: z.number(),
    in_progress: z.number(),
    done_on_time: z.number(),
    done_late: z.number(),
    late: z.number(),
  }),
});
export type WorkPlan = z.infer<typeof WorkPlanSchema>;

export const WorkPlanUpdateSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        unitId: z.uuid(),
        scheduledDate: isoDate.nullable(),
        /** Internal verifiers of the government (at most 20 per unit). */
        team: z.array(z.uuid()).max(20),
      }),
    )
    .min(1)
    .max(2000),
});
export type WorkPlanUpdate = z.infer<typeof WorkPlanUpdateSchema>;

export const ShareBodySchema = z.strictObject({ shared: z.boolean() });

export const internalKeys = {
  all: ['internal'] as const,
  workPlan: (cycleId: string) => ['internal', 'workPlan', cycleId] as const,
};
