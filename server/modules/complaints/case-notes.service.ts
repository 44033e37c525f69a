/**
 * Case notes (issue 14 parts 6–7): field visits and examination notes on an open case, the outcome
 * of a mediation or conciliation during examination or monitoring, and headquarters' decisions on
 * a recommendation (published; reported to the DPR and the President, UU 37/2008 Pasal 38(4)),
 * which the head of office records. Each is a history row with its own date; none is shown to the
 * reporter or the body.
 */
import {
  HQ_DECISION_NOTES,
  noteFits,
  type CaseNoteBody,
  type ComplaintEvent,
} from '../../../shared/contracts/complaints-case';
import type { Executor } from '../../db/client';
import { ConflictError, ForbiddenError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import * as detailRepo from './complaints-detail.repository';
import * as repo from './complaints.repository';
import { caseInReach } from './complaints.service';

export async function addCaseNote(
  db: Executor,
  actor: Actor,
  id: string,
  body: CaseNoteBody,
): Promise<ComplaintEvent> {
  const c = await caseInReach(db, actor, id);
  const head = actor.role === 'admin' || (actor.role === 'oversight_head' && actor.officeId === c.officeId);
  if (HQ_DECISION_NOTES.includes(body.kind) && !head) throw new ForbiddenError('complaint.notAllowed');
  if (!noteFits(body.kind, c)) throw new ConflictError('complaint.noteStage');
  return inTransaction(db, async (tx) => {
    await repo.insertEvent(tx, {
      complaintId: c.id,
      actorId: actor.id,
      actorKind: 'petugas',
      action: body.kind,
      note: body.text,
      data: { on: body.on, ...(body.outcome ? { outcome: body.outcome } : {}) },
    });
    const events = await detailRepo.eventsOf(tx, c.id);
    const { data: _data, ...e } = events.at(-1)!;
    return { ...e, at: e.at.toISOString(), noteOn: body.on, outcome: body.outcome ?? null };
  });
}
