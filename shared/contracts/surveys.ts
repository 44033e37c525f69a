/**
 * Surveys (issue 16): the provider's SKM (Permenpan RB 14/2017) and the Ombudsman office's
 * perception-of-maladministration interviews, on one engine and kept apart. What the API takes and
 * answers; the rules themselves live in shared/surveys (IKM, Krejcie–Morgan, flags, acceptance).
 */
import { z } from 'zod';
import { INSTRUMENT_KINDS, InstrumentSchema } from '../surveys/instrument.schema';
import { optionalText, pageSchema, trimmed } from './common';

export { INSTRUMENT_KINDS };
export type SurveyKind = (typeof INSTRUMENT_KINDS)[number];

export const SURVEY_PERIOD_STATUSES = ['open', 'closed'] as const;
export type SurveyPeriodStatus = (typeof SURVEY_PERIOD_STATUSES)[number];

/**
 * How a response arrived. `counter` (the unit's daily QR), `slip` (a one-time printed code),
 * `link` (the period's plain link, no token) come from respondents themselves; `staff` (a paper
 * form typed in by unit staff), `import` (paper forms from the Excel template) and `interview`
 * (an Ombudsman assessor's interview in the field) are entered by staff and shown apart.
 */
export const SURVEY_CHANNELS = ['counter', 'slip', 'link', 'staff', 'import', 'interview'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];
export const STAFF_CHANNELS: readonly SurveyChannel[] = ['staff', 'import', 'interview'];

/**
 * Integrity flags set on a response when it arrives (shared/surveys/flags.ts says when):
 * the same device (or token) answered before in the period at that unit; answered faster than a
 * person can read the questions; identical answers in a burst at one unit; outside the unit's
 * opening hours (from its service profile; never raised when the hours are unknown).
 */
export const SURVEY_FLAGS = ['device_reuse', 'too_fast', 'identical_burst', 'outside_hours'] as const;
export type SurveyFlag = (typeof SURVEY_FLAGS)[number];
export const SURVEY_FLAG_LABELS: Record<SurveyFlag, { id: string; en: string }> = {
  device_reuse: { id: 'Perangkat yang sama sudah menjawab', en: 'Same device answered before' },
  too_fast: { id: 'Dijawab terlalu cepat', en: 'Answered too fast' },
  identical_burst: { id: 'Jawaban identik beruntun', en: 'Identical answers in a burst' },
  outside_hours: { id: 'Di luar jam layanan unit', en: 'Outside the unit’s opening hours' },
};

export const SURVEY_REVIEW_DECISIONS = ['accept', 'exclude'] as const;
export type SurveyReviewDecision = (typeof SURVEY_REVIEW_DECISIONS)[number];

/** The regulation's respondent profile, as option codes of the instrument (no other personal data). */
export const SurveyProfileAnswersSchema = z
  .object({
    jenis_kelamin: z.string().max(20).optional(),
    usia: z.string().max(20).optional(),
    pendidikan: z.string().max(20).optional(),
    pekerjaan: z.string().max(20).optional(),
  })
  .strict();
export type SurveyProfileAnswers = z.infer<typeof SurveyProfileAnswersSchema>;

const isoDate = z.iso.date({ message: 'field.date' });
const Localized = z.object({ id: z.string(), en: z.string() });

// ---------------------------------------------------------------- instruments

export const InstrumentSummarySchema = z.object({
  id: z.string(),
  version: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  name: Localized,
  source: z.enum(['builtin', 'custom']),
  basedOn: z.string().nullable(),
  /** Built-ins always; a custom one once a period uses it. Frozen instruments can't be edited. */
  frozen: z.boolean(),
  questions: z.number().int(),
  periods: z.number().int(),
});
export type InstrumentSummary = z.infer<typeof InstrumentSummarySchema>;
export const InstrumentListSchema = z.object({ items: z.array(InstrumentSummarySchema) });
export const InstrumentDetailSchema = InstrumentSummarySchema.extend({ definition: InstrumentSchema });
export type InstrumentDetail = z.infer<typeof InstrumentDetailSchema>;

/** POST /api/survey-instruments/:id/duplicate */
export const DuplicateInstrumentSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{2,80}$/, 'field.slug'),
  version: trimmed(40),
  name: z.object({ id: trimmed(200), en: trimmed(200) }),
});
/** PUT /api/survey-instruments/:id (custom and not frozen only) */
export const UpdateInstrumentSchema = z.object({ definition: InstrumentSchema });

// ---------------------------------------------------------------- periods

export const PeriodUnitInputSchema = z.object({
  unitId: z.uuid(),
  /** Service users over the period (e.g. last year's visits); sets the sample. */
  population: z.number().int().min(1).max(100_000_000),
  productIds: z.array(z.uuid()).max(100).default([]),
});
/** POST /api/survey-periods/skm — a government's coordinator. */
export const CreateSkmPeriodSchema = z.object({
  governmentId: z.uuid(),
  instrumentId: z.string().min(1).max(100),
  title: trimmed(200),
  startsOn: isoDate,
  endsOn: isoDate,
  interimVisible: z.boolean().default(false),
  slipsEnabled: z.boolean().default(false),
  units: z.array(PeriodUnitInputSchema).min(1).max(500),
});
export type CreateSkmPeriod = z.input<typeof CreateSkmPeriodSchema>;

