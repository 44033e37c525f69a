/**
 * Reach-scoped lookups of the rows behind file reads (evidence, field-visit photos, appeal files).
 * The row, its cycle and the actor's reach are one query, so an id out of reach costs the same and
 * answers the same as a missing one: a 404, never a measurably slower 404.
 */
import { and, eq, exists, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client';
import { files } from '../../../db/schema';
import {
  answers,
  appeals,
  cycleGovernments,
  cycles,
  evidence,
  fieldVisits,
} from '../../../db/schema-assessments';
import { governmentScope, officeScope, unitScope, type Actor } from '../../../lib/reach';
import { isOmbudsman } from '../assessments.access';
import { anyOf } from '../../../db/any-of';

const NOTHING = sql`false`;

/**
 * `cycleGovernmentForActor` as a condition on a row's cycle and government (the query joins
 * `cycles`): the cycle is not archived and includes the government; Ombudsman roles reach the
 * cycles of their offices, and everyone only the governments in their reach.
 */
function cycleGovernmentScope(db: Executor, actor: Actor, cycleId: AnyPgColumn, governmentId: AnyPgColumn) {
  const inCycle = exists(
    db
      .select({ one: sql`1` })
      .from(cycleGovernments)
      .where(and(eq(cycleGovernments.cycleId, cycleId), eq(cycleGovernments.governmentId, governmentId))),
  );
  const reach = actor.reach;
  return and(
    isNull(cycles.archivedAt),
    inCycle,
    isOmbudsman(actor) ? officeScope(reach, cycles.officeId) : undefined,
    // Ombudsman staff and admins reach a government's internal cycle only while it is shared.
    isOmbudsman(actor) ? or(eq(cycles.kind, 'official'), isNotNull(cycles.sharedAt)) : undefined,
    governmentScope(reach, governmentId),
  )!;
}

/**
 * The stored file of a live evidence item the actor reaches: a unit-level item through its unit
 * (a PIC: their units), an entity-level item through its government (not for PICs).
 */
export async function findEvidenceFileInReach(db: Executor, actor: Actor, evidenceId: string) {
  const reach = actor.reach;
  const itemScope: SQL | undefined = reach.all
    ? undefined
    : or(
        and(isNotNull(evidence.unitId), unitScope(reach, evidence.unitId, evidence.governmentId)),
        and(
          isNull(evidence.unitId),
          actor.role === 'unit_pic' ? NOTHING : governmentScope(reach, evidence.governmentId),
        ),
      );
  const rows = await db
    .select({ file: files })
    .from(evidence)
    .innerJoin(cycles, eq(cycles.id, evidence.cycleId))
    .innerJoin(files, eq(files.id, evidence.fileId))
    .where(
      and(
        eq(evidence.id, evidenceId),
        isNull(evidence.archivedAt),
        cycleGovernmentScope(db, actor, evidence.cycleId, evidence.governmentId),
        itemScope,
      ),
    )
    .limit(1);
  return rows[0]?.file;
}

/** A field visit to a unit the actor reaches, with its cycle (for the phase rule). */
export async function findVisitInReach(db: Executor, actor: Actor, visitId: string) {
  const rows = await db
    .select({ visit: fieldVisits, cycle: cycles })
    .from(fieldVisits)
    .innerJoin(cycles, eq(cycles.id, fieldVisits.cycleId))
    .where(
      and(
        eq(fieldVisits.id, visitId),
        cycleGovernmentScope(db, actor, fieldVisits.cycleId, fieldVisits.governmentId),
        unitScope(actor.reach, fieldVisits.unitId, fieldVisits.governmentId),
      ),
    )
    .limit(1);
  return rows[0];
}

/**
 * An appeal the actor may read, with its cycle: everyone who reaches the government, except that a
 * PIC reads only appeals on items of their units.
 */
export async function findAppealInReach(db: Executor, actor: Actor, appealId: string) {
  const unitIds = actor.reach.all ? null : actor.reach.unitIds;
  const picScope =
    unitIds === null
      ? undefined
      : unitIds.length === 0
        ? NOTHING
        : exists(
            db
              .select({ one: sql`1` })
              .from(answers)
              .where(and(eq(answers.id, appeals.answerId), anyOf(answers.unitId, unitIds))),
          );
  const rows = await db
    .select({ appeal: appeals, cycle: cycles })
    .from(appeals)
    .innerJoin(cycles, eq(cycles.id, appeals.cycleId))
    .where(
      and(
        eq(appeals.id, appealId),
        cycleGovernmentScope(db, actor, appeals.cycleId, appeals.governmentId),
        picScope,
      ),
    )
    .limit(1);
  return rows[0];
}
