/**
 * Reading the files attached to field visits (photos) and to appeals: lists and downloads, for
 * the same people who may read the visit or the appeal. Out of reach reads as 404 and never
 * reveals that a visit, an appeal or a file exists.
 */
import type { Executor } from '../../../db/client';
import { ConflictError, NotFoundError } from '../../../lib/errors';
import type { Actor } from '../../../lib/reach';
import { findFile, openStoredFile } from '../../files/files.service';
import { attachmentList, isAttachment } from './attachment-files.repository';
import * as reachRepo from './attachments.repository';
import { showsVerified } from '../assessments.access';

/**
 * A field visit the actor may look at. Ombudsman roles: every visit of a government in reach.
 * Government roles: only visits to a unit they reach (a PIC: their units and the UPTs below),
 * and only once the cycle shows them verification data (`showsVerified`: from the appeal phase
 * on). A visit's photos are part of the verification — the evidence behind the verified values —
 * so they are released together with those values: earlier, the photos of an unannounced visit
 * would tell the government what the assessor found before the verified values are released.
 * Before then a government role in reach gets 409 (conflict.verificationHidden), not 404: the
 * visit is theirs, the phase is what stands in the way.
 */
async function readableVisit(db: Executor, actor: Actor, visitId: string) {
  // One query with the reach in its WHERE: a visit out of reach costs and answers as a missing one.
  const found = await reachRepo.findVisitInReach(db, actor, visitId);
  if (!found) throw new NotFoundError();
  if (!showsVerified(actor, found.cycle)) throw new ConflictError('conflict.verificationHidden');
  return found.visit;
}

/**
 * An appeal the actor may read, by the rule of the appeal list: everyone who reaches the
 * government, except that a PIC reads only appeals on their units' items.
 */
async function readableAppeal(db: Executor, actor: Actor, appealId: string) {
  const found = await reachRepo.findAppealInReach(db, actor, appealId);
  if (!found) throw new NotFoundError();
  return found.appeal;
}

async function openFile(db: Executor, fileId: string, dataDir: string) {
  const file = await findFile(db, fileId);
  if (!file) throw new NotFoundError();
  return { file, stream: await openStoredFile(dataDir, file) };
}

/** Lists the photos of a field visit. */
export async function listVisitPhotos(db: Executor, actor: Actor, visitId: string) {
  await readableVisit(db, actor, visitId);
  return { items: await attachmentList(db, 'visit', visitId) };
}

/** Streams one photo of a field visit (404 unless the file belongs to that visit). */
export async function openVisitPhoto(
  db: Executor,
  actor: Actor,
  visitId: string,
  fileId: string,
  dataDir: string,
) {
  await readableVisit(db, actor, visitId);
  if (!(await isAttachment(db, 'visit', visitId, fileId))) throw new NotFoundError();
  return openFile(db, fileId, dataDir);
}

/** Lists the files attached to an appeal. */
export async function listAppealFiles(db: Executor, actor: Actor, appealId: string) {
  await readableAppeal(db, actor, appealId);
  return { items: await attachmentList(db, 'appeal', appealId) };
}

/** Streams one file of an appeal (404 unless the file belongs to that appeal). */
export async function openAppealFile(
  db: Executor,
  actor: Actor,
  appealId: string,
  fileId: string,
  dataDir: string,
) {
  await readableAppeal(db, actor, appealId);
  if (!(await isAttachment(db, 'appeal', appealId, fileId))) throw new NotFoundError();
  return openFile(db, fileId, dataDir);
}
