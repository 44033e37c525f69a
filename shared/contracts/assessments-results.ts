/** Results: the ranked list, the dashboard summary, one government's result, its history and explanation. */
import { z } from 'zod';
import { CYCLE_STATUSES, LocalizedSchema as Localized, ZONES } from './assessments';
import { GOVERNMENT_TYPES } from './enums';
import { SurveySourceSchema } from './survey-feed';

const Zone = z.enum(ZONES);

export const ResultsQuerySchema = z.object({
  type: z.enum(GOVERNMENT_TYPES).optional(),
  zone: Zone.optional(),
  sort: z.enum(['score', 'name']).default('score'),
  dir: z.enum(['asc', 'desc']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ResultRowSchema = z.object({
  governmentId: z.string(),
  name: z.string(),
  type: z.string(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  zone: Zone.nullable(),
  dimensions: z.record(z.string(), z.number().nullable()),
  rank: z.number().nullable(),
  peers: z.number(),
  version: z.number(),
});

export const SummarySchema = z.object({
  cycleId: z.string(),
  status: z.enum(CYCLE_STATUSES),
  zones: z.object({ hijau: z.number(), kuning: z.number(), merah: z.number(), none: z.number() }),
  ranking: z.array(
    z.object({
      type: z.string(),
      top: z.array(
        z.object({
          governmentId: z.string(),
          name: z.string(),
          score: z.number().nullable(),
          rank: z.number(),
        }),
      ),
    }),
  ),
  progress: z.object({
    unitsSubmitted: z.number(),
    unitsTotal: z.number(),
    itemsVerified: z.number(),
    itemsTotal: z.number(),
    openAppeals: z.number(),
  }),
  officeMean: z.number().nullable(),
  nationalMean: z.number().nullable(),
  nationalCount: z.number(),
});

export const GovernmentResultSchema = z.object({
  cycleId: z.string(),
  governmentId: z.string(),
  name: z.string(),
  type: z.string(),
  score: z.number().nullable(),
  band: z.object({ code: z.string(), label: Localized, zone: Zone }).nullable(),
  dimensions: z.array(
    z.object({ code: z.string(), name: Localized, weight: z.number(), score: z.number().nullable() }),
  ),
  rank: z.number().nullable(),
  peers: z.number(),
  missing: z.number(),
  version: z.number(),
  units: z.array(
    z.object({
      unitId: z.string(),
      name: z.string(),
      score: z.number().nullable(),
      band: z.string().nullable(),
      zone: Zone.nullable(),
    }),
  ),
});

export const HistorySchema = z.object({
  items: z.array(
    z.object({
      version: z.number(),
      reason: z.string(),
      score: z.number().nullable(),
      band: z.string().nullable(),
      zone: z.string().nullable(),
      at: z.string(),
    }),
  ),
});

export const ExplainAnswerSchema = z.object({
  answerId: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  productId: z.string().nullable(),
  productName: z.string().nullable(),
  value: z.number().nullable(),
  na: z.boolean(),
  selfValue: z.number().nullable(),
  verifyStatus: z.string(),
  reason: z.string().nullable(),
  /** Set when a survey gave this value (issue 16 §6): the period, question, share and mapping. */
  survey: SurveySourceSchema.optional(),
});

export type ExplainAnswer = z.infer<typeof ExplainAnswerSchema>;

export const EXPLAIN_STATUSES = ['scored', 'na', 'pending'] as const;

/** One node of the framework tree with its share of the score (recursive, so declared once here for z.lazy). */
export interface ExplainNode {
  code: string;
  name: z.infer<typeof Localized>;
  weight: number;
  share: number | null;
  score: number | null;
  status: (typeof EXPLAIN_STATUSES)[number];
  missing: number;
  children?: ExplainNode[];
  answers?: ExplainAnswer[];
}

export const ExplainNodeSchema: z.ZodType<ExplainNode> = z
  .lazy(() =>
    z.object({
      code: z.string(),
      name: Localized,
      weight: z.number(),
      share: z.number().nullable(),
      score: z.number().nullable(),
      status: z.enum(EXPLAIN_STATUSES),
      missing: z.number(),
      children: z.array(ExplainNodeSchema).optional(),
      answers: z.array(ExplainAnswerSchema).optional(),
    }),
  )
  .meta({ id: 'ExplainNode' });

export const ExplainQuerySchema = z.object({ unitId: z.uuid().optional() });
export const ExplainSchema = z.object({
  cycleId: z.string(),
  governmentId: z.string(),
  unitId: z.string().nullable(),
  cycleState: z.enum(['open', 'closed']),
  rules: z.array(z.string()),
  score: z.number().nullable(),
  rounded: z.number().nullable(),
  band: z.string().nullable(),
  zone: Zone.nullable(),
  nodes: z.array(ExplainNodeSchema),
});

export type ResultsQuery = z.input<typeof ResultsQuerySchema>;
export type ResultRow = z.infer<typeof ResultRowSchema>;
export const ResultPageSchema = z.object({
  items: z.array(ResultRowSchema),
  nextCursor: z.string().nullable(),
});
export type ResultPage = z.infer<typeof ResultPageSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type GovernmentResult = z.infer<typeof GovernmentResultSchema>;
export type History = z.infer<typeof HistorySchema>;
export type Explain = z.infer<typeof ExplainSchema>;
/** The filters of the results table (empty strings: no filter). */
export interface ResultFilters {
  type: string;
  zone: z.infer<typeof Zone> | '';
  sort: 'score' | 'name';
  dir: 'asc' | 'desc';
}

/**
 * Query keys of results. The summary and the ranked list sit under the cycle's keys, so whatever
 * refreshes a cycle (a phase change, a recompute, a verification) refreshes them too.
 */
export const resultKeys = {
  all: ['results'] as const,
  summary: (cycleId: string) => ['cycles', 'summary', cycleId] as const,
  list: (cycleId: string, filters: ResultFilters) => ['cycles', 'results', cycleId, filters] as const,
  history: (cycleId: string, governmentId: string) => ['results', 'history', cycleId, governmentId] as const,
};
