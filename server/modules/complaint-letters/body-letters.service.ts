/**
 * The reported body's side (permission complaint.body): the letters sent to its government, each
 * with the stripped attachments that went with it, the PDF, and the signed reply. The answers hold
 * the letter's own fields only — never the case file, its events, other letters or the reporter.
 * A letter not sent, or addressed to another government, answers 404 like a missing one.
 */
import type { MultipartFile } from '@fastify/multipart';
import type { BodyLetter, BodyLetterList } from '../../../shared/contracts/complaints-letters';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { reachesGovernment, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import type { UploadLimits } from '../../plugins/upload';
import { asBuffer, runHeavy } from '../../workers/heavy';
import { todayWib } from '../complaints/complaints.create';
import { insertEvent } from '../complaints/complaints.repository';
import { notify } from '../notifications/notifications.service';
import { discardStaged, openStoredFile, recordFile, stageUpload } from '../files/files.service';
import * as repo from './letters.repository';
import { letterPdfName, pdfInputOf } from './letters.service';

const NOTE_MAX = 2_000;

async function reachableSent(db: Executor, actor: Actor, letterId: string) {
  const letter = await repo.findLetter(db, letterId);
  if (
    !letter ||
    !letter.sentAt ||
    !letter.addresseeGovernmentId ||
    !reachesGovernment(actor.reach, letter.addresseeGovernmentId)
  )
    throw new NotFoundError();
  return letter;
}

function summary(l: repo.LetterRow, officeName: string) {
  return {
    id: l.id,
    kind: l.kind,
    number: l.number,
    letterDate: l.letterDate,
    subject: l.subject,
    officeName,
    dueOn: l.kind === 'pemberitahuan' ? null : l.dueOn,
    sentAt: l.sentAt!.toISOString(),
    repliedAt: l.repliedAt ? l.repliedAt.toISOString() : null,
  };
}

export async function listBodyLetters(db: Executor, actor: Actor): Promise<BodyLetterList> {
  const rows = await repo.sentToGovernments(db, actor.reach.all ? 'all' : actor.reach.governmentIds);
  return { items: rows.map((r) => summary(r.letter, r.officeName)) };
}

export async function bodyLetter(db: Executor, actor: Actor, letterId: string): Promise<BodyLetter> {
  const l = await reachableSent(db, actor, letterId);
  const [office, files] = await Promise.all([repo.office(db, l.officeId), repo.filesOfLetters(db, [l.id])]);
  return {
    ...summary(l, office?.name ?? ''),
    officeAddress: office?.address ?? null,
    addresseeName: l.addresseeName,
    body: l.body,
    signatoryName: l.signatoryName,
    signatoryTitle: l.signatoryTitle,
    replyNote: l.replyNote,
    files: files.map(({ letterId: _, ...f }) => f),
  };
}

export async function bodyLetterPdf(db: Executor, actor: Actor, letterId: string) {
  const l = await reachableSent(db, actor, letterId);
  const body = asBuffer(await runHeavy('letter-pdf', await pdfInputOf(db, l)));
  return { fileName: letterPdfName(l.number), body };
}

/** One of the stripped copies that went out with the letter. */
export async function bodyLetterFile(
  db: Executor,
  dataDir: string,
  actor: Actor,
  letterId: string,
  fileId: string,
) {
  await reachableSent(db, actor, letterId);
  const file = await repo.letterFile(db, letterId, fileId);
  if (!file) throw new NotFoundError();
  return { file, stream: await openStoredFile(dataDir, file) };
}

/**
 * The body's signed reply (a sniffed PDF or image) with an optional note: kept as an attachment of
 * the case (source terlapor, kind balasan), it meets the letter's reply clock and shows in the case
 * history. One reply per letter: when two arrive at once the first wins and the second answers 409
 * (its file is discarded) — a later correction goes through the office.
 */
export async function replyToLetter(
  db: Executor,
  actor: Actor,
  letterId: string,
  part: MultipartFile,
  limits: UploadLimits,
) {
  const letter = await reachableSent(db, actor, letterId);
  if (letter.repliedAt) throw new ConflictError('complaint.letter.alreadyReplied');
  const rawNote = part.fields.note;
  const noteValue =
    rawNote && !Array.isArray(rawNote) && rawNote.type === 'field' ? String(rawNote.value).trim() : '';
  if (noteValue.length > NOTE_MAX)
    throw new ValidationError({ note: { message: 'field.tooLong', params: { max: NOTE_MAX } } });
  const staged = await stageUpload(part, limits.dataDir, limits.maxBytes);
  try {
    return await inTransaction(db, async (tx) => {
      const file = await recordFile(tx, actor, staged, {
        governmentId: letter.addresseeGovernmentId,
        officeId: letter.officeId,
      });
      const replied = await repo.markReplied(tx, letterId, {
        fileId: file.id,
        note: noteValue || null,
        actorId: actor.id,
      });
      if (!replied) throw new ConflictError('complaint.letter.alreadyReplied');
      await repo.insertAttachment(tx, {
        complaintId: letter.complaintId,
        fileId: file.id,
        source: 'terlapor',
        kind: 'balasan',
        note: `Balasan atas surat ${letter.number}`,
        createdBy: actor.id,
      });
      await repo.meetReplyClock(tx, letterId, todayWib());
      await insertEvent(tx, {
        complaintId: letter.complaintId,
        actorId: actor.id,
        actorKind: 'terlapor',
        action: 'surat_dibalas',
        data: { letterId, number: letter.number },
      });
      if (letter.sentBy)
        await notify(tx, {
          userId: letter.sentBy,
          kind: 'complaintLetter.replied',
          params: {
            number: letter.number,
            subject: letter.subject,
            government: (await repo.governmentName(tx, letter.addresseeGovernmentId)) ?? '',
          },
          dedupeKey: `complaint-letter-reply:${letterId}`,
        });
      return { id: letterId, repliedAt: replied.repliedAt!.toISOString() };
    });
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
}
