/**
 * Verification by the Ombudsman: item by item beside the self value, accept or set an own value
 * with a required reason (both values are kept, REFERENCE §10 rule 5); field visits with photos;
 * improvement points (saran perbaikan) for the rapor. Every change recomputes that government.
 */
import type { MultipartFile } from '@fastify/multipart';
import type { Executor } from '../../../db/client';
import {
  AppError,
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldProblem,
} from '../../../lib/errors';
import type { Actor } from '../../../lib/reach';
import { inTransaction } from '../../../lib/transaction';
import { recordAudit } from '../../audit/audit.repository';
import { discardStaged, recordFile, stageUpload } from '../../files/files.service';
import { findAnswer } from '../checklist/checklist.repository';
import { findCycleUnit } from '../cycles/cycles.repository';
import {
  frameworkOf,
  assertMayVerify,
  assertResultsVisible,
  assertStatus,
  cycleGovernmentForActor,
  readableUnitIds,
} from '../assessments.access';
import { findVisitInReach } from '../attachments/attachments.repository';
import { leafIndex } from '../common/framework-index';
import { frameworkNodeCodes } from '../../../../shared/frameworks/framework.schema';
import { scaleValueProblem } from '../common/scale-value';
import { lockScores, recomputeGovernment } from '../results/scoring.service';
import { addAttachment } from '../attachments/attachment-files.repository';
import * as repo from './verification.repository';

/** Verified values change only in the verification phase, checked again under the score lock. */
const VERIFY_PHASE = { allowed: ['verification'], messageKey: 'conflict.notVerifyPhase' };

