/**
 * The results dashboard of a cycle: zone distribution, ranking per government type, progress of
 * the cycle, and the office and national means (REFERENCE §10 rule 3, mean of government scores).
 */
import { roundHalfUp } from '../../../../shared/scoring/rounding';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../lib/reach';
import { assertResultsVisible, cycleForActor, readableGovernmentIds } from '../assessments.access';
import * as repo from './results.repository';

const TOP = 5;

/**
 * Summary figures of one cycle. Government roles (after publication) get them for their own
 * government only, as every results read (readableGovernmentIds): its zone, its place in the ranking,
 * its progress; the office and national means, made of other governments' scores, are null.
 */
export async function getSummary(db: Executor, actor: Actor, cycleId: string) {
  const cycle = await cycleForActor(db, actor, cycleId);
  assertResultsVisible(actor, cycle);
  const only = readableGovernmentIds(actor) ?? undefined;
  const [zones, top, progress, means] = [
    await repo.zoneCounts(db, cycleId, only),
    await repo.topPerType(db, cycleId, TOP, only),
    await repo.cycleProgress(db, cycleId, only),
    only === undefined
      ? await repo.means(db, cycleId)
      : { officeMean: null, nationalMean: null, nationalCount: 0 },
  ];
  const zoneCount = (z: string | null) => zones.find((r) => r.zone === z)?.n ?? 0;
  const types = [...new Set(top.map((r) => r.type))];
  return {
    cycleId,
    status: cycle.status,
    zones: {
      hijau: zoneCount('hijau'),
      kuning: zoneCount('kuning'),
      merah: zoneCount('merah'),
      none: zoneCount(null),
    },
    ranking: types.map((type) => ({
      type,
      top: top
        .filter((r) => r.type === type)
        .map((r) => ({ governmentId: r.government_id, name: r.name, score: r.rounded, rank: r.rank! })),
    })),
    progress,
    officeMean: means.officeMean === null ? null : roundHalfUp(means.officeMean, 2),
    nationalMean: means.nationalMean === null ? null : roundHalfUp(means.nationalMean, 2),
    nationalCount: means.nationalCount,
  };
}
