/**
 * Moving a case through its state machine (shared/complaints/machine.ts), one transaction each:
 * reach (404 like missing) → the role may take the action at all (403 complaint.notAllowed) →
 * the case row locked, its version the one the officer saw (409 complaint.stale) → the stage
 * allows it (409 complaint.notAllowed) → the data guards (409 with the guard's key) → the fields
 * the action needs (400 with the field). Then the case changes, its clocks follow
 * (deadlines.service onStageChange), and one history line is written.
 */
import {
  actionsFor,
  TRANSITIONS,
  type ComplaintAction,
  type Transition,
} from '../../../shared/complaints/machine';
import { DEFAULT_DEADLINE_RULES } from '../../../shared/complaints/deadline-rules';
import type { ClosureReason, ComplaintStage } from '../../../shared/complaints/stages';
import type { TransitionBody } from '../../../shared/contracts/complaints';
import type { ComplaintChanged } from '../../../shared/contracts/complaints-case';
import type { Executor } from '../../db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { reachesOffice, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { todayWib } from './complaints.create';
import * as detailRepo from './complaints-detail.repository';
import * as repo from './complaints.repository';
import { createCorrectiveActions } from '../followups/followups.service';
import { onStageChange } from './deadlines.service';

type CaseRow = repo.ComplaintRow;

/**
 * The data guard of `action` on the case: a message key when it refuses now, else null.
 * - tutup_tidak_lengkap: only once the reporter's completion window (kelengkapan_formil) lapsed;
 * - ke_resolusi: only once the corrective actions' 30 working days (tindakan_korektif) lapsed;
 * - korektif_selesai: only when every corrective action is done;
 * - alihkan: only when another live office exists.
 */
export async function guardRefusal(
  db: Executor,
  c: CaseRow,
  action: ComplaintAction,
  today: string,
): Promise<string | null> {
  switch (action) {
    case 'tutup_tidak_lengkap':
      return (await detailRepo.lapsedClock(db, c.id, 'kelengkapan_formil', today))
        ? null
        : 'complaint.windowOpen';
    case 'ke_resolusi':
      return (await detailRepo.lapsedClock(db, c.id, 'tindakan_korektif', today))
        ? null
        : 'complaint.correctiveTimeLeft';
    case 'korektif_selesai':
      return (await detailRepo.unfinishedFollowups(db, c.id)) === 0 ? null : 'complaint.correctiveOpen';
    case 'alihkan':
      return (await detailRepo.otherLiveOfficeExists(db, c.officeId)) ? null : 'complaint.noOtherOffice';
    default:
      return null;
  }
}

/** The buttons to show: actionsFor(stage, role) minus those whose guards refuse now. */
export async function availableActions(db: Executor, actor: Actor, c: CaseRow, today = todayWib()) {
  const out: ComplaintAction[] = [];
  for (const action of actionsFor(c.stage, actor.role))
    if (!(await guardRefusal(db, c, action, today))) out.push(action);
  return out;
}

interface Applied {
  to: ComplaintStage;
  patch: Partial<repo.NewComplaintRow>;
  data: Record<string, unknown>;
}

const missing = (field: string, message = 'field.required') => new ValidationError({ [field]: { message } });

