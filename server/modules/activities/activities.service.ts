/**
 * Activities with a government (issue 15 §10): office staff (activity.write) record them for the
 * governments their office supervises; the government's coordinator (activity.read) reads its
 * own. Reach is checked first and answers 404 exactly like a missing record. One transaction per
 * use case, audited inside it; an edit names the row version it was made on (stale → 409).
 */
import {
  ACTIVITY_MAX_DAYS_AHEAD,
  ActivityPersonSchema,
  type Activity,
  type ActivityInputParsed,
  type ActivityKind,
  type ActivityList,
  type ActivitySummary,
} from '../../../shared/contracts/activities';
import { todayIn } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import { ConflictError, ValidationError, type FieldProblem } from '../../lib/errors';
import { decodeCursor, encodeCursor } from '../../lib/pagination';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { assertActionsRemovable, syncActivityItems } from '../followups/sources/activity.source';
import { activityInReach, governmentInReach } from './activities.access';
import * as repo from './activities.repository';

/** The last day an activity may be dated, counted from `today` (YYYY-MM-DD). */
export function latestHeldOn(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ACTIVITY_MAX_DAYS_AHEAD);
  return d.toISOString().slice(0, 10);
}

/**
 * The checks zod cannot make: the date not in the far future, units and the actions' units of
 * this government, due dates not before the activity, and (on an edit) action ids of this activity.
 */
async function checkInput(
  db: Executor,
  governmentId: string,
  input: ActivityInputParsed,
  existingActionIds: Set<string>,
) {
  const problems: Record<string, FieldProblem> = {};
  const latest = latestHeldOn(todayIn('WIB'));
  if (input.heldOn > latest) problems.heldOn = { message: 'activity.heldOnFuture' };
  if (input.heldOn < '2000-01-01') problems.heldOn = { message: 'activity.heldOnPast' };
  const wanted = [
    ...new Set([...input.unitIds, ...input.actions.flatMap((a) => (a.unitId ? [a.unitId] : []))]),
  ];
  const known = await repo.unitsOfGovernment(db, governmentId, wanted);
  input.unitIds.forEach((u, i) => {
    if (!known.has(u)) problems[`unitIds.${i}`] = { message: 'field.unitNotInGovernment' };
  });
  if (new Set(input.unitIds).size !== input.unitIds.length)
    problems.unitIds = { message: 'activity.unitTwice' };
  const seen = new Set<string>();
  input.actions.forEach((a, i) => {
    if (a.unitId && !known.has(a.unitId))
      problems[`actions.${i}.unitId`] = { message: 'field.unitNotInGovernment' };
    if (a.dueOn && a.dueOn < input.heldOn)
      problems[`actions.${i}.dueOn`] = { message: 'activity.dueBeforeHeld' };
    if (a.id && (!existingActionIds.has(a.id) || seen.has(a.id)))
      problems[`actions.${i}.id`] = { message: 'field.invalid' };
    if (a.id) seen.add(a.id);
  });
  if (Object.keys(problems).length) throw new ValidationError(problems);
}

/** The record's own fields as stored (and as the audit's before/after). */
function fieldsOf(input: ActivityInputParsed) {
  return {
    kind: input.kind,
    title: input.title,
    heldOn: input.heldOn,
    place: input.place,
    people: input.people,
    topics: input.topics,
    minutes: input.minutes,
  };
}

/**
 * Keeps the actions that carry an id (updated in place), adds the new ones, deletes the rest —
 * unless one of those already is a follow-up item (409) — and keeps their follow-up items in step.
 */
async function saveActions(
  tx: Executor,
  row: repo.ActivityRow,
  input: ActivityInputParsed,
  existing: repo.ActionRow[],
  actorId: string,
) {
  const kept = new Set(input.actions.flatMap((a) => (a.id ? [a.id] : [])));
  const removed = existing.filter((a) => !kept.has(a.id)).map((a) => a.id);
  await assertActionsRemovable(tx, removed);
  await repo.deleteActions(tx, removed);
  const fresh: Parameters<typeof repo.insertActions>[1] = [];
  for (const [position, a] of input.actions.entries()) {
    const values = {
      description: a.description,
      unitId: a.unitId ?? null,
      dueOn: a.dueOn ?? null,
      owner: a.owner,
      position,
    };
    if (a.id) await repo.updateAction(tx, a.id, values);
    else fresh.push({ ...values, activityId: row.id, governmentId: row.governmentId });
  }
  await repo.insertActions(tx, fresh);
  await syncActivityItems(tx, row, await repo.actionsOf(tx, row.id), actorId);
}

/** The people of a stored row (a jsonb list): entries that are not a person are left out, never a 500. */
function peopleOf(value: unknown): Activity['people'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p) => {
    const parsed = ActivityPersonSchema.safeParse(p);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The activity as its page shows it. */
export async function present(db: Executor, row: repo.ActivityRow): Promise<Activity> {
  const d = await repo.detailsOf(db, row);
  return {
    id: row.id,
    governmentId: row.governmentId,
    governmentName: d.governmentName,
    officeId: row.officeId,
    kind: row.kind as ActivityKind,
    title: row.title,
    heldOn: row.heldOn,
    place: row.place,
    unitCount: d.units.length,
    actionCount: d.actions.length,
    photoCount: d.photos.length,
    people: peopleOf(row.people),
    units: d.units,
    topics: row.topics,
    minutes: row.minutes,
    actions: d.actions.map(({ action: a, unitName }) => ({
      id: a.id,
      description: a.description,
      unitId: a.unitId,
      unitName,
      dueOn: a.dueOn,
      owner: a.owner,
    })),
    photos: d.photos.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() })),
    rowVersion: row.rowVersion,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: d.updatedByName,
  };
}

