/**
 * The staff case core (issue 14): recording a report that came by desk, phone, letter, e-mail,
 * WhatsApp or field visit; the case list; the case detail. A case is reached through its office
 * (`reachesOffice`); out of reach answers 404 like a missing case. The reporter's identity never
 * leaves here: the detail shows a label instead, the reveal is its own audited route.
 */
import type { ComplaintStage } from '../../../shared/complaints/stages';
import type {
  ComplaintList,
  ComplaintListQuery,
  ComplaintSummary,
  Receipt,
  StaffReportInput,
} from '../../../shared/contracts/complaints';
import {
  MEDIATION_OUTCOMES,
  type ComplaintDetail,
  type MediationOutcome,
} from '../../../shared/contracts/complaints-case';
import type { DeadlineKey } from '../../../shared/complaints/deadline-rules';
import type { Sector } from '../../../shared/contracts/enums';
import type { Executor } from '../../db/client';
import type { IdentityKeys } from '../../lib/identity-crypto';
import { NotFoundError, ValidationError } from '../../lib/errors';
import { reachesOffice, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { createReport, todayWib } from './complaints.create';
import * as listRepo from './complaints-list.repository';
import * as detailRepo from './complaints-detail.repository';
import * as repo from './complaints.repository';
import { availableActions } from './transitions.service';

/** The case, when the actor's offices reach it; else 404 (the same as a missing case). */
export async function caseInReach(db: Executor, actor: Actor, id: string): Promise<repo.ComplaintRow> {
  const c = await repo.findComplaint(db, id);
  if (!c || !reachesOffice(actor.reach, c.officeId)) throw new NotFoundError();
  return c;
}

/**
 * A report recorded by office staff. It goes to the body's office like a public report; a head
 * or an assessor records it at their own office when that office is out of their reach (an
 * admin's report goes where the routing says). The PIN is in this answer only.
 */
export async function recordStaffReport(
  db: Executor,
  keys: IdentityKeys,
  actor: Actor,
  input: StaffReportInput,
): Promise<Receipt> {
  if (input.receivedOn && input.receivedOn > todayWib())
    throw new ValidationError({ receivedOn: { message: 'complaint.futureDate' } });
  return inTransaction(db, async (tx) => {
    const created = await createReport(tx, keys, {
      ...input,
      eventPlace: input.eventPlace,
      createdBy: actor.id,
    });
    let officeId = created.officeId;
    if (!reachesOffice(actor.reach, officeId) && actor.officeId) {
      officeId = actor.officeId;
      await repo.setOffice(tx, created.id, officeId);
      await repo.insertEvent(tx, {
        complaintId: created.id,
        actorId: actor.id,
        actorKind: 'petugas',
        action: 'dicatat_kantor_sendiri',
        data: { routedOfficeId: created.officeId, officeId },
      });
    }
    return {
      id: created.id,
      trackingNumber: created.trackingNumber,
      pin: created.pin ?? '',
      officeName: officeId === created.officeId ? created.officeName : await repo.officeName(tx, officeId),
    };
  });
}

type SummaryRow = Awaited<ReturnType<typeof listRepo.listPage>>['rows'][number];

async function summaries(db: Executor, rows: SummaryRow[], today: string): Promise<ComplaintSummary[]> {
  const extras = await listRepo.pageExtras(
    db,
    rows.map((r) => r.id),
    rows.map((r) => r.officeId),
  );
  const officeNames = new Map(extras.offices.map((o) => [o.id, o.name]));
  return rows.map((r) => {
    const next = extras.deadlines.find((d) => d.complaintId === r.id);
    const paused = extras.pausedIds.has(r.id);
    return {
      id: r.id,
      trackingNumber: r.trackingNumber,
      stage: r.stage,
      track: r.track,
      channel: r.channel,
      closureReason: r.closureReason,
      receivedAt: r.receivedAt.toISOString(),
      subject: r.subject,
      bodyKind: r.bodyKind,
      bodyName: r.bodyName,
      bodyGovernmentId: r.bodyGovernmentId,
      officeId: r.officeId,
      officeName: officeNames.get(r.officeId) ?? '',
      forms: extras.forms.filter((f) => f.complaintId === r.id).map((f) => f.code),
      confidential: r.confidential,
      nextDeadline: next
        ? {
            key: next.key as DeadlineKey,
            dueOn: next.dueOn,
            overdue: !paused && next.dueOn < today,
            paused,
          }
        : null,
    };
  });
}

export async function listComplaints(
  db: Executor,
  actor: Actor,
  query: ComplaintListQuery,
  today = todayWib(),
): Promise<ComplaintList> {
  const filter: listRepo.ListFilter = {
    ...query,
    scope: repo.caseScope(actor.reach),
    mineUserId: query.mine === 'true' ? actor.id : undefined,
    overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    today,
  };
  const [page, total] = await Promise.all([listRepo.listPage(db, filter), listRepo.listTotal(db, filter)]);
  return { items: await summaries(db, page.rows, today), nextCursor: page.nextCursor, total };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Labels that stand for the identity in the detail (never the identity itself). */
export const REPORTER_LABELS = {
  confidential: 'Identitas dirahasiakan',
  sealed: 'Identitas tersimpan terenkripsi — buka untuk melihat',
  erased: 'Data pribadi telah dihapus (masa retensi berakhir)',
} as const;

/** May the actor open the sealed identity: admin, the head of the case's office, an assigned officer. */
export async function mayReveal(db: Executor, actor: Actor, c: repo.ComplaintRow): Promise<boolean> {
  if (actor.role === 'admin') return true;
  if (!reachesOffice(actor.reach, c.officeId)) return false;
  if (actor.role === 'oversight_head' && actor.officeId === c.officeId) return true;
  return detailRepo.isOfficer(db, c.id, actor.id);
}

export async function getComplaint(
  db: Executor,
  actor: Actor,
  id: string,
  today = todayWib(),
): Promise<ComplaintDetail> {
  const c = await caseInReach(db, actor, id);
  const [summary] = await summaries(db, [{ ...c, sortKey: '' }], today);
  const actions = await availableActions(db, actor, c, today);
  const mayAssign =
    actor.role === 'admin' || (actor.role === 'oversight_head' && actor.officeId === c.officeId);
  const [formLabels, officers, events, deadlines, pauses, attachments, messages, duplicates] = [
    await detailRepo.formsOf(db, c.id),
    await detailRepo.officersOf(db, c.id),
    await detailRepo.eventsOf(db, c.id),
    await detailRepo.deadlinesOf(db, c.id),
    await detailRepo.pausesOf(db, c.id),
    await detailRepo.attachmentsOf(db, c.id),
    await detailRepo.messagesOf(db, c.id),
    await repo.duplicateCandidates(db, c, repo.caseScope(actor.reach)),
  ];
  const paused = pauses.some((p) => p.toOn === null);
  const erased = !!c.personalErasedAt || !c.identityCipher;
  return {
    ...summary!,
    reporter: {
      label: erased
        ? REPORTER_LABELS.erased
        : c.confidential
          ? REPORTER_LABELS.confidential
          : REPORTER_LABELS.sealed,
      erased,
    },
    description: c.description,
    eventDate: c.eventDate,
    eventPlace: c.eventPlace,
    priorEffort: c.priorEffort,
    priorComplaintDate: c.priorComplaintDate,
    expectation: c.expectation,
    bodyUnitId: c.bodyUnitId,
    bodyRegionCode: c.bodyRegionCode,
    sector: (c.sector as Sector | null) ?? null,
    substance: c.substance,
    formLabels,
    materialCheck: (c.materialCheck as ComplaintDetail['materialCheck']) ?? null,
    plenaryDate: c.plenaryDate,
    plenaryNote: c.plenaryNote,
    lhp: c.lhpOutcome
      ? { outcome: c.lhpOutcome, number: c.lhpNumber, date: c.lhpDate, findings: c.lhpFindings }
      : null,
    recommendation: {
      proposedAt: iso(c.recommendationProposedAt),
      number: c.recommendationNumber,
      issuedOn: c.recommendationIssuedOn,
      receivedOn: c.recommendationReceivedOn,
    },
    closedAt: iso(c.closedAt),
    officers,
    events: events.map(({ data, ...e }) => ({
      ...e,
      at: e.at.toISOString(),
      noteOn: typeof data?.on === 'string' ? data.on : null,
      outcome: MEDIATION_OUTCOMES.includes(data?.outcome as MediationOutcome)
        ? (data!.outcome as MediationOutcome)
        : null,
    })),
    deadlines: deadlines.map((d) => ({
      id: d.id,
      key: d.key as DeadlineKey,
      startedOn: d.startedOn,
      days: d.days,
      unit: d.unit,
      dueOn: d.dueOn,
      status: d.status,
      metOn: d.metOn,
      letterId: d.letterId,
      overdue: !paused && (d.status === 'berjalan' || d.status === 'lewat') && d.dueOn < today,
    })),
    pauses: pauses.map((p) => ({
      id: p.id,
      fromOn: p.fromOn,
      toOn: p.toOn,
      waitingOn: p.waitingOn,
      reason: p.reason,
    })),
    attachments: attachments.map((a) => ({
      ...a,
      // A scan of the ID card may carry the reporter's name in its file name.
      originalName: a.kind === 'identitas' ? 'Dokumen identitas' : a.originalName,
      createdAt: a.createdAt.toISOString(),
    })),
    messages: messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    duplicates: duplicates.map((d) => ({
      ...d,
      stage: d.stage as ComplaintStage,
      receivedAt: d.receivedAt.toISOString(),
    })),
    actions,
    canReveal: !erased && (await mayReveal(db, actor, c)),
    transferTargets: actions.includes('alihkan') ? await detailRepo.otherLiveOffices(db, c.officeId) : [],
    staffCandidates: mayAssign ? await detailRepo.officeStaff(db, c.officeId) : [],
    version: c.version,
  };
}
