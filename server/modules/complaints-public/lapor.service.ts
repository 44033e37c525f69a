/**
 * The citizen's side of a case (issue 14): a report from the public form with its files in ONE
 * transaction (the case and every attachment, or nothing), the tracking number + PIN check under
 * a throttle per client address and per tracking number (a wrong number and a wrong PIN cost the
 * same time and get the same answer), and what the reporter may see and add afterwards.
 */
import { DEFAULT_DEADLINE_RULES, ruleOf } from '../../../shared/complaints/deadline-rules';
import type { PublicReportInput } from '../../../shared/contracts/complaints';
import type { Executor } from '../../db/client';
import { verifyPin, type IdentityKeys } from '../../lib/identity-crypto';
import { inTransaction } from '../../lib/transaction';
import { reserveLoginAttempt, type ThrottleRule } from '../auth/auth.repository';
import { hashToken } from '../auth/auth.service';
import { createReport, dueOf, todayWib, type CreatedReport } from '../complaints/complaints.create';
import { findBySubmissionKey, officeName } from '../complaints/complaints.repository';
import type { ReadForm } from './lapor-multipart';
import * as repo from './lapor.repository';

/** Attempts on one tracking number before it waits (then 60 s, doubling up to 15 minutes). */
export const NUMBER_THROTTLE: ThrottleRule = {
  freeAttempts: 5,
  baseDelaySeconds: 60,
  maxDelaySeconds: 15 * 60,
  forgetAfterHours: 24,
};
/** Attempts from one client address (any numbers) before it waits. */
export const CLIENT_THROTTLE: ThrottleRule = {
  freeAttempts: 20,
  baseDelaySeconds: 60,
  maxDelaySeconds: 15 * 60,
  forgetAfterHours: 24,
};

export async function formChoices(db: Executor) {
  const [governments, provinces] = await Promise.all([repo.registryGovernments(db), repo.provinces(db)]);
  return { governments, provinces };
}

export const governmentName = repo.governmentName;

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === '23505') return true;
  return false;
}

const KIND_OF_FIELD: Record<string, 'bukti_pengaduan' | 'bukti'> = {
  priorProof: 'bukti_pengaduan',
  attachments: 'bukti',
};

async function recordFiles(
  tx: Executor,
  complaintId: string,
  owner: { officeId: string; governmentId: string | null },
  staged: ReadForm['staged'],
) {
  const rows = await repo.insertFiles(
    tx,
    staged.map(({ file }) => ({
      governmentId: owner.governmentId,
      officeId: owner.officeId,
      originalName: file.originalName,
      mimeType: file.type.mimeType,
      size: file.size,
      sha256: file.sha256,
      storageName: file.storageName,
      createdBy: null,
    })),
  );
  await repo.insertAttachments(
    tx,
    rows.map((r, i) => ({
      complaintId,
      fileId: r.id,
      source: 'pelapor' as const,
      kind: KIND_OF_FIELD[staged[i]!.field] ?? 'bukti',
    })),
  );
}

/**
 * The case with all its files, or nothing. A repeated submission key (a double click, a reload of
 * the receipt, two requests at once) answers the first case, without its PIN.
 */
