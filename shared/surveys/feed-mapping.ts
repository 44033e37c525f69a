/**
 * From a survey to an indicator's value (issue 16 §6): the framework file says which question of
 * which instrument an indicator reads and how the share of best answers maps to its scale
 * (shared/frameworks/framework.schema.ts SurveyMapping). Pure; the survey-feed service gathers the
 * accepted responses (shared/surveys/flags.ts isAccepted) and writes the value.
 */
import type { Framework, FrameworkNode, SurveyMapping } from '../frameworks/framework.schema';
import { frameworkLeaves } from '../frameworks/framework.schema';

/** The best answer of every instrument question (answers run worst 1 … best 4). */
export const BEST_ANSWER = 4;

export interface ShareBest {
  /** Accepted responses that answered the question (a skipped question is not counted). */
  interviews: number;
  /** Of those, how many gave the best answer. */
  best: number;
  /** best / interviews × 100 at full precision; null when nobody answered. */
  share: number | null;
}

/** The share (%) of answers that are the best answer; `answers` are one question's, null = skipped. */
export function shareBest(answers: ReadonlyArray<number | null>): ShareBest {
  const answered = answers.filter((a): a is number => a !== null);
  const best = answered.filter((a) => a === BEST_ANSWER).length;
  // Multiply first: 24 × 100 / 30 is exactly 80, where 24 / 30 × 100 may not be.
  return {
    interviews: answered.length,
    best,
    share: answered.length ? (best * 100) / answered.length : null,
  };
}

/** The level of the highest `min` not above the share (levels ascend; the first starts at 0). */
export function levelFor(share: number, levels: SurveyMapping['levels']): number {
  let value = levels[0]!.value;
  for (const level of levels) if (share >= level.min) value = level.value;
  return value;
}

/** The indicators of a framework that a survey of this instrument feeds, in document order. */
export function mappedIndicators(
  fw: Pick<Framework, 'nodes'>,
  instrumentId: string,
): Array<FrameworkNode & { survey: SurveyMapping }> {
  return frameworkLeaves(fw).filter(
    (n): n is FrameworkNode & { survey: SurveyMapping } => n.survey?.instrument === instrumentId,
  );
}

/** What a mapping needs to know of an instrument. */
export interface InstrumentRef {
  id: string;
  kind: string;
  questions: ReadonlyArray<{ code: string }>;
}

/**
 * Mappings that name an instrument or a question that does not exist (the file can't know the
 * instruments; the server checks them against the loaded ones).
 */
export function surveyMappingProblems(
  fw: Pick<Framework, 'nodes'>,
  instruments: ReadonlyArray<InstrumentRef>,
): Array<{ node: string; message: string }> {
  const byId = new Map(instruments.map((i) => [i.id, i]));
  return frameworkLeaves(fw).flatMap((n) => {
    if (!n.survey) return [];
    const inst = byId.get(n.survey.instrument);
    if (!inst) return [{ node: n.code, message: `instrumen ${n.survey.instrument} tidak ada` }];
    if (!inst.questions.some((q) => q.code === n.survey!.question))
      return [{ node: n.code, message: `pertanyaan ${n.survey.question} tidak ada di ${inst.id}` }];
    return [];
  });
}
