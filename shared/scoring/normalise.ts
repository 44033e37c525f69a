import type { Scale } from '../frameworks/framework.schema.js';

/**
 * An answer on a scale [min, max] as 0–100: (value − min) / (max − min) × 100; a yes/no answer
 * (0/1) is therefore 0/100 (REFERENCE §10 rule 1).
 */
export function normaliseValue(value: number, scale: Pick<Scale, 'min' | 'max'>): number {
  return ((value - scale.min) / (scale.max - scale.min)) * 100;
}

/** Whether a value may be entered on the scale: inside [min, max]; yes/no takes only 0 or 1. */
export function isOnScale(value: number, scale: Pick<Scale, 'type' | 'min' | 'max'>): boolean {
  if (!Number.isFinite(value) || value < scale.min || value > scale.max) return false;
  return scale.type !== 'yes-no' || value === 0 || value === 1;
}

/**
 * A normalised 0–100 score expressed on the framework's published range, e.g. 0–5 for the
 * PEKPPP IPP: min + s / 100 × (max − min). The 0–100 range is returned untouched so no float
 * noise is added to the usual case.
 */
export function toScoreRange(normalised: number, range: { min: number; max: number }): number {
  if (range.min === 0 && range.max === 100) return normalised;
  return range.min + (normalised * (range.max - range.min)) / 100;
}
