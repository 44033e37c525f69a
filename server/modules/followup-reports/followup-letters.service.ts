/**
 * The official letter that sends a batch of one government's items to it (issue 17 §9): written by
 * the office's staff (followup.office.manage) on the office's letterhead, its number unique in the
 * office's register, addressed to the government's head, with the items as a table and the
 * signatory. Read by the office and by the government's coordinator. The PDF is rendered in the
 * heavy-work pool when the letter is saved and kept as a file: the letter stays what was sent
 * even when an item's text or status changes later (if that rendering fails, the letter is saved
 * with `ready: false` and its PDF is rendered on each read until a later save succeeds).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { FollowupLetterSchema, FollowupLetterCreateSchema } from '../../../shared/contracts/followups';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { governmentScope, officeScope, reachesGovernment, reachesOffice, type Actor } from '../../lib/reach';
import { isOfficeSide } from '../followups/followups.access';
import { inTransaction } from '../../lib/transaction';
import { asBuffer, runHeavy } from '../../workers/heavy';
import { findFile, recordFile, uploadsDir } from '../files/files.service';
import { addressee as headTitle } from '../reports/internal-report-format';
import type { FollowupLetterPdfInput } from './followup-pdf';
import type { ReportFile } from './followup-reports.service';
import * as repo from './followup-reports.repository';

type Letter = z.infer<typeof FollowupLetterSchema>;
type LetterCreate = z.infer<typeof FollowupLetterCreateSchema>;

/** The head of a government as a letter addresses it: "Bupati Balangan", "Gubernur Kalimantan Selatan". */
export function headOf(type: string, name: string): string {
  const place = name
    .replace(/^Pemerintah\s+(Kabupaten|Kota|Provinsi)\s+/i, '')
    .replace(/^Pemerintah\s+/i, '');
  return `${headTitle(type)} ${place}`;
}

function toLetter(l: repo.LetterRow, governmentName: string): Letter {
  return {
    id: l.id,
    governmentId: l.governmentId,
    governmentName,
    number: l.number,
    letterDate: l.letterDate,
    subject: l.subject,
    signatoryName: l.signatoryName,
    signatoryPosition: l.signatoryPosition,
    itemCount: l.itemIds.length,
    ready: l.fileId !== null,
    createdAt: l.createdAt.toISOString(),
  };
}

/** Who reads letters: the office's staff by office, the government's coordinator by government. */
function readScope(actor: Actor) {
  if (actor.reach.all) return undefined;
  if (isOfficeSide(actor)) return officeScope(actor.reach, repo.letterColumns.officeId);
  if (actor.role === 'gov_coordinator') return governmentScope(actor.reach, repo.letterColumns.governmentId);
  return null;
}

function mayRead(actor: Actor, l: repo.LetterRow): boolean {
  if (actor.reach.all) return true;
  if (isOfficeSide(actor)) return reachesOffice(actor.reach, l.officeId);
  return actor.role === 'gov_coordinator' && reachesGovernment(actor.reach, l.governmentId);
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === '23505') return true;
  return false;
}

const numberTaken = () =>
  new ConflictError('followupLetter.numberTaken', { number: { message: 'followupLetter.numberTaken' } });

/** POST /api/followup-letters: the government's office must be the actor's; every item that office's. */
export async function createLetter(
  db: Executor,
  dataDir: string,
  actor: Actor,
  input: LetterCreate,
): Promise<Letter> {
  let saved: { row: repo.LetterRow; governmentName: string };
  try {
    saved = await inTransaction(db, async (tx) => {
      const gov = await repo.governmentOf(tx, input.governmentId);
      if (!gov || !reachesOffice(actor.reach, gov.officeId)) throw new NotFoundError();
      const ids = [...new Set(input.itemIds)];
      const items = await repo.officeItemsOf(tx, gov.id, gov.officeId, ids);
      if (items.length !== ids.length)
        throw new ValidationError({ itemIds: { message: 'followupLetter.itemsNotOfGovernment' } });
      if (await repo.letterByNumber(tx, gov.officeId, input.number)) throw numberTaken();
      const row = await repo.insertLetter(tx, {
        officeId: gov.officeId,
        governmentId: gov.id,
        number: input.number,
        letterDate: input.letterDate,
        subject: input.subject,
        signatoryName: input.signatoryName,
        signatoryPosition: input.signatoryPosition,
        itemIds: ids,
        createdBy: actor.id,
      });
      return { row, governmentName: gov.name };
    });
  } catch (err) {
    // Two letters with one number raced past the check: the unique index kept one.
    if (isUniqueViolation(err)) throw numberTaken();
    throw err;
  }
  const fileId = await keepPdf(db, dataDir, actor, saved.row);
  return toLetter({ ...saved.row, fileId }, saved.governmentName);
}

