/**
 * Follow-up items: the LHP's corrective actions (PO 58/2023 Pasal 54: 30 working days after the
 * LHP) followed to evidence. The body answers (note + evidence → `dijawab`); the office verifies
 * (`selesai`) or reopens with a reason (`dibuka_kembali`). Each change is one history row and one
 * version step: a stale version answers 409. Overdue is computed on read, never stored.
 */
import type { MultipartFile } from '@fastify/multipart';
import { ruleOf, type DeadlineRule } from '../../../shared/complaints/deadline-rules';
import type { CorrectiveActionInputSchema } from '../../../shared/contracts/complaints';
import type { FollowupDetail, FollowupList, FollowupVerify } from '../../../shared/contracts/followups';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../lib/errors';
import { roleCan } from '../../lib/permissions';
import { reachesGovernment, reachesOffice, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import type { UploadLimits } from '../../plugins/upload';
import { dueOf, todayWib } from '../complaints/complaints.create';
import { discardStaged, openStoredFile, recordFile, stageUpload } from '../files/files.service';
import * as repo from './followups.repository';

/** The parsed (or raw) corrective action of a `tetapkan_lhp` transition. */
export type CorrectiveActionInput = z.input<typeof CorrectiveActionInputSchema>;

export interface NewCorrectiveActions {
  complaintId: string;
  officeId: string;
  /** The LHP's date: the 30 working days count from it. */
  lhpDate: string;
  items: readonly CorrectiveActionInput[];
  /** The case's rule set (its `rules`, or the rules themselves). */
  ruleSet: { rules: readonly DeadlineRule[] } | readonly DeadlineRule[];
  /** The province whose regional holidays count (the body's), or null for national days only. */
  provinceCode: string | null;
  actorId: string;
}

/**
 * Inserts the LHP's corrective actions as follow-up items (due by default 30 working days after the
 * LHP, rule `tindakan_korektif`) with a `dibuat` history row each. Call inside the transaction of
 * `tetapkan_lhp`. A government id that is not in the registry is refused per item.
 */
export async function createCorrectiveActions(tx: Executor, input: NewCorrectiveActions) {
  const rules = 'rules' in input.ruleSet ? input.ruleSet.rules : input.ruleSet;
  const govIds = [...new Set(input.items.flatMap((i) => (i.governmentId ? [i.governmentId] : [])))];
  const known = await repo.existingGovernments(tx, govIds);
  const problems: Record<string, { message: string }> = {};
  input.items.forEach((i, n) => {
    if (i.governmentId && !known.has(i.governmentId))
      problems[`lhp.correctiveActions.${n}.governmentId`] = { message: 'field.invalid' };
    if (i.unitId && !i.governmentId)
      problems[`lhp.correctiveActions.${n}.unitId`] = { message: 'field.invalid' };
    if (i.dueOn && i.dueOn < input.lhpDate)
      problems[`lhp.correctiveActions.${n}.dueOn`] = { message: 'followup.dueBeforeLhp' };
  });
  if (Object.keys(problems).length) throw new ValidationError(problems);
  const rule = ruleOf([...rules], 'tindakan_korektif');
  const defaultDue = input.items.some((i) => !i.dueOn)
    ? await dueOf(tx, rule, input.lhpDate, input.provinceCode)
    : input.lhpDate;
  const rows = await repo.insertItems(
    tx,
    input.items.map((i) => ({
      kind: 'tindakan_korektif' as const,
      complaintId: input.complaintId,
      officeId: input.officeId,
      governmentId: i.governmentId ?? null,
      unitId: i.unitId ?? null,
      addressee: i.addressee,
      action: i.action,
      evidenceExpected: i.evidenceExpected ?? null,
      dueOn: i.dueOn ?? defaultDue,
      createdBy: input.actorId,
    })),
  );
  await repo.insertEvents(
    tx,
    rows.map((r) => ({ itemId: r.id, actorId: input.actorId, action: 'dibuat', toStatus: 'terbuka' })),
  );
  return rows;
}

type Side = 'office' | 'body';

/** Which side the actor is on: office staff (complaint.read) or the body (complaint.body). */
function sideOf(actor: Actor): Side {
  if (roleCan(actor.role, 'complaint.read')) return 'office';
  if (roleCan(actor.role, 'complaint.body')) return 'body';
  throw new ForbiddenError();
}

function reaches(actor: Actor, side: Side, item: repo.FollowupRow): boolean {
  if (side === 'office') return !!item.officeId && reachesOffice(actor.reach, item.officeId);
  return !!item.governmentId && reachesGovernment(actor.reach, item.governmentId);
}

async function present(db: Executor, side: Side, rows: repo.FollowupRow[]): Promise<FollowupDetail[]> {
  const history = await repo.historyOf(
    db,
    rows.map((r) => r.id),
  );
  const today = todayWib();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    issuer: r.issuer,
    source: { type: r.sourceType, id: r.sourceId, label: '', link: null },
    complaintId: side === 'office' ? r.complaintId : null,
    officeId: r.officeId,
    governmentId: r.governmentId,
    governmentName: null,
    unitId: r.unitId,
    unitName: null,
    cycleId: r.cycleId,
    indicatorCode: r.indicatorCode,
    addressee: r.addressee,
    action: r.action,
    evidenceExpected: r.evidenceExpected,
    dueOn: r.dueOn,
    status: r.status,
    overdue: !!r.dueOn && r.dueOn < today && r.status !== 'selesai',
    owner: null,
    answeredBy: null,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    sentAt: r.sentAt?.toISOString() ?? null,
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    version: r.version,
    can: [],
    history: history
      .filter((h) => h.itemId === r.id)
      .map((h) => ({
        at: h.at.toISOString(),
        action: h.action,
        actor: null,
        fromStatus: h.fromStatus,
        toStatus: h.toStatus,
        note: h.note,
        file: h.fileId ? { id: h.fileId, name: h.fileName ?? '' } : null,
        evidence: [],
      })),
  }));
}

