/**
 * Penilaian mandiri (self-assessment): the checklist of a sampled unit, answers in batches,
 * evidence uploads, submission (which locks the unit) and the coordinator's progress view.
 */
import type { MultipartFile } from '@fastify/multipart';
import { indicatorDefinitions } from '../../../../shared/frameworks/indicator-definitions';
import type { Executor } from '../../../db/client';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../../../lib/errors';
import { reachesUnit, type Actor } from '../../../lib/reach';
import { inTransaction } from '../../../lib/transaction';
import { recordAudit } from '../../audit/audit.repository';
import { discardStaged, openStoredFile, recordFile, stageUpload } from '../../files/files.service';
import {
  frameworkOf,
  assertMayAnswer,
  assertStatus,
  cycleForActor,
  cycleGovernmentForActor,
  cycleUnitForActor,
  readableUnitIds,
  showsVerified,
  submittedUnitIds,
  type CycleRow,
} from '../assessments.access';
import { findEvidenceFileInReach } from '../attachments/attachments.repository';
import * as repo from './checklist.repository';
import { scaleValueProblem } from '../common/scale-value';

const answered = (r: { selfNa: boolean; selfValue: number | null }) => r.selfNa || r.selfValue !== null;

/**
 * The answer cells of a checklist, by product name then framework order, and the framework
 * version that defines their indicators. The definitions (names, paths, scales with rubrics in two
 * languages) are not sent: they are the same for every unit of the cycle (a framework is frozen
 * once a cycle uses it), so clients read them once from `GET /api/frameworks/:id` and join them by
 * code with `indicatorDefinitions`, as this does to order and filter the cells.
 */
async function buildChecklist(db: Executor, actor: Actor, cycle: CycleRow, rows: repo.ItemRow[]) {
  const framework = await frameworkOf(db, cycle);
  const definitions = indicatorDefinitions(framework);
  const verified = showsVerified(actor, cycle);
  const items = rows
    .map((r) => {
      const definition = definitions.get(r.indicator);
      if (!definition) return null;
      return {
        order: definition.order,
        item: {
          answerId: r.id,
          indicator: r.indicator,
          productId: r.productId,
          productName: r.productName,
          selfValue: r.selfValue,
          selfNa: r.selfNa,
          selfComment: r.selfComment,
          answered: answered(r),
          evidence: r.evidence,
          verified: verified
            ? { status: r.verifyStatus, value: r.verifiedValue, na: r.verifiedNa, reason: r.verifyReason }
            : null,
        },
      };
    })
    .filter((x) => x !== null)
    .sort((a, b) => (a.item.productName ?? '').localeCompare(b.item.productName ?? '') || a.order - b.order);
  return {
    framework: { id: cycle.frameworkId, version: framework.version },
    items: items.map((x) => x.item),
  };
}

/** The checklist of one sampled unit: every applicable indicator × product, with answers, evidence and progress. */
export async function getUnitChecklist(db: Executor, actor: Actor, cycleId: string, unitId: string) {
  const { cycle, cycleUnit } = await cycleUnitForActor(db, actor, cycleId, unitId);
  const rows = await repo.unitItems(db, cycleId, unitId);
  const { framework, items } = await buildChecklist(db, actor, cycle, rows);
  return {
    cycleId,
    status: cycle.status,
    governmentId: cycleUnit.governmentId,
    unit: {
      id: unitId,
      name: cycleUnit.unitName,
      selfStatus: cycleUnit.selfStatus,
      submittedAt: cycleUnit.submittedAt?.toISOString() ?? null,
    },
    editable:
      cycle.status === 'self_assessment' &&
      cycleUnit.selfStatus === 'draft' &&
      (actor.role === 'unit_pic' || actor.role === 'gov_coordinator'),
    progress: { answered: items.filter((i) => i.answered).length, total: items.length },
    framework,
    items,
  };
}

