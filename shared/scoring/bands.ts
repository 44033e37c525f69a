import type { Band } from '../frameworks/framework.schema.js';
import { roundHalfUp } from './rounding.js';

/**
 * The band a score falls in. Bands are closed intervals on the score rounded half-up to
 * 2 decimals (REFERENCE §10 rule 4): 87.99 → B, 87.995 → 88.00 → A under the 2022–2024 bands.
 */
export function findBand<B extends Pick<Band, 'min' | 'max'>>(
  bands: ReadonlyArray<B>,
  score: number,
): B | null {
  const rounded = roundHalfUp(score, 2);
  return bands.find((b) => rounded >= b.min && rounded <= b.max) ?? null;
}
