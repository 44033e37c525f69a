/**
 * The follow-up backlog's reads and how items come to be: the LHP's corrective actions (PO 58/2023
 * Pasal 54: 30 working days after the LHP, created by the complaints flow inside its transaction),
 * items raised by hand (the office: saran and rekomendasi; the Inspektorat: its own), the list with
 * every filter, keyset pages and counts, one item with its history, and an evidence file. The
 * changes of state are in followups.workflow.ts. Overdue is computed on read, never stored.
 */
import { ruleOf, type DeadlineRule } from '../../../shared/complaints/deadline-rules';
import type { CorrectiveActionInputSchema } from '../../../shared/contracts/complaints';
import type {
  FollowupCreate,
  FollowupDetail,
  FollowupList,
  FollowupListQuery,
} from '../../../shared/contracts/followups';
import { GOVERNMENT_MANUAL_KINDS, ISSUER_OF, OFFICE_MANUAL_KINDS } from '../../../shared/followups/kinds';
import type { z } from 'zod';
import type { Executor } from '../../db/client';
import { NotFoundError, ValidationError, type FieldProblem } from '../../lib/errors';
import { decodeCursor, encodeCursor } from '../../lib/pagination';
import { reachesGovernment, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { dueOf, todayWib } from '../complaints/complaints.create';
import { openStoredFile } from '../files/files.service';
import { reaches, readerScope, sideOf } from './followups.access';
import * as list from './followups-list.repository';
import { presentDetail, presentItems } from './followups.present';
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
      issuer: 'office' as const,
      sourceType: 'complaint' as const,
      sourceId: input.complaintId,
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

/** An item the actor reaches, else 404 (missing and out of reach answer alike). */
export async function itemInReach(db: Executor, actor: Actor, id: string) {
  const item = await repo.findItem(db, id);
  if (!item || !reaches(actor, item)) throw new NotFoundError();
  return item;
}

const CursorSchema = (v: unknown[] | null, n: number): string[] | null =>
  v && v.length === n && v.every((x) => typeof x === 'string' && x.length <= 500) ? (v as string[]) : null;

/**
 * The backlog in the actor's reach, filtered, one keyset page at a time. `counts` are over every
 * page of the filter; they ignore the `status` and `overdue` filters (they are what is counted), so
 * the status tabs of a filtered list keep their numbers. A tampered cursor reads as the first page.
 */
export async function listFollowups(db: Executor, actor: Actor, q: FollowupListQuery): Promise<FollowupList> {
  const scope = readerScope(actor);
  const today = todayWib();
  const keyLength = q.sort === 'government' ? 3 : 2;
  const after = CursorSchema(decodeCursor(q.cursor), keyLength);
  const [rows, counts] = await Promise.all([
    list.listItems(db, scope, q, today, after),
    list.countItems(db, scope, { ...q, status: undefined, overdue: undefined }, today),
  ]);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: await presentItems(
      db,
      actor,
      page.map((r) => r.item),
    ),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.key) : null,
    counts,
  };
}

export async function getFollowup(db: Executor, actor: Actor, id: string): Promise<FollowupDetail> {
  return presentDetail(db, actor, await itemInReach(db, actor, id));
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Patuh's default due dates for items raised by hand (the form says so): rekomendasi 60 days (Pasal 38(2)). */
const MANUAL_DUE_DAYS: Partial<Record<FollowupCreate['kind'], number>> = {
  rekomendasi: 60,
  saran_perbaikan: 60,
  saran_penyempurnaan: 60,
  perbaikan_internal: 90,
};

/**
 * An item raised by hand: office staff raise the office's products for a government of their
 * offices (the item's office is the government's); the Inspektorat raises its government's own.
 */
export async function createFollowup(
  db: Executor,
  actor: Actor,
  input: FollowupCreate,
): Promise<FollowupDetail> {
  const side = sideOf(actor);
  const gov = await repo.findGovernment(db, input.governmentId);
  const problems: Record<string, FieldProblem> = {};
  const own = side === 'government' && actor.role === 'internal_verifier';
  const kinds = side === 'office' ? OFFICE_MANUAL_KINDS : own ? GOVERNMENT_MANUAL_KINDS : [];
  if (!kinds.includes(input.kind)) problems.kind = { message: 'followup.kindNotManual' };
  const inReach =
    !!gov &&
    reachesGovernment(actor.reach, gov.id) &&
    (side === 'office' ? !!gov.officeId : actor.reach.all || actor.governmentId === gov.id);
  if (!gov || !inReach) problems.governmentId = { message: 'field.outOfReach' };
  if (input.unitId && gov) {
    const unit = await repo.findUnit(db, input.unitId);
    if (!unit || unit.governmentId !== gov.id) problems.unitId = { message: 'field.unitNotInGovernment' };
  }
  if (input.cycleId && gov && !(await repo.cycleHasGovernment(db, input.cycleId, gov.id)))
    problems.cycleId = { message: 'followup.cycleNotOfGovernment' };
  if (Object.keys(problems).length) throw new ValidationError(problems);
  const days = MANUAL_DUE_DAYS[input.kind];
  const dueOn = input.dueOn !== undefined ? input.dueOn : days ? addDays(todayWib(), days) : null;
  return inTransaction(db, async (tx) => {
    const [row] = await repo.insertItems(tx, [
      {
        kind: input.kind,
        issuer: ISSUER_OF[input.kind],
        sourceType: 'manual',
        officeId: ISSUER_OF[input.kind] === 'office' ? gov!.officeId : null,
        governmentId: gov!.id,
        unitId: input.unitId ?? null,
        cycleId: input.cycleId ?? null,
        indicatorCode: input.indicatorCode,
        addressee: input.addressee,
        action: input.action,
        evidenceExpected: input.evidenceExpected,
        dueOn,
        createdBy: actor.id,
      },
    ]);
    await repo.insertEvents(tx, [
      { itemId: row!.id, actorId: actor.id, action: 'dibuat', toStatus: 'terbuka' },
    ]);
    return presentDetail(tx, actor, row!);
  });
}

/** A stored file of an item's evidence (its answers' files and library documents), in the reader's reach. */
export async function followupFile(db: Executor, dataDir: string, actor: Actor, id: string, fileId: string) {
  await itemInReach(db, actor, id);
  const file = await repo.evidenceFile(db, id, fileId);
  if (!file) throw new NotFoundError();
  return { file, stream: await openStoredFile(dataDir, file) };
}
