/**
 * The rapor (report card) of one government in one cycle: what the page, the PDF and the Excel
 * file show. Built by the assessments module, rendered by reports (PDF/Excel) and the web app.
 */
import { z } from 'zod';
import { CYCLE_KINDS } from './assessments';
import { TIME_ZONES } from '../format/time-zones';

const Localized = z.object({ id: z.string(), en: z.string() });

export const RaporDimensionSchema = z.object({
  code: z.string(),
  name: Localized,
  /** Weight in percent of the total. */
  weight: z.number(),
  /** On the framework's score range, rounded to 2 decimals; null when not applicable. */
  score: z.number().nullable(),
});

/** How many example answers a shortfall group carries at most (the rest are counted in `more`). */
export const RAPOR_GAP_EXAMPLES = 5;

/**
 * REFERENCE §10 rule 2: an item the unit left blank is not an assessor's 0. It stays unverified
 * and counts as 0 once the cycle closes; every form of the rapor says so in these words.
 */
export const UNANSWERED_LABEL = {
  id: 'tidak dijawab — dihitung 0',
  en: 'not answered — counted as 0',
} as const;

/**
 * Whether a shortfall answer is one the unit left blank (no self value, no verified value) rather
 * than a value an assessor verified. N/A answers never reach the shortfall lists.
 */
export function isUnanswered(e: { value: number | null; selfValue: number | null }): boolean {
  return e.value === null && e.selfValue === null;
}

/** One answer below the maximum, shown as an example of its indicator's shortfall. */
export const RaporGapExampleSchema = z.object({
  /** Service product name; null for a unit-level indicator. */
  product: z.string().nullable(),
  /** The value used for the score (verified, or the self value where the framework allows it); null when missing. */
  value: z.number().nullable(),
  /** The unit's own (self-assessment) value; null when unanswered or N/A. */
  selfValue: z.number().nullable(),
  /** The assessor's reason when the value was adjusted. */
  reason: z.string().nullable(),
});

/**
 * Pemetaan kekurangan of one indicator in one unit: its answers (one per service product, or the
 * single unit-level answer) whose value is below the scale maximum or missing; N/A answers are left
 * out. The size stays bounded however many products a unit has: aggregates plus at most
 * `RAPOR_GAP_EXAMPLES` examples, lowest value first (missing values first of all), then product name.
 */
export const RaporGapSchema = z.object({
  indicator: z.string(),
  name: Localized,
  /** 'product' when the indicator is assessed per service product, 'unit' when once per unit. */
  level: z.enum(['product', 'unit']),
  scaleMax: z.number(),
  /** Answers below the maximum or without a value: products, or 1 for a unit-level indicator. */
  count: z.number().int(),
  /** Answers of this indicator in the unit that are not N/A (products assessed, or 1): `count` of `assessed`. */
  assessed: z.number().int(),
  /** Of `count`, how many have no value (unanswered, or not verified where self values do not count). */
  missing: z.number().int(),
  /** Lowest value among the answers with a value; null when every one is missing. */
  min: z.number().nullable(),
  /** Mean of the values that exist, rounded to 2 decimals; null when every one is missing. */
  mean: z.number().nullable(),
  examples: z.array(RaporGapExampleSchema),
  /** Answers below the maximum not shown in `examples` (`count - examples.length`). */
  more: z.number().int(),
});

/**
 * One unit on the rapor: its score, band and zone, improvement points and a summary of its
 * *pemetaan kekurangan*. The shortfalls themselves (`RaporGapSchema` entries) are not part of the
 * rapor JSON: the page asks for one unit's at a time (`RaporUnitGapsSchema`, `…/rapor/units/:unitId`);
 * the PDF and Excel files get them all (`FullRaporSchema`).
 */
export const RaporUnitSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  zone: z.enum(['merah', 'kuning', 'hijau']).nullable(),
  /** Indicators with at least one answer below the scale maximum or missing: the number of the unit's gaps. */
  gapCount: z.number().int(),
  /** `gapCount` by the indicator's level: assessed per service product, or once per unit. */
  gapLevels: z.object({ product: z.number().int(), unit: z.number().int() }),
  /** Answers below the maximum or missing, over all indicators: the sum of the gaps' `count`. */
  shortfallCount: z.number().int(),
  improvementPoints: z.array(z.string()),
  /**
   * The unit's result in the rapor's previous cycle (`previous`), its own or, after a merge or
   * split, each predecessor's ("sebagai <name>", issue 11 part 6). Empty when there is none.
   */
  previousResults: z
    .array(
      z.object({
        unitId: z.string(),
        name: z.string(),
        score: z.number().nullable(),
        zone: z.enum(['merah', 'kuning', 'hijau']).nullable(),
      }),
    )
    .optional(),
});

/**
 * Pemetaan kekurangan of one unit: one entry per indicator with at least one answer below its scale
 * maximum (or missing), in the framework's order.
 */
export const RaporGapsSchema = z.array(RaporGapSchema);

/** The answer of `GET /api/cycles/:id/governments/:governmentId/rapor/units/:unitId`. */
export const RaporUnitGapsSchema = z.object({ unitId: z.string(), gaps: RaporGapsSchema });

