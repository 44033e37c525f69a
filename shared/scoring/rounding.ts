/**
 * Round half-up (half away from zero) to `decimals` places, for display and band lookup only
 * (REFERENCE §10 rule 4: scores keep full precision; only the shown value is rounded).
 *
 * Binary floats make the naive `Math.round(x * 100) / 100` wrong at the edges: 87.995 * 100 is
 * 8799.499999999999, which would round to 87.99 (band B) instead of 88.00 (band A). We shift
 * the decimal point in the number's shortest decimal spelling instead, so 87.995 becomes exactly
 * 8799.5. Before that the value is cut to 12 significant digits, which removes the noise a
 * weighted mean leaves behind (87.99499999999999 from a sum that is 87.995 on paper) while
 * keeping 87.994999 as it is.
 */
const POWERS = [1, 10, 100, 1000, 10000];

/** Half-up to 2 decimals, passing null and undefined through as null (display and band lookup). */
export const round2 = (x: number | null | undefined): number | null =>
  x === null || x === undefined ? null : roundHalfUp(x, 2);

export function roundHalfUp(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  // Fast path: far from a half, the 12-digit cut cannot move the value across it, and n / 10^d
  // is the same double as the decimal text n e−d (both are the correctly rounded quotient).
  const scale = POWERS[decimals];
  if (scale !== undefined) {
    const shifted = Math.abs(x) * scale;
    if (shifted < 1e6) {
      const frac = shifted - Math.floor(shifted);
      if (Math.abs(frac - 0.5) > 1e-5) {
        const rounded = Math.round(shifted) / scale;
        return rounded === 0 ? 0 : sign * rounded;
      }
    }
  }
  const clean = Number(Math.abs(x).toPrecision(12));
  const [mantissa, exponent] = clean.toExponential().split('e') as [string, string];
  const shifted = Number(`${mantissa}e${Number(exponent) + decimals}`);
  const rounded = Number(`${Math.round(shifted)}e-${decimals}`);
  return rounded === 0 ? 0 : sign * rounded;
}

/** "88.00" style text of a score rounded half-up to 2 decimals. */
export function formatScore(x: number): string {
  return roundHalfUp(x, 2).toFixed(2);
}
