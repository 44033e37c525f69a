/**
 * Completeness of service standards (issue 15 §4), pure. A component is filled when it says
 * something a reader can use:
 * - text components: non-blank text;
 * - persyaratan, prosedur, produk, pengaduan: at least one entry;
 * - jangka_waktu: a value and unit;
 * - biaya: "gratis" or at least one priced item, and in both cases the legal basis (REFERENCE §2.1:
 *   the fee or its absence rests on a regulation).
 * The version that counts is the set one; a product with only a draft is `draf` whatever its
 * content. A set standard whose review date is before today is `kedaluwarsa` (stale) — it stays
 * valid in law, but the unit owes a review. Our default (REFERENCE §10 is silent): the review date
 * is the one the SK records.
 */
import type {
  CompletenessRollup,
  CompletenessState,
  ProductCompleteness,
  StandardContent,
} from '../contracts/standards';
import { COMPLETENESS_STATES } from '../contracts/standards';
import { roundHalfUp } from '../scoring/rounding';
import { STANDARD_COMPONENT_KEYS, type StandardComponentKey } from './components';

function textFilled(v: string | undefined): boolean {
  return typeof v === 'string' && v.trim().length > 0;
}

export function componentFilled(content: StandardContent, key: StandardComponentKey): boolean {
  switch (key) {
    case 'persyaratan':
    case 'prosedur':
    case 'produk':
    case 'pengaduan':
      return (content[key]?.length ?? 0) > 0;
    case 'jangka_waktu':
      return content.jangka_waktu != null && content.jangka_waktu.value > 0;
    case 'biaya': {
      const fees = content.biaya;
      if (!fees) return false;
      const priced = fees.free || fees.items.length > 0;
      return priced && fees.legalBasis.trim().length > 0;
    }
    default:
      return textFilled(content[key]);
  }
}

export function missingComponents(content: StandardContent): StandardComponentKey[] {
  return STANDARD_COMPONENT_KEYS.filter((k) => !componentFilled(content, k));
}

export interface CompletenessInput {
  /** The set version, if any. */
  current: { content: StandardContent; reviewDate: string | null; published: boolean } | null;
  /** The open draft, if any. */
  draft: { content: StandardContent } | null;
}

/** `today` is a YYYY-MM-DD date (the office's or WIB's today, from shared/format). */
export function productCompleteness(input: CompletenessInput, today: string): ProductCompleteness {
  const { current, draft } = input;
  if (!current) {
    if (!draft)
      return {
        state: 'belum_ada',
        missing: [...STANDARD_COMPONENT_KEYS],
        filled: 0,
        stale: false,
        reviewDate: null,
        published: false,
      };
    const missing = missingComponents(draft.content);
    return {
      state: 'draf',
      missing,
      filled: 14 - missing.length,
      stale: false,
      reviewDate: null,
      published: false,
    };
  }
  const missing = missingComponents(current.content);
  const stale = current.reviewDate !== null && current.reviewDate < today;
  const state: CompletenessState = missing.length > 0 ? 'tidak_lengkap' : stale ? 'kedaluwarsa' : 'lengkap';
  return {
    state,
    missing,
    filled: 14 - missing.length,
    stale,
    reviewDate: current.reviewDate,
    published: current.published,
  };
}

/**
 * A unit's or a government's roll-up: products per state, and the filled share of all components
 * (14 per product; a product with no standard counts 0 of 14), rounded half-up to 2 decimals.
 */
export function rollupCompleteness(items: readonly ProductCompleteness[]): CompletenessRollup {
  const byState = Object.fromEntries(COMPLETENESS_STATES.map((s) => [s, 0])) as Record<
    CompletenessState,
    number
  >;
  let filled = 0;
  for (const item of items) {
    byState[item.state] += 1;
    filled += item.filled;
  }
  return { products: items.length, byState, percent: completenessPercent(filled, items.length) };
}

/**
 * Filled components over 14 per product, 0–100, half-up to 2 decimals (shared/scoring/rounding);
 * also for roll-ups summed in SQL (server/modules/standards/completeness.service.ts).
 */
export function completenessPercent(filled: number, products: number): number {
  return products === 0 ? 0 : roundHalfUp((filled / (14 * products)) * 100, 2);
}
