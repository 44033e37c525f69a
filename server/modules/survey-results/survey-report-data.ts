/**
 * The survey report's content (Permenpan RB 14/2017, lampiran: the table of the nine elements with
 * NRR, NRR tertimbang, the IKM after conversion, the service quality (mutu) and the unit's
 * performance), built on the main thread from SurveyResults; the PDF and the workbook are rendered
 * from it in the heavy-work pool. Words in the request's language; numbers stay numbers here and
 * are written by shared/format in the renderers.
 */
import type { SurveyResults } from '../../../shared/contracts/surveys';
import { SURVEY_FLAG_LABELS, type SurveyFlag } from '../../../shared/contracts/surveys';
import type { Lang } from '../../../shared/format/format';
import { IKM_GRADES } from '../../../shared/surveys/ikm';

export interface SurveyReportInput {
  lang: Lang;
  title: string;
  governmentName: string;
  /** "Seluruh unit" when the report covers the period. */
  unitName: string;
  productName: string | null;
  periodTitle: string;
  startsOn: string;
  endsOn: string;
  interim: boolean;
  respondents: number;
  received: number;
  staffEntered: number;
  excluded: Array<{ label: string; count: number }>;
  excludedTotal: number;
  elements: Array<{ no: number; code: string; name: string; nrr: number | null; weighted: number | null }>;
  weightedTotal: number | null;
  ikm: number | null;
  ikmRounded: number | null;
  ikm011: number | null;
  grade: string | null;
  gradeLabel: string | null;
  units: Array<{ name: string; respondents: number; ikmRounded: number | null; grade: string | null }>;
  profile: Array<{ label: string; rows: Array<{ label: string; count: number }> }>;
  suggestions: string[];
  improvements: Array<{ code: string; name: string; nrr: number | null }>;
  labels: Record<keyof typeof WORDS, string>;
}

export const WORDS = {
  heading: { id: 'LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT', en: 'PUBLIC SATISFACTION SURVEY REPORT' },
  interim: { id: 'Hasil sementara: periode masih berjalan', en: 'Interim result: the period is still open' },
  government: { id: 'Penyelenggara', en: 'Provider' },
  unit: { id: 'Unit layanan', en: 'Service unit' },
  product: { id: 'Jenis layanan', en: 'Service' },
  period: { id: 'Periode survei', en: 'Survey period' },
  respondents: { id: 'Jumlah responden (diterima)', en: 'Respondents (accepted)' },
  received: { id: 'Jawaban diterima sistem', en: 'Responses received' },
  staff: { id: 'Diisi petugas (formulir kertas/impor)', en: 'Entered by staff (paper/import)' },
  excluded: { id: 'Tidak dihitung', en: 'Not counted' },
  superseded: { id: 'Digantikan koreksi', en: 'Superseded by a correction' },
  byReview: { id: 'Dikecualikan peninjau', en: 'Excluded by a reviewer' },
  no: { id: 'No', en: 'No' },
  element: { id: 'Unsur pelayanan', en: 'Service element' },
  nrr: { id: 'NRR per unsur', en: 'NRR per element' },
  weighted: { id: 'NRR tertimbang', en: 'Weighted NRR' },
  total: { id: 'Jumlah NRR tertimbang', en: 'Sum of weighted NRR' },
  ikm: { id: 'IKM unit pelayanan (× 25)', en: 'IKM of the unit (× 25)' },
  ikm011: {
    id: 'Varian bobot 0,11 (rekonsiliasi saja)',
    en: 'Variant with weight 0.11 (reconciliation only)',
  },
  grade: { id: 'Mutu pelayanan', en: 'Service quality' },
  performance: { id: 'Kinerja unit pelayanan', en: 'Unit performance' },
  units: { id: 'IKM per unit', en: 'IKM per unit' },
  profile: { id: 'Profil responden', en: 'Respondent profile' },
  count: { id: 'Jumlah', en: 'Count' },
  suggestions: { id: 'Saran responden', en: 'Respondents’ suggestions' },
  improvements: { id: 'Prioritas perbaikan (unsur terendah)', en: 'Improvement points (lowest elements)' },
  none: { id: 'Tidak ada', en: 'None' },
  weightNote: {
    id: 'Bobot tiap unsur 1/9 (dicetak "0,111" dalam Permenpan RB 14/2017); IKM dibulatkan ke 2 desimal.',
    en: 'Each element weighs 1/9 (printed "0.111" in Permenpan RB 14/2017); the IKM is rounded to 2 decimals.',
  },
} as const;

export function buildReportInput(
  r: SurveyResults,
  ctx: {
    lang: Lang;
    title: string;
    governmentName: string;
    unitName: string | null;
    productName: string | null;
    startsOn: string;
    endsOn: string;
  },
): SurveyReportInput {
  const { lang } = ctx;
  const labels = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, v[lang]])) as Record<
    keyof typeof WORDS,
    string
  >;
  const band = IKM_GRADES.find((g) => g.grade === r.grade);
  const weightedTotal = r.elements.every((e) => e.nrr !== null)
    ? r.elements.reduce((a, e) => a + e.nrr! / r.elements.length, 0)
    : null;
  return {
    lang,
    title: labels.heading,
    governmentName: ctx.governmentName,
    unitName: ctx.unitName ?? (lang === 'id' ? 'Seluruh unit periode' : 'All units of the period'),
    productName: ctx.productName,
    periodTitle: ctx.title,
    startsOn: ctx.startsOn,
    endsOn: ctx.endsOn,
    interim: r.interim,
    respondents: r.respondents,
    received: r.received,
    staffEntered: r.staffEntered,
    excludedTotal: r.excluded.total,
    excluded: [
      ...Object.entries(r.excluded.byFlag).map(([flag, count]) => ({
        label: SURVEY_FLAG_LABELS[flag as SurveyFlag]?.[lang] ?? flag,
        count,
      })),
      { label: labels.byReview, count: r.excluded.byReview },
      { label: labels.superseded, count: r.excluded.superseded },
    ],
    elements: r.elements.map((e, i) => ({
      no: i + 1,
      code: e.code,
      name: e.element[lang],
      nrr: e.nrr,
      weighted: e.nrr === null ? null : e.nrr / r.elements.length,
    })),
    weightedTotal,
    ikm: r.ikm,
    ikmRounded: r.ikmRounded,
    ikm011: r.ikmWithRoundedWeight,
    grade: r.grade,
    gradeLabel: band ? band.label[lang] : null,
    units: r.units.map((u) => ({
      name: u.name,
      respondents: u.respondents,
      ikmRounded: u.ikmRounded,
      grade: u.grade,
    })),
    profile: r.profile.map((p) => ({
      label: p.label[lang],
      rows: p.counts.map((c) => ({ label: c.label[lang], count: c.count })),
    })),
    suggestions: r.suggestions.map((s) => `${s.text} (${s.unitName})`),
    improvements: r.lowest.map((e) => ({ code: e.code, name: e.element[lang], nrr: e.nrr })),
    labels,
  };
}
