/**
 * What the demo surveys are made of (demo-surveys.ts): Pemkab Balangan's units with the service
 * users each serves in a year (so the Krejcie–Morgan sample differs), how satisfied their users
 * are, how many answered by the end, and the respondents' suggestions. Answers are drawn from a
 * seeded PRNG (demo-values.ts), so every run gives the same survey.
 */
import type { SurveyChannel, SurveyFlag, SurveyProfileAnswers } from '../../../shared/contracts/surveys';

export type Mood = 'good' | 'fair' | 'weak';

export interface DemoSkmUnit {
  code: string;
  /** Service users in a year. */
  population: number;
  mood: Mood;
  /** Responses by the close (2023) and so far (2024), as a share of the unit's sample. */
  reached2023: number;
  reached2024: number;
}

/** Balangan's seed units (demo-data.ts sampledUnits). */
export const BALANGAN_SKM_UNITS: DemoSkmUnit[] = [
  { code: 'DISDUKCAPIL', population: 2000, mood: 'good', reached2023: 1.08, reached2024: 0.46 },
  { code: 'DPMPTSP', population: 500, mood: 'good', reached2023: 1.02, reached2024: 0.38 },
  { code: 'PKM1', population: 300, mood: 'fair', reached2023: 1.05, reached2024: 0.52 },
  { code: 'PKM2', population: 150, mood: 'weak', reached2023: 0.74, reached2024: 0.21 },
  { code: 'DINKES', population: 120, mood: 'fair', reached2023: 0.88, reached2024: 0.3 },
  { code: 'DISDIK', population: 80, mood: 'fair', reached2023: 1.0, reached2024: 0.15 },
  { code: 'DINSOS', population: 60, mood: 'weak', reached2023: 0.62, reached2024: 0 },
];

/** Chance of answers 1, 2, 3, 4 by mood; an element users find hard moves one mood down. */
const WEIGHTS: Record<Mood, [number, number, number, number]> = {
  good: [0.02, 0.07, 0.46, 0.45],
  fair: [0.04, 0.15, 0.56, 0.25],
  weak: [0.08, 0.26, 0.5, 0.16],
};
const HARDER: Record<Mood, Mood> = { good: 'fair', fair: 'weak', weak: 'weak' };
/** U3 (waktu penyelesaian) and U9 (penanganan pengaduan) are where units usually fall short; U5 (biaya) is free. */
const HARD_ELEMENTS = new Set([2, 8]);
const EASY_ELEMENTS = new Set([4]);

function pick<T>(r: () => number, items: readonly T[], weights: readonly number[]): T {
  const x = r() * weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let i = 0; i < items.length; i++) {
    acc += weights[i]!;
    if (x < acc) return items[i]!;
  }
  return items[items.length - 1]!;
}

export function skmAnswers(r: () => number, mood: Mood): number[] {
  return Array.from({ length: 9 }, (_, i) => {
    const m = HARD_ELEMENTS.has(i) ? HARDER[mood] : EASY_ELEMENTS.has(i) ? 'good' : mood;
    return pick(r, [1, 2, 3, 4], WEIGHTS[m]);
  });
}

export function profile(r: () => number): SurveyProfileAnswers {
  return {
    jenis_kelamin: pick(r, ['L', 'P'], [0.48, 0.52]),
    usia: pick(r, ['lt20', '20-29', '30-39', '40-49', '50-59', '60+'], [0.05, 0.24, 0.28, 0.22, 0.14, 0.07]),
    pendidikan: pick(r, ['sd', 'smp', 'sma', 'diploma', 's1', 's2plus'], [0.12, 0.16, 0.38, 0.1, 0.21, 0.03]),
    pekerjaan: pick(
      r,
      ['pns', 'tni_polri', 'swasta', 'wirausaha', 'pelajar', 'lainnya'],
      [0.12, 0.03, 0.24, 0.27, 0.09, 0.25],
    ),
  };
}

export const SUGGESTIONS = [
  'Antrean pagi terlalu panjang, mohon loket dibuka tepat pukul 07.30.',
  'Petugas ramah, tetapi informasi persyaratan di papan pengumuman kurang jelas.',
  'Mohon disediakan kursi tunggu tambahan dan kipas angin.',
  'Sebaiknya ada layanan antrean daring supaya tidak menunggu lama.',
  'Kotak pengaduan ada, tetapi tidak tahu apakah pengaduan ditanggapi.',
  'Pelayanan sudah cepat, pertahankan.',
  'Toilet untuk pengunjung perlu dibersihkan lebih sering.',
  'Jangka waktu penyelesaian yang tertulis belum sesuai kenyataan.',
  'Perlu jalur khusus untuk lansia dan penyandang disabilitas.',
  'Nomor WhatsApp pengaduan sering tidak dibalas.',
  'Tolong diumumkan jika ada perubahan jam layanan saat hari besar.',
  'Terima kasih, petugas membantu mengisi formulir.',
];

export interface DraftResponse {
  answers: number[];
  profile: SurveyProfileAnswers;
  suggestion: string | null;
  channel: SurveyChannel;
  staff: boolean;
  flags: SurveyFlag[];
  durationMs: number | null;
  /** Minutes after the unit opened (07:30 local) on the response's day; later than 510 = after closing. */
  minuteOfDay: number;
  dayIndex: number;
}

/**
 * One unit's responses: about 8 % typed in by staff from paper forms, a few flagged (too fast, the
 * same device again, identical answers in a burst, after closing), the rest from the counter QR or
 * the link; about a fifth leave a suggestion.
 */
export function unitResponses(r: () => number, mood: Mood, count: number, days: number): DraftResponse[] {
  const out: DraftResponse[] = [];
  for (let i = 0; i < count; i++) {
    const staff = r() < 0.08;
    const answers = skmAnswers(r, mood);
    const flagRoll = r();
    const flags: SurveyFlag[] = [];
    let durationMs: number | null = staff ? null : Math.round(45_000 + r() * 200_000);
    let minuteOfDay = Math.floor(r() * 420);
    if (!staff && flagRoll < 0.015) {
      flags.push('too_fast');
      durationMs = 9_000 + Math.floor(r() * 8_000);
    } else if (!staff && flagRoll < 0.03) flags.push('device_reuse');
    else if (!staff && flagRoll < 0.04) {
      flags.push('outside_hours');
      minuteOfDay = 700 + Math.floor(r() * 60);
    }
    out.push({
      answers,
      profile: profile(r),
      suggestion: r() < 0.2 ? SUGGESTIONS[Math.floor(r() * SUGGESTIONS.length)]! : null,
      channel: staff ? 'staff' : r() < 0.85 ? 'counter' : 'link',
      staff,
      flags,
      durationMs,
      minuteOfDay,
      dayIndex: Math.floor(r() * days),
    });
  }
  // One burst per unit that has enough answers: three identical "all 4" forms a minute apart.
  if (count >= 60) {
    const day = Math.floor(r() * days);
    for (let k = 0; k < 3; k++)
      out.push({
        answers: Array<number>(9).fill(4),
        profile: { jenis_kelamin: 'L', usia: '20-29', pendidikan: 'sma', pekerjaan: 'swasta' },
        suggestion: null,
        channel: 'counter',
        staff: false,
        flags: k >= 2 ? ['identical_burst'] : [],
        durationMs: 30_000,
        minuteOfDay: 200 + k,
        dayIndex: day,
      });
  }
  return out;
}

/** Perception interviews answering so that the share of "Tidak pernah" lands in a level's band. */
export const SHARE_FOR_LEVEL: Record<number, number> = { 0: 12, 1: 19, 2: 26, 3: 30 };
