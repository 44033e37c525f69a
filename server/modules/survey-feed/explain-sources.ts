/**
 * The survey behind an answer, for the explain drawer (GET …/explain): an answer whose value a
 * survey set carries `survey` (period, question, interviews, share, the mapping). Additive: the
 * explain tree is built as before and the sources are attached to the answers they set.
 */
import type { Executor } from '../../db/client';
import type { ExplainNode } from '../../../shared/contracts/assessments-results';
import type { SurveySource } from '../../../shared/contracts/survey-feed';
import type { Instrument } from '../../../shared/surveys/instrument.schema';
import { roundHalfUp } from '../../../shared/scoring/rounding';
import { feedSources } from './survey-feed.repository';

export async function withSurveySources(
  db: Executor,
  cycleId: string,
  governmentId: string,
  nodes: ExplainNode[],
): Promise<ExplainNode[]> {
  const rows = await feedSources(db, cycleId, governmentId);
  if (rows.length === 0) return nodes;
  const byAnswer = new Map<string, SurveySource>(
    rows.map((r) => {
      const q = (r.definition as Instrument | null)?.questions.find((x) => x.code === r.question);
      return [
        r.answerId,
        {
          periodId: r.periodId,
          periodTitle: r.periodTitle,
          instrumentId: r.instrumentId,
          question: r.question,
          element: q?.element ?? null,
          bestAnswer: q?.answers[3] ?? null,
          interviews: r.interviews,
          best: r.best,
          share: roundHalfUp(r.share, 2),
          levels: r.levels,
          value: r.value,
          appliedAt: r.appliedAt.toISOString(),
        },
      ];
    }),
  );
  const walk = (list: ExplainNode[]): ExplainNode[] =>
    list.map((n) => ({
      ...n,
      ...(n.children ? { children: walk(n.children) } : {}),
      ...(n.answers
        ? {
            answers: n.answers.map((a) =>
              byAnswer.has(a.answerId) ? { ...a, survey: byAnswer.get(a.answerId)! } : a,
            ),
          }
        : {}),
    }));
  return walk(nodes);
}
