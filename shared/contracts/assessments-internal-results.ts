/**
 * Results of a government's internal cycle (penilaian mandiri, issue 12 part 3), read inside the
 * government: the ranking of its own units, the *pemetaan kekurangan* (per indicator, the units
 * where it fails), the comparison with the Ombudsman's last published official result (indicator
 * by indicator on the codes both frameworks share, never totals) and the regent's report that
 * gathers them with the work plan's progress and the improvement points.
 */
import { z } from 'zod';
import { CYCLE_STATUSES, INDICATOR_LEVELS, LocalizedSchema, ZONES } from './assessments';
import { WorkPlanSchema } from './assessments-internal';
import { TIME_ZONES } from '../format/time-zones';

/** How every internal result is labelled, wherever it shows (issue 12: "penilaian mandiri"). */
export const INTERNAL_LABEL = { id: 'Penilaian mandiri', en: 'Self-assessment' } as const;

/**
 * Why the comparison never sets totals side by side: the spot-check set covers part of the
 * Ombudsman's method, reweighted (frameworks/spot-check-2024.json notes).
 */
export const TOTALS_NOT_COMPARABLE = {
  id: 'Nilai total tidak dapat dibandingkan: perangkat penilaian mandiri hanya memuat sebagian indikator Ombudsman dengan bobot yang disesuaikan. Perbandingan dilakukan per indikator yang sama.',
  en: 'Totals are not comparable: the self-assessment set holds only part of the Ombudsman indicators, reweighted. The comparison is made per shared indicator.',
} as const;

/** The internal cycle as every answer heads it. */
export const InternalCycleHeadSchema = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number(),
  status: z.enum(CYCLE_STATUSES),
  /** Final or published: a missing answer counts as 0 (REFERENCE §10 rule 2). */
  closed: z.boolean(),
  sharedAt: z.string().nullable(),
  framework: z.object({
    id: z.string(),
    version: z.string(),
    name: LocalizedSchema,
    /** Who compiled it: the built-in spot-check set reads "Patuh (disusun …)" (issue 12 point 9). */
    issuer: z.string(),
    /** 'patuh' for Patuh's own compilation: shown as "disusun Patuh" (shared/frameworks/framework-label.ts). */
    compiledBy: z.enum(['patuh']).nullable(),
    scoreMax: z.number(),
  }),
  government: z.object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    timeZone: z.enum(TIME_ZONES),
  }),
});
export type InternalCycleHead = z.infer<typeof InternalCycleHeadSchema>;

/** One unit in the ranking: its score in the internal cycle (unit_results), rank with ties shared. */
export const InternalRankingRowSchema = z.object({
  /** 1 for the best; units with the same rounded score share a rank; null without a score. */
  rank: z.number().int().nullable(),
  unitId: z.string(),
  name: z.string(),
  type: z.string(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  zone: z.enum(ZONES).nullable(),
  /** Indicators failing in this unit (not fulfilled or partly, as in the gaps). */
  failing: z.number().int(),
});
export type InternalRankingRow = z.infer<typeof InternalRankingRowSchema>;

export const InternalRankingSchema = z.object({
  cycle: InternalCycleHeadSchema,
  /** Units ranked (best first), then the units without a score by name. */
  units: z.array(InternalRankingRowSchema),
});
export type InternalRanking = z.infer<typeof InternalRankingSchema>;

/**
 * How an indicator stands in one unit, from its cells (one per product, or one per unit), N/A
 * left out: `not_fulfilled` every cell at the scale minimum; `partly` some cell below the maximum
 * but not all at the minimum; `unassessed` no cell below the maximum yet, but some without a final
 * value while the cycle is open. A missing value counts as the minimum once the cycle is closed.
 */
export const GAP_STATUSES = ['not_fulfilled', 'partly', 'unassessed'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

export const InternalGapUnitSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  status: z.enum(GAP_STATUSES),
  /** The unit's fulfilment of the indicator, 0–100 (mean over its cells); null when none has a value. */
  fulfilment: z.number().nullable(),
});
export type InternalGapUnit = z.infer<typeof InternalGapUnitSchema>;

export const InternalGapSchema = z.object({
  indicator: z.string(),
  name: LocalizedSchema,
  level: z.enum(INDICATOR_LEVELS),
  scaleMin: z.number(),
  scaleMax: z.number(),
  /** Units with at least one cell of the indicator that is not N/A. */
  assessedUnits: z.number().int(),
  /** `notFulfilled + partly`: the units where the indicator fails. */
  failing: z.number().int(),
  notFulfilled: z.number().int(),
  partly: z.number().int(),
  unassessed: z.number().int(),
  /** The units that fail or are unassessed: not fulfilled first, then partly, then unassessed, by name. */
  units: z.array(InternalGapUnitSchema),
});
export type InternalGap = z.infer<typeof InternalGapSchema>;

