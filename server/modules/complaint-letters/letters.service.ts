/**
 * The office's letters of a case (issue 14 §6, §9): drafts numbered per office and year, the
 * identity check (mechanical, then the officer's confirmation), sending with metadata-stripped
 * copies of the chosen attachments and the reply clock, the letter as PDF. Office staff reach a
 * case's letters through the case's office; out of reach answers 404 like a missing letter.
 */
import fs from 'node:fs';
import { DEFAULT_DEADLINE_RULES, ruleOf, type DeadlineRule } from '../../../shared/complaints/deadline-rules';
import type { PartialIdentity } from '../../../shared/contracts/complaints';
import type {
  Letter,
  LetterDraftInput,
  LetterList,
  LetterPatch,
  SendLetter,
} from '../../../shared/contracts/complaints-letters';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { decryptJson, type IdentityKeys } from '../../lib/identity-crypto';
import { reachesOffice, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { asBuffer, runHeavy } from '../../workers/heavy';
import { dueOf } from '../complaints/complaints.create';
import { insertEvent } from '../complaints/complaints.repository';
import { openStoredFile, recordFile } from '../files/files.service';
import { notify } from '../notifications/notifications.service';
import { formatDate } from '../../../shared/format/format';
import { identityFoundIn, type IdentityKind } from './identity-check';
import { stripToNewFile, type StrippedCopy } from './letter-files';
import { formatLetterNumber } from './letter-number';
import type { LetterPdfInput } from './letter-pdf';
import * as repo from './letters.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function reachableCase(db: Executor, actor: Actor, complaintId: string) {
  const c = await repo.caseOf(db, complaintId);
  if (!c || !reachesOffice(actor.reach, c.officeId)) throw new NotFoundError();
  return c;
}

async function reachableLetter(db: Executor, actor: Actor, letterId: string) {
  const letter = await repo.findLetter(db, letterId);
  if (!letter || !reachesOffice(actor.reach, letter.officeId)) throw new NotFoundError();
  return letter;
}

async function toLetter(db: Executor, l: repo.LetterRow, governmentName?: string | null): Promise<Letter> {
  const [files, replyAtt] = await Promise.all([
    repo.filesOfLetters(db, [l.id]),
    l.replyFileId ? repo.attachmentIdsOfFiles(db, l.complaintId, [l.replyFileId]) : Promise.resolve([]),
  ]);
  return {
    id: l.id,
    complaintId: l.complaintId,
    kind: l.kind,
    number: l.number,
    status: l.repliedAt ? 'dibalas' : l.sentAt ? 'terkirim' : 'draf',
    letterDate: l.letterDate,
    addresseeGovernmentId: l.addresseeGovernmentId,
    addresseeGovernmentName:
      governmentName === undefined ? await repo.governmentName(db, l.addresseeGovernmentId) : governmentName,
    addresseeName: l.addresseeName,
    subject: l.subject,
    body: l.body,
    signatoryName: l.signatoryName,
    signatoryTitle: l.signatoryTitle,
    dueOn: l.dueOn,
    identityCheckedAt: iso(l.identityCheckedAt),
    sentAt: iso(l.sentAt),
    repliedAt: iso(l.repliedAt),
    replyNote: l.replyNote,
    replyAttachmentId: replyAtt[0]?.id ?? null,
    files: files.map(({ letterId: _, ...f }) => f),
  };
}

/** The rule `jawaban_klarifikasi` of the case's rule set (the case keeps the version it began under). */
async function replyRule(db: Executor, ruleSetId: string): Promise<DeadlineRule> {
  const rules = (await repo.rulesOf(db, ruleSetId)) ?? [...DEFAULT_DEADLINE_RULES];
  return ruleOf(rules.length ? rules : [...DEFAULT_DEADLINE_RULES], 'jawaban_klarifikasi');
}

async function checkGovernment(db: Executor, governmentId: string | null | undefined) {
  if (governmentId && !(await repo.governmentExists(db, governmentId)))
    throw new ValidationError({ addresseeGovernmentId: { message: 'field.invalid' } });
}

/** The letters of a case and the attachments that may go out with one. */
export async function listLetters(db: Executor, actor: Actor, complaintId: string): Promise<LetterList> {
  await reachableCase(db, actor, complaintId);
  const rows = await repo.lettersOfCase(db, complaintId);
  const items = await Promise.all(rows.map((r) => toLetter(db, r.letter, r.governmentName)));
  const attachments = await repo.caseAttachments(db, complaintId);
  return {
    items,
    attachments: attachments
      // The reporter's identity documents never go out with a letter.
      .filter((a) => a.kind !== 'identitas')
      .map((a) => ({
        id: a.id,
        name: a.file.originalName,
        mimeType: a.file.mimeType,
        size: a.file.size,
        source: a.source,
        kind: a.kind,
      })),
  };
}

