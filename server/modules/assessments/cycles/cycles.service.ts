/**
 * Cycles: create a cycle for an office, edit it, and move it through its phases
 * (planning → self_assessment → verification → appeal → final → published; an internal cycle
 * skips the appeal). A government's internal cycle is created in internal-cycles.service.ts.
 * The sample and the assessors are in cycle-sample.service.ts.
 */
import { zoneOfOffice } from '../../../../shared/format/time-zones';
import type { Executor } from '../../../db/client';
import { ConflictError, ForbiddenError, ValidationError, type FieldProblem } from '../../../lib/errors';
import type { Actor } from '../../../lib/reach';
import { inTransaction } from '../../../lib/transaction';
import { recomputeJob } from '../../../jobs/definitions/recompute.job';
import { enqueueJob } from '../../../jobs/job-definition';
import { recordAudit } from '../../audit/audit.repository';
import { findFrameworkRow, freezeFramework } from '../../frameworks/frameworks.repository';
import { loadFramework } from '../../frameworks/frameworks.sync';
import { PHASE_DATE_FIELDS, type PhaseDates } from '../../../../shared/contracts/assessments';
import type { CycleCreate, CycleDto } from '../../../../shared/contracts/assessments-cycles';
import {
  assertStatus,
  cycleForActor,
  isOmbudsman,
  readableCycles,
  seesAsAssessor,
  readableGovernmentIds,
  type CycleRow,
  type CycleStatus,
} from '../assessments.access';
import * as repo from './cycles.repository';
import { expectedCells } from '../common/sample';
import { recomputeCycle, type ScoreReason } from '../results/scoring.service';
import { assertVerificationDone } from '../verification/verification.service';
import { raiseInternalCycleItems } from '../../followups/sources/cycle.source';

const NEXT: Partial<Record<CycleStatus, CycleStatus>> = {
  planning: 'self_assessment',
  self_assessment: 'verification',
  verification: 'appeal',
  appeal: 'final',
  final: 'published',
};

/** The phase after this one: an internal cycle has no appeal (the government assesses itself). */
export function nextPhase(cycle: Pick<CycleRow, 'kind' | 'status'>): CycleStatus | undefined {
  if (cycle.kind === 'internal' && cycle.status === 'verification') return 'final';
  return NEXT[cycle.status];
}

/** Phase dates must be in order: each start ≤ its end ≤ the next phase's start; a field error names the later date. */
export function checkPhaseDates(d: Partial<PhaseDates>): Record<string, FieldProblem> {
  const fields: Record<string, FieldProblem> = {};
  let prev: { key: string; value: string } | null = null;
  for (const key of PHASE_DATE_FIELDS) {
    const value = d[key];
    if (!value) continue;
    if (prev && value < prev.value)
      fields[key] = { message: 'field.phaseOrder', params: { after: prev.value } };
    prev = { key, value };
  }
  return fields;
}

async function toDto(db: Executor, c: CycleRow): Promise<CycleDto> {
  const [row] = await repo.listCycles(db, { kind: 'all' }, c.id);
  return toListDto(row!);
}

function toListDto(r: Awaited<ReturnType<typeof repo.listCycles>>[number]): CycleDto {
  const c = r.cycle;
  return {
    id: c.id,
    officeId: c.officeId,
    officeName: r.officeName,
    officeTimeZone: zoneOfOffice(r.officeProvinceCodes),
    year: c.year,
    name: c.name,
    frameworkId: c.frameworkId,
    kind: c.kind,
    ownerGovernmentId: c.ownerGovernmentId,
    ownerGovernmentName: r.ownerGovernmentName,
    sharedAt: c.sharedAt?.toISOString() ?? null,
    status: c.status,
    selfStart: c.selfStart,
    selfEnd: c.selfEnd,
    verifyStart: c.verifyStart,
    verifyEnd: c.verifyEnd,
    appealStart: c.appealStart,
    appealEnd: c.appealEnd,
    finalDate: c.finalDate,
    productsPerUnit: c.productsPerUnit,
    approvedAt: c.approvedAt?.toISOString() ?? null,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    governmentCount: r.governmentCount,
  };
}