const CursorSchema = (v: unknown[] | null): [string, string] | null =>
  v &&
  v.length === 2 &&
  typeof v[0] === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(v[0]) &&
  typeof v[1] === 'string' &&
  /^[0-9a-f-]{36}$/i.test(v[1])
    ? [v[0], v[1]]
    : null;

export interface ListQuery {
  governmentId?: string;
  officeId?: string;
  kind?: ActivityKind;
  year?: number;
  cursor?: string;
  limit: number;
}

/** Activities in the actor's reach, newest first, filtered; keyset pages. */
export async function listActivities(db: Executor, actor: Actor, q: ListQuery): Promise<ActivityList> {
  const rows = await repo.listActivities(db, {
    reach: actor.reach,
    governmentId: q.governmentId,
    officeId: q.officeId,
    kind: q.kind,
    year: q.year,
    after: CursorSchema(decodeCursor(q.cursor)),
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ ...r, kind: r.kind as ActivityKind }) satisfies ActivitySummary),
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.heldOn, last.id]) : null,
  };
}

/** One government's activities (404 when the government is out of reach). */
export async function listGovernmentActivities(
  db: Executor,
  actor: Actor,
  governmentId: string,
  q: Omit<ListQuery, 'governmentId' | 'officeId'>,
): Promise<ActivityList> {
  await governmentInReach(db, actor, governmentId);
  return listActivities(db, actor, { ...q, governmentId });
}

/** Records an activity with a government the actor's office supervises. */
export async function createActivity(
  db: Executor,
  actor: Actor,
  governmentId: string,
  input: ActivityInputParsed,
): Promise<Activity> {
  const gov = await governmentInReach(db, actor, governmentId);
  if (input.actions.some((a) => a.id))
    throw new ValidationError({ 'actions.0.id': { message: 'field.invalid' } });
  await checkInput(db, gov.id, input, new Set());
  return inTransaction(db, async (tx) => {
    const row = await repo.insertActivity(tx, {
      ...fieldsOf(input),
      governmentId: gov.id,
      officeId: gov.officeId,
      createdBy: actor.id,
      updatedBy: actor.id,
    });
    await repo.replaceUnits(tx, row.id, input.unitIds);
    await saveActions(tx, row, input, [], actor.id);
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'activity',
      entityId: row.id,
      governmentId: gov.id,
      officeId: gov.officeId,
      after: { ...fieldsOf(input), unitIds: input.unitIds, actions: input.actions.length },
    });
    return present(tx, row);
  });
}

/** One activity (office staff of its government's office; its government's coordinator). */
export async function getActivity(db: Executor, actor: Actor, id: string): Promise<Activity> {
  return present(db, await activityInReach(db, actor, id));
}

/** Saves an edit made on `rowVersion`: fields, units and actions together; stale → 409. */
export async function updateActivity(
  db: Executor,
  actor: Actor,
  id: string,
  input: ActivityInputParsed & { rowVersion: number },
): Promise<Activity> {
  const current = await activityInReach(db, actor, id);
  const existing = await repo.actionsOf(db, id);
  await checkInput(db, current.governmentId, input, new Set(existing.map((a) => a.id)));
  return inTransaction(db, async (tx) => {
    const before = await activityInReach(tx, actor, id, { lock: true });
    const row = await repo.updateActivity(tx, id, input.rowVersion, {
      ...fieldsOf(input),
      updatedBy: actor.id,
    });
    if (!row) throw new ConflictError('activity.stale');
    await repo.replaceUnits(tx, id, input.unitIds);
    await saveActions(tx, row, input, await repo.actionsOf(tx, id), actor.id);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'activity',
      entityId: id,
      governmentId: row.governmentId,
      officeId: row.officeId,
      before: {
        kind: before.kind,
        title: before.title,
        heldOn: before.heldOn,
        place: before.place,
        people: before.people,
        topics: before.topics,
        minutes: before.minutes,
      },
      after: fieldsOf(input),
    });
    return present(tx, row);
  });
}

/** Archives an activity (it leaves every list and page); stale → 409, already archived → 409. */
export async function archiveActivity(db: Executor, actor: Actor, id: string, rowVersion: number) {
  await inTransaction(db, async (tx) => {
    const row = await activityInReach(tx, actor, id, { lock: true, archived: true });
    if (row.archivedAt) throw new ConflictError('activity.archived');
    if (row.rowVersion !== rowVersion) throw new ConflictError('activity.stale');
    await repo.updateActivity(tx, id, rowVersion, { archivedAt: new Date(), updatedBy: actor.id });
    await recordAudit(tx, actor, {
      action: 'archive',
      entityType: 'activity',
      entityId: id,
      governmentId: row.governmentId,
      officeId: row.officeId,
      before: { title: row.title },
    });
  });
}
