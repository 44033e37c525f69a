/**
 * Letter numbers: `B/0012/LM.01/VI/2026` — B (biasa), the office's running number in the year,
 * the classification code of complaint handling (LM.01), the month in Roman numerals, the year.
 */
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const LETTER_CLASSIFICATION = 'LM.01';

export function formatLetterNumber(seq: number, letterDate: string): string {
  const [year, month] = letterDate.split('-');
  return `B/${String(seq).padStart(4, '0')}/${LETTER_CLASSIFICATION}/${ROMAN[Number(month) - 1]}/${year}`;
}

/** The running number of a formatted letter number, or null when it is not one of ours. */
export function seqOf(number: string): number | null {
  const m = /^B\/(\d+)\//.exec(number);
  return m ? Number(m[1]) : null;
}
