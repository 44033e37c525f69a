/**
 * Appeals in the appeal window: the coordinator contests a verified item with a reason, an
 * optional requested value and files; the assessor accepts (the verified value changes) or
 * rejects with a response. Each decision records a score version (reason 'banding').
 */
import type { MultipartFile } from '@fastify/multipart';
import type { Executor } from '../../../db/client';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../../../lib/errors';
import type { Actor } from '../../../lib/reach';
import { inTransaction } from '../../../lib/transaction';
import { recordAudit } from '../../audit/audit.repository';
import { discardStaged, recordFile, stageUpload } from '../../files/files.service';
import { loadFramework } from '../../frameworks/frameworks.sync';
import { findAnswer } from '../checklist/checklist.repository';
import {
  frameworkOf,
  assertMayVerify,
  assertStatus,
  cycleGovernmentForActor,
  readableUnitIds,
  showsVerified,
} from '../assessments.access';
import { allowsNa, leafIndex, scaleChoices } from '../common/framework-index';
import { scaleValueProblem } from '../common/scale-value';
import { addAttachment } from '../attachments/attachment-files.repository';
import * as repo from './appeals.repository';
import { findAppealInReach } from '../attachments/attachments.repository';
import { lockScores, recomputeGovernment } from '../results/scoring.service';
import { setVerified } from '../verification/verification.repository';

const dto = (a: Awaited<ReturnType<typeof repo.listAppeals>>[number]) => ({
  ...a,
  createdAt: a.createdAt.toISOString(),
  respondedAt: a.respondedAt?.toISOString() ?? null,
});

async function leafOf(db: Executor, frameworkId: string, indicator: string) {
  return leafIndex(await loadFramework(db, frameworkId)).get(indicator);
}

async function scaleOf(db: Executor, frameworkId: string, indicator: string) {
  return (await leafOf(db, frameworkId, indicator))?.scale;
}

/**
 * Lists a government's appeals (PICs: those on their units' items) in the framework's indicator
 * order, each with its indicator's scale from the cycle's frozen framework, so the answer offers
 * exactly the values on it.
 */
export async function listAppeals(db: Executor, actor: Actor, cycleId: string, governmentId: string) {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  const rows = (await repo.listAppeals(db, cycleId, governmentId, readableUnitIds(actor))).map(dto);
  const index = leafIndex(await frameworkOf(db, cycle));
  const verified = showsVerified(actor, cycle);
  // The framework's order (as the checklist and verification); newest first within an indicator.
  const order = (indicator: string) => index.get(indicator)?.order ?? Number.MAX_SAFE_INTEGER;
  rows.sort((a, b) => order(a.indicator) - order(b.indicator));
  return {
    items: rows.map((r) => {
      const info = index.get(r.indicator);
      return {
        ...r,
        verifiedValue: verified ? r.verifiedValue : null,
        scale: info ? scaleChoices(info) : null,
        naAllowed: info ? allowsNa(info) : false,
      };
    }),
  };
}

/** Contests one verified item (appeal phase; one open appeal per item). */
export async function createAppeal(
  db: Executor,
  actor: Actor,
  answerId: string,
  input: { reason: string; requestedValue?: number | undefined },
) {
  const row = await findAnswer(db, answerId);
  if (!row) throw new NotFoundError();
  const cycle = await cycleGovernmentForActor(db, actor, row.cycleId, row.governmentId);
  assertStatus(cycle, ['appeal'], 'conflict.notAppealPhase');
  if (row.verifyStatus === 'pending') throw new ConflictError('conflict.notVerified');
  if (await repo.hasOpenAppeal(db, answerId)) throw new ConflictError('conflict.appealOpen');
  if (input.requestedValue !== undefined) {
    const scale = await scaleOf(db, cycle.frameworkId, row.indicator);
    const problem = scale && scaleValueProblem(input.requestedValue, scale);
    if (problem) throw new ValidationError({ requestedValue: problem });
  }
  const appeal = await inTransaction(db, async (tx) => {
    // Under the government's lock: the phase cannot close, nor a second appeal open, meanwhile.
    await lockScores(tx, row.cycleId, row.governmentId, {
      allowed: ['appeal'],
      messageKey: 'conflict.notAppealPhase',
    });
    if (await repo.hasOpenAppeal(tx, answerId)) throw new ConflictError('conflict.appealOpen');
    const a = await repo.insertAppeal(tx, {
      cycleId: row.cycleId,
      governmentId: row.governmentId,
      answerId,
      reason: input.reason,
      requestedValue: input.requestedValue ?? null,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'appeal',
      entityId: a.id,
      governmentId: row.governmentId,
      officeId: cycle.officeId,
      after: a,
    });
    return a;
  });
  return (await listAppeals(db, actor, row.cycleId, row.governmentId)).items.find((a) => a.id === appeal.id)!;
}