/** A new draft, numbered `B/0012/LM.01/VI/2026` in the office's sequence of the letter's year. */
export async function createDraft(
  db: Executor,
  actor: Actor,
  complaintId: string,
  input: LetterDraftInput,
): Promise<Letter> {
  return inTransaction(db, async (tx) => {
    const c = await reachableCase(tx, actor, complaintId);
    if (c.stage === 'selesai') throw new ConflictError('complaint.notAllowed');
    await checkGovernment(tx, input.addresseeGovernmentId);
    const rule = await replyRule(tx, c.ruleSetId);
    const dueOn =
      input.dueOn ?? (await dueOf(tx, rule, input.letterDate, c.bodyRegionCode?.slice(0, 2) ?? null));
    if (dueOn < input.letterDate)
      throw new ValidationError({ dueOn: { message: 'complaint.letter.dueBeforeDate' } });
    const seq = await repo.nextSeq(tx, c.officeId, input.letterDate.slice(0, 4));
    const row = await repo.insertLetter(tx, {
      complaintId,
      officeId: c.officeId,
      kind: input.kind,
      number: formatLetterNumber(seq, input.letterDate),
      letterDate: input.letterDate,
      addresseeGovernmentId: input.addresseeGovernmentId ?? null,
      addresseeName: input.addresseeName,
      subject: input.subject,
      body: input.body,
      signatoryName: input.signatoryName,
      signatoryTitle: input.signatoryTitle,
      dueOn,
      createdBy: actor.id,
    });
    return toLetter(tx, row);
  });
}

/** Changes a draft (a sent letter is final: 409). Any change asks for the identity check again. */
export async function updateDraft(
  db: Executor,
  actor: Actor,
  letterId: string,
  patch: LetterPatch,
): Promise<Letter> {
  return inTransaction(db, async (tx) => {
    const letter = await reachableLetter(tx, actor, letterId);
    if (letter.sentAt) throw new ConflictError('complaint.letter.notDraft');
    await checkGovernment(tx, patch.addresseeGovernmentId);
    const letterDate = patch.letterDate ?? letter.letterDate;
    const dueOn = patch.dueOn ?? letter.dueOn;
    if (dueOn && dueOn < letterDate)
      throw new ValidationError({ dueOn: { message: 'complaint.letter.dueBeforeDate' } });
    if (patch.letterDate && patch.letterDate.slice(0, 4) !== letter.letterDate.slice(0, 4))
      throw new ValidationError({ letterDate: { message: 'complaint.letter.sameYear' } });
    const row = await repo.updateDraft(tx, letterId, patch);
    if (!row) throw new ConflictError('complaint.letter.notDraft');
    return toLetter(tx, row);
  });
}

const FIELD_LABEL: Record<IdentityKind, { id: string; en: string }> = {
  nama: { id: 'nama lengkap', en: 'full name' },
  nik: { id: 'NIK', en: 'ID number (NIK)' },
  telepon: { id: 'nomor telepon', en: 'phone number' },
  email: { id: 'e-mail', en: 'e-mail' },
};

/**
 * Refuses (400, per field) a letter whose text still holds the reporter's full name, NIK, phone or
 * e-mail. The identity is decrypted here only to compare; it is never returned or logged.
 */
function assertNoIdentity(
  keys: IdentityKeys,
  cipher: string | null,
  letter: repo.LetterRow,
  locale: 'id' | 'en',
) {
  if (!cipher) return;
  const who = decryptJson<PartialIdentity>(keys, cipher);
  const fields: Record<string, { message: string; params: Record<string, string> }> = {};
  for (const [field, value] of [
    ['addresseeName', letter.addresseeName],
    ['subject', letter.subject],
    ['body', letter.body],
  ] as const) {
    const found = identityFoundIn(value, who);
    if (found.length)
      fields[field] = {
        message: 'complaint.letter.identityInText',
        params: { what: found.map((k) => FIELD_LABEL[k][locale]).join(', ') },
      };
  }
  if (Object.keys(fields).length)
    throw new ValidationError(fields, 'complaint.letter.identityInText.summary');
}

/** The officer confirms no identity remains; the text is checked mechanically first. */
export async function confirmIdentity(
  db: Executor,
  keys: IdentityKeys,
  actor: Actor,
  letterId: string,
): Promise<Letter> {
  return inTransaction(db, async (tx) => {
    const letter = await reachableLetter(tx, actor, letterId);
    if (letter.sentAt) throw new ConflictError('complaint.letter.notDraft');
    const c = await repo.caseOf(tx, letter.complaintId);
    assertNoIdentity(keys, c?.identityCipher ?? null, letter, actor.locale);
    const row = await repo.markChecked(tx, letterId, actor.id);
    if (!row) throw new ConflictError('complaint.letter.notDraft');
    return toLetter(tx, row);
  });
}

/**
 * Sends a confirmed draft: the chosen case attachments go out as stripped copies, the reply clock
 * starts (rule `jawaban_klarifikasi`, due on the letter's due date), the case's history says so.
 * A second send (or a send racing an edit) answers 409 and changes nothing.
 */