/** POST /api/survey-periods/perception — an office head, for governments of one of the office's cycles. */
export const CreatePerceptionPeriodSchema = z.object({
  cycleId: z.uuid(),
  instrumentId: z.string().min(1).max(100),
  title: trimmed(200),
  startsOn: isoDate,
  endsOn: isoDate,
  governmentIds: z.array(z.uuid()).min(1).max(600),
  /** Interviews per government (REFERENCE §1.3: ~30), spread over the cycle's units of it. */
  targetPerGovernment: z.number().int().min(1).max(1000).default(30),
});
export type CreatePerceptionPeriod = z.input<typeof CreatePerceptionPeriodSchema>;

/** PATCH /api/survey-periods/:id */
export const UpdatePeriodSchema = z.object({
  rowVersion: z.number().int().min(1),
  title: trimmed(200).optional(),
  endsOn: isoDate.optional(),
  interimVisible: z.boolean().optional(),
  slipsEnabled: z.boolean().optional(),
  status: z.enum(SURVEY_PERIOD_STATUSES).optional(),
});

export const PeriodSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(INSTRUMENT_KINDS),
  title: z.string(),
  instrumentId: z.string(),
  instrumentName: Localized,
  governmentId: z.uuid().nullable(),
  governmentName: z.string().nullable(),
  officeId: z.uuid().nullable(),
  cycleId: z.uuid().nullable(),
  cycleName: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(SURVEY_PERIOD_STATUSES),
  interimVisible: z.boolean(),
  slipsEnabled: z.boolean(),
  rowVersion: z.number().int(),
  units: z.number().int(),
  /** Responses counted toward the sample (not superseded). */
  responses: z.number().int(),
  /** Sum of the units' required samples. */
  required: z.number().int(),
});
export type PeriodSummary = z.infer<typeof PeriodSummarySchema>;
export const PeriodListSchema = z.object({ items: z.array(PeriodSummarySchema) });
export const PeriodListQuerySchema = z.object({
  governmentId: z.uuid().optional(),
  cycleId: z.uuid().optional(),
  kind: z.enum(INSTRUMENT_KINDS).optional(),
});

export const PeriodUnitSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  governmentId: z.uuid(),
  governmentName: z.string(),
  population: z.number().int().nullable(),
  /** The sample this unit needs: the printed Krejcie–Morgan row for its population, or the target. */
  required: z.number().int(),
  sampleSource: z.enum(['krejcie_morgan', 'target']),
  responses: z.number().int(),
  accepted: z.number().int(),
  flagged: z.number().int(),
  staffEntered: z.number().int(),
  /** accepted / required × 100, capped at 100, one decimal. */
  progressPercent: z.number(),
  products: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type PeriodUnit = z.infer<typeof PeriodUnitSchema>;
export const PeriodDetailSchema = PeriodSummarySchema.extend({
  units: z.array(PeriodUnitSchema),
  instrument: InstrumentSchema,
});
export type PeriodDetail = z.infer<typeof PeriodDetailSchema>;

/** GET /api/survey-periods/:id/units/:unitId/counter — today's counter link (QR as .svg beside it). */
export const CounterLinkSchema = z.object({
  url: z.string(),
  /** The unit's local date the token is valid for, and its zone (WIB/WITA/WIT). */
  validOn: z.string(),
  timeZone: z.string(),
});

/** POST /api/survey-periods/:id/units/:unitId/slips */
export const CreateSlipsSchema = z.object({ count: z.number().int().min(1).max(500) });
export const SlipBatchSchema = z.object({
  batch: z.number().int(),
  count: z.number().int(),
  used: z.number().int(),
  createdAt: z.string(),
  /** GET /api/survey-periods/:id/units/:unitId/slips/:batch.pdf */
  sheetUrl: z.string(),
});
export const SlipBatchListSchema = z.object({ items: z.array(SlipBatchSchema) });

// ---------------------------------------------------------------- responses

/** Answers keyed by question code; 1–4, or null when skipped. */
export const AnswersInputSchema = z.record(z.string().max(40), z.number().int().min(1).max(4).nullable());

/** POST /api/survey-periods/:id/responses — a paper form typed in (SKM) or an interview (perception). */
export const StaffResponseSchema = z.object({
  unitId: z.uuid(),
  productId: z.uuid().nullable().optional(),
  answers: AnswersInputSchema,
  profile: SurveyProfileAnswersSchema.default({}),
  suggestion: optionalText(2_000),
});
export type StaffResponseInput = z.input<typeof StaffResponseSchema>;