export async function submitReport(
  db: Executor,
  keys: IdentityKeys,
  input: PublicReportInput,
  staged: ReadForm['staged'],
): Promise<CreatedReport> {
  try {
    return await inTransaction(db, async (tx) => {
      const created = await createReport(tx, keys, { ...input, channel: 'web' });
      if (created.repeated) return created;
      const owner = await repo.caseOwner(tx, created.id);
      await recordFiles(tx, created.id, owner!, staged);
      return created;
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const first = await findBySubmissionKey(db, input.submissionKey);
    if (!first) throw err;
    return {
      id: first.id,
      trackingNumber: first.trackingNumber,
      officeId: first.officeId,
      officeName: await officeName(db, first.officeId),
      repeated: true,
    };
  }
}

export type OpenResult = { ok: true; caseId: string } | { ok: false; waitSeconds?: number };

/**
 * Checks a tracking number and PIN. The attempt is counted (per number and per client) before
 * the PIN is verified, so parallel guesses cannot slip past the limit; an unknown number runs the
 * same scrypt work as a known one (verifyPin with no hash) and gets the same answer.
 */
export async function openCase(
  db: Executor,
  trackingNumber: string,
  pin: string,
  clientAddress: string,
): Promise<OpenResult> {
  const numberKey = hashToken(`lapor-nomor:${trackingNumber}`);
  const clientKey = hashToken(`lapor-ip:${clientAddress}`);
  const numberWait = await reserveLoginAttempt(db, numberKey, NUMBER_THROTTLE);
  const clientWait = await reserveLoginAttempt(db, clientKey, CLIENT_THROTTLE);
  if (numberWait !== null || clientWait !== null)
    return { ok: false, waitSeconds: Math.max(numberWait ?? 0, clientWait ?? 0) };
  const found = await repo.caseByTrackingNumber(db, trackingNumber);
  const ok = verifyPin(pin, found?.pinHash);
  if (!ok || !found) return { ok: false };
  // Like a sign-in: a right PIN starts both counts afresh (many citizens share one mobile-network
  // address; the per-number count still holds every other case to five tries).
  await repo.forgetThrottle(db, [numberKey, clientKey]);
  return { ok: true, caseId: found.id };
}

/** Until when the reporter may answer the LHP (YYYY-MM-DD), or null when not (or no longer). */
async function lhpWindow(
  db: Executor,
  c: NonNullable<Awaited<ReturnType<typeof repo.reporterCase>>>,
): Promise<string | null> {
  if (!c.lhpOutcome || !c.lhpFindings || !c.lhpDate) return null;
  const today = todayWib();
  const clock = await repo.lhpResponseDeadline(db, c.id);
  if (clock) return clock.status === 'berjalan' && clock.dueOn >= today ? clock.dueOn : null;
  const due = await dueOf(
    db,
    ruleOf(DEFAULT_DEADLINE_RULES, 'tanggapan_lhp'),
    c.lhpDate,
    c.bodyRegionCode?.slice(0, 2) ?? null,
  );
  return due >= today ? due : null;
}

/** Everything the status page shows — and nothing of the identity, notes or the body's files. */
export async function statusView(db: Executor, caseId: string) {
  const c = await repo.reporterCase(db, caseId);
  if (!c) return null;
  const [deadlines, pause, events, messages, files, office, lhpUntil] = await Promise.all([
    repo.runningDeadlines(db, caseId),
    repo.runningPause(db, caseId),
    repo.visibleEvents(db, caseId),
    repo.messages(db, caseId),
    repo.reporterFiles(db, caseId),
    officeName(db, c.officeId),
    lhpWindow(db, c),
  ]);
  const next = deadlines[0];
  return {
    trackingNumber: c.trackingNumber,
    stage: c.stage,
    closed: c.stage === 'selesai',
    closureReason: c.closureReason,
    receivedAt: c.receivedAt,
    subject: c.subject,
    bodyName: c.bodyName,
    officeName: office,
    nextDeadline: next
      ? {
          key: next.key,
          dueOn: next.dueOn,
          overdue: next.dueOn < todayWib(),
          label: DEFAULT_DEADLINE_RULES.find((r) => r.key === next.key)?.label ?? null,
        }
      : null,
    pausedFor: pause?.waitingOn ?? null,
    events,
    messages,
    files,
    lhp: c.lhpOutcome
      ? { outcome: c.lhpOutcome, number: c.lhpNumber, date: c.lhpDate, findings: c.lhpFindings }
      : null,
    lhpUntil,
  };
}
export type StatusView = NonNullable<Awaited<ReturnType<typeof statusView>>>;

/** A message from the reporter (or their answer to the LHP, within its window). */
export async function addMessage(
  db: Executor,
  caseId: string,
  body: string,
  lhpResponse: boolean,
): Promise<'ok' | 'closed' | 'lhpClosed'> {
  return inTransaction(db, async (tx) => {
    const c = await repo.reporterCase(tx, caseId);
    if (!c) return 'closed';
    if (lhpResponse) {
      if (!(await lhpWindow(tx, c))) return 'lhpClosed';
    } else if (c.stage === 'selesai') return 'closed';
    await repo.insertMessage(tx, {
      complaintId: caseId,
      authorKind: 'pelapor',
      body,
      isLhpResponse: lhpResponse,
    });
    await repo.insertReporterEvent(tx, caseId, lhpResponse ? 'tanggapan_lhp' : 'pesan_pelapor');
    return 'ok';
  });
}

/** Documents the reporter adds on the status page (all of them or none). */
export async function addDocuments(
  db: Executor,
  caseId: string,
  staged: ReadForm['staged'],
): Promise<'ok' | 'closed'> {
  return inTransaction(db, async (tx) => {
    const c = await repo.reporterCase(tx, caseId);
    if (!c || c.stage === 'selesai') return 'closed';
    const owner = await repo.caseOwner(tx, caseId);
    await recordFiles(
      tx,
      caseId,
      owner!,
      staged.map((s) => ({ ...s, field: 'attachments' })),
    );
    await repo.insertReporterEvent(tx, caseId, 'dokumen_pelapor');
    return 'ok';
  });
}
