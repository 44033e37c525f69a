/**
 * Attaching a library document as evidence of an answer: a new evidence row pointing to the
 * library's file (no copy). The answer side is checked exactly as a normal upload is
 * (server/modules/assessments/checklist: the asker may answer the cell, the cycle is in
 * self-assessment, the unit not submitted); the document side by reach, and it must belong to the
 * answer's unit (or, for an entity-level item, to a unit of the same government).
 */
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { assertMayAnswer, assertStatus, cycleForActor } from '../assessments/assessments.access';
import * as checklistRepo from '../assessments/checklist/checklist.repository';
import { documentInReach } from './unit-library.service';

/** Makes an evidence row of `answerId` on the file of library document `documentId`. */
export async function attachFromLibrary(db: Executor, actor: Actor, answerId: string, documentId: string) {
  const row = await checklistRepo.findAnswer(db, answerId);
  if (!row) throw new NotFoundError();
  const cycle = await cycleForActor(db, actor, row.cycleId);
  await assertMayAnswer(db, actor, cycle, [row]);
  assertStatus(cycle, ['self_assessment'], 'conflict.notSelfPhase');
  const doc = await documentInReach(db, actor, documentId);
  if (doc.governmentId !== row.governmentId) throw new NotFoundError();
  if (row.unitId !== null && doc.unitId !== row.unitId)
    throw new ValidationError({ documentId: { message: 'library.otherUnit' } });
  if (doc.archivedAt) throw new ConflictError('library.archived');
  return inTransaction(db, async (tx) => {
    const ev = await checklistRepo.insertEvidence(tx, {
      answerId,
      cycleId: row.cycleId,
      governmentId: row.governmentId,
      unitId: row.unitId,
      fileId: doc.fileId,
      madeOn: doc.madeOn,
      note: doc.title,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'evidence',
      entityId: ev.id,
      governmentId: row.governmentId,
      after: { answerId, fileId: doc.fileId, fromLibrary: documentId },
    });
    return {
      id: ev.id,
      fileId: doc.fileId,
      originalName: doc.originalName,
      mimeType: doc.mimeType,
      size: doc.size,
      madeOn: ev.madeOn,
      note: ev.note,
      createdAt: ev.createdAt.toISOString(),
    };
  });
}