/** Cycles in reach: the office's for Ombudsman roles, those including their government for government roles. */
export async function listCyclesForActor(db: Executor, actor: Actor): Promise<CycleDto[]> {
  return (await repo.listCycles(db, readableCycles(actor))).map(toListDto);
}

/** One cycle with its governments (government roles: only their own) and assessors. */
export async function getCycleForActor(db: Executor, actor: Actor, id: string) {
  const cycle = await cycleForActor(db, actor, id);
  const dto = await toDto(db, cycle);
  const govs = await repo.listCycleGovernments(db, id, readableGovernmentIds(actor) ?? undefined);
  const assessors = seesAsAssessor(actor, cycle) ? await repo.listAssessors(db, id) : [];
  return {
    ...dto,
    governmentCount: govs.length,
    governments: govs.map((g) => ({
      ...g,
      assessors: assessors
        .filter((a) => a.governmentId === g.id)
        .map((a) => ({ userId: a.userId, name: a.name })),
    })),
  };
}

/** Creates a cycle for the head's office (admins name the office); the framework is frozen from now on. */
export async function createCycle(db: Executor, actor: Actor, input: CycleCreate): Promise<CycleDto> {
  // A coordinator manages only its government's internal cycles (internal-cycles.service.ts).
  if (!isOmbudsman(actor)) throw new ForbiddenError();
  const officeId = actor.role === 'admin' ? input.officeId : actor.officeId;
  if (!officeId) throw new ValidationError({ officeId: { message: 'field.officeRequired' } });
  if (actor.role !== 'admin' && input.officeId && input.officeId !== actor.officeId)
    throw new ValidationError({ officeId: { message: 'field.outOfReach' } });
  const fields = checkPhaseDates(input);
  const fw = await findFrameworkRow(db, input.frameworkId);
  // Another office's own version (issue 12) is as unknown here as a missing one.
  if (!fw || fw.archivedAt || (fw.officeId && fw.officeId !== officeId))
    fields.frameworkId = { message: 'field.frameworkUnknown' };
  // A draft (unconfirmed weights and bands, e.g. the 2025 opinion) is set by an admin in a copy first.
  else if ((fw.definition as { draft?: unknown } | null)?.draft === true)
    fields.frameworkId = { message: 'field.frameworkDraft' };
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const row = await inTransaction(db, async (tx) => {
    const { officeId: _o, ...rest } = input;
    const created = await repo.insertCycle(tx, { ...rest, officeId, createdBy: actor.id });
    await freezeFramework(tx, input.frameworkId);
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'cycle',
      entityId: created.id,
      officeId,
      after: created,
    });
    return created;
  });
  return toDto(db, row);
}

/** Renames the cycle or moves its dates (order checked); products per unit only while planning. */
export async function updateCycle(
  db: Executor,
  actor: Actor,
  id: string,
  input: Partial<PhaseDates> & { name?: string; productsPerUnit?: number },
) {
  const cycle = await cycleForActor(db, actor, id);
  assertStatus(cycle, ['planning', 'self_assessment', 'verification', 'appeal', 'final']);
  if (input.productsPerUnit !== undefined && cycle.status !== 'planning')
    throw new ConflictError('conflict.cyclePhase');
  const merged = { ...cycle, ...input } as unknown as Partial<PhaseDates>;
  const fields = checkPhaseDates(merged);
  if (Object.keys(fields).length) throw new ValidationError(fields);
  await inTransaction(db, async (tx) => {
    const after = await repo.updateCycle(tx, id, input);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'cycle',
      entityId: id,
      officeId: cycle.officeId,
      before: cycle,
      after,
    });
  });
  return getCycleForActor(db, actor, id);
}

/** Writes every expected answer cell of the cycle's sample (run when self-assessment opens). */
export async function materialiseAnswerCells(tx: Executor, cycle: CycleRow): Promise<number> {
  const framework = await loadFramework(tx, cycle.frameworkId);
  const sample = await repo.sampleOfCycle(tx, cycle.id);
  const productsByUnit = new Map<string, string[]>();
  for (const p of sample.products)
    productsByUnit.set(p.unitId, [...(productsByUnit.get(p.unitId) ?? []), p.productId]);
  const rows = sample.governments.flatMap((g) =>
    expectedCells(
      framework,
      g,
      sample.units.filter((u) => u.governmentId === g.id),
      productsByUnit,
    ).map((c) => ({ ...c, cycleId: cycle.id })),
  );
  await repo.insertAnswerCells(tx, rows);
  return rows.length;
}