export async function sendLetter(
  db: Executor,
  keys: IdentityKeys,
  dataDir: string,
  actor: Actor,
  letterId: string,
  input: SendLetter,
): Promise<Letter> {
  const letter = await reachableLetter(db, actor, letterId);
  if (letter.sentAt) throw new ConflictError('complaint.letter.notDraft');
  if (!letter.identityCheckedAt)
    throw new ValidationError({ identity: { message: 'complaint.letter.confirmFirst' } });
  const c = await repo.caseOf(db, letter.complaintId);
  // The text cannot have changed since the confirmation (an edit clears it), but the check is cheap.
  assertNoIdentity(keys, c?.identityCipher ?? null, letter, actor.locale);
  const ids = [...new Set(input.attachmentIds)];
  const chosen = (await repo.caseAttachments(db, letter.complaintId, ids)).filter(
    (a) => a.kind !== 'identitas',
  );
  if (chosen.length !== ids.length)
    throw new ValidationError({ attachmentIds: { message: 'field.invalid' } });
  const copies: StrippedCopy[] = [];
  try {
    for (const a of chosen) copies.push(await stripToNewFile(dataDir, a.file));
    return await inTransaction(db, async (tx) => {
      const sent = await repo.markSent(tx, letterId, actor.id);
      if (!sent) throw new ConflictError('complaint.letter.notDraft');
      for (const copy of copies) {
        const file = await recordFile(tx, actor, copy.staged, {
          governmentId: sent.addresseeGovernmentId,
          officeId: sent.officeId,
        });
        await repo.linkLetterFile(tx, sent.id, file.id);
      }
      if (sent.dueOn && sent.kind !== 'pemberitahuan') {
        const rule = await replyRule(tx, c!.ruleSetId);
        await repo.startReplyClock(tx, {
          complaintId: sent.complaintId,
          letterId: sent.id,
          startedOn: sent.letterDate,
          days: rule.days,
          unit: rule.unit,
          dueOn: sent.dueOn,
        });
      }
      await notifyAddressee(tx, sent);
      await insertEvent(tx, {
        complaintId: sent.complaintId,
        actorId: actor.id,
        actorKind: 'petugas',
        action: 'surat_dikirim',
        data: {
          letterId: sent.id,
          number: sent.number,
          kind: sent.kind,
          attachments: copies.map((cp) => ({ outcome: cp.outcome, removed: cp.removed })),
        },
      });
      return toLetter(tx, sent);
    });
  } catch (err) {
    await Promise.all(copies.map((cp) => fs.promises.rm(cp.staged.fullPath, { force: true })));
    throw err;
  }
}

/** The addressee government's coordinators learn that a letter arrived (the letter's own fields only). */
async function notifyAddressee(tx: Executor, l: repo.LetterRow) {
  if (!l.addresseeGovernmentId) return;
  const [office, government, coordinators] = await Promise.all([
    repo.office(tx, l.officeId),
    repo.governmentName(tx, l.addresseeGovernmentId),
    repo.coordinatorsOf(tx, l.addresseeGovernmentId),
  ]);
  for (const c of coordinators)
    await notify(tx, {
      userId: c.id,
      kind: 'complaintLetter.received',
      params: {
        office: office?.name ?? '',
        number: l.number,
        subject: l.subject,
        government: government ?? '',
        due: l.dueOn ? formatDate(l.dueOn, 'id') : '-',
        dueEn: l.dueOn ? formatDate(l.dueOn, 'en') : '-',
      },
      link: '/surat-ombudsman',
      dedupeKey: `complaint-letter:${l.id}:${c.id}`,
    });
}

/** What the PDF of a letter shows: the letter's own fields and the office's letterhead only. */
export async function pdfInputOf(db: Executor, letter: repo.LetterRow): Promise<LetterPdfInput> {
  const [office, files] = await Promise.all([
    repo.office(db, letter.officeId),
    repo.filesOfLetters(db, [letter.id]),
  ]);
  return {
    officeName: office?.name ?? '',
    officeAddress: office?.address ?? null,
    number: letter.number,
    letterDate: letter.letterDate,
    addresseeName: letter.addresseeName,
    subject: letter.subject,
    body: letter.body,
    signatoryName: letter.signatoryName,
    signatoryTitle: letter.signatoryTitle,
    attachments: files.length,
    dueOn: letter.kind === 'pemberitahuan' ? null : letter.dueOn,
    draft: !letter.sentAt,
  };
}

export function letterPdfName(number: string): string {
  return `surat-${number.replace(/[^A-Za-z0-9.]+/g, '-').toLowerCase()}.pdf`;
}

/** The letter as PDF, rendered in the heavy-work pool. */
export async function letterPdf(db: Executor, actor: Actor, letterId: string) {
  const letter = await reachableLetter(db, actor, letterId);
  const body = asBuffer(await runHeavy('letter-pdf', await pdfInputOf(db, letter)));
  return { fileName: letterPdfName(letter.number), body };
}

/** One of the stripped copies that went out with a letter, for the office that sent it. */
export async function letterFile(
  db: Executor,
  dataDir: string,
  actor: Actor,
  letterId: string,
  fileId: string,
) {
  await reachableLetter(db, actor, letterId);
  const file = await repo.letterFile(db, letterId, fileId);
  if (!file) throw new NotFoundError();
  return { file, stream: await openStoredFile(dataDir, file) };
}
