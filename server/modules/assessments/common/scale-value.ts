/**
 * Which values an answer may take on an indicator's scale. Scales are discrete: a value is one of
 * the scale's levels (each has a rubric), never a point between two of them — 1.5 on a 0–3 scale
 * or 0.000001 on yes/no has no rubric that justifies it.
 */
import type { Scale } from '../../../../shared/frameworks/framework.schema';
import { isOnScale } from '../../../../shared/scoring/normalise';
import type { FieldProblem } from '../../../lib/errors';

/** The levels of a scale in ascending order. */
export function scaleLevelValues(scale: Pick<Scale, 'levels'>): number[] {
  return [...new Set(scale.levels.map((l) => l.value))].sort((a, b) => a - b);
}

/** Why `value` is not allowed on the scale (a field problem naming the levels), or null when it is a level. */
export function scaleValueProblem(value: number, scale: Scale): FieldProblem | null {
  const levels = scaleLevelValues(scale);
  if (isOnScale(value, scale) && levels.includes(value)) return null;
  if (scale.type === 'yes-no') return { message: 'field.yesNo' };
  return {
    message: 'field.scaleLevel',
    params: { levels: levels.join(', '), min: scale.min, max: scale.max },
  };
}
