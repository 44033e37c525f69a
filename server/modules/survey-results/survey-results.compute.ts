/**
 * Pure: a unit's cached counts (per product) → the figures of SurveyResults. A product, a unit, a
 * government or a whole period is graded from the summed element counts of what it covers
 * (Permenpan RB 14/2017: NRR = sum of answers / answers; IKM = mean NRR × 25, weight 1/9 exactly),
 * never from a mean of smaller indices.
 */
import type { SurveyResults } from '../../../shared/contracts/surveys';
import { roundHalfUp } from '../../../shared/scoring/rounding';
import { ikmFromNrrs, nrrOf, type IkmResult } from '../../../shared/surveys/ikm';
import type { Instrument } from '../../../shared/surveys/instrument.schema';
import type { GroupAggregate } from './survey-results.repository';

export type Totals = Omit<GroupAggregate, 'productId'>;

export function emptyTotals(questions: number): Totals {
  return {
    received: 0,
    superseded: 0,
    byReview: 0,
    byFlagTotal: 0,
    accepted: 0,
    staff: 0,
    respondents: 0,
    sums: new Array<number>(questions).fill(0),
    counts: new Array<number>(questions).fill(0),
    byFlag: {},
    profile: {},
  };
}

/** Adds `b` into `a` (element sums and counts, exclusions, profile counts). */
export function addInto(a: Totals, b: Totals): Totals {
  a.received += b.received;
  a.superseded += b.superseded;
  a.byReview += b.byReview;
  a.byFlagTotal += b.byFlagTotal;
  a.accepted += b.accepted;
  a.staff += b.staff;
  a.respondents += b.respondents;
  b.sums.forEach((v, i) => (a.sums[i] = (a.sums[i] ?? 0) + v));
  b.counts.forEach((v, i) => (a.counts[i] = (a.counts[i] ?? 0) + v));
  for (const [f, n] of Object.entries(b.byFlag)) a.byFlag[f] = (a.byFlag[f] ?? 0) + n;
  for (const [field, codes] of Object.entries(b.profile)) {
    const into = (a.profile[field] ??= {});
    for (const [code, n] of Object.entries(codes)) into[code] = (into[code] ?? 0) + n;
  }
  return a;
}

export function sumTotals(questions: number, parts: readonly Totals[]): Totals {
  return parts.reduce((acc, p) => addInto(acc, p), emptyTotals(questions));
}

export function ikmOf(inst: Instrument, t: Totals): IkmResult {
  const nrrs = inst.questions.map((q, i) => nrrOf(q.code, t.sums[i] ?? 0, t.counts[i] ?? 0));
  return ikmFromNrrs(nrrs, t.respondents);
}

export function figure(r: IkmResult) {
  return {
    respondents: r.respondents,
    ikm: r.ikm,
    ikmRounded: r.ikmRounded,
    grade: r.grade,
    ikmWithRoundedWeight: r.ikmWithRoundedWeight,
  };
}

type Element = SurveyResults['elements'][number];

export function elementsOf(inst: Instrument, r: IkmResult): Element[] {
  return inst.questions.map((q, i) => {
    const n = r.nrrs[i]!;
    return {
      code: q.code,
      element: q.element,
      answered: n.answered,
      nrr: n.nrr,
      nrrRounded: n.nrr === null ? null : roundHalfUp(n.nrr, 2),
    };
  });
}

/** The three lowest answered elements (improvement points), worst first; ties by question order. */
export function lowestOf(elements: readonly Element[], count = 3): Element[] {
  return elements
    .map((e, i) => ({ e, i }))
    .filter((x) => x.e.nrr !== null)
    .sort((a, b) => a.e.nrr! - b.e.nrr! || a.i - b.i)
    .slice(0, count)
    .map((x) => x.e);
}

/** Profile counts labelled with the instrument's wording (codes it does not list keep their code). */
export function profileOf(inst: Instrument, t: Totals): SurveyResults['profile'] {
  return inst.profile
    .filter((f) => f.options && f.options.length > 0)
    .map((f) => {
      const seen = t.profile[f.code] ?? {};
      const known = f.options!.map((o) => ({ code: o.code, label: o.label, count: seen[o.code] ?? 0 }));
      const other = Object.entries(seen)
        .filter(([code]) => !f.options!.some((o) => o.code === code))
        .map(([code, count]) => ({ code, label: { id: code, en: code }, count }));
      return { code: f.code, label: f.label, counts: [...known, ...other] };
    });
}

export function exclusionsOf(t: Totals): SurveyResults['excluded'] {
  return {
    total: t.superseded + t.byReview + t.byFlagTotal,
    byFlag: { ...t.byFlag },
    byReview: t.byReview,
    superseded: t.superseded,
  };
}
