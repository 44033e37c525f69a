/** Phone numbers and signed numbers may start with + or -; anything else that Excel would evaluate may not. */
const SAFE_SIGNED = /^[+-][0-9 .()-]*$/;

/**
 * A CSV cell that Excel would run as a formula (=, @, +, -, tab, CR) gets a leading apostrophe
 * (OWASP "CSV injection"). The xlsx exports need none: exceljs writes strings as strings.
 */
export function defuseCsvCell(v: string): string {
  return v && /^[=@\t\r+-]/.test(v) && !SAFE_SIGNED.test(v) ? `'${v}` : v;
}
