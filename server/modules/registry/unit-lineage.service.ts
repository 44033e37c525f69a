/**
 * Reads of the unit history: a unit's lineage (names, predecessors, successors, the changes) and
 * its past results with those of its predecessors, "sebagai <old name>".
 */
import type { UnitChangeDto, UnitLineage, UnitResultsHistory } from '../../../shared/contracts/unit-history';
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/reach';
import * as repo from './unit-history.repository';
import { requireReadableUnit } from './registry.access';

/** Ombudsman roles (as in assessments' cycle-access): they see cycles before publication. */
const isOmbudsman = (actor: Actor) => ['admin', 'oversight_head', 'assessor'].includes(actor.role);

type ChangeWithLinks = Awaited<ReturnType<typeof repo.listChanges>>[number];

export function toChangeDto(c: ChangeWithLinks): UnitChangeDto {
  return {
    id: c.id,
    governmentId: c.governmentId,
    kind: c.kind,
    effectiveOn: c.effectiveOn,
    reference: c.reference,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
    createdByName: c.createdByName,
    links: c.links.map((l) => ({
      fromUnitId: l.fromUnitId,
      fromName: l.fromName,
      toUnitId: l.toUnitId,
      toName: l.toName,
    })),
  };
}

interface NameSpan {
  name: string;
  from: string | null;
  to: string | null;
}

/** The names a unit carried, from its renames (oldest first) and its current name. */
export function nameSpans(
  current: string,
  renames: Array<{ fromName: string; toName: string; effectiveOn: string }>,
): NameSpan[] {
  if (renames.length === 0) return [{ name: current, from: null, to: null }];
  const spans: NameSpan[] = [{ name: renames[0]!.fromName, from: null, to: renames[0]!.effectiveOn }];
  renames.forEach((r, i) =>
    spans.push({ name: r.toName, from: r.effectiveOn, to: renames[i + 1]?.effectiveOn ?? null }),
  );
  return spans;
}

/** The name valid on `day` (YYYY-MM-DD); the spans cover every day, open at both ends. */
export function nameOn(spans: NameSpan[], day: string): string {
  const hit = spans.find((s) => (s.from === null || s.from <= day) && (s.to === null || day < s.to));
  return (hit ?? spans.at(-1))!.name;
}

/**
 * The lineage of a unit the actor reaches (404 otherwise): its names, every predecessor and
 * successor through merges and splits (transitively, with the depth) and the changes of all of them.
 */
export async function getUnitLineage(db: Executor, actor: Actor, unitId: string): Promise<UnitLineage> {
  const unit = await requireReadableUnit(db, actor, unitId);
  const up = (await repo.unitAndAncestorIds(db, [unitId])).filter((r) => r.unitId !== unitId);
  const down = (await repo.unitAndDescendantIds(db, unitId)).filter((r) => r.unitId !== unitId);
  const related = [...up, ...down].map((r) => r.unitId);
  const info = new Map((await repo.unitsByIds(db, related)).map((u) => [u.id, u]));
  const describe = (rows: Array<{ unitId: string; depth: number }>) =>
    rows
      .map((r) => {
        const u = info.get(r.unitId);
        return {
          unitId: r.unitId,
          name: u?.name ?? '',
          archivedAt: u?.archivedAt?.toISOString() ?? null,
          depth: r.depth,
        };
      })
      .sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name, 'id'));
  const changes = await repo.listChanges(db, { unitIds: [unitId, ...related] });
  const renames = await repo.renamesOf(db, [unitId]);
  return {
    unitId,
    names: nameSpans(unit.name, renames),
    predecessors: describe(up),
    successors: describe(down),
    changes: changes.map(toChangeDto),
  };
}

/**
 * The unit's past results and improvement points, with those of every predecessor (through merges
 * and splits), each under the name it was assessed as. Ombudsman roles see the cycles of their
 * offices in any phase; government roles published cycles only (as with the rapor).
 */
export async function getUnitResultsHistory(
  db: Executor,
  actor: Actor,
  unitId: string,
): Promise<UnitResultsHistory> {
  await requireReadableUnit(db, actor, unitId);
  const lineage = await repo.unitAndAncestorIds(db, [unitId]);
  const ids = lineage.map((r) => r.unitId);
  const visible = isOmbudsman(actor)
    ? { officeIds: actor.reach.all ? null : actor.reach.officeIds, publishedOnly: false }
    : { officeIds: null, publishedOnly: true };
  const rows = await repo.pastResults(db, ids, visible);
  const current = new Map((await repo.unitsByIds(db, ids)).map((u) => [u.id, u.name]));
  const renames = await repo.renamesOf(db, ids);
  const spans = new Map(
    ids.map((id) => [
      id,
      nameSpans(
        current.get(id) ?? '',
        renames.filter((r) => r.unitId === id),
      ),
    ]),
  );
  return {
    unitId,
    items: rows.map((r) => ({
      cycleId: r.cycleId,
      year: r.year,
      cycleName: r.cycleName,
      unitId: r.unitId,
      asName: nameOn(spans.get(r.unitId)!, r.asOf),
      own: r.unitId === unitId,
      score: r.rounded,
      band: r.band,
      zone: r.zone,
      improvementPoints: r.points,
    })),
  };
}
