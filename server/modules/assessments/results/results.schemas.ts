/** Response and query schemas of the results, rapor-history and explain routes. */
import { z } from 'zod';
import { CYCLE_STATUSES } from '../../../db/schema-assessments';

const Localized = z.object({ id: z.string(), en: z.string() });
const Zone = z.enum(['merah', 'kuning', 'hijau']);

export const ResultsQuerySchema = z.object({
  type: z.enum(['kementerian', 'lembaga', 'pemprov', 'pemkab', 'pemkot']).optional(),
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

export interface ExplainNode {
  code: string;
  name: { id: string; en: string };
  weight: number;
  share: number | null;
  score: number | null;
  status: 'scored' | 'na' | 'pending';
  missing: number;
  children?: ExplainNode[];
  answers?: Array<{
    answerId: string;
    unitId: string | null;
    unitName: string | null;
    productId: string | null;
    productName: string | null;
    value: number | null;
    na: boolean;
    selfValue: number | null;
    verifyStatus: string;
    reason: string | null;
  }>;
}

const ExplainAnswerSchema = z.object({
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
});

export const ExplainNodeSchema: z.ZodType<ExplainNode> = z
  .lazy(() =>
    z.object({
      code: z.string(),
      name: Localized,
      weight: z.number(),
      share: z.number().nullable(),
      score: z.number().nullable(),
      status: z.enum(['scored', 'na', 'pending']),
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

export const RecomputeSchema = z.object({ governments: z.number(), ms: z.number() });