/** Entity-level indicators of a government (answered by the coordinator). */
export async function getEntityChecklist(db: Executor, actor: Actor, cycleId: string, governmentId: string) {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  if (actor.role === 'unit_pic') throw new NotFoundError();
  const { framework, items } = await buildChecklist(
    db,
    actor,
    cycle,
    await repo.entityItems(db, cycleId, governmentId),
  );
  return {
    cycleId,
    status: cycle.status,
    governmentId,
    unit: null,
    editable: cycle.status === 'self_assessment' && actor.role === 'gov_coordinator',
    progress: { answered: items.filter((i) => i.answered).length, total: items.length },
    framework,
    items,
  };
}

/**
 * Saves self answers in one batch: each value must lie on its indicator's scale (or be N/A, or
 * empty to clear). Only while the cycle is in the self-assessment phase and the unit not submitted.
 */
export async function saveSelfAnswers(
  db: Executor,
  actor: Actor,
  cycleId: string,
  input: Array<{
    answerId: string;
    value?: number | null | undefined;
    na: boolean;
    comment?: string | null | undefined;
  }>,
) {
  const cycle = await cycleForActor(db, actor, cycleId);
  const rows = await repo.findAnswers(
    db,
    input.map((a) => a.answerId),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (input.some((a) => !byId.has(a.answerId))) throw new NotFoundError();
  await assertMayAnswer(db, actor, cycle, rows, false);
  assertStatus(cycle, ['self_assessment'], 'conflict.notSelfPhase');
  const definitions = indicatorDefinitions(await frameworkOf(db, cycle));
  const fields: Record<string, FieldProblem> = {};
  const locked = await submittedUnitIds(
    db,
    cycleId,
    rows.map((r) => r.unitId).filter((u): u is string => u !== null),
  );
  input.forEach((a, i) => {
    const row = byId.get(a.answerId)!;
    if (row.unitId && locked.has(row.unitId)) throw new ConflictError('conflict.unitSubmitted');
    const scale = definitions.get(row.indicator)?.scale;
    const problem =
      !a.na && a.value !== null && a.value !== undefined && scale && scaleValueProblem(a.value, scale);
    if (problem) fields[`answers.${i}.value`] = problem;
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  await inTransaction(db, async (tx) => {
    await repo.writeSelfAnswers(
      tx,
      actor.id,
      input.map((a) => ({
        id: a.answerId,
        value: a.na ? null : (a.value ?? null),
        na: a.na,
        comment: a.comment,
      })),
    );
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'self_answers',
      entityId: cycleId,
      governmentId: rows[0]!.governmentId,
      after: input.map((a) => ({ answerId: a.answerId, value: a.value ?? null, na: a.na })),
    });
  });
  return { saved: input.length };
}

/** Uploads one evidence file (photo or PDF, recognised by content) for an answer. */
export async function uploadEvidence(
  db: Executor,
  actor: Actor,
  answerId: string,
  part: MultipartFile,
  meta: { madeOn?: string | undefined; note?: string | undefined },
  limits: { dataDir: string; maxBytes: number },
) {
  const row = await repo.findAnswer(db, answerId);
  if (!row) throw new NotFoundError();
  const cycle = await cycleForActor(db, actor, row.cycleId);
  await assertMayAnswer(db, actor, cycle, [row]);
  assertStatus(cycle, ['self_assessment'], 'conflict.notSelfPhase');
  const staged = await stageUpload(part, limits.dataDir, limits.maxBytes);
  try {
    return await inTransaction(db, async (tx) => {
      const file = await recordFile(tx, actor, staged, { governmentId: row.governmentId, officeId: null });
      const ev = await repo.insertEvidence(tx, {
        answerId,
        cycleId: row.cycleId,
        governmentId: row.governmentId,
        unitId: row.unitId,
        fileId: file.id,
        madeOn: meta.madeOn ?? null,
        note: meta.note ?? null,
        createdBy: actor.id,
      });
      await recordAudit(tx, actor, {
        action: 'upload',
        entityType: 'evidence',
        entityId: ev.id,
        governmentId: row.governmentId,
        after: { answerId, fileId: file.id, madeOn: ev.madeOn },
      });
      return {
        id: ev.id,
        fileId: file.id,
        originalName: file.originalName,
        mimeType: file.mimeType,
        size: file.size,
        madeOn: ev.madeOn,
        note: ev.note,
        createdAt: ev.createdAt.toISOString(),
      };
    });
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}

/** Archives an evidence item (files are never deleted). */
export async function archiveEvidence(db: Executor, actor: Actor, evidenceId: string) {
  const ev = await repo.findEvidence(db, evidenceId);
  if (!ev) throw new NotFoundError();
  const row = await repo.findAnswer(db, ev.answerId);
  const cycle = await cycleForActor(db, actor, ev.cycleId);
  await assertMayAnswer(db, actor, cycle, [row!]);
  assertStatus(cycle, ['self_assessment'], 'conflict.notSelfPhase');
  if (ev.archivedAt) return { archived: true };
  await inTransaction(db, async (tx) => {
    const after = await repo.archiveEvidence(tx, evidenceId);
    await recordAudit(tx, actor, {
      action: 'archive',
      entityType: 'evidence',
      entityId: evidenceId,
      governmentId: ev.governmentId,
      before: ev,
      after,
    });
  });
  return { archived: true };
}

/** Streams an evidence file to anyone who reaches its unit (or its government, for entity-level items). */
export async function openEvidenceFile(db: Executor, actor: Actor, evidenceId: string, dataDir: string) {
  // One query with the reach in its WHERE: evidence out of reach costs and answers as a missing one.
  const file = await findEvidenceFileInReach(db, actor, evidenceId);
  if (!file) throw new NotFoundError();
  return { file, stream: await openStoredFile(dataDir, file) };
}

/** Submits a unit's self-assessment: the unit is locked (409 on later changes) until a head reopens it. */
export async function submitUnit(db: Executor, actor: Actor, cycleId: string, unitId: string) {
  const { cycle, cycleUnit } = await cycleUnitForActor(db, actor, cycleId, unitId);
  assertStatus(cycle, ['self_assessment'], 'conflict.notSelfPhase');
  if (cycleUnit.selfStatus === 'submitted') throw new ConflictError('conflict.unitSubmitted');
  await inTransaction(db, async (tx) => {
    const after = await repo.setUnitSubmitted(tx, cycleId, unitId, actor.id, true);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'cycle_unit',
      entityId: `${cycleId}:${unitId}`,
      governmentId: cycleUnit.governmentId,
      before: cycleUnit,
      after,
    });
  });
  return getUnitChecklist(db, actor, cycleId, unitId);
}

