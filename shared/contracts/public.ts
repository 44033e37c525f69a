/**
 * The public portal (issue 13): what a visitor without an account may read — released results
 * only (result_releases), the official figures offices recorded, never an internal cycle, a draft,
 * a confidential field or a note. The server-rendered pages, the open-data API (v1) and the staff
 * map all use these shapes.
 */
import { z } from 'zod';
import { GOVERNMENT_TYPES } from './enums';
import { PUBLIC_METHODS } from './public-methods';

export { PUBLIC_METHODS, methodOfYear, type PublicMethod } from './public-methods';

export { ZONES, asZone, type Zone } from './assessments';
import { ZONES } from './assessments';

const Localized = z.object({ id: z.string(), en: z.string() });

/** A figure as announced or computed: any part may be absent (a 2019 result has only a zone). */
export const PublicFigureSchema = z.object({
  score: z.number().nullable(),
  /** Opinion category A–E (2022–2024). */
  band: z.string().nullable(),
  zone: z.enum(ZONES).nullable(),
  /** The 2025 opinion as announced. */
  opinion: z.string().nullable(),
});
export type PublicFigure = z.infer<typeof PublicFigureSchema>;

/** One government's released result in one year: the row of the map, rankings and open data. */
export const PublicResultSchema = z.object({
  governmentId: z.string(),
  /** The key in public URLs: the Kemendagri code for a regional government, else its id. */
  key: z.string(),
  name: z.string(),
  type: z.enum(GOVERNMENT_TYPES),
  regionCode: z.string().nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  year: z.number().int(),
  method: z.enum(PUBLIC_METHODS),
  /** The official cycle it comes from; null for an earlier year recorded only as announced. */
  cycleId: z.string().nullable(),
  /** What the public sees: the official figure where the office recorded one, else Patuh's. */
  shown: PublicFigureSchema,
  source: z.enum(['official', 'patuh']),
  /** Patuh's computed figure when a cycle exists (shown beside an official figure that differs). */
  computed: PublicFigureSchema.nullable(),
  /** Rank by the shown score among the released governments of the same type and year. */
  rank: z.number().int().nullable(),
  /** How many governments of that type and year have a released score. */
  assessed: z.number().int(),
  releasedAt: z.string(),
});
export type PublicResult = z.infer<typeof PublicResultSchema>;

export const PublicDimensionSchema = z.object({
  code: z.string(),
  name: Localized,
  weight: z.number(),
  score: z.number().nullable(),
});

export const PublicUnitSchema = z.object({
  name: z.string(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  zone: z.enum(ZONES).nullable(),
});

/** A released result with what the government page shows under it. */
export const PublicResultDetailSchema = PublicResultSchema.extend({
  frameworkName: Localized.nullable(),
  dimensions: z.array(PublicDimensionSchema),
  /**
   * Patuh/Bersih/Baik/Taat: Patuh's reading of the four dimensions, not an official Ombudsman
   * product (pages label it so).
   */
  views: z.array(
    z.object({
      id: z.string(),
      name: Localized,
      groups: z.array(z.object({ code: z.string(), label: Localized, score: z.number().nullable() })),
    }),
  ),
  units: z.array(PublicUnitSchema),
});
export type PublicResultDetail = z.infer<typeof PublicResultDetailSchema>;

export const PublicGovernmentSchema = z.object({
  government: z.object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    type: z.enum(GOVERNMENT_TYPES),
    regionCode: z.string().nullable(),
    provinceCode: z.string().nullable(),
    provinceName: z.string().nullable(),
    officeName: z.string(),
    website: z.string().nullable(),
  }),
  /** Newest year first. */
  results: z.array(PublicResultDetailSchema),
});
export type PublicGovernment = z.infer<typeof PublicGovernmentSchema>;

/** Counts for the home page: zones and opinion categories of one year's released results. */
export const PublicSummarySchema = z.object({
  year: z.number().int().nullable(),
  /** Years with at least one released result, newest first. */
  years: z.array(z.number().int()),
  assessed: z.number().int(),
  zones: z.object({ merah: z.number(), kuning: z.number(), hijau: z.number() }),
  bands: z.record(z.string(), z.number()),
  byType: z.array(
    z.object({
      type: z.enum(GOVERNMENT_TYPES),
      assessed: z.number().int(),
      zones: z.object({ merah: z.number(), kuning: z.number(), hijau: z.number() }),
    }),
  ),
});
export type PublicSummary = z.infer<typeof PublicSummarySchema>;

