/**
 * An item's changes of state, each one transaction with one history row and one version step (a
 * stale version answers 409), every transition asked of shared/followups/machine.ts nextStatus:
 * the coordinator assigns and sends (in bulk, all or none), the PIC or coordinator answers with
 * evidence, the issuer verifies or reopens (never the person who answered), headquarters publishes
 * a rekomendasi.
 */
import type { FollowupDetail, FollowupVerify } from '../../../shared/contracts/followups';
import { nextStatus, type FollowupAction, type FollowupStatus } from '../../../shared/followups/machine';
import type { Executor } from '../../db/client';
import { AppError, ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { reachesUnit, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordFile } from '../files/files.service';
import { partOf, reaches } from './followups.access';
import { discardAnswerFiles, type AnswerForm } from './followups.answer-form';
import { presentDetail, presentItems } from './followups.present';
import * as repo from './followups.repository';
import { itemInReach } from './followups.service';

/** 409 refusing a step the machine does not allow (`selesai` says so plainly). */
function refuse(item: repo.FollowupRow): never {
  throw new ConflictError(item.status === 'selesai' ? 'followup.closed' : 'followup.notAllowed');
}

/** The next status of `action` for this actor, or 409. */
function stepOf(actor: Actor, item: repo.FollowupRow, action: FollowupAction): FollowupStatus {
  const to = nextStatus(item.status, action, partOf(actor, item), item.kind);
  if (to === null) refuse(item);
  return to;
}

/** A bulk refusal naming the item (its place in the request and its id): nothing was changed. */
function bulkConflict(index: number, itemId: string, message: string): never {
  throw new AppError(
    'CONFLICT',
    409,
    'followup.bulkConflict',
    { [`items.${index}`]: { message } },
    { n: index + 1 },
    { itemId },
  );
}

interface Bulk {
  items: { id: string; version: number }[];
}

/**
 * Applies one action to many items in one transaction: every item in reach (else 404), at its
 * version and allowed by the machine, or nothing changes (409 naming the first refused item).
 */
async function bulk(
  db: Executor,
  actor: Actor,
  input: Bulk,
  action: 'assign' | 'send',
  patchOf: (item: repo.FollowupRow) => repo.FollowupPatch,
) {
  const ids = input.items.map((i) => i.id);
  if (new Set(ids).size !== ids.length) throw new ValidationError({ items: { message: 'field.invalid' } });
  return inTransaction(db, async (tx) => {
    const rows = new Map((await repo.lockItems(tx, ids)).map((r) => [r.id, r]));
    const planned = input.items.map((want, index) => {
      const item = rows.get(want.id);
      if (!item || !reaches(actor, item)) throw new NotFoundError();
      if (item.version !== want.version) bulkConflict(index, item.id, 'followup.stale');
      const to = nextStatus(item.status, action, partOf(actor, item), item.kind);
      if (to === null) bulkConflict(index, item.id, 'followup.notAllowed');
      return { item, to, index };
    });
    const done: repo.FollowupRow[] = [];
    for (const { item, to, index } of planned) {
      const row = await repo.updateItem(tx, item.id, item.version, { status: to, ...patchOf(item) });
      if (!row) bulkConflict(index, item.id, 'followup.stale');
      done.push(row);
    }
    await repo.insertEvents(
      tx,
      planned.map(({ item, to }) => ({
        itemId: item.id,
        actorId: actor.id,
        action: action === 'assign' ? 'ditugaskan' : 'dikirim',
        fromStatus: item.status,
        toStatus: to,
      })),
    );
    return { items: await presentItems(tx, actor, done) };
  });
}

/** The coordinator gives items to an owner: a PIC of each item's unit, or a coordinator of the government. */
export async function assignFollowups(db: Executor, actor: Actor, input: Bulk & { ownerId: string }) {
  const owner = await repo.ownerCandidate(db, input.ownerId);
  const items = await Promise.all(input.items.map((i) => repo.findItem(db, i.id)));
  const eligible = (item: repo.FollowupRow | undefined) => {
    if (!item || !owner || owner.archivedAt || owner.governmentId !== item.governmentId) return false;
    if (owner.role === 'gov_coordinator') return true;
    return owner.role === 'unit_pic' && (!item.unitId || owner.unitIds.includes(item.unitId));
  };
  // Items out of reach answer 404 inside `bulk`; an ineligible owner is a field problem.
  if (items.some((item) => item && reaches(actor, item) && !eligible(item)))
    throw new ValidationError({ ownerId: { message: 'followup.ownerNotEligible' } });
  return bulk(db, actor, input, 'assign', () => ({ ownerId: input.ownerId }));
}

/** The coordinator sends answered items on to their issuer. */
export async function sendFollowups(db: Executor, actor: Actor, input: Bulk) {
  return bulk(db, actor, input, 'send', () => ({ sentAt: new Date() }));
}

/**
 * An answer with evidence: files (stored), links, and documents of the unit's evidence library. A
 * PIC's answer waits for the coordinator (`dijawab`); the coordinator's goes to the issuer (`dikirim`).
 */
export async function answerFollowup(
  db: Executor,
  actor: Actor,
  id: string,
  form: AnswerForm,
): Promise<FollowupDetail> {
  try {
    const item = await itemInReach(db, actor, id);
    const to = stepOf(actor, item, 'answer');
    let documents: Awaited<ReturnType<typeof repo.libraryDocuments>> = [];
    if (form.documentIds.length) {
      const unitOk =
        !!item.unitId && !!item.governmentId && reachesUnit(actor.reach, item.unitId, item.governmentId);
      documents = unitOk
        ? await repo.libraryDocuments(db, form.documentIds, item.governmentId!, item.unitId!)
        : [];
      const missing = form.documentIds.findIndex((d) => !documents.some((doc) => doc.id === d));
      if (missing >= 0)
        throw new ValidationError({ [`documentId.${missing}`]: { message: 'followup.notInLibrary' } });
    }
    return await inTransaction(db, async (tx) => {
      const stored = [];
      for (const s of form.staged)
        stored.push(
          await recordFile(tx, actor, s, { governmentId: item.governmentId, officeId: item.officeId }),
        );
      const now = new Date();
      const row = await repo.updateItem(tx, id, form.version, {
        status: to,
        answeredBy: actor.id,
        answeredAt: now,
        ...(to === 'dikirim' ? { sentAt: now } : {}),
      });
      if (!row) throw new ConflictError('followup.stale');
      const [event] = await repo.insertEvents(tx, [
        {
          itemId: id,
          actorId: actor.id,
          action: 'dijawab',
          fromStatus: item.status,
          toStatus: to,
          note: form.note || null,
          fileId: stored[0]?.id ?? null,
        },
      ]);
      const base = { itemId: id, eventId: event!.id };
      await repo.insertEvidence(tx, [
        ...stored.map((f) => ({ ...base, fileId: f.id, label: f.originalName })),
        ...form.links.map((url) => ({ ...base, url, label: url })),
        ...documents.map((d) => ({ ...base, unitDocumentId: d.id, label: d.title })),
      ]);
      return presentDetail(tx, actor, row);
    });
  } catch (err) {
    await discardAnswerFiles(form);
    throw err;
  }
}

/**
 * The issuer's decision: done (`selesai`, from `dikirim`) or reopened with a reason (from `dikirim`
 * or `selesai`). Only the issuer's side (403 otherwise), never the person who answered (409).
 */
export async function verifyFollowup(
  db: Executor,
  actor: Actor,
  id: string,
  input: FollowupVerify,
): Promise<FollowupDetail> {
  return inTransaction(db, async (tx) => {
    const item = await itemInReach(tx, actor, id);
    if (partOf(actor, item) !== 'issuer') throw new ForbiddenError('followup.notIssuer');
    if (item.answeredBy === actor.id) throw new ConflictError('followup.ownAnswer');
    const done = input.decision === 'selesai';
    const to = stepOf(actor, item, done ? 'verify' : 'reopen');
    const row = await repo.updateItem(tx, id, input.version, {
      status: to,
      verifiedBy: done ? actor.id : null,
      verifiedAt: done ? new Date() : null,
    });
    if (!row) throw new ConflictError('followup.stale');
    await repo.insertEvents(tx, [
      {
        itemId: id,
        actorId: actor.id,
        action: done ? 'diverifikasi' : 'dibuka_kembali',
        fromStatus: item.status,
        toStatus: to,
        note: input.reason || null,
      },
    ]);
    return presentDetail(tx, actor, row);
  });
}

/** Headquarters' decision to show a rekomendasi on the government's public page (UU 37/2008 Pasal 38(4)), or not. */
export async function publishFollowup(
  db: Executor,
  actor: Actor,
  id: string,
  input: { publish: boolean; version: number },
): Promise<FollowupDetail> {
  return inTransaction(db, async (tx) => {
    const item = await itemInReach(tx, actor, id);
    if (item.kind !== 'rekomendasi') throw new ConflictError('followup.notPublishable');
    const row = await repo.updateItem(tx, id, input.version, {
      publishedAt: input.publish ? new Date() : null,
      publishedBy: input.publish ? actor.id : null,
    });
    if (!row) throw new ConflictError('followup.stale');
    await repo.insertEvents(tx, [
      {
        itemId: id,
        actorId: actor.id,
        action: input.publish ? 'dipublikasikan' : 'publikasi_dicabut',
        fromStatus: item.status,
        toStatus: item.status,
      },
    ]);
    return presentDetail(tx, actor, row);
  });
}
