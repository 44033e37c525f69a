/**
 * "Which of our governments have we not met this year?" (issue 17 §8): an office's governments
 * with no activity (not archived) held in the year, with the last time one was held. Office staff
 * of that office (an admin: any office); another office, a missing one and a government's people
 * all answer alike (404, or 403 by the route's permission).
 */
import type { UnmetGovernmentList } from '../../../../shared/contracts/activities';
import type { Executor } from '../../../db/client';
import { NotFoundError } from '../../../lib/errors';
import { reachesOffice, type Actor } from '../../../lib/reach';
import * as repo from './sources.repository';

export async function unmetGovernments(
  db: Executor,
  actor: Actor,
  officeId: string,
  year: number,
): Promise<UnmetGovernmentList> {
  if (!reachesOffice(actor.reach, officeId)) throw new NotFoundError();
  if (!(await repo.officeExists(db, officeId))) throw new NotFoundError();
  const [items, total] = await Promise.all([
    repo.unmetGovernments(db, officeId, year),
    repo.officeGovernmentCount(db, officeId),
  ]);
  return { officeId, year, total, items };
}
