/**
 * Surveys → cycles (issue 16 §6): applying a survey period's results to a cycle's indicators (the
 * framework file maps indicator ↔ question, shared/surveys/feed-mapping.ts), the survey source the
 * explain drawer shows, and the SKM context of a government's units for the Ombudsman indicators
 * that ask whether an SKM was run, published and followed up.
 */
import { z } from 'zod';

const Localized = z.object({ id: z.string(), en: z.string() });

/** POST /api/survey-periods/:id/apply-to-cycle — a perception period feeds its own cycle; an SKM
 * period only an internal cycle of its government (`cycleId` required then). */
export const ApplyToCycleSchema = z.object({ cycleId: z.uuid().optional() });
export type ApplyToCycle = z.input<typeof ApplyToCycleSchema>;

export const AppliedValueSchema = z.object({
  governmentId: z.uuid(),
  indicator: z.string(),
  value: z.number(),
  /** Share (%) of the accepted responses that answered the question with the best answer, 2 decimals. */
  share: z.number(),
  /** Accepted responses that answered the question. */
  interviews: z.number().int(),
});
export const ApplyToCycleResultSchema = z.object({
  cycleId: z.uuid(),
  applied: z.array(AppliedValueSchema),
  /** Mapped indicators left as they were: nobody accepted answered the question for that government. */
  skipped: z.array(
    z.object({ governmentId: z.uuid(), indicator: z.string(), reason: z.literal('no_responses') }),
  ),
});
export type ApplyToCycleResult = z.infer<typeof ApplyToCycleResultSchema>;

/** The survey behind an answer, in GET /api/cycles/:id/governments/:governmentId/explain. */
export const SurveySourceSchema = z.object({
  periodId: z.uuid(),
  periodTitle: z.string(),
  instrumentId: z.string(),
  question: z.string(),
  element: Localized.nullable(),
  bestAnswer: Localized.nullable(),
  interviews: z.number().int(),
  best: z.number().int(),
  share: z.number(),
  levels: z.array(z.object({ min: z.number(), value: z.number() })),
  value: z.number(),
  appliedAt: z.string(),
});
export type SurveySource = z.infer<typeof SurveySourceSchema>;

/** GET /api/cycles/:id/governments/:governmentId/skm-context — the units' SKM periods in the cycle's year. */
export const SkmContextSchema = z.object({
  cycleId: z.uuid(),
  governmentId: z.uuid(),
  year: z.number().int(),
  /** The cycle framework's indicators about the SKM (run, published, followed up), found by name. */
  indicators: z.array(z.object({ code: z.string(), name: Localized })),
  periods: z.array(
    z.object({
      periodId: z.uuid(),
      title: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      status: z.enum(['open', 'closed']),
      closed: z.boolean(),
      /** Accepted responses over the period's units. */
      respondents: z.number().int(),
      /** The period's IKM over its units' accepted responses (null while nobody answered). */
      ikm: z.number().nullable(),
      grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
      units: z.array(z.object({ unitId: z.uuid(), unitName: z.string() })),
    }),
  ),
});
export type SkmContext = z.infer<typeof SkmContextSchema>;