/** Search hits by government name (public: any government, released or not). */
export const PublicSearchHitSchema = z.object({
  key: z.string(),
  name: z.string(),
  type: z.enum(GOVERNMENT_TYPES),
  provinceName: z.string().nullable(),
  /** Newest released year, if any. */
  latestYear: z.number().int().nullable(),
  latestZone: z.enum(ZONES).nullable(),
});
export type PublicSearchHit = z.infer<typeof PublicSearchHitSchema>;

// ── The office's side: releasing and recording official figures ─────────────────────────────

export const RELEASE_STATES = ['unreleased', 'released', 'withdrawn'] as const;

/** A government of an official cycle, as the release panel lists it. */
export const ReleaseRowSchema = z.object({
  governmentId: z.string(),
  name: z.string(),
  type: z.enum(GOVERNMENT_TYPES),
  state: z.enum(RELEASE_STATES),
  releasedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawReason: z.string().nullable(),
  computed: PublicFigureSchema,
  official: PublicFigureSchema.extend({
    source: z.string().nullable(),
    note: z.string().nullable(),
  }).nullable(),
});
export type ReleaseRow = z.infer<typeof ReleaseRowSchema>;

export const ReleaseListSchema = z.object({
  cycleId: z.string(),
  year: z.number().int(),
  /** Only a published official cycle may be released. */
  releasable: z.boolean(),
  items: z.array(ReleaseRowSchema),
});
export type ReleaseList = z.infer<typeof ReleaseListSchema>;

/** Release some (or, without `governmentIds`, all) of a cycle's governments in reach. */
export const ReleaseBodySchema = z.object({
  governmentIds: z.array(z.uuid()).min(1).max(1000).optional(),
});
export const WithdrawBodySchema = z.object({
  governmentIds: z.array(z.uuid()).min(1).max(1000),
  reason: z.string().trim().min(5).max(500),
});

/** The official figure announced for a government in a year. */
export const OfficialFigureInputSchema = z.object({
  year: z.number().int().min(2015).max(2100),
  /** Defaults to the method of the year (methodOfYear). */
  method: z.enum(PUBLIC_METHODS).optional(),
  score: z.number().min(0).max(100).nullable().optional(),
  band: z.enum(['A', 'B', 'C', 'D', 'E']).nullable().optional(),
  zone: z.enum(ZONES).nullable().optional(),
  opinion: z.string().trim().min(2).max(200).nullable().optional(),
  source: z.string().trim().max(500).nullable().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
});
export type OfficialFigureInput = z.infer<typeof OfficialFigureInputSchema>;

/** The body of `PUT /api/governments/:governmentId/official-figures/:year` (the year is in the path). */
export const OfficialFigureBodySchema = OfficialFigureInputSchema.omit({ year: true });
export type OfficialFigureBody = z.infer<typeof OfficialFigureBodySchema>;

/** Path of the official-figure routes. */
export const OfficialFigureParams = z.object({
  governmentId: z.uuid(),
  year: z.coerce.number().int().min(2015).max(2100),
});

export const OfficialFigureSchema = z.object({
  id: z.string(),
  governmentId: z.string(),
  year: z.number().int(),
  method: z.enum(PUBLIC_METHODS),
  cycleId: z.string().nullable(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  zone: z.enum(ZONES).nullable(),
  opinion: z.string().nullable(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});
export type OfficialFigure = z.infer<typeof OfficialFigureSchema>;

export const OfficialFigureListSchema = z.object({ items: z.array(OfficialFigureSchema) });
export type OfficialFigureList = z.infer<typeof OfficialFigureListSchema>;

export const publicKeys = {
  releases: (cycleId: string) => ['releases', cycleId] as const,
  figures: (governmentId: string) => ['official-figures', governmentId] as const,
  staffMap: (cycleId: string | null) => ['staff-map', cycleId] as const,
};
