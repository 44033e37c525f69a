/**
 * Drafting a product's standard (issue 15 §1): open a draft (a copy of the set version, or empty),
 * autosave under an optimistic lock, discard, submit to the coordinator and return to the unit.
 * Reach first (404), then the role (403), one transaction per use case with the version row locked.
 */
import type { SaveDraftBody, StandardVersion } from '../../../shared/contracts/standards';
import { formatDateTime } from '../../../shared/format/format';
import type { Executor, Tx } from '../../db/client';
import { AppError, ConflictError, ForbiddenError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { changedComponents } from './component-text';
import {
  canEdit,
  requireEditableStandard,
  requireReadableProduct,
  requireReadableStandard,
  requireSettableStandard,
} from './standards.access';
import { contentOf, toVersion } from './standards.dto';
import { auditStandard } from './standards.audit';
import { tellCoordinators, tellPics } from './standards.notify';
import * as repo from './standards.repository';

/** 409 `standard_conflict`: someone saved (or moved) the version since the editor loaded it. */
export async function staleConflict(db: Executor, actor: Actor, row: repo.StandardRow): Promise<AppError> {
  const names = await repo.userNames(db, [row.updatedBy]);
  const name = row.updatedBy ? (names.get(row.updatedBy) ?? '') : '';
  return new AppError(
    'standard_conflict',
    409,
    name ? 'standard.conflict' : 'standard.conflictAnon',
    undefined,
    { name, at: formatDateTime(row.updatedAt, actor.locale) },
    {
      rowVersion: row.rowVersion,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy ? { id: row.updatedBy, name } : null,
    },
  );
}

/** A set or superseded version is frozen: no route changes its content. */
function requireOpen(row: repo.StandardRow): void {
  if (row.status === 'ditetapkan' || row.status === 'diganti') throw new ConflictError('standard.frozen');
}

/** Draft only for a PIC; a submitted one also for the coordinator (who may correct before setting). */
function requireWritable(actor: Actor, row: repo.StandardRow): void {
  requireOpen(row);
  if (row.status === 'diajukan' && actor.role !== 'gov_coordinator')
    throw new ConflictError('standard.submittedLocked');
}

/**
 * Opens the product's next version as a draft: a copy of the set version's content (based_on
 * version), or empty when nothing is set yet. A product has one open draft at most: when one is
 * open (or opened by someone else at this very moment) the answer is 409 `standard_draft_exists`
 * with its id.
 */
export async function openDraft(db: Executor, actor: Actor, productId: string): Promise<StandardVersion> {
  const row = await inTransaction(db, async (tx) => {
    const product = await requireReadableProduct(tx, actor, productId);
    if (!canEdit(actor, product)) throw new ForbiddenError();
    if (product.archived) throw new ConflictError('conflict.archivedParent');
    const versions = await repo.listVersions(tx, productId);
    const open = versions.find((v) => v.status === 'draft' || v.status === 'diajukan');
    if (open) throw draftExists(open.id);
    const current = versions.find((v) => v.status === 'ditetapkan');
    const inserted = await repo.insertDraftIfNone(tx, {
      productId,
      unitId: product.unitId,
      governmentId: product.governmentId,
      version: (versions.at(-1)?.version ?? 0) + 1,
      status: 'draft',
      content: current ? contentOf(current) : {},
      publishManufacturing: current?.publishManufacturing ?? false,
      basedOnVersion: current?.version ?? null,
      createdBy: actor.id,
      updatedBy: actor.id,
    });
    if (inserted) await auditStandard(tx, actor, 'create', null, inserted);
    return inserted ?? null;
  });
  if (row) return toVersion(db, row);
  // Another editor opened one between our read and our insert: point to theirs.
  const theirs = await repo.findOpenDraft(db, productId);
  throw theirs ? draftExists(theirs.id) : new ConflictError('standard.retry');
}

function draftExists(id: string): AppError {
  return new AppError('standard_draft_exists', 409, 'standard.draftExists', undefined, undefined, { id });
}

/** One version in reach (any status). */
export async function getStandard(db: Executor, actor: Actor, id: string): Promise<StandardVersion> {
  return toVersion(db, await requireReadableStandard(db, actor, id));
}

/**
 * Autosave. The body names the row version the editor loaded; another save in between answers 409
 * `standard_conflict` with who saved last and when, and nothing is overwritten. Each save that
 * changes something records who changed which components (service_standard_edits); a save that
 * changes nothing keeps the row version.
 */
export async function saveDraft(
  db: Executor,
  actor: Actor,
  id: string,
  body: SaveDraftBody,
): Promise<StandardVersion> {
  const row = await inTransaction(db, async (tx) => {
    const before = await requireEditableStandard(tx, actor, id);
    requireWritable(actor, before);
    if (before.rowVersion !== body.rowVersion) throw await staleConflict(tx, actor, before);
    const changed = changedComponents(contentOf(before), body.content);
    if (changed.length === 0 && before.publishManufacturing === body.publishManufacturing) return before;
    const after = await repo.updateStandard(tx, id, {
      content: body.content,
      publishManufacturing: body.publishManufacturing,
      updatedBy: actor.id,
    });
    if (changed.length) await repo.insertEdit(tx, { standardId: id, userId: actor.id, components: changed });
    return after;
  });
  return toVersion(db, row);
}

/** Discards an open draft (its recorded edits go with it). */
export async function discardDraft(db: Executor, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await requireEditableStandard(tx, actor, id);
    requireWritable(actor, row);
    await repo.deleteDraft(tx, id);
    await auditStandard(tx, actor, 'delete', row, null);
  });
}

async function moveStatus(
  tx: Tx,
  actor: Actor,
  row: repo.StandardRow,
  rowVersion: number,
  values: Partial<repo.NewStandard>,
) {
  if (row.rowVersion !== rowVersion) throw await staleConflict(tx, actor, row);
  return repo.updateStandard(tx, row.id, { ...values, updatedBy: actor.id });
}

/** Draft → diajukan, by the unit's PIC or the coordinator; the coordinators are told. */
export async function submitDraft(
  db: Executor,
  actor: Actor,
  id: string,
  rowVersion: number,
): Promise<StandardVersion> {
  const row = await inTransaction(db, async (tx) => {
    const before = await requireEditableStandard(tx, actor, id);
    requireOpen(before);
    if (before.status !== 'draft') throw new ConflictError('standard.notDraft');
    const after = await moveStatus(tx, actor, before, rowVersion, {
      status: 'diajukan',
      submittedBy: actor.id,
      submittedAt: new Date(),
      returnNote: null,
    });
    await tellCoordinators(tx, actor, after);
    await auditStandard(tx, actor, 'update', before, after);
    return after;
  });
  return toVersion(db, row);
}

/** Diajukan → draft with the coordinator's note; the unit's PICs are told. */
export async function returnDraft(
  db: Executor,
  actor: Actor,
  id: string,
  body: { rowVersion: number; note: string },
): Promise<StandardVersion> {
  const row = await inTransaction(db, async (tx) => {
    const before = await requireSettableStandard(tx, actor, id);
    requireOpen(before);
    if (before.status !== 'diajukan') throw new ConflictError('standard.notSubmitted');
    const after = await moveStatus(tx, actor, before, body.rowVersion, {
      status: 'draft',
      returnNote: body.note,
    });
    await tellPics(tx, actor, after, 'standard.returned', { note: body.note });
    await auditStandard(tx, actor, 'update', before, after);
    return after;
  });
  return toVersion(db, row);
}