/** POST /api/survey-responses/:id/correct — a new response superseding this one. */
export const CorrectResponseSchema = StaffResponseSchema.omit({ unitId: true }).extend({
  reason: trimmed(500),
});
/** POST /api/survey-responses/:id/review */
export const ReviewResponseSchema = z.object({
  decision: z.enum(SURVEY_REVIEW_DECISIONS),
  reason: trimmed(500),
});

export const ResponseViewSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  productId: z.uuid().nullable(),
  productName: z.string().nullable(),
  answers: z.record(z.string(), z.number().int().nullable()),
  profile: SurveyProfileAnswersSchema,
  suggestion: z.string().nullable(),
  channel: z.enum(SURVEY_CHANNELS),
  enteredByName: z.string().nullable(),
  submittedAt: z.string(),
  durationMs: z.number().int().nullable(),
  flags: z.array(z.enum(SURVEY_FLAGS)),
  /** Whether it counts in the official index (shared/surveys/acceptance.ts). */
  accepted: z.boolean(),
  review: z
    .object({ decision: z.enum(SURVEY_REVIEW_DECISIONS), reason: z.string(), by: z.string(), at: z.string() })
    .nullable(),
  supersedesId: z.uuid().nullable(),
  supersededById: z.uuid().nullable(),
});
export type ResponseView = z.infer<typeof ResponseViewSchema>;
export const ResponseListQuerySchema = z.object({
  unitId: z.uuid().optional(),
  filter: z.enum(['all', 'flagged', 'excluded', 'staff']).default('all'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export const ResponsePageSchema = pageSchema(ResponseViewSchema);

// ---------------------------------------------------------------- results

export const ElementResultSchema = z.object({
  code: z.string(),
  element: Localized,
  answered: z.number().int(),
  /** Full precision, and rounded half-up to 2 decimals for display. */
  nrr: z.number().nullable(),
  nrrRounded: z.number().nullable(),
});
export const IkmFigureSchema = z.object({
  respondents: z.number().int(),
  ikm: z.number().nullable(),
  ikmRounded: z.number().nullable(),
  grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
  /** The spreadsheet variant with the printed weight 0.11 (reconciliation only). */
  ikmWithRoundedWeight: z.number().nullable(),
});
export const ScopeResultSchema = IkmFigureSchema.extend({
  id: z.uuid(),
  name: z.string(),
});
export const SurveyResultsSchema = IkmFigureSchema.extend({
  periodId: z.uuid(),
  kind: z.enum(INSTRUMENT_KINDS),
  /** What the figures cover: the period, one unit, or one product. */
  scope: z.object({ unitId: z.uuid().nullable(), productId: z.uuid().nullable() }),
  /** Interim: the period is still open. */
  interim: z.boolean(),
  received: z.number().int(),
  excluded: z.object({
    total: z.number().int(),
    byFlag: z.record(z.string(), z.number().int()),
    byReview: z.number().int(),
    superseded: z.number().int(),
  }),
  staffEntered: z.number().int(),
  elements: z.array(ElementResultSchema),
  /** The lowest elements (improvement points), worst first. */
  lowest: z.array(ElementResultSchema),
  units: z.array(ScopeResultSchema),
  products: z.array(ScopeResultSchema),
  profile: z.array(
    z.object({
      code: z.string(),
      label: Localized,
      counts: z.array(z.object({ code: z.string(), label: Localized, count: z.number().int() })),
    }),
  ),
  suggestions: z.array(z.object({ text: z.string(), unitName: z.string(), submittedAt: z.string() })),
});
export type SurveyResults = z.infer<typeof SurveyResultsSchema>;
export const ResultsQuerySchema = z.object({
  unitId: z.uuid().optional(),
  productId: z.uuid().optional(),
});
/** GET /api/governments/:id/surveys/trend?kind=skm */
export const TrendQuerySchema = z.object({ kind: z.enum(INSTRUMENT_KINDS).default('skm') });
export const SurveyTrendSchema = z.object({
  items: z.array(
    IkmFigureSchema.extend({
      periodId: z.uuid(),
      title: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      status: z.enum(SURVEY_PERIOD_STATUSES),
    }),
  ),
});

/** POST /api/survey-periods/:id/import (multipart .xlsx): all rows or none. */
export const SurveyImportResultSchema = z.object({
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});

export const surveyKeys = {
  all: ['surveys'] as const,
  instruments: () => ['surveys', 'instruments'] as const,
  instrument: (id: string) => ['surveys', 'instrument', id] as const,
  periods: (filter: object) => ['surveys', 'periods', filter] as const,
  period: (id: string) => ['surveys', 'period', id] as const,
  responses: (id: string, filter: object) => ['surveys', 'responses', id, filter] as const,
  results: (id: string, scope: object) => ['surveys', 'results', id, scope] as const,
  trend: (governmentId: string, kind: string) => ['surveys', 'trend', governmentId, kind] as const,
  slips: (periodId: string, unitId: string) => ['surveys', 'slips', periodId, unitId] as const,
};
