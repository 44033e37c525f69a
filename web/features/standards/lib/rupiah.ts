/**
 * Reading a rupiah amount the way people type it: "15.000", "Rp 15.000", "15000", "1.500.000",
 * or with commas as an English keyboard groups it ("15,000"). Rupiah has no sen in practice, so a
 * group of three digits after a dot or comma is thousands; a trailing fraction is accepted only
 * when it is zero ("15.000,00"). Anything else is not an amount (null).
 */
export function parseRupiah(input: string): number | null {
  const text = input
    .trim()
    .replace(/^(rp|idr)\.?\s*/i, '')
    .replace(/\s/g, '');
  if (text === '') return null;
  const m = /^(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+|\d+)(?:[.,]0{1,2})?$/.exec(text);
  if (!m) return null;
  const value = Number(m[1]!.replace(/[.,]/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}
