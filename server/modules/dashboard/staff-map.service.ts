/**
 * The staff dashboard map (issue 13 item 8): the governments of one official cycle in the actor's
 * reach with their zone and score, released or not — the same reach as every results read
 * (assessments.access): Ombudsman staff see their office's cycles (admins every one) in every
 * phase, unreleased results marked; government roles see only their own government and only after
 * publication. Internal cycles never appear (404, like a missing cycle).
 */
import { asZone } from '../../../shared/contracts/public';
import { StaffMapSchema, type StaffMap } from '../../../shared/contracts/open-data';
import type { GovernmentType } from '../../../shared/contracts/enums';
import { roundHalfUp } from '../../../shared/scoring/rounding';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import {
  assertResultsVisible,
  cycleForActor,
  isOmbudsman,
  readableCycles,
  readableGovernmentIds,
} from '../assessments/assessments.access';
import * as repo from './staff-map.repository';

/**
 * The map of `cycleId`, or of the newest official cycle whose results the actor may see that has
 * a score (else the newest): a cycle still in self-assessment would be all grey.
 */
export async function staffMap(db: Executor, actor: Actor, cycleId?: string): Promise<StaffMap> {
  const staff = actor.reach.all || isOmbudsman(actor);
  const cycles = await repo.officialCycles(db, readableCycles(actor), !staff);
  let chosen: { id: string; year: number; name: string; status: string } | null =
    cycles.find((c) => c.scored) ?? cycles[0] ?? null;
  if (cycleId !== undefined) {
    const cycle = await cycleForActor(db, actor, cycleId);
    if (cycle.kind !== 'official') throw new NotFoundError();
    assertResultsVisible(actor, cycle);
    chosen = { id: cycle.id, year: cycle.year, name: cycle.name, status: cycle.status };
  }
  if (!chosen) return { cycle: null, cycles: [], items: [] };
  const rows = await repo.cycleGovernments(db, chosen.id, readableGovernmentIds(actor));
  return StaffMapSchema.parse({
    cycle: { id: chosen.id, year: chosen.year, name: chosen.name, status: chosen.status },
    cycles: cycles.map((c) => ({ id: c.id, year: c.year, name: c.name, status: c.status })),
    items: rows.map((r) => ({
      governmentId: r.government_id,
      name: r.name,
      type: r.type as GovernmentType,
      code: r.region_code,
      score: r.rounded === null ? null : roundHalfUp(Number(r.rounded), 2),
      band: r.band,
      zone: asZone(r.zone),
      released: Boolean(r.released),
    })),
  });
}