/** Self vs verified for every item of a government (optionally one unit or one status). */
export async function listVerificationItems(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
  filter: { unitId?: string | undefined; status?: string | undefined },
) {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  const index = leafIndex(await frameworkOf(db, cycle));
  const rows = await repo.verificationItems(db, cycleId, governmentId, filter);
  // Rows come grouped by unit and product (names in order); within a group the framework's
  // document order replaces the codes' text order (PROSES.2 before PROSES.10).
  const group = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.unitId}|${r.productId}`;
    if (!group.has(key)) group.set(key, group.size);
  }
  const rank = (r: (typeof rows)[number]) => [
    group.get(`${r.unitId}|${r.productId}`)!,
    index.get(r.indicator)?.order ?? Number.MAX_SAFE_INTEGER,
  ];
  rows.sort((a, b) => {
    const [ga, oa] = rank(a);
    const [gb, ob] = rank(b);
    return ga! - gb! || oa! - ob!;
  });
  return {
    items: rows.flatMap((r) => {
      const info = index.get(r.indicator);
      if (!info) return [];
      return [
        {
          ...r,
          name: info.name,
          level: info.level,
          scaleMin: info.scale.min,
          scaleMax: info.scale.max,
        },
      ];
    }),
  };
}

/** The answer, its cycle (in verification) and the check that the actor may verify this government. */
async function verifiableAnswer(db: Executor, actor: Actor, answerId: string) {
  const row = await findAnswer(db, answerId);
  if (!row) throw new NotFoundError();
  const cycle = await cycleGovernmentForActor(db, actor, row.cycleId, row.governmentId);
  await assertMayVerify(db, actor, row.cycleId, row.governmentId, cycle);
  return { row, cycle };
}

/**
 * Accepts the self value, or sets the assessor's own value (or N/A) with a required reason.
 * Only in the verification phase; recomputes the government's score.
 */
export async function verifyAnswer(
  db: Executor,
  actor: Actor,
  answerId: string,
  input:
    | { action: 'accept' }
    | { action: 'adjust'; value?: number | null | undefined; na: boolean; reason?: string | undefined },
) {
  const { row, cycle } = await verifiableAnswer(db, actor, answerId);
  assertStatus(cycle, ['verification'], 'conflict.notVerifyPhase');
  let next: { status: 'accepted' | 'adjusted'; value: number | null; na: boolean; reason: string | null };
  if (input.action === 'accept') {
    if (!row.selfNa && row.selfValue === null) throw new ConflictError('conflict.noSelfValue');
    next = { status: 'accepted', value: row.selfValue, na: row.selfNa, reason: null };
  } else {
    const fields: Record<string, FieldProblem> = {};
    if (!input.reason || input.reason.trim().length < 3) fields.reason = { message: 'field.reasonRequired' };
    const scale = leafIndex(await frameworkOf(db, cycle)).get(row.indicator)?.scale;
    if (!input.na) {
      if (input.value === null || input.value === undefined) fields.value = { message: 'field.required' };
      else if (scale) {
        const problem = scaleValueProblem(input.value, scale);
        if (problem) fields.value = problem;
      }
    }
    if (Object.keys(fields).length) throw new ValidationError(fields);
    next = {
      status: 'adjusted',
      value: input.na ? null : (input.value ?? null),
      na: input.na,
      reason: input.reason!.trim(),
    };
  }
  return inTransaction(db, async (tx) => {
    const locked = await lockScores(tx, row.cycleId, row.governmentId, VERIFY_PHASE);
    const after = await repo.setVerified(tx, answerId, { ...next, userId: actor.id });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'verified_answer',
      entityId: answerId,
      governmentId: row.governmentId,
      officeId: cycle.officeId,
      before: row,
      after,
    });
    const score = await recomputeGovernment(tx, row.cycleId, row.governmentId, 'verifikasi', actor, {
      changed: { unitId: row.unitId, productId: row.productId },
      locked,
    });
    return {
      answerId,
      verifyStatus: after.verifyStatus,
      verifiedValue: after.verifiedValue,
      verifiedNa: after.verifiedNa,
      verifyReason: after.verifyReason,
      score: score.rounded,
      version: score.version,
    };
  });
}

/**
 * Accepts every pending item that has a self value, within what the verification view shows:
 * the whole government, its entity-level items, one unit (or one product of it), or listed items.
 * Blank items are never accepted (there is no self value to accept).
 */
export async function acceptAll(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
  only: repo.AcceptScope,
) {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  await assertMayVerify(db, actor, cycleId, governmentId);
  assertStatus(cycle, ['verification'], 'conflict.notVerifyPhase');
  return inTransaction(db, async (tx) => {
    const locked = await lockScores(tx, cycleId, governmentId, VERIFY_PHASE);
    const accepted = await repo.acceptPending(tx, cycleId, governmentId, actor.id, only);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'verified_answer',
      entityId: cycleId,
      governmentId,
      officeId: cycle.officeId,
      after: { acceptedAll: accepted, ...only },
    });
    const score = await recomputeGovernment(tx, cycleId, governmentId, 'verifikasi', actor, { locked });
    return { accepted, score: score.rounded, version: score.version };
  });
}

/**
 * The gate from verification to the appeal phase. Every item the PIC answered must be accepted
 * or set by an assessor; an item the PIC left blank may stay unverified — it is shown as "tidak
 * dijawab — dihitung 0" and counts 0 once the cycle closes (REFERENCE §10 rule 2), and no
 * verified 0 is written in an assessor's name. The error tells both counts apart.
 */
export async function assertVerificationDone(db: Executor, cycleId: string): Promise<void> {
  const gate = await repo.verificationGate(db, cycleId);
  if (gate.unverified > 0)
    throw new ConflictError('conflict.unverified', {
      to: { message: 'conflict.unverifiedCount', params: { count: gate.unverified, blank: gate.blank } },
    });
}

/** Records a field visit to a sampled unit (verification phase). */
export async function createVisit(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
  input: { unitId: string; visitedOn: string; unannounced: boolean; notes?: string | undefined },
) {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  await assertMayVerify(db, actor, cycleId, governmentId);
  const cu = await findCycleUnit(db, cycleId, input.unitId);
  if (!cu || cu.governmentId !== governmentId)
    throw new ValidationError({ unitId: { message: 'field.unitNotSampled' } });
  assertStatus(cycle, ['verification', 'appeal'], 'conflict.notVerifyPhase');
  const visit = await inTransaction(db, async (tx) => {
    const v = await repo.insertVisit(tx, {
      cycleId,
      governmentId,
      unitId: input.unitId,
      visitedOn: input.visitedOn,
      unannounced: input.unannounced,
      notes: input.notes ?? null,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'field_visit',
      entityId: v.id,
      governmentId,
      officeId: cycle.officeId,
      after: v,
    });
    return v;
  });
  return (await repo.listVisits(db, cycleId, governmentId)).find((v) => v.id === visit.id)!;
}

export async function listVisits(db: Executor, actor: Actor, cycleId: string, governmentId: string) {
  await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  return { items: await repo.listVisits(db, cycleId, governmentId) };
}

/** Adds a photo to a field visit (images only, recognised by content). */
export async function uploadVisitPhoto(
  db: Executor,
  actor: Actor,
  visitId: string,
  part: MultipartFile,
  limits: { dataDir: string; maxBytes: number },
) {
  // The reach is part of the lookup: a visit out of reach costs and answers as a missing one.
  const found = await findVisitInReach(db, actor, visitId);
  if (!found) throw new NotFoundError();
  const { visit, cycle } = found;
  await assertMayVerify(db, actor, visit.cycleId, visit.governmentId);
  const staged = await stageUpload(part, limits.dataDir, limits.maxBytes);
  try {
    if (!staged.type.mimeType.startsWith('image/'))
      throw new AppError('UNSUPPORTED_FILE', 415, 'error.unsupportedFile', undefined, {
        allowed: 'PNG, JPEG, WebP',
      });
    return await inTransaction(db, async (tx) => {
      const file = await recordFile(tx, actor, staged, {
        governmentId: visit.governmentId,
        officeId: cycle.officeId,
      });
      await addAttachment(tx, 'visit', visitId, file.id);
      await recordAudit(tx, actor, {
        action: 'upload',
        entityType: 'field_visit_photo',
        entityId: visitId,
        governmentId: visit.governmentId,
        officeId: cycle.officeId,
        after: { fileId: file.id },
      });
      return { id: file.id, originalName: file.originalName, size: file.size, mimeType: file.mimeType };
    });
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}

/** Adds an improvement point for the rapor, for the government or one sampled unit. */
export async function createImprovement(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
  input: {
    unitId?: string | undefined;
    text: string;
    indicatorCode?: string | undefined;
    dueOn?: string | undefined;
  },
) {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  await assertMayVerify(db, actor, cycleId, governmentId);
  if (input.unitId) {
    const cu = await findCycleUnit(db, cycleId, input.unitId);
    if (!cu || cu.governmentId !== governmentId)
      throw new ValidationError({ unitId: { message: 'field.unitNotSampled' } });
  }
  if (input.indicatorCode && !frameworkNodeCodes(await frameworkOf(db, cycle)).has(input.indicatorCode))
    throw new ValidationError({ indicatorCode: { message: 'field.indicatorNotInFramework' } });
  assertStatus(cycle, ['verification', 'appeal', 'final'], 'conflict.notVerifyPhase');
  const row = await inTransaction(db, async (tx) => {
    const p = await repo.insertImprovement(tx, {
      cycleId,
      governmentId,
      unitId: input.unitId ?? null,
      text: input.text,
      indicatorCode: input.indicatorCode ?? null,
      dueOn: input.dueOn ?? null,
      createdBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'improvement_point',
      entityId: p.id,
      governmentId,
      officeId: cycle.officeId,
      after: p,
    });
    return p;
  });
  return (await repo.listImprovements(db, cycleId, governmentId))
    .map(improvementDto)
    .find((p) => p.id === row.id)!;
}

const improvementDto = (p: Awaited<ReturnType<typeof repo.listImprovements>>[number]) => ({
  ...p,
  createdAt: p.createdAt.toISOString(),
});

/** Improvement points: Ombudsman roles always; government roles once the results are published. */
export async function listImprovements(db: Executor, actor: Actor, cycleId: string, governmentId: string) {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  assertResultsVisible(actor, cycle);
  const rows = await repo.listImprovements(db, cycleId, governmentId);
  const units = readableUnitIds(actor);
  const visible = units === null ? rows : rows.filter((r) => r.unitId === null || units.includes(r.unitId));
  return { items: visible.map(improvementDto) };
}

export async function archiveImprovement(db: Executor, actor: Actor, id: string) {
  const p = await repo.findImprovement(db, id);
  if (!p || p.archivedAt) throw new NotFoundError();
  const cycle = await cycleGovernmentForActor(db, actor, p.cycleId, p.governmentId);
  await assertMayVerify(db, actor, p.cycleId, p.governmentId);
  assertStatus(cycle, ['verification', 'appeal', 'final'], 'conflict.notVerifyPhase');
  await inTransaction(db, async (tx) => {
    await repo.archiveImprovement(tx, id);
    await recordAudit(tx, actor, {
      action: 'archive',
      entityType: 'improvement_point',
      entityId: id,
      governmentId: p.governmentId,
      officeId: cycle.officeId,
      before: p,
    });
  });
  return { archived: true };
}
