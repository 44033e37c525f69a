/**
 * "The next cycle sees the last one" (issue 17 §5): for each indicator of a cycle's unit (or of
 * the government's own cells), the value the government's previous cycle published for it, the
 * follow-up items raised on that cycle for it, and whether each was done. Indicators are matched
 * across framework versions through the crosswalk (shared/followups/crosswalk.ts), so a renamed
 * or split indicator still finds its history. Reach is exactly the checklist's: whoever reads the
 * checklist reads this; a unit's PIC sees only the items of their unit.
 */
import type { PreviousCycle, PreviousIndicator, SinceLastYear } from '../../../../shared/contracts/crosswalk';
import { indicatorDefinitions } from '../../../../shared/frameworks/indicator-definitions';
import { previousCodes } from '../../../../shared/followups/crosswalk';
import type { Executor } from '../../../db/client';
import { NotFoundError } from '../../../lib/errors';
import type { Actor } from '../../../lib/reach';
import { rowsBetween } from '../../frameworks/crosswalk.repository';
import { loadFramework } from '../../frameworks/frameworks.sync';
import {
  frameworkOf,
  cycleGovernmentForActor,
  cycleUnitForActor,
  isOmbudsman,
  type CycleRow,
} from '../assessments.access';
import * as repo from './cycle-history.repository';

/** The previous cycle this actor may read history from (an office reads only shared internal ones). */
function previousOf(db: Executor, actor: Actor, cycle: CycleRow, governmentId: string) {
  return repo.findPreviousCycle(db, cycle, governmentId, cycle.kind === 'internal' && isOmbudsman(actor));
}

async function build(
  db: Executor,
  actor: Actor,
  cycle: CycleRow,
  governmentId: string,
  unitId: string | null,
): Promise<PreviousCycle> {
  const prev = await previousOf(db, actor, cycle, governmentId);
  if (!prev) return { cycleId: cycle.id, previous: null, indicators: [] };
  const current = indicatorDefinitions(await frameworkOf(db, cycle));
  const before = indicatorDefinitions(await loadFramework(db, prev.frameworkId));
  const rows =
    prev.frameworkId === cycle.frameworkId ? [] : await rowsBetween(db, prev.frameworkId, cycle.frameworkId);
  const prevRef = { id: prev.frameworkId, basedOn: prev.basedOn };
  const curRef = { id: cycle.frameworkId, basedOn: await repo.frameworkBasedOn(db, cycle.frameworkId) };
  const beforeCodes = new Set(before.keys());
  const indicators = (await repo.cellIndicators(db, cycle.id, governmentId, unitId))
    .filter((code) => current.has(code))
    .sort((a, b) => current.get(a)!.order - current.get(b)!.order);
  const codesOf = new Map(
    indicators.map((code) => [code, previousCodes(prevRef, curRef, code, rows, beforeCodes)]),
  );
  const allCodes = [...new Set([...codesOf.values()].flat())];
  const values = await repo.publishedValues(db, prev.id, governmentId, unitId, allCodes);
  // A PIC reads only their unit's items; the others also the government-wide ones.
  const items = await repo.itemsOfCycle(db, prev.id, governmentId, unitId, actor.role !== 'unit_pic');
  const result: PreviousIndicator[] = indicators.map((indicator) => {
    const codes = codesOf.get(indicator)!;
    const known = codes.map((c) => values.get(c)).filter((v): v is number => typeof v === 'number');
    return {
      indicator,
      previousCodes: codes,
      value: known.length ? Math.round((known.reduce((s, v) => s + v, 0) / known.length) * 100) / 100 : null,
      max: codes.length ? (before.get(codes[0]!)?.scale.max ?? null) : null,
      items: items
        .filter((i) => codes.includes(i.indicatorCode))
        .map((i) => ({
          id: i.id,
          kind: i.kind,
          status: i.status,
          done: i.status === 'selesai',
          action: i.action,
          dueOn: i.dueOn,
          indicatorCode: i.indicatorCode,
        })),
    };
  });
  return {
    cycleId: cycle.id,
    previous: { id: prev.id, year: prev.year, name: prev.name, frameworkId: prev.frameworkId },
    indicators: result,
  };
}

/** History beside a sampled unit's checklist. */
export async function previousForUnit(
  db: Executor,
  actor: Actor,
  cycleId: string,
  unitId: string,
): Promise<PreviousCycle> {
  const { cycle, cycleUnit } = await cycleUnitForActor(db, actor, cycleId, unitId);
  return build(db, actor, cycle, cycleUnit.governmentId, unitId);
}

/** History beside the government's own (entity-level) indicators; not for a unit's PIC (404). */
export async function previousForGovernment(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<PreviousCycle> {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  if (actor.role === 'unit_pic') throw new NotFoundError();
  return build(db, actor, cycle, governmentId, null);
}

/** The rapor's "done / not done since last year" per unit (a PIC: only their units). */
export async function sinceLastYear(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<SinceLastYear> {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  const prev = await previousOf(db, actor, cycle, governmentId);
  if (!prev) return { previous: null, units: [] };
  const unitIds = actor.role === 'unit_pic' ? (actor.reach.unitIds ?? []) : null;
  return {
    previous: { id: prev.id, year: prev.year, name: prev.name, frameworkId: prev.frameworkId },
    units: await repo.doneByUnit(db, prev.id, governmentId, unitIds),
  };
}
