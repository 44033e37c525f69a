/**
 * The Indeks Kepuasan Masyarakat of Permenpan RB 14/2017 (REFERENCE §5 and §10.6):
 * - NRR of an element = sum of its 1–4 answers / respondents who answered that element;
 * - IKM = mean of the nine NRRs (the regulation's equal weight 1/9) × 25, 25–100;
 * - rounded half-up to 2 decimals, then graded on the closed bands A 88.31–100.00,
 *   B 76.61–88.30, C 65.00–76.60, D 25.00–64.99.
 * The regulation prints the weight rounded as "0,11"; spreadsheets that use 0.11 understate every
 * index (all answers 4 give 99.00, not 100.00). Patuh uses 1/9 and gives the 0.11 variant beside it
 * only for offices reconciling old spreadsheets.
 */
import { roundHalfUp } from '../scoring/rounding';

export const IKM_GRADES = [
  { grade: 'A', min: 88.31, max: 100, label: { id: 'Sangat Baik', en: 'Very good' } },
  { grade: 'B', min: 76.61, max: 88.3, label: { id: 'Baik', en: 'Good' } },
  { grade: 'C', min: 65, max: 76.6, label: { id: 'Kurang Baik', en: 'Less than good' } },
  { grade: 'D', min: 25, max: 64.99, label: { id: 'Tidak Baik', en: 'Not good' } },
] as const;
export type IkmGrade = (typeof IKM_GRADES)[number]['grade'];

/** One respondent's answers: element code → 1–4, or null when the element was not answered. */
export type SkmAnswers = Readonly<Record<string, number | null | undefined>>;

export interface ElementNrr {
  element: string;
  answered: number;
  sum: number;
  /** null when nobody answered the element. */
  nrr: number | null;
}

export function elementNrrs(elements: readonly string[], responses: readonly SkmAnswers[]): ElementNrr[] {
  return elements.map((element) => {
    let answered = 0;
    let sum = 0;
    for (const r of responses) {
      const v = r[element];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 4) {
        answered += 1;
        sum += v;
      }
    }
    return { element, answered, sum, nrr: answered === 0 ? null : sum / answered };
  });
}

export interface IkmResult {
  nrrs: ElementNrr[];
  /** Full precision, 25–100; null when an element has no answer (the index is not defined). */
  ikm: number | null;
  /** Rounded half-up to 2 decimals (shown and graded). */
  ikmRounded: number | null;
  grade: IkmGrade | null;
  /** The spreadsheet variant with the printed weight 0.11, rounded; for reconciliation only. */
  ikmWithRoundedWeight: number | null;
  respondents: number;
}

export function gradeOf(ikmRounded: number): IkmGrade | null {
  const band = IKM_GRADES.find((g) => ikmRounded >= g.min && ikmRounded <= g.max);
  return band ? band.grade : null;
}

export function computeIkm(elements: readonly string[], responses: readonly SkmAnswers[]): IkmResult {
  return ikmFromNrrs(elementNrrs(elements, responses), responses.length);
}

/**
 * The same index from element sums already counted (e.g. by SQL over stored answers): each element's
 * `sum` of 1–4 answers and how many `answered` it. Government and period figures use the summed
 * counts of their units, never a mean of the units' indices.
 */
export function ikmFromNrrs(nrrs: ElementNrr[], respondents: number): IkmResult {
  const complete = nrrs.length > 0 && nrrs.every((n) => n.nrr !== null);
  if (!complete) {
    return { nrrs, ikm: null, ikmRounded: null, grade: null, ikmWithRoundedWeight: null, respondents };
  }
  const values = nrrs.map((n) => n.nrr!);
  const ikm = (values.reduce((a, b) => a + b, 0) / values.length) * 25;
  const ikmRounded = roundHalfUp(ikm, 2);
  const ikmWithRoundedWeight = roundHalfUp(values.reduce((a, b) => a + b * 0.11, 0) * 25, 2);
  return { nrrs, ikm, ikmRounded, grade: gradeOf(ikmRounded), ikmWithRoundedWeight, respondents };
}

/** An element's NRR from its counted sum (null when nobody answered it). */
export function nrrOf(element: string, sum: number, answered: number): ElementNrr {
  return { element, answered, sum, nrr: answered === 0 ? null : sum / answered };
}
