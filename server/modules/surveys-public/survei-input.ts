/**
 * The survey form's flat fields (`q.U1` … `q.U9`, `profil.usia` …, `layanan`, `saran`) → a response,
 * with a message per field for everything wrong, in the page's language. Pure: no database. The
 * public form asks every question (a skipped element is for paper forms typed in by staff); the
 * profile is optional, each field one of the instrument's codes.
 */
import type { SurveyProfileAnswers } from '../../../shared/contracts/surveys';
import type { Instrument } from '../../../shared/surveys/instrument.schema';
import { t } from '../../lib/messages';
import type { PublicLang } from '../public/public-i18n';
import { ts } from './survei-i18n';

export const SUGGESTION_MAX = 2_000;
export const PROFILE_CODES = ['jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan'] as const;

export const questionField = (code: string) => `q.${code}`;
export const profileField = (code: string) => `profil.${code}`;

export interface ParsedAnswers {
  answers: Record<string, number>;
  profile: SurveyProfileAnswers;
  suggestion: string | null;
  productId: string | null;
}

export type ParseResult = { ok: true; value: ParsedAnswers } | { ok: false; errors: Record<string, string> };

/** The form's own fields only, as sent, for putting back into a refused form (bounded). */
export function keptValues(fields: Record<string, unknown>, instrument: Instrument): Record<string, string> {
  const names = [
    ...instrument.questions.map((q) => questionField(q.code)),
    ...PROFILE_CODES.map(profileField),
    'layanan',
    'saran',
  ];
  const out: Record<string, string> = {};
  for (const name of names) {
    const v = fields[name];
    if (typeof v === 'string' && v) out[name] = v.slice(0, name === 'saran' ? SUGGESTION_MAX + 100 : 64);
  }
  return out;
}

/** Strips control characters except line breaks and tabs. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();

/**
 * Validates a sent form. `products`: the unit's products in this period (empty = the unit as a
 * whole); `fixedProductId`: the product the QR link named, when it is one of them.
 */
export function parseAnswers(
  fields: Record<string, unknown>,
  instrument: Instrument,
  products: readonly { id: string }[],
  fixedProductId: string | null,
  lang: PublicLang,
): ParseResult {
  const errors: Record<string, string> = {};
  const str = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string) : '');

  const answers: Record<string, number> = {};
  for (const q of instrument.questions) {
    const name = questionField(q.code);
    const raw = str(name).trim();
    if (!raw) errors[name] = ts(lang, 'form.answerAll');
    else if (!/^[1-4]$/.test(raw)) errors[name] = t('field.invalid', lang);
    else answers[q.code] = Number(raw);
  }

  const profile: SurveyProfileAnswers = {};
  for (const code of PROFILE_CODES) {
    const field = instrument.profile.find((p) => p.code === code);
    const name = profileField(code);
    const raw = str(name).trim();
    if (!raw) continue;
    if (!field?.options?.some((o) => o.code === raw)) errors[name] = t('field.invalid', lang);
    else profile[code] = raw;
  }

  let productId: string | null = null;
  if (products.length > 0) {
    const chosen = fixedProductId ?? str('layanan').trim();
    if (!chosen) errors.layanan = t('field.required', lang);
    else if (!products.some((p) => p.id === chosen)) errors.layanan = t('field.invalid', lang);
    else productId = chosen;
  }

  const suggestion = clean(str('saran'));
  if (suggestion.length > SUGGESTION_MAX) errors.saran = t('field.tooLong', lang, { max: SUGGESTION_MAX });

  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: { answers, profile, suggestion: suggestion || null, productId } };
}