/**
 * Up to this many governments a phase change recomputes inside its transaction (well under 100 ms);
 * a larger cycle (a national one: ~3 s, which on PGlite stalled every other request) gets a
 * recompute job enqueued in that transaction instead, committed batch by batch (issue 9).
 */
const INLINE_RECOMPUTE_MAX = 20;

/** The score version each phase change records (the event it closes), REFERENCE §10. */
const EVENT_OF: Partial<Record<CycleStatus, ScoreReason>> = {
  verification: 'penilaian-mandiri',
  appeal: 'verifikasi',
  final: 'final',
};

/**
 * Moves the cycle one phase on, with the checks of each step: self-assessment needs governments
 * each with a sample (the answer cells are written then); the appeal phase needs every answered
 * item verified (blank items may stay unverified: they count 0, REFERENCE §10 rule 2); the final phase needs every appeal answered (scores are then computed as closed:
 * missing answers count 0, REFERENCE §10 rule 2). Publication goes through approval.
 * One transaction: the conditional status update first (it waits for score writes in flight and
 * makes a concurrent second advance fail with 409), then the gate, the answer cells, the audit and
 * the score versions of the event the phase change closes (EVENT_OF), or for a large cycle the job
 * that writes them (INLINE_RECOMPUTE_MAX).
 */
export async function advanceCycle(db: Executor, actor: Actor, id: string, to: CycleStatus) {
  const cycle = await cycleForActor(db, actor, id);
  if (nextPhase(cycle) !== to || to === 'published')
    throw new ConflictError(to === 'published' ? 'conflict.approveToPublish' : 'conflict.cyclePhase');
  await inTransaction(db, async (tx) => {
    const after = await repo.moveCycleStatus(tx, id, cycle.status, { status: to });
    if (!after) throw new ConflictError('conflict.cyclePhase');
    const gate = await repo.cycleGateCounts(tx, id);
    if (to === 'self_assessment' && (gate.governments === 0 || gate.governmentsWithoutUnits > 0))
      throw new ConflictError('conflict.sampleEmpty');
    if (to === 'appeal' || (to === 'final' && cycle.kind === 'internal'))
      await assertVerificationDone(tx, id);
    if (to === 'final' && gate.openAppeals > 0)
      throw new ConflictError('conflict.openAppeals', {
        to: { message: 'conflict.openAppealsCount', params: { count: gate.openAppeals } },
      });
    if (to === 'self_assessment') await materialiseAnswerCells(tx, cycle);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'cycle',
      entityId: id,
      officeId: cycle.officeId,
      before: { status: cycle.status },
      after: { status: after.status },
    });
    const event = EVENT_OF[to];
    if (event && gate.governments > INLINE_RECOMPUTE_MAX)
      await enqueueJob(tx, recomputeJob, { cycleId: id, userId: actor.id, reason: event });
    else if (event) await recomputeCycle(tx, id, event, actor, { force: true });
  });
  return getCycleForActor(db, actor, id);
}

/**
 * The head approves the final results: in one transaction the cycle is published (a conditional
 * update, so a concurrent second approval gets 409) and every score gets its approved version.
 */
export async function approveCycle(db: Executor, actor: Actor, id: string) {
  const cycle = await cycleForActor(db, actor, id);
  assertStatus(cycle, ['final'], 'conflict.notFinal');
  await inTransaction(db, async (tx) => {
    const now = new Date();
    const after = await repo.moveCycleStatus(tx, id, 'final', {
      status: 'published',
      approvedBy: actor.id,
      approvedAt: now,
      publishedAt: now,
    });
    if (!after) throw new ConflictError('conflict.notFinal');
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'cycle',
      entityId: id,
      officeId: cycle.officeId,
      before: { status: cycle.status },
      after: { status: after.status, approvedBy: actor.id },
    });
    await recomputeCycle(tx, id, 'persetujuan', actor, { force: true });
    // Issue 17: an internal cycle's improvement points become the government's own follow-ups.
    if (cycle.kind === 'internal') await raiseInternalCycleItems(tx, cycle, actor.id, now);
  });
  return getCycleForActor(db, actor, id);
}
