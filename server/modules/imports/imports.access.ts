/**
 * Which governments an actor may import into or export from, and which imports they may read or
 * commit: set-based on the actor's reach. Out of reach answers 404, exactly like a missing id.
 */
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { reachesGovernment, type Actor } from '../../lib/reach';
import { findGovernment } from '../registry/governments.repository';
import * as repo from './imports.repository';

/** Of these government ids, those in the actor's reach (the route permission says who may import at all). */
export function importableGovernmentIds(actor: Actor, governmentIds: string[]): Set<string> {
  return new Set(governmentIds.filter((id) => reachesGovernment(actor.reach, id)));
}

/** A government in reach that exists and is not archived (imports write into it), or 404. */
export async function findImportableGovernment(db: Executor, actor: Actor, governmentId: string) {
  if (!importableGovernmentIds(actor, [governmentId]).has(governmentId)) throw new NotFoundError();
  const gov = await findGovernment(db, governmentId);
  if (!gov || gov.archivedAt) throw new NotFoundError();
  return gov;
}

/**
 * A government in reach that exists (archived included: its registry may still be exported and its
 * template downloaded), or 404. Rows within it are limited to the actor's units by the repository.
 */
export async function findGovernmentInReach(db: Executor, actor: Actor, governmentId: string) {
  if (!reachesGovernment(actor.reach, governmentId)) throw new NotFoundError();
  const gov = await findGovernment(db, governmentId);
  if (!gov) throw new NotFoundError();
  return gov;
}

/** An import of a government in reach (read its progress, commit it), or 404. */
export async function findReadableImport(db: Executor, actor: Actor, id: string): Promise<repo.ImportRow> {
  const row = await repo.findImport(db, id);
  if (!row || !importableGovernmentIds(actor, [row.governmentId]).has(row.governmentId))
    throw new NotFoundError();
  return row;
}
