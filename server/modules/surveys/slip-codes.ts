/**
 * One-time slip codes: 10 characters of an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z,
 * 8/B), uppercase; only sha256(code) is stored, so the printed sheet is the one copy. The public
 * form (surveys-public) normalises what the respondent typed with `normaliseSlipCode`.
 */
import crypto from 'node:crypto';

export const SLIP_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const SLIP_CODE_LENGTH = 10;

export function newSlipCode(): string {
  let out = '';
  while (out.length < SLIP_CODE_LENGTH) {
    const byte = crypto.randomBytes(1)[0]!;
    // 250 = 10 × 25: reject the tail so every character is equally likely.
    if (byte < 250) out += SLIP_ALPHABET[byte % SLIP_ALPHABET.length];
  }
  return out;
}

/** Uppercase, spaces and dashes removed; null when it can't be a code. */
export function normaliseSlipCode(raw: string): string | null {
  const code = raw.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== SLIP_CODE_LENGTH) return null;
  for (const c of code) if (!SLIP_ALPHABET.includes(c)) return null;
  return code;
}

export function slipCodeHash(code: string): string {
  return crypto.createHash('sha256').update(code).digest('hex');
}

export const slipPath = (code: string) => `/publik/survei/k/${code}`;
