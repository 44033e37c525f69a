/**
 * Who reads an item and what part they play on it (issue 17 decisions): office staff (the roles with
 * complaint.read) read their offices' items and are the issuer of the office's kinds; the government's
 * coordinator and internal verifier read its items (the internal verifier, its Inspektorat, is the
 * issuer of the government's own kinds); a unit PIC reads the items of their units and those they own.
 * Out of reach reads as missing (404). What a reader may do is the state machine's answer for their part.
 */
import type { FollowupItem } from '../../../shared/contracts/followups';
import { FOLLOWUP_ACTIONS, nextStatus, type FollowupPart } from '../../../shared/followups/machine';
import { ForbiddenError } from '../../lib/errors';
import { roleCan } from '../../lib/permissions';
import { reachesGovernment, reachesOffice, type Actor } from '../../lib/reach';
import type { ReaderScope } from './followups-list.repository';
import type { FollowupRow } from './followups.repository';

export type Side = 'office' | 'government';

/** Office staff read by office; the government's side by government (a PIC by unit or ownership). */
export const isOfficeSide = (actor: Actor): boolean => roleCan(actor.role, 'complaint.read');

export function sideOf(actor: Actor): Side {
  if (isOfficeSide(actor)) return 'office';
  if (actor.governmentId || actor.reach.governmentIds.length) return 'government';
  throw new ForbiddenError();
}

function picReaches(actor: Actor, item: FollowupRow): boolean {
  if (item.ownerId === actor.id) return true;
  const units = actor.reach.unitIds;
  return units === null || (!!item.unitId && units.includes(item.unitId));
}

/** Whether the actor may read the item at all (else 404). */
export function reaches(actor: Actor, item: FollowupRow): boolean {
  if (sideOf(actor) === 'office')
    return actor.reach.all || (!!item.officeId && reachesOffice(actor.reach, item.officeId));
  if (!item.governmentId || !reachesGovernment(actor.reach, item.governmentId)) return false;
  return actor.role !== 'unit_pic' || picReaches(actor, item);
}

/** The actor's part on an item they reach. */
export function partOf(actor: Actor, item: FollowupRow): FollowupPart {
  if (!reaches(actor, item)) return 'other';
  if (item.issuer === 'office' && sideOf(actor) === 'office' && roleCan(actor.role, 'followup.verify'))
    return 'issuer';
  if (item.issuer === 'government' && actor.role === 'internal_verifier') return 'issuer';
  if (actor.role === 'gov_coordinator') return 'coordinator';
  if (actor.role === 'unit_pic') return 'pic';
  return 'other';
}

/** What the actor may do now: the machine's answer for their part, never verifying their own answer. */
export function canOf(actor: Actor, item: FollowupRow): FollowupItem['can'] {
  const part = partOf(actor, item);
  const can: FollowupItem['can'] = FOLLOWUP_ACTIONS.filter((a) => {
    if (nextStatus(item.status, a, part, item.kind) === null) return false;
    if ((a === 'verify' || a === 'reopen') && item.answeredBy === actor.id) return false;
    return true;
  });
  if (item.kind === 'rekomendasi' && roleCan(actor.role, 'followup.publish') && reaches(actor, item))
    can.push('publish');
  return can;
}

/** The list's SQL scope for this reader (and the `todo` meaning of their role). */
export function readerScope(actor: Actor): ReaderScope {
  const side = sideOf(actor);
  const todo: ReaderScope['todo'] =
    side === 'office'
      ? 'verify-office'
      : actor.role === 'internal_verifier'
        ? 'verify-government'
        : actor.role === 'gov_coordinator'
          ? 'send'
          : actor.role === 'unit_pic'
            ? 'answer'
            : null;
  return { side, reach: actor.reach, userId: actor.id, pic: actor.role === 'unit_pic', todo };
}