/**
 * Renders the saved letter and keeps the PDF as a file of the office and government (outside the
 * letter's transaction: the worker is slow and the letter is already safe). Null when it failed.
 */
async function keepPdf(db: Executor, dataDir: string, actor: Actor, letter: repo.LetterRow) {
  const storageName = crypto.randomUUID();
  const dir = uploadsDir(dataDir);
  const fullPath = path.join(dir, storageName);
  try {
    const bytes = asBuffer(await runHeavy('followup-letter-pdf', await pdfInputOf(db, letter)));
    await fs.promises.mkdir(dir, { recursive: true });
    await fs.promises.writeFile(fullPath, bytes, { flag: 'wx', mode: 0o640 });
    return await inTransaction(db, async (tx) => {
      const file = await recordFile(
        tx,
        actor,
        {
          storageName,
          fullPath,
          originalName: letterFileName(letter.number),
          size: bytes.length,
          sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
          type: { mimeType: 'application/pdf', extension: 'pdf' },
        },
        { governmentId: letter.governmentId, officeId: letter.officeId },
      );
      await repo.setLetterFile(tx, letter.id, file.id);
      return file.id;
    });
  } catch {
    await fs.promises.rm(fullPath, { force: true });
    return null;
  }
}

/** GET /api/followup-letters?governmentId=: a government out of reach answers 404 like a missing one. */
export async function listLetters(db: Executor, actor: Actor, governmentId?: string) {
  const scope = readScope(actor);
  if (governmentId && (scope === null || !reachesGovernment(actor.reach, governmentId)))
    throw new NotFoundError();
  if (scope === null) return { items: [] };
  const rows = await repo.listLetters(db, scope, governmentId);
  return { items: rows.map((r) => toLetter(r.letter, r.governmentName)) };
}

export function letterFileName(number: string): string {
  return `surat-tindak-lanjut-${number.replace(/[^A-Za-z0-9.]+/g, '-').toLowerCase()}.pdf`;
}

/** What the letter's PDF shows: the letter, the office's letterhead, the government's head, the items. */
async function pdfInputOf(db: Executor, letter: repo.LetterRow): Promise<FollowupLetterPdfInput> {
  const [gov, office, found] = await Promise.all([
    repo.governmentOf(db, letter.governmentId),
    repo.officeOf(db, letter.officeId),
    repo.officeItemsOf(db, letter.governmentId, letter.officeId, letter.itemIds),
  ]);
  const byId = new Map(found.map(({ id, ...item }) => [id, item]));
  return {
    officeName: office?.name ?? '',
    officeAddress: office?.address ?? null,
    number: letter.number,
    letterDate: letter.letterDate,
    subject: letter.subject,
    addressee: gov ? headOf(gov.type, gov.name) : '',
    governmentName: gov?.name ?? '',
    signatoryName: letter.signatoryName,
    signatoryPosition: letter.signatoryPosition,
    items: letter.itemIds.flatMap((i) => byId.get(i) ?? []),
  };
}

/** GET /api/followup-letters/:id/pdf: the PDF kept when it was saved (else rendered now). */
export async function letterPdf(
  db: Executor,
  dataDir: string,
  actor: Actor,
  id: string,
): Promise<ReportFile> {
  const letter = await repo.findLetter(db, id);
  if (!letter || !mayRead(actor, letter)) throw new NotFoundError();
  const kept = letter.fileId ? await findFile(db, letter.fileId) : undefined;
  const stored =
    kept && /^[0-9a-f-]{36}$/.test(kept.storageName)
      ? // A kept file gone from the disk (a restored database without its uploads) renders anew.
        await fs.promises.readFile(path.join(uploadsDir(dataDir), kept.storageName)).catch(() => null)
      : null;
  const body = stored ?? asBuffer(await runHeavy('followup-letter-pdf', await pdfInputOf(db, letter)));
  return { fileName: letterFileName(letter.number), contentType: 'application/pdf', body };
}
