/**
 * The Ombudsman's assessment methods by era (REFERENCE §1.2–1.4). Their figures are different
 * scales and are never drawn as one line:
 * - `zona` 2015–2021: standard-component compliance, Zona Merah / Kuning / Hijau;
 * - `skor` 2022–2024: a 0–100 score over four dimensions, opinion categories A–E;
 * - `opini` from 2025: the Opini Ombudsman RI (PO 61/2025).
 */
export const PUBLIC_METHODS = ['zona', 'skor', 'opini'] as const;
export type PublicMethod = (typeof PUBLIC_METHODS)[number];

/** The method a year's result belongs to (REFERENCE §1.1: the eras by year). */
export function methodOfYear(year: number): PublicMethod {
  if (year <= 2021) return 'zona';
  if (year <= 2024) return 'skor';
  return 'opini';
}
