/**
 * SQL of the letters of a case and of their addressee's view: numbering per office and year,
 * drafts, the stripped copies that went out, the reply, the reply clock.
 */
import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files, governments, offices, users } from '../../db/schema';
import {
  complaintAttachments,
  complaintDeadlines,
  complaintLetterFiles,
  complaintLetters,
  complaintRuleSets,
  complaints,
} from '../../db/schema-complaints';
import { LETTER_CLASSIFICATION } from './letter-number';

export type LetterRow = typeof complaintLetters.$inferSelect;
export type NewLetterRow = typeof complaintLetters.$inferInsert;

/** What the letters need of a case (never its description or identity, except for the check). */
export async function caseOf(db: Executor, complaintId: string) {
  const [row] = await db
    .select({
      id: complaints.id,
      officeId: complaints.officeId,
      stage: complaints.stage,
      ruleSetId: complaints.ruleSetId,
      bodyRegionCode: complaints.bodyRegionCode,
      identityCipher: complaints.identityCipher,
    })
    .from(complaints)
    .where(eq(complaints.id, complaintId));
  return row;
}

export async function rulesOf(db: Executor, ruleSetId: string) {
  const [row] = await db
    .select({ rules: complaintRuleSets.rules })
    .from(complaintRuleSets)
    .where(eq(complaintRuleSets.id, ruleSetId));
  return row?.rules;
}

export async function office(db: Executor, officeId: string) {
  const [row] = await db
    .select({ name: offices.name, address: offices.address })
    .from(offices)
    .where(eq(offices.id, officeId));
  return row;
}

export async function governmentExists(db: Executor, governmentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: governments.id })
    .from(governments)
    .where(and(eq(governments.id, governmentId), isNull(governments.archivedAt)));
  return !!row;
}

/**
 * The next running number of the office in the year. A transaction-scoped advisory lock on
 * (office, year) serialises two drafts at once (the unique index would otherwise refuse the
 * second); the lock ends with the transaction that inserts the letter.
 */
