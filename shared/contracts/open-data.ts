/**
 * The open-data API, version 1 (`/api/public/v1/*`, issue 13): every released figure as JSON and
 * CSV, for anyone, under CC BY 4.0. The field names are stable English words; v1 only ever gains
 * fields (a breaking change becomes v2 beside it). A CSV file has exactly the columns of the
 * matching JSON rows, in the order of the `*_COLUMNS` lists below, so one dictionary
 * (/publik/data) describes both. Also the staff dashboard map (`GET /api/dashboard/map`), which
 * draws the same geometry.
 */
import { z } from 'zod';
import { GOVERNMENT_TYPES } from './enums';
import { PublicGovernmentSchema, PublicSummarySchema, ZONES } from './public';
import { PUBLIC_METHODS } from './public-methods';

export const OPEN_DATA_VERSION = 1 as const;

/** The licence every answer names (the data); the boundaries keep their own (MIT, see /publik/tentang). */
export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Sumber: Ombudsman RI melalui Patuh',
} as const;

const LicenceSchema = z.object({ name: z.string(), url: z.string(), attribution: z.string() });

/** The part every JSON answer of v1 starts with. */
const envelope = { version: z.literal(OPEN_DATA_VERSION), licence: LicenceSchema };

/** `?year=&type=&province=` of the result lists (all optional; `lang=en` for English errors). */
export const OpenDataQuerySchema = z.object({
  year: z.coerce.number().int().min(2015).max(2100).optional(),
  type: z.enum(GOVERNMENT_TYPES).optional(),
  /** A province's two-digit Kemendagri code, e.g. `63` (Kalimantan Selatan). */
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  lang: z.enum(['id', 'en']).optional(),
});
export type OpenDataQuery = z.infer<typeof OpenDataQuerySchema>;

/** `?year=` of the dimension and unit files and the summary. */
export const OpenDataYearQuerySchema = OpenDataQuerySchema.pick({ year: true, lang: true });

export const OpenDataKeyParamsSchema = z.object({
  /** A regional government's Kemendagri code (`63.11`) or any government's id. */
  key: z.string().regex(/^(\d{2}(\.\d{2})?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i),
});

export const MAP_LAYERS = ['provinsi', 'kabkota'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];
export const OpenDataMapParamsSchema = z.object({ layer: z.enum(MAP_LAYERS) });

/** One released result of one government in one year: a row of results.json and results.csv. */
export const OpenDataResultSchema = z.object({
  year: z.number().int(),
  method: z.enum(PUBLIC_METHODS),
  governmentKey: z.string(),
  governmentId: z.string(),
  governmentName: z.string(),
  governmentType: z.enum(GOVERNMENT_TYPES),
  regionCode: z.string().nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  zone: z.enum(ZONES).nullable(),
  opinion: z.string().nullable(),
  source: z.enum(['official', 'patuh']),
  computedScore: z.number().nullable(),
  computedBand: z.string().nullable(),
  computedZone: z.enum(ZONES).nullable(),
  rank: z.number().int().nullable(),
  assessed: z.number().int(),
  releasedAt: z.string(),
});
export type OpenDataResult = z.infer<typeof OpenDataResultSchema>;
export const RESULT_COLUMNS = OpenDataResultSchema.keyof().options;

export const OpenDataResultsSchema = z.object({
  ...envelope,
  count: z.number().int(),
  items: z.array(OpenDataResultSchema),
});
export type OpenDataResults = z.infer<typeof OpenDataResultsSchema>;

/** A dimension's score of one released result: a row of dimensions.csv. */
export const OpenDataDimensionSchema = z.object({
  year: z.number().int(),
  governmentKey: z.string(),
  governmentName: z.string(),
  governmentType: z.enum(GOVERNMENT_TYPES),
  dimensionCode: z.string(),
  /** The dimension's name in Bahasa Indonesia, and in English. */
  dimensionName: z.string(),
  dimensionNameEn: z.string(),
  weight: z.number(),
  score: z.number().nullable(),
});
export type OpenDataDimension = z.infer<typeof OpenDataDimensionSchema>;
export const DIMENSION_COLUMNS = OpenDataDimensionSchema.keyof().options;

/** A unit's score of one released result: a row of units.csv. */
export const OpenDataUnitSchema = z.object({
  year: z.number().int(),
  governmentKey: z.string(),
  governmentName: z.string(),
  unitName: z.string(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  zone: z.enum(ZONES).nullable(),
});
export type OpenDataUnit = z.infer<typeof OpenDataUnitSchema>;
export const UNIT_COLUMNS = OpenDataUnitSchema.keyof().options;

export const OpenDataYearsSchema = z.object({ ...envelope, years: z.array(z.number().int()) });
export const OpenDataSummarySchema = PublicSummarySchema.extend(envelope);
export const OpenDataGovernmentSchema = PublicGovernmentSchema.extend(envelope);

/** The map geometry of a layer: SVG path data in one viewBox, keyed by Kemendagri code. */
export const MapGeometrySchema = z.object({
  layer: z.enum(MAP_LAYERS),
  viewBox: z.string(),
  regions: z.array(z.object({ code: z.string(), name: z.string(), d: z.string() })),
});
export type MapGeometry = z.infer<typeof MapGeometrySchema>;

/** An error answer of v1 (the API's one shape). */
export const OpenDataErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

// ── The staff dashboard map (signed in, reach-scoped, unreleased results included) ───────────

export const StaffMapQuerySchema = z.object({ cycleId: z.uuid().optional() });

export const StaffMapItemSchema = z.object({
  governmentId: z.string(),
  name: z.string(),
  type: z.enum(GOVERNMENT_TYPES),
  /** Kemendagri code; null for a ministry or agency (listed, not drawn). */
  code: z.string().nullable(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  zone: z.enum(ZONES).nullable(),
  /** Released to the public (live release of a published cycle); false = "belum dirilis". */
  released: z.boolean(),
});
export type StaffMapItem = z.infer<typeof StaffMapItemSchema>;

const StaffMapCycleSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  name: z.string(),
  status: z.string(),
});

export const StaffMapSchema = z.object({
  /** The cycle shown; null when no official cycle with visible results is in reach. */
  cycle: StaffMapCycleSchema.nullable(),
  /** The official cycles in reach whose results the user may see, newest first (the picker). */
  cycles: z.array(StaffMapCycleSchema),
  items: z.array(StaffMapItemSchema),
});
export type StaffMap = z.infer<typeof StaffMapSchema>;