export const GAP_SORTS = ['failing', 'framework'] as const;
export const InternalGapsQuerySchema = z.object({ sort: z.enum(GAP_SORTS).default('failing') });
export type InternalGapsQuery = z.input<typeof InternalGapsQuerySchema>;

export const InternalGapsSchema = z.object({
  cycle: InternalCycleHeadSchema,
  /** Every indicator assessed in some unit; by `failing` (most first) or in the framework's order. */
  indicators: z.array(InternalGapSchema),
});
export type InternalGaps = z.infer<typeof InternalGapsSchema>;

/** One side's fulfilment of an indicator: the mean over its cells of (value − min)/(max − min) × 100. */
export const FulfilmentSchema = z.object({
  fulfilment: z.number().nullable(),
  /** Cells counted (not N/A). */
  cells: z.number().int(),
  /** Of `cells`, without a final value: left out while the cycle is open, counted 0 once closed. */
  missing: z.number().int(),
});
export type Fulfilment = z.infer<typeof FulfilmentSchema>;

export const ComparisonUnitSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  internal: z.number().nullable(),
  official: z.number().nullable(),
});
export type ComparisonUnit = z.infer<typeof ComparisonUnitSchema>;

export const ComparisonRowSchema = z.object({
  indicator: z.string(),
  name: LocalizedSchema,
  level: z.enum(INDICATOR_LEVELS),
  internal: FulfilmentSchema,
  official: FulfilmentSchema,
  /** internal − official fulfilment (percentage points), rounded to 2 decimals; null when either is missing. */
  difference: z.number().nullable(),
  /** Units with cells of this indicator in both cycles, with each side's fulfilment there. */
  commonUnits: z.array(ComparisonUnitSchema),
});
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;

export const OfficialCycleSchema = z.object({
  cycleId: z.string(),
  name: z.string(),
  year: z.number(),
  publishedAt: z.string().nullable(),
  framework: z.object({ id: z.string(), version: z.string(), name: LocalizedSchema }),
});
export type OfficialCycle = z.infer<typeof OfficialCycleSchema>;

export const InternalComparisonSchema = z.object({
  cycle: InternalCycleHeadSchema,
  /** The Ombudsman's last published official cycle of this government; null when there is none. */
  official: OfficialCycleSchema.nullable(),
  /** Always false: the two frameworks' totals are not comparable (TOTALS_NOT_COMPARABLE). */
  totalsComparable: z.literal(false),
  /** Indicators of both frameworks, in the internal framework's order. */
  indicators: z.array(ComparisonRowSchema),
  /** Internal indicators the official framework lacks (not compared). */
  internalOnly: z.array(z.string()),
});
export type InternalComparison = z.infer<typeof InternalComparisonSchema>;

/** What the regent's report (laporan untuk Bupati/Wali Kota) renders, as PDF and Excel. */
export const InternalReportSchema = z.object({
  cycle: InternalCycleHeadSchema,
  generatedAt: z.string(),
  ranking: z.array(InternalRankingRowSchema),
  gaps: z.array(InternalGapSchema),
  /** The work plan's progress (GET /api/cycles/:id/work-plan's answer, a PIC's units only). */
  workPlan: WorkPlanSchema,
  /** Improvement points per unit (unitId null: for the government as a whole). */
  improvements: z.array(
    z.object({ unitId: z.string().nullable(), name: z.string().nullable(), points: z.array(z.string()) }),
  ),
  comparison: InternalComparisonSchema.omit({ cycle: true }),
});
export type InternalReport = z.infer<typeof InternalReportSchema>;

export const INTERNAL_REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type InternalReportFormat = (typeof INTERNAL_REPORT_FORMATS)[number];

/** Download addresses of the regent's report. */
export const internalReportUrl = (cycleId: string, format: InternalReportFormat) =>
  `/api/cycles/${cycleId}/internal/report.${format}`;

export const internalResultKeys = {
  all: ['internal-results'] as const,
  ranking: (cycleId: string) => ['internal-results', cycleId, 'ranking'] as const,
  gaps: (cycleId: string, sort: string) => ['internal-results', cycleId, 'gaps', sort] as const,
  comparison: (cycleId: string) => ['internal-results', cycleId, 'comparison'] as const,
};
