/**
 * The rapor (report card) of one government in one cycle: what the page, the PDF and the Excel
 * file show. Built by the assessments module, rendered by reports (PDF/Excel) and the web app.
 */
import { z } from 'zod';

const Localized = z.object({ id: z.string(), en: z.string() });

export const RaporDimensionSchema = z.object({
  code: z.string(),
  name: Localized,
  /** Weight in percent of the total. */
  weight: z.number(),
  /** On the framework's score range, rounded to 2 decimals; null when not applicable. */
  score: z.number().nullable(),
});

export const RaporUnmetIndicatorSchema = z.object({
  indicator: z.string(),
  name: Localized,
  /** Product name when the indicator is assessed per product. */
  product: z.string().nullable(),
  /** The value used for the score and the scale it is on. */
  value: z.number().nullable(),
  scaleMax: z.number(),
  selfValue: z.number().nullable(),
  reason: z.string().nullable(),
});

export const RaporUnitSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  zone: z.enum(['merah', 'kuning', 'hijau']).nullable(),
  /** Pemetaan kekurangan: every indicator below its scale maximum. */
  unmet: z.array(RaporUnmetIndicatorSchema),
  improvementPoints: z.array(z.string()),
});

export const RaporSchema = z.object({
  cycle: z.object({
    id: z.string(),
    year: z.number(),
    name: z.string(),
    status: z.string(),
    publishedAt: z.string().nullable(),
  }),
  framework: z.object({ id: z.string(), version: z.string(), name: Localized, scoreMax: z.number() }),
  government: z.object({ id: z.string(), name: z.string(), type: z.string(), officeName: z.string() }),
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
      groups: z.array(z.object({ code: z.string(), label: Localized, score: z.number().nullable() })),
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

export type Rapor = z.infer<typeof RaporSchema>;
export type RaporUnit = z.infer<typeof RaporUnitSchema>;