/** Reopens a submitted unit (heads, admins) while self-assessment is still running. */
export async function reopenUnit(db: Executor, actor: Actor, cycleId: string, unitId: string) {
  const { cycle, cycleUnit } = await cycleUnitForActor(db, actor, cycleId, unitId);
  assertStatus(cycle, ['self_assessment'], 'conflict.notSelfPhase');
  await inTransaction(db, async (tx) => {
    const after = await repo.setUnitSubmitted(tx, cycleId, unitId, null, false);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'cycle_unit',
      entityId: `${cycleId}:${unitId}`,
      governmentId: cycleUnit.governmentId,
      before: cycleUnit,
      after,
    });
  });
  return getUnitChecklist(db, actor, cycleId, unitId);
}

/**
 * Progress of a government: self-assessment per unit, and the verification and appeal counts
 * (PICs see their own units only, and counts of their units' items). The counts are numbers, not
 * values: like the cycle summary, they are shown to every role that reaches the government.
 */
export async function getProgress(db: Executor, actor: Actor, cycleId: string, governmentId: string) {
  await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  const { units, entity, itemsTotal, itemsVerified, openAppeals } = await repo.governmentProgress(
    db,
    cycleId,
    governmentId,
    readableUnitIds(actor),
  );
  return {
    governmentId,
    units: units.filter((r) => reachesUnit(actor.reach, r.unitId, governmentId)),
    entity,
    itemsVerified,
    itemsTotal,
    openAppeals,
  };
}