/** Attaches a supporting file (photo or PDF) to an open appeal. */
export async function uploadAppealFile(
  db: Executor,
  actor: Actor,
  appealId: string,
  part: MultipartFile,
  limits: { dataDir: string; maxBytes: number },
) {
  // The reach is part of the lookup: an appeal out of reach costs and answers as a missing one.
  const found = await findAppealInReach(db, actor, appealId);
  if (!found) throw new NotFoundError();
  const { appeal, cycle } = found;
  if (appeal.status !== 'open') throw new ConflictError('conflict.appealClosed');
  assertStatus(cycle, ['appeal'], 'conflict.notAppealPhase');
  const staged = await stageUpload(part, limits.dataDir, limits.maxBytes);
  try {
    return await inTransaction(db, async (tx) => {
      const file = await recordFile(tx, actor, staged, { governmentId: appeal.governmentId, officeId: null });
      await addAttachment(tx, 'appeal', appealId, file.id);
      await recordAudit(tx, actor, {
        action: 'upload',
        entityType: 'appeal_file',
        entityId: appealId,
        governmentId: appeal.governmentId,
        after: { fileId: file.id },
      });
      return { id: file.id, originalName: file.originalName, size: file.size, mimeType: file.mimeType };
    });
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}

/**
 * The assessor answers an appeal. Accepting sets the verified value to the requested value (or
 * the value given here, or N/A when the indicator allows it); rejecting needs a response. Either
 * decision writes a new score version (reason 'banding'). Under the government's score lock the
 * phase and the appeal's status are checked again, so two answers to one appeal make one decision.
 */
export async function respondToAppeal(
  db: Executor,
  actor: Actor,
  appealId: string,
  input: {
    decision: 'accept' | 'reject';
    response?: string | undefined;
    value?: number | undefined;
    na?: boolean | undefined;
  },
) {
  const appeal = await repo.findAppeal(db, appealId);
  if (!appeal) throw new NotFoundError();
  const cycle = await cycleGovernmentForActor(db, actor, appeal.cycleId, appeal.governmentId);
  await assertMayVerify(db, actor, appeal.cycleId, appeal.governmentId);
  assertStatus(cycle, ['appeal'], 'conflict.notAppealPhase');
  if (appeal.status !== 'open') throw new ConflictError('conflict.appealClosed');
  const row = (await findAnswer(db, appeal.answerId))!;
  const fields: Record<string, FieldProblem> = {};
  const value = input.value ?? appeal.requestedValue ?? undefined;
  if (input.decision === 'reject' && (!input.response || input.response.trim().length < 3))
    fields.response = { message: 'field.reasonRequired' };
  const na = input.decision === 'accept' && input.na === true;
  if (na) {
    const info = await leafOf(db, cycle.frameworkId, row.indicator);
    if (input.value !== undefined) fields.value = { message: 'field.valueOrNa' };
    else if (info && !allowsNa(info)) fields.na = { message: 'field.naNotAllowed' };
  } else if (input.decision === 'accept') {
    const scale = await scaleOf(db, cycle.frameworkId, row.indicator);
    if (value === undefined) fields.value = { message: 'field.required' };
    else if (scale) {
      const problem = scaleValueProblem(value, scale);
      if (problem) fields.value = problem;
    }
  }
  if (Object.keys(fields).length) throw new ValidationError(fields);
  return inTransaction(db, async (tx) => {
    await lockScores(tx, appeal.cycleId, appeal.governmentId, {
      allowed: ['appeal'],
      messageKey: 'conflict.notAppealPhase',
    });
    if ((await repo.findAppeal(tx, appealId))?.status !== 'open')
      throw new ConflictError('conflict.appealClosed');
    const after = await repo.respondAppeal(tx, appealId, {
      status: input.decision === 'accept' ? 'accepted' : 'rejected',
      response: input.response?.trim() ?? null,
      userId: actor.id,
    });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'appeal',
      entityId: appealId,
      governmentId: appeal.governmentId,
      officeId: cycle.officeId,
      before: appeal,
      after,
    });
    if (input.decision === 'accept') {
      const reason = `Banding diterima: ${input.response?.trim() || appeal.reason}`;
      const changed = await setVerified(tx, row.id, {
        status: 'adjusted',
        value: na ? null : value!,
        na,
        reason,
        userId: actor.id,
      });
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'verified_answer',
        entityId: row.id,
        governmentId: row.governmentId,
        officeId: cycle.officeId,
        before: row,
        after: changed,
      });
    }
    const { version } = await recomputeGovernment(tx, appeal.cycleId, appeal.governmentId, 'banding', actor, {
      force: true,
    });
    return { id: appealId, status: after.status, response: after.response, version };
  });
}
