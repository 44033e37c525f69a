/**
 * Follow-up items from assessments (issue 17 §1, §5): a released official cycle's improvement
 * points become the office's `saran perbaikan`; an approved internal cycle's become the
 * government's own `perbaikan internal` (issued and verified by its Inspektorat, never Taat).
 * Both run inside the caller's transaction; re-running adds nothing (one item per point).
 */
import { todayIn } from '../../../../shared/format/format';
import type { Executor } from '../../../db/client';
import * as repo from './sources.repository';

/**
 * Patuh's default when the assessor gave an improvement point no due date: 60 calendar days after
 * the release (the same span UU 37/2008 Pasal 38(2) gives a rekomendasi). Not a rule of the
 * Ombudsman: the UI says so.
 */
export const SARAN_DEFAULT_DAYS = 60;
/**
 * Patuh's default for the government's own items (internal cycle, survey): 90 calendar days after
 * the source closes.
 */
export const OWN_ITEM_DEFAULT_DAYS = 90;

/** `date` (YYYY-MM-DD) plus `days` calendar days. */
export function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The released governments' improvement points → saran perbaikan issued by the cycle's office. */
export async function raiseReleasedCycleItems(
  tx: Executor,
  cycle: { id: string; officeId: string },
  governmentIds: string[],
  actorId: string | null,
  releasedAt: Date = new Date(),
): Promise<string[]> {
  return repo.raiseFromImprovementPoints(tx, {
    cycleId: cycle.id,
    governmentIds,
    kind: 'saran_perbaikan',
    officeId: cycle.officeId,
    defaultDue: plusDays(todayIn('WIB', releasedAt), SARAN_DEFAULT_DAYS),
    actorId,
  });
}

/** An approved internal cycle's improvement points → perbaikan internal of its government. */
export async function raiseInternalCycleItems(
  tx: Executor,
  cycle: { id: string; ownerGovernmentId: string | null },
  actorId: string | null,
  approvedAt: Date = new Date(),
): Promise<string[]> {
  if (!cycle.ownerGovernmentId) return [];
  return repo.raiseFromImprovementPoints(tx, {
    cycleId: cycle.id,
    governmentIds: [cycle.ownerGovernmentId],
    kind: 'perbaikan_internal',
    officeId: null,
    defaultDue: plusDays(todayIn('WIB', approvedAt), OWN_ITEM_DEFAULT_DAYS),
    actorId,
  });
}
