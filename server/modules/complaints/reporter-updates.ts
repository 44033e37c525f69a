/**
 * Keeping the reporter informed (issue 14 part 11) on the channels people use:
 * - e-mail: every visible event (a stage change, a message from the office) queues one mail to the
 *   reporter when they gave an address. The address is decrypted inside the mail job only; the mail
 *   names the stage and links to the status page, never the case's text.
 * - WhatsApp: a click-to-chat link with a prepared status message for an officer to send. It holds
 *   the reporter's phone, so only those who may reveal the identity get it (the officers on the
 *   case, the head of the case's office, admins), and each time is recorded like a reveal.
 */
import { STAGE_LABELS, CLOSURE_LABELS, type ComplaintStage } from '../../../shared/complaints/stages';
import { STAGE_DEADLINE } from '../../../shared/complaints/deadline-rules';
import { whatsappLink } from '../../../shared/contracts/notifications';
import type { WhatsappMessage } from '../../../shared/contracts/complaints-deadlines';
import type { PartialIdentity } from '../../../shared/contracts/complaints';
import { formatDate } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import { enqueueJob } from '../../jobs/job-definition';
import { complaintReporterMailJob } from '../../jobs/definitions/complaint-reporter-mail.job';
import { ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors';
import { decryptJson, type IdentityKeys } from '../../lib/identity-crypto';
import { reachesOffice, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { todayWib } from './complaints.create';
import { insertEvent, officeName } from './complaints.repository';
import * as repo from './deadlines.repository';

export type ReporterUpdate = { kind: 'tahap'; stage: ComplaintStage } | { kind: 'pesan' };

/**
 * Queues the reporter's e-mail about a visible event, in the caller's transaction (the mail exists
 * exactly when the event does). Call it wherever an event visible to the reporter is written.
 */
export async function informReporter(tx: Executor, complaintId: string, update: ReporterUpdate) {
  await enqueueJob(tx, complaintReporterMailJob, { complaintId, ...update });
}

/** The status message of a case in Bahasa Indonesia (what the officer sends by WhatsApp). */
export function statusText(c: {
  trackingNumber: string;
  stage: ComplaintStage;
  closureReason: string | null;
  officeName: string;
  nextDue: string | null;
  statusUrl: string;
}): string {
  const lines = [
    `Yth. Pelapor, laporan Anda nomor ${c.trackingNumber} saat ini pada tahap: ${STAGE_LABELS[c.stage].id}.`,
  ];
  const reason = c.closureReason ? CLOSURE_LABELS[c.closureReason]?.id : undefined;
  if (c.stage === 'selesai' && reason) lines.push(`Laporan ditutup: ${reason}.`);
  if (c.nextDue && c.stage !== 'selesai') lines.push(`Tenggat tahap ini: ${formatDate(c.nextDue, 'id')}.`);
  lines.push(
    `Status, pesan petugas dan tempat menambah dokumen ada di ${c.statusUrl} (masukkan nomor laporan dan PIN Anda).`,
    `Salam, ${c.officeName}`,
  );
  return lines.join('\n');
}

/** May this officer see the reporter's identity on this case? */
async function mayReveal(db: Executor, actor: Actor, c: { id: string; officeId: string }) {
  if (actor.role === 'admin') return true;
  if (actor.role === 'oversight_head' && actor.officeId === c.officeId) return true;
  return repo.isOfficerOf(db, c.id, actor.id);
}

/** GET /complaints/:id/whatsapp: the link and the message; recorded like a reveal of the phone. */
export async function whatsappMessage(
  db: Executor,
  actor: Actor,
  id: string,
  keys: IdentityKeys,
  publicUrl: string,
): Promise<WhatsappMessage> {
  return inTransaction(db, async (tx) => {
    const c = await repo.caseForClocks(tx, id);
    if (!c || !reachesOffice(actor.reach, c.officeId)) throw new NotFoundError();
    if (!(await mayReveal(tx, actor, c))) throw new ForbiddenError('complaint.revealNotAllowed');
    if (!c.identityCipher || c.personalErasedAt) throw new ConflictError('complaint.noPhone');
    const phone = decryptJson<PartialIdentity>(keys, c.identityCipher).phone;
    // The stage's own clock (not a letter's: that one is the body's).
    const next = (await repo.openClocks(tx, id)).find((k) => k.key === STAGE_DEADLINE[c.stage]);
    const text = statusText({
      trackingNumber: c.trackingNumber,
      stage: c.stage,
      closureReason: c.closureReason,
      officeName: await officeName(tx, c.officeId),
      nextDue: next?.dueOn ?? null,
      statusUrl: `${publicUrl}/publik/lapor/status`,
    });
    const url = whatsappLink(phone, text);
    if (!url) throw new ConflictError('complaint.noPhone');
    await insertEvent(tx, {
      complaintId: id,
      actorId: actor.id,
      actorKind: 'petugas',
      action: 'identitas_dibuka',
      data: { fields: ['phone'], purpose: 'whatsapp', on: todayWib() },
    });
    await recordAudit(tx, actor, {
      action: 'reveal',
      entityType: 'complaint_identity',
      entityId: id,
      officeId: c.officeId,
      after: { trackingNumber: c.trackingNumber, fields: ['phone'], purpose: 'whatsapp' },
    });
    return { url, text };
  });
}
