/**
 * The mechanical half of the identity check before a letter goes out (UU 37/2008 Pasal 24(2)):
 * does the text still hold the reporter's full name, NIK, phone number or e-mail? Compared on
 * normalised text (case, spacing, punctuation in numbers), so "S I T I" style tricks aside, the
 * usual ways of writing them are caught. Returns which kinds were found, never the values.
 */
export type IdentityKind = 'nama' | 'nik' | 'telepon' | 'email';

export interface IdentityToFind {
  fullName?: string;
  nik?: string;
  phone?: string;
  email?: string;
}

const words = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
const digits = (s: string) => s.replace(/\D+/g, '');

/** The subscriber part of an Indonesian number: without +62 / 62 / 0. */
function phoneCore(phone: string): string {
  const d = digits(phone);
  if (d.startsWith('62')) return d.slice(2);
  if (d.startsWith('0')) return d.slice(1);
  return d;
}

/** Which identity kinds occur in `text` (empty when none). */
export function identityFoundIn(text: string, who: IdentityToFind): IdentityKind[] {
  const found: IdentityKind[] = [];
  const w = ` ${words(text)} `;
  const name = who.fullName ? words(who.fullName) : '';
  if (name.length >= 3 && w.includes(` ${name} `)) found.push('nama');
  // Numbers may be written with spaces, dots or dashes between the digits.
  const numberRuns = text.match(/\+?\d[\d\s.\-()]*\d/g) ?? [];
  const runs = numberRuns.map(digits);
  const allDigits = digits(text);
  if (who.nik && (allDigits.includes(who.nik) || runs.some((r) => r.includes(who.nik!)))) found.push('nik');
  const core = who.phone ? phoneCore(who.phone) : '';
  if (core.length >= 8 && runs.some((r) => r.includes(core))) found.push('telepon');
  if (who.email && w.includes(who.email.trim().toLowerCase())) found.push('email');
  return found;
}