/** Office staff: their office's items; body users: their government's items (action text only). */
export async function listFollowups(db: Executor, actor: Actor, complaintId?: string): Promise<FollowupList> {
  const side = sideOf(actor);
  const rows = await repo.listItems(db, side, actor.reach, side === 'office' ? complaintId : undefined);
  const items = await present(db, side, rows);
  const count = (st: FollowupDetail['status']) => items.filter((i) => i.status === st).length;
  return {
    items,
    nextCursor: null,
    counts: {
      total: items.length,
      terbuka: count('terbuka'),
      dijawab: count('dijawab'),
      dikirim: count('dikirim'),
      selesai: count('selesai'),
      dibuka_kembali: count('dibuka_kembali'),
      overdue: items.filter((i) => i.overdue).length,
    },
  };
}

function fieldValue(part: MultipartFile, name: string): string | undefined {
  const f = part.fields[name];
  if (!f || Array.isArray(f) || f.type !== 'field') return undefined;
  return String(f.value);
}

/** The body's answer: a note and the evidence file; `dijawab`. */
export async function answerFollowup(
  db: Executor,
  actor: Actor,
  id: string,
  part: MultipartFile,
  limits: UploadLimits,
): Promise<FollowupDetail> {
  const item = await repo.findItem(db, id);
  if (!item || !reaches(actor, 'body', item)) throw new NotFoundError();
  const note = (fieldValue(part, 'note') ?? '').trim();
  const versionText = fieldValue(part, 'version') ?? '';
  const problems: Record<string, { message: string; params?: Record<string, number> }> = {};
  if (!note) problems.note = { message: 'field.required' };
  else if (note.length > 2_000) problems.note = { message: 'field.tooLong', params: { max: 2_000 } };
  if (!/^\d{1,9}$/.test(versionText)) problems.version = { message: 'field.number' };
  if (Object.keys(problems).length) throw new ValidationError(problems);
  if (item.status === 'selesai') throw new ConflictError('followup.closed');
  const staged = await stageUpload(part, limits.dataDir, limits.maxBytes);
  try {
    return await inTransaction(db, async (tx) => {
      const file = await recordFile(tx, actor, staged, {
        governmentId: item.governmentId,
        officeId: item.officeId,
      });
      const row = await repo.setStatus(tx, id, Number(versionText), 'dijawab');
      if (!row) throw new ConflictError('followup.stale');
      await repo.insertEvents(tx, [
        {
          itemId: id,
          actorId: actor.id,
          action: 'dijawab',
          fromStatus: item.status,
          toStatus: 'dijawab',
          note,
          fileId: file.id,
        },
      ]);
      return (await present(tx, 'body', [row]))[0]!;
    });
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}

/** The office's decision: done (`selesai`) or reopened with a reason (`dibuka_kembali`). */
export async function verifyFollowup(
  db: Executor,
  actor: Actor,
  id: string,
  input: FollowupVerify,
): Promise<FollowupDetail> {
  return inTransaction(db, async (tx) => {
    const item = await repo.findItem(tx, id);
    if (!item || !reaches(actor, 'office', item)) throw new NotFoundError();
    const to = input.decision === 'selesai' ? 'selesai' : 'dibuka_kembali';
    if (to === 'selesai' && item.status === 'selesai') throw new ConflictError('followup.closed');
    if (to === 'dibuka_kembali' && !['dijawab', 'selesai'].includes(item.status))
      throw new ConflictError('followup.notAnswered');
    const row = await repo.setStatus(tx, id, input.version, to);
    if (!row) throw new ConflictError('followup.stale');
    await repo.insertEvents(tx, [
      {
        itemId: id,
        actorId: actor.id,
        action: to === 'selesai' ? 'diverifikasi' : 'dibuka_kembali',
        fromStatus: item.status,
        toStatus: to,
        note: input.reason ?? null,
      },
    ]);
    return (await present(tx, 'office', [row]))[0]!;
  });
}

/** An evidence file of an item, for the office (its office) or the body (its government). */
export async function followupFile(db: Executor, dataDir: string, actor: Actor, id: string, fileId: string) {
  const side = sideOf(actor);
  const item = await repo.findItem(db, id);
  if (!item || !reaches(actor, side, item)) throw new NotFoundError();
  const file = await repo.eventFile(db, id, fileId);
  if (!file) throw new NotFoundError();
  return { file, stream: await openStoredFile(dataDir, file) };
}
