/**
 * The office's side of the backlog: what its governments' public pages show (no row: the default,
 * released assessments' saran perbaikan) and the overdue summary per government and office.
 */
import { DEFAULT_PUBLISHED_KINDS, type FollowupPublication } from '../../../shared/contracts/followups';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { reachesOffice, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { todayWib } from '../complaints/complaints.create';
import { readerScope } from './followups.access';
import * as list from './followups-list.repository';
import * as repo from './followups.repository';

function officeInReach(actor: Actor, officeId: string) {
  if (!reachesOffice(actor.reach, officeId)) throw new NotFoundError();
}

export async function getPublication(
  db: Executor,
  actor: Actor,
  officeId: string,
): Promise<FollowupPublication> {
  officeInReach(actor, officeId);
  if (!(await repo.officeExists(db, officeId))) throw new NotFoundError();
  const row = await repo.publicationOf(db, officeId);
  return { kinds: (row?.kinds ?? [...DEFAULT_PUBLISHED_KINDS]) as FollowupPublication['kinds'] };
}

export async function putPublication(
  db: Executor,
  actor: Actor,
  officeId: string,
  input: FollowupPublication,
): Promise<FollowupPublication> {
  officeInReach(actor, officeId);
  return inTransaction(db, async (tx) => {
    if (!(await repo.officeExists(tx, officeId))) throw new NotFoundError();
    const kinds = [...new Set(input.kinds)];
    await repo.savePublication(tx, officeId, kinds, actor.id);
    return { kinds };
  });
}

/** Governments in reach with overdue items: how many open, how many overdue, the oldest due date. */
export async function overdueSummary(db: Executor, actor: Actor, officeId?: string) {
  const rows = await list.overdueSummary(db, readerScope(actor), todayWib(), officeId);
  return { items: rows };
}
