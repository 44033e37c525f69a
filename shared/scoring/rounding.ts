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
export function roundHalfUp(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
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