/** The stage the action leads to, what it stores on the case, and what the history keeps. */
async function apply(
  tx: Executor,
  actor: Actor,
  c: CaseRow,
  t: Transition,
  body: TransitionBody,
  today: string,
): Promise<Applied> {
  const to: ComplaintStage = t.to === 'same' ? c.stage : t.to;
  const patch: Partial<repo.NewComplaintRow> = {};
  const data: Record<string, unknown> = {};
  let reason: ClosureReason | undefined = t.closes === 'from_body' ? undefined : t.closes;
  switch (body.action) {
    case 'materiil_lolos': {
      const m = body.materialCheck;
      if (!m) throw missing('materialCheck');
      const failed = (['withinAuthority', 'notInCourt', 'withinTwoYears', 'notDuplicate'] as const).filter(
        (k) => !m[k],
      );
      if (failed.length)
        throw new ValidationError(
          Object.fromEntries(failed.map((k) => [`materialCheck.${k}`, { message: 'complaint.checkFailed' }])),
        );
      patch.materialCheck = { ...m };
      break;
    }
    case 'materiil_ditolak':
      if (!body.rejectReason) throw missing('rejectReason');
      reason = body.rejectReason;
      if (body.materialCheck) patch.materialCheck = { ...body.materialCheck };
      break;
    case 'pleno_terima':
    case 'pleno_tolak':
      if (!body.plenaryDate) throw missing('plenaryDate');
      if (body.plenaryDate > today) throw missing('plenaryDate', 'complaint.futureDate');
      patch.plenaryDate = body.plenaryDate;
      patch.plenaryNote = body.note ?? null;
      break;
    case 'alihkan': {
      if (!body.targetOfficeId) throw missing('targetOfficeId');
      const target =
        body.targetOfficeId === c.officeId ? undefined : await detailRepo.liveOffice(tx, body.targetOfficeId);
      if (!target) throw missing('targetOfficeId', 'complaint.targetOffice');
      patch.officeId = target.id;
      data.fromOfficeId = c.officeId;
      data.toOfficeId = target.id;
      data.toOfficeName = target.name;
      await repo.replaceOfficers(tx, c.id, [], actor.id);
      break;
    }
    case 'tetapkan_lhp': {
      const lhp = body.lhp;
      if (!lhp) throw missing('lhp');
      if (lhp.date > today) throw missing('lhp.date', 'complaint.futureDate');
      Object.assign(patch, {
        lhpOutcome: lhp.outcome,
        lhpNumber: lhp.number,
        lhpDate: lhp.date,
        lhpFindings: lhp.findings,
      });
      data.outcome = lhp.outcome;
      if (lhp.outcome !== 'ditemukan') {
        reason = lhp.outcome;
        return { to: 'selesai', patch: closing(patch, reason), data };
      }
      if (lhp.correctiveActions.length === 0)
        throw missing('lhp.correctiveActions', 'complaint.correctiveRequired');
      // Each addressee in the registry where named (a missing one is a field error, never a 500).
      const problems: Record<string, { message: string }> = {};
      for (const [n, a] of lhp.correctiveActions.entries()) {
        const govId = a.governmentId ?? (a.unitId ? c.bodyGovernmentId : null);
        if (a.unitId && !govId) problems[`lhp.correctiveActions.${n}.unitId`] = { message: 'field.invalid' };
        else if (govId && !(await repo.bodyGovernment(tx, govId, a.unitId)))
          problems[`lhp.correctiveActions.${n}.${a.unitId ? 'unitId' : 'governmentId'}`] = {
            message: 'field.invalid',
          };
        if (a.dueOn && a.dueOn < lhp.date)
          problems[`lhp.correctiveActions.${n}.dueOn`] = { message: 'complaint.dueBeforeLhp' };
      }
      if (Object.keys(problems).length) throw new ValidationError(problems);
      // The follow-up items (server/modules/followups), due 30 working days after the LHP unless
      // given (PO 58/2023 Pasal 54); an item naming no government is for the reported body's.
      const stored = await repo.ruleSetRules(tx, c.ruleSetId);
      const items = await createCorrectiveActions(tx, {
        complaintId: c.id,
        officeId: c.officeId,
        lhpDate: lhp.date,
        items: lhp.correctiveActions.map((a) => ({
          ...a,
          governmentId: a.governmentId ?? c.bodyGovernmentId ?? undefined,
        })),
        ruleSet: stored.length ? stored : DEFAULT_DEADLINE_RULES,
        provinceCode: c.bodyRegionCode?.slice(0, 2) ?? null,
        actorId: actor.id,
      });
      data.correctiveActions = items.length;
      break;
    }
    case 'usul_rekomendasi':
      patch.recommendationProposedAt = new Date();
      if (body.recommendation?.number) patch.recommendationNumber = body.recommendation.number;
      break;
    case 'rekomendasi_selesai':
      if (!body.closeReason) throw missing('closeReason');
      reason = body.closeReason;
      break;
    default:
      break;
  }
  if (to === 'selesai') {
    if (!reason) throw new Error(`no closure reason for ${body.action}`);
    return { to, patch: closing(patch, reason), data };
  }
  return { to, patch, data };
}

function closing(patch: Partial<repo.NewComplaintRow>, reason: ClosureReason) {
  return { ...patch, stage: 'selesai' as const, closureReason: reason, closedAt: new Date() };
}

export async function takeTransition(
  db: Executor,
  actor: Actor,
  id: string,
  body: TransitionBody,
  today = todayWib(),
): Promise<ComplaintChanged> {
  const seen = await repo.findComplaint(db, id);
  if (!seen || !reachesOffice(actor.reach, seen.officeId)) throw new NotFoundError();
  const t = TRANSITIONS[body.action];
  if (!t.roles.includes(actor.role)) throw new ForbiddenError('complaint.notAllowed');
  return inTransaction(db, async (tx) => {
    const c = await repo.lockComplaint(tx, id);
    if (!c || !reachesOffice(actor.reach, c.officeId)) throw new NotFoundError();
    if (c.version !== body.version) throw new ConflictError('complaint.stale');
    if (!t.from.includes(c.stage)) throw new ConflictError('complaint.notAllowed');
    const refused = await guardRefusal(tx, c, body.action, today);
    if (refused) throw new ConflictError(refused);
    const { to, patch, data } = await apply(tx, actor, c, t, body, today);
    const updated = await repo.updateComplaint(tx, c.id, { ...patch, stage: to });
    await onStageChange(tx, updated, c.stage, to, today);
    await repo.insertEvent(tx, {
      complaintId: c.id,
      actorId: actor.id,
      actorKind: 'petugas',
      action: body.action,
      fromStage: c.stage,
      toStage: to,
      note: body.note ?? null,
      data,
      visibleToReporter: to !== c.stage || body.action === 'alihkan',
    });
    return {
      id: updated.id,
      stage: updated.stage,
      closureReason: updated.closureReason,
      officeId: updated.officeId,
      version: updated.version,
    };
  });
}
