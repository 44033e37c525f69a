/**
 * Follow-up items from activities (issue 17 §8): each action agreed in an activity (a coordination
 * visit, an audience, a bimtek …) is a `kegiatan` item of the activity's office — the office
 * verifies it, it never counts toward Taat — due on the action's date, addressed to the owner the
 * activity names (free text), else the unit, else the government. Runs in the activity's
 * transaction when it is created or edited; an action whose item exists cannot be deleted (its
 * history is append-only), and an edit reaches the item only while nobody has answered it.
 */
import type { Executor } from '../../../db/client';
import { ConflictError } from '../../../lib/errors';
import * as repo from './sources.repository';

export interface ActivityForItems {
  id: string;
  governmentId: string;
  officeId: string | null;
}

export interface ActionForItems {
  id: string;
  description: string;
  unitId: string | null;
  dueOn: string | null;
  owner: string | null;
}

/** 409 when one of the actions about to be deleted already has a follow-up item. */
export async function assertActionsRemovable(tx: Executor, actionIds: string[]) {
  if ((await repo.actionsWithItems(tx, actionIds)).size > 0)
    throw new ConflictError('activity.actionHasFollowup');
}

/** Creates the missing items of the activity's actions and carries edits into the open ones. */
export async function syncActivityItems(
  tx: Executor,
  activity: ActivityForItems,
  actions: ActionForItems[],
  actorId: string | null,
): Promise<string[]> {
  if (actions.length === 0 || !activity.officeId) return [];
  const n = await repo.names(tx, activity.governmentId, [
    ...new Set(actions.flatMap((a) => (a.unitId ? [a.unitId] : []))),
  ]);
  const addresseeOf = (a: ActionForItems) =>
    a.owner?.trim() || (a.unitId ? n.units.get(a.unitId) : undefined) || n.government;
  const existing = await repo.actionsWithItems(
    tx,
    actions.map((a) => a.id),
  );
  for (const a of actions.filter((x) => existing.has(x.id)))
    await repo.updateOpenActionItem(tx, a.id, {
      action: a.description,
      addressee: addresseeOf(a),
      unitId: a.unitId,
      dueOn: a.dueOn,
    });
  const officeId = activity.officeId;
  return repo.insertSourceItems(
    tx,
    actions
      .filter((a) => !existing.has(a.id))
      .map((a) => ({
        kind: 'kegiatan' as const,
        issuer: 'office' as const,
        sourceType: 'activity' as const,
        sourceId: activity.id,
        officeId,
        governmentId: activity.governmentId,
        unitId: a.unitId,
        activityActionId: a.id,
        addressee: addresseeOf(a),
        action: a.description,
        dueOn: a.dueOn,
        createdBy: actorId,
      })),
    'activity',
    actorId,
  );
}
