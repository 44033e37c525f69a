import { describe, expect, it } from 'vitest';
import { validateFramework, type Framework } from '../frameworks/framework.schema';
import { testFramework } from '../scoring/test-framework.fixture';
import { levelFor, mappedIndicators, shareBest, surveyMappingProblems } from './feed-mapping';

const LEVELS = [
  { min: 0, value: 0 },
  { min: 50, value: 1 },
  { min: 80, value: 2 },
  { min: 100, value: 3 },
];
const mapping = () => ({
  instrument: 'persepsi-maladministrasi-2023',
  question: 'OUTPUT.1',
  measure: 'share_best' as const,
  levels: structuredClone(LEVELS),
});

/** The fixture with B.3 (entity level, 0–3) read from a survey. */
function withSurvey(edit?: (survey: ReturnType<typeof mapping>) => void): Framework {
  const fw = structuredClone(testFramework());
  const survey = mapping();
  edit?.(survey);
  fw.nodes[1]!.children![2]!.survey = survey;
  return fw;
}

const answers = (best: number, other: number, skipped = 0) => [
  ...Array<number>(best).fill(4),
  ...Array<number>(other).fill(2),
  ...Array<null>(skipped).fill(null),
];

describe('share of best answers → level (hand-computed)', () => {
  it.each([
    // 30 interviews, 24 "Tidak pernah" = 80 % → 2
    { best: 24, other: 6, share: 80, level: 2 },
    { best: 30, other: 0, share: 100, level: 3 },
    // 499 of 1000 = 49.9 % → 0 (the 50 % edge is not reached)
    { best: 499, other: 501, share: 49.9, level: 0 },
    { best: 15, other: 15, share: 50, level: 1 },
    { best: 29, other: 1, share: (29 * 100) / 30, level: 2 },
    { best: 0, other: 30, share: 0, level: 0 },
  ])('$best of $best+$other best → $share % → $level', ({ best, other, share, level }) => {
    const r = shareBest(answers(best, other));
    expect(r).toEqual({ interviews: best + other, best, share });
    expect(levelFor(r.share!, LEVELS)).toBe(level);
  });

  it('leaves a skipped question out of the denominator', () => {
    expect(shareBest(answers(24, 6, 5))).toEqual({ interviews: 30, best: 24, share: 80 });
  });

  it('has no share when nobody answered', () => {
    expect(shareBest([null, null])).toEqual({ interviews: 0, best: 0, share: null });
  });
});

describe('framework survey mapping validation', () => {
  it('accepts a valid mapping on an entity-level indicator and finds it', () => {
    const fw = withSurvey();
    expect(validateFramework(fw)).toEqual([]);
    expect(mappedIndicators(fw, 'persepsi-maladministrasi-2023').map((n) => n.code)).toEqual(['B.3']);
    expect(mappedIndicators(fw, 'skm-permenpan-14-2017')).toEqual([]);
  });

  it('refuses levels whose min does not ascend', () => {
    const problems = validateFramework(withSurvey((s) => (s.levels[2]!.min = 40)));
    expect(problems).toContainEqual({
      path: 'nodes[1].children[2].survey.levels[2].min',
      node: 'B.3',
      message: 'batas 40 % harus lebih besar dari 50 %',
    });
  });

  it('refuses a value outside the indicator scale', () => {
    const problems = validateFramework(withSurvey((s) => (s.levels[3]!.value = 5)));
    expect(problems).toContainEqual({
      path: 'nodes[1].children[2].survey.levels[3].value',
      node: 'B.3',
      message: 'nilai 5 bukan level skala 0–3',
    });
  });

  it('refuses levels that start above 0 %, and a value lower than the one before', () => {
    const problems = validateFramework(
      withSurvey((s) => {
        s.levels[0]!.min = 10;
        s.levels[2]!.value = 0;
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'nodes[1].children[2].survey.levels[0].min',
      'nodes[1].children[2].survey.levels[2].value',
    ]);
  });

  it('refuses a measure other than share_best, and a mapping on a unit-level indicator', () => {
    const bad = withSurvey() as unknown as { nodes: Array<{ children: Array<Record<string, unknown>> }> };
    (bad.nodes[1]!.children[2]!.survey as Record<string, unknown>).measure = 'mean';
    expect(validateFramework(bad)[0]).toMatchObject({
      path: 'nodes[1].children[2].survey.measure',
      node: 'B.3',
    });
    const unit = structuredClone(testFramework());
    unit.nodes[0]!.children![1]!.survey = mapping(); // A.2 is per unit
    expect(validateFramework(unit)).toContainEqual({
      path: 'nodes[0].children[1].survey',
      node: 'A.2',
      message: 'pemetaan survei hanya untuk indikator tingkat entitas (pemda)',
    });
  });

  it('names a mapping whose instrument or question does not exist', () => {
    const instruments = [
      { id: 'persepsi-maladministrasi-2023', kind: 'x', questions: [{ code: 'OUTPUT.2' }] },
    ];
    expect(surveyMappingProblems(withSurvey(), instruments)).toEqual([
      { node: 'B.3', message: 'pertanyaan OUTPUT.1 tidak ada di persepsi-maladministrasi-2023' },
    ]);
    expect(surveyMappingProblems(withSurvey(), [])).toEqual([
      { node: 'B.3', message: 'instrumen persepsi-maladministrasi-2023 tidak ada' },
    ]);
  });
});
