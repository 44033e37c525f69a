/**
 * The Opini Ombudsman 2025 label's "Tanpa Maladministrasi" qualifier (REFERENCE §1.4), read from
 * Taat (Patuh's reading): only for a cycle whose framework is (a copy of) opini-ombudsman-2025,
 * and only when Taat qualifies under rules/taat.json. Pure, so the page and its test agree.
 */
import type { GovernmentTaat } from '../../../shared/contracts/taat';

export const OPINION_2025_FRAMEWORK = 'opini-ombudsman-2025';

export type OpinionQualifier =
  { applies: false } | { applies: true; qualifies: boolean; why: 'yes' | 'noItems' | 'below' };

export function opinionQualifier(
  builtInBase: string | null | undefined,
  taat: Pick<GovernmentTaat, 'qualifies' | 'counted' | 'rule'> | undefined,
): OpinionQualifier {
  if (builtInBase !== OPINION_2025_FRAMEWORK || !taat) return { applies: false };
  if (taat.qualifies) return { applies: true, qualifies: true, why: 'yes' };
  const why = taat.counted < taat.rule.qualifier.minCounted ? 'noItems' : 'below';
  return { applies: true, qualifies: false, why };
}

/**
 * The day Taat is read for a cycle of `year`: 31 December of that year once it has passed (WIB),
 * else undefined (today, on the server).
 */
export function taatAsOfForYear(year: number, now = new Date()): string | undefined {
  const todayWib = new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
  const end = `${year}-12-31`;
  return end < todayWib ? end : undefined;
}