export const RaporSchema = z.object({
  cycle: z.object({
    id: z.string(),
    year: z.number(),
    name: z.string(),
    /** `internal`: the government's own penilaian mandiri, labelled so on the page, PDF and Excel. */
    kind: z.enum(CYCLE_KINDS),
    status: z.string(),
    publishedAt: z.string().nullable(),
  }),
  framework: z.object({
    id: z.string(),
    version: z.string(),
    name: Localized,
    scoreMax: z.number(),
    /** `patuh` for Patuh's own compilation: shown as "disusun Patuh" (framework-label.ts). */
    compiledBy: z.enum(['patuh']).nullable().optional(),
    /**
     * The built-in framework it is (a copy of): `opini-ombudsman-2025` makes the page add "Tanpa
     * Maladministrasi" to the opinion label when Taat qualifies (issue 17 part 6).
     */
    builtInBase: z.string().nullable().optional(),
  }),
  government: z.object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    officeName: z.string(),
    /** The zone its times are shown in (WIB/WITA/WIT, from its province's Kemendagri code). */
    timeZone: z.enum(TIME_ZONES),
  }),
  score: z.number().nullable(),
  band: z
    .object({
      code: z.string(),
      label: Localized,
      zone: z.enum(['merah', 'kuning', 'hijau']),
      color: z.string().optional(),
    })
    .nullable(),
  /** Rank among peers of the same government type in this cycle (1 = best), and the peer count. */
  rank: z.number().nullable(),
  peers: z.number(),
  dimensions: z.array(RaporDimensionSchema),
  /** Patuh/Bersih/Baik/Taat view where the framework defines it (REFERENCE §0). */
  views: z.array(
    z.object({
      id: z.string(),
      name: Localized,
      groups: z.array(
        z.object({
          code: z.string(),
          label: Localized,
          score: z.number().nullable(),
          /** The framework nodes (dimensions) the group's score comes from: "where the number comes from". */
          nodes: z.array(z.string()).optional(),
        }),
      ),
    }),
  ),
  units: z.array(RaporUnitSchema),
  improvementPoints: z.array(z.string()),
  /** The same government in the previous cycle of the same office, when one exists. */
  previous: z
    .object({
      cycleId: z.string(),
      year: z.number(),
      score: z.number().nullable(),
      band: z.string().nullable(),
      zone: z.string().nullable(),
      dimensions: z.record(z.string(), z.number().nullable()),
    })
    .nullable(),
  history: z.array(
    z.object({ version: z.number(), reason: z.string(), score: z.number().nullable(), at: z.string() }),
  ),
  generatedAt: z.string(),
});

/** A unit of the full rapor: the summary plus its gaps. */
export const FullRaporUnitSchema = RaporUnitSchema.extend({ gaps: RaporGapsSchema });

/**
 * The rapor with every unit's gaps, as the PDF and Excel files render it (server side only: the
 * HTTP rapor carries the summary, the page loads a unit's gaps when the reader opens it).
 */
export const FullRaporSchema = RaporSchema.extend({
  units: z.array(FullRaporUnitSchema),
  /**
   * Taat (Patuh's reading, rules/taat.json) as of the cycle year's end, for the files; the page
   * loads it from GET /api/governments/:id/taat. `opinion2025`: the framework is (a copy of) the
   * 2025 opinion, so the label gains "Tanpa Maladministrasi" when `qualifies`.
   */
  taat: z
    .object({
      share: z.number().nullable(),
      counted: z.number().int(),
      onTime: z.number().int(),
      asOf: z.string(),
      qualifies: z.boolean(),
      opinion2025: z.boolean(),
    })
    .nullable()
    .optional(),
});

export type Rapor = z.infer<typeof RaporSchema>;
export type FullRapor = z.infer<typeof FullRaporSchema>;
export type FullRaporUnit = z.infer<typeof FullRaporUnitSchema>;
export type RaporUnitGaps = z.infer<typeof RaporUnitGapsSchema>;
export type RaporUnit = z.infer<typeof RaporUnitSchema>;
export type RaporGap = z.infer<typeof RaporGapSchema>;
export type RaporGapExample = z.infer<typeof RaporGapExampleSchema>;

/**
 * One answer below its maximum, for the full list in the Excel file (not part of the rapor JSON,
 * which carries only the grouped form).
 */
export const RaporShortfallSchema = z.object({
  unitId: z.string(),
  indicator: z.string(),
  product: z.string().nullable(),
  value: z.number().nullable(),
  selfValue: z.number().nullable(),
  reason: z.string().nullable(),
});
export type RaporShortfall = z.infer<typeof RaporShortfallSchema>;

/** Query keys of the rapor feature (one factory); `all` is what a change to scores invalidates. */
export const raporKeys = {
  all: ['rapor'] as const,
  rapor: (cycleId: string, governmentId: string) => ['rapor', cycleId, governmentId] as const,
  unitGaps: (cycleId: string, governmentId: string, unitId: string) =>
    ['rapor', cycleId, governmentId, 'units', unitId] as const,
  explain: (cycleId: string, governmentId: string, unitId: string | null) =>
    ['rapor', 'explain', cycleId, governmentId, unitId] as const,
};