export async function nextSeq(tx: Executor, officeId: string, year: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`letters:${officeId}:${year}`}))`);
  const suffix = `/${LETTER_CLASSIFICATION}/%/${year}`;
  const [row] = await tx
    .select({
      max: sql<number>`coalesce(max(nullif(split_part(${complaintLetters.number}, '/', 2), '')::int), 0)::int`,
    })
    .from(complaintLetters)
    .where(
      and(eq(complaintLetters.officeId, officeId), sql`${complaintLetters.number} like ${`B/%${suffix}`}`),
    );
  return Number(row?.max ?? 0) + 1;
}

export async function insertLetter(db: Executor, row: NewLetterRow): Promise<LetterRow> {
  const [created] = await db.insert(complaintLetters).values(row).returning();
  return created!;
}

/** Changes a draft; undefined when it was sent meanwhile. Any change clears the identity check. */
export async function updateDraft(db: Executor, id: string, set: Partial<NewLetterRow>) {
  const [row] = await db
    .update(complaintLetters)
    .set({ ...set, identityCheckedAt: null, identityCheckedBy: null })
    .where(and(eq(complaintLetters.id, id), isNull(complaintLetters.sentAt)))
    .returning();
  return row;
}

export async function findLetter(db: Executor, id: string) {
  const [row] = await db.select().from(complaintLetters).where(eq(complaintLetters.id, id));
  return row;
}

/** Letters of a case with the addressee government's name. */
export async function lettersOfCase(db: Executor, complaintId: string) {
  return db
    .select({ letter: complaintLetters, governmentName: governments.name })
    .from(complaintLetters)
    .leftJoin(governments, eq(governments.id, complaintLetters.addresseeGovernmentId))
    .where(eq(complaintLetters.complaintId, complaintId))
    .orderBy(desc(complaintLetters.createdAt));
}

export async function governmentName(db: Executor, id: string | null) {
  if (!id) return null;
  const [row] = await db.select({ name: governments.name }).from(governments).where(eq(governments.id, id));
  return row?.name ?? null;
}

export async function filesOfLetters(db: Executor, letterIds: string[]) {
  if (letterIds.length === 0) return [];
  return db
    .select({
      letterId: complaintLetterFiles.letterId,
      id: files.id,
      name: files.originalName,
      mimeType: files.mimeType,
      size: files.size,
    })
    .from(complaintLetterFiles)
    .innerJoin(files, eq(files.id, complaintLetterFiles.fileId))
    .where(inArray(complaintLetterFiles.letterId, letterIds))
    .orderBy(files.originalName);
}

export async function letterFile(db: Executor, letterId: string, fileId: string) {
  const [row] = await db
    .select({ file: files })
    .from(complaintLetterFiles)
    .innerJoin(files, eq(files.id, complaintLetterFiles.fileId))
    .where(and(eq(complaintLetterFiles.letterId, letterId), eq(complaintLetterFiles.fileId, fileId)));
  return row?.file;
}

/** The case's attachments (all, or the given ids), with their files. */
export async function caseAttachments(db: Executor, complaintId: string, ids?: string[]) {
  if (ids && ids.length === 0) return [];
  return db
    .select({
      id: complaintAttachments.id,
      source: complaintAttachments.source,
      kind: complaintAttachments.kind,
      file: files,
    })
    .from(complaintAttachments)
    .innerJoin(files, eq(files.id, complaintAttachments.fileId))
    .where(
      and(
        eq(complaintAttachments.complaintId, complaintId),
        ids ? inArray(complaintAttachments.id, ids) : undefined,
      ),
    )
    .orderBy(complaintAttachments.createdAt);
}

export async function markChecked(db: Executor, id: string, actorId: string) {
  const [row] = await db
    .update(complaintLetters)
    .set({ identityCheckedAt: new Date(), identityCheckedBy: actorId })
    .where(and(eq(complaintLetters.id, id), isNull(complaintLetters.sentAt)))
    .returning();
  return row;
}

/** Sends a checked draft; undefined when it was sent (or changed) meanwhile. */
export async function markSent(db: Executor, id: string, actorId: string) {
  const [row] = await db
    .update(complaintLetters)
    .set({ sentAt: new Date(), sentBy: actorId })
    .where(
      and(
        eq(complaintLetters.id, id),
        isNull(complaintLetters.sentAt),
        isNotNull(complaintLetters.identityCheckedAt),
      ),
    )
    .returning();
  return row;
}

export async function linkLetterFile(db: Executor, letterId: string, fileId: string) {
  await db.insert(complaintLetterFiles).values({ letterId, fileId });
}

/**
 * Starts the reply clock of a sent letter (rule `jawaban_klarifikasi`). Stand-in for the deadlines
 * service's `startClock(tx, complaintId, 'jawaban_klarifikasi', letterDate, { letterId })` until it
 * lands on main: the integrator swaps this one call.
 */
export async function startReplyClock(
  db: Executor,
  c: {
    complaintId: string;
    letterId: string;
    startedOn: string;
    days: number;
    unit: 'working' | 'calendar';
    dueOn: string;
  },
) {
  await db.insert(complaintDeadlines).values({
    complaintId: c.complaintId,
    key: 'jawaban_klarifikasi',
    startedOn: c.startedOn,
    days: c.days,
    unit: c.unit,
    dueOn: c.dueOn,
    letterId: c.letterId,
  });
}

/** The reply meets the letter's clock (late replies keep `lewat` but record the day). */
export async function meetReplyClock(db: Executor, letterId: string, on: string) {
  await db
    .update(complaintDeadlines)
    .set({
      metOn: on,
      status: sql`case when ${complaintDeadlines.status} = 'berjalan' then 'terpenuhi' else ${complaintDeadlines.status} end`,
    })
    .where(
      and(
        eq(complaintDeadlines.letterId, letterId),
        inArray(complaintDeadlines.status, ['berjalan', 'lewat']),
      ),
    );
}

export async function replyClock(db: Executor, letterId: string) {
  const [row] = await db.select().from(complaintDeadlines).where(eq(complaintDeadlines.letterId, letterId));
  return row;
}

/** Records the reply once: undefined when another reply won. */
export async function markReplied(
  db: Executor,
  id: string,
  r: { fileId: string; note: string | null; actorId: string },
) {
  const [row] = await db
    .update(complaintLetters)
    .set({ replyFileId: r.fileId, replyNote: r.note, repliedAt: new Date(), repliedBy: r.actorId })
    .where(
      and(
        eq(complaintLetters.id, id),
        isNotNull(complaintLetters.sentAt),
        isNull(complaintLetters.repliedAt),
      ),
    )
    .returning();
  return row;
}

export async function insertAttachment(db: Executor, row: typeof complaintAttachments.$inferInsert) {
  const [created] = await db.insert(complaintAttachments).values(row).returning();
  return created!;
}

export async function attachmentIdsOfFiles(db: Executor, complaintId: string, fileIds: string[]) {
  if (fileIds.length === 0) return [];
  return db
    .select({ id: complaintAttachments.id, fileId: complaintAttachments.fileId })
    .from(complaintAttachments)
    .where(
      and(eq(complaintAttachments.complaintId, complaintId), inArray(complaintAttachments.fileId, fileIds)),
    );
}

/** Sent letters addressed to the governments in reach (the body's inbox), newest first. */
export async function sentToGovernments(db: Executor, governmentIds: string[] | 'all') {
  if (governmentIds !== 'all' && governmentIds.length === 0) return [];
  return db
    .select({ letter: complaintLetters, officeName: offices.name })
    .from(complaintLetters)
    .innerJoin(offices, eq(offices.id, complaintLetters.officeId))
    .where(
      and(
        isNotNull(complaintLetters.sentAt),
        governmentIds === 'all'
          ? isNotNull(complaintLetters.addresseeGovernmentId)
          : inArray(complaintLetters.addresseeGovernmentId, governmentIds),
      ),
    )
    .orderBy(desc(complaintLetters.sentAt))
    .limit(500);
}

/** The active coordinators of a government: told when a letter to it is sent. */
export async function coordinatorsOf(db: Executor, governmentId: string) {
  return db
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.governmentId, governmentId), eq(users.role, 'gov_coordinator'), isNull(users.archivedAt)),
    );
}
