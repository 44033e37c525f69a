/**
 * Indicator metadata of a framework by code, from the one shared walk of the framework
 * (`indicatorDefinitions`, also used by the checklist and the web app).
 */
import {
  indicatorDefinitions,
  type IndicatorDefinition,
} from '../../../../shared/frameworks/indicator-definitions';

export type LeafInfo = IndicatorDefinition;

export const leafIndex = indicatorDefinitions;

/**
 * Whether an indicator may be answered N/A. The framework format has no per-indicator flag:
 * every indicator may be N/A (its weight shared or zeroed per `aggregation.notApplicable`), as the
 * checklist and verification already offer. This is the one place to change when the format
 * gets such a flag.
 */
export function allowsNa(_info: LeafInfo): boolean {
  return true;
}

/** An indicator's scale for a value picker: the bounds and each level with its rubric as label. */
export function scaleChoices(info: LeafInfo) {
  const scale = info.scale;
  return {
    type: scale.type,
    min: scale.min,
    max: scale.max,
    levels: scale.levels.map((l) => ({ value: l.value, label: l.rubric })),
  };
}
