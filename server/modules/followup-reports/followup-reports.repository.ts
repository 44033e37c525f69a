/**
 * SQL of the backlog's outputs: the items of an export or a report, scoped to the reader's reach
 * here (office staff: their offices' items; the government's coordinator and Inspektorat: their
 * government's; a unit PIC: their units' items and those they own), and the batch letters.
 */
import {
  and,
  asc,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FollowupListQuery } from '../../../shared/contracts/followups';
import { OMBUDSMAN_PRODUCTS } from '../../../shared/followups/kinds';
import type { Executor } from '../../db/client';
import { governments, offices, units, users } from '../../db/schema';
import { complaints, followupItems } from '../../db/schema-complaints';
import { cycles } from '../../db/schema-assessments';
import { followupLetters } from '../../db/schema-followups';
import { governmentScope, officeScope, type Actor } from '../../lib/reach';
import { roleCan } from '../../lib/permissions';

/** Rows an export holds at most (the web says so when the filter matches more). */
export const EXPORT_LIMIT = 10_000;

/** Office staff read by office; the government's side by government (a PIC by unit or ownership). */
export function isOfficeSide(actor: Actor): boolean {
  return roleCan(actor.role, 'complaint.read');
}

/** The reader's reach over followup_items (undefined: no restriction, the platform admin). */
export function itemScope(actor: Actor): SQL | undefined {
  const r = actor.reach;
  if (r.all) return undefined;
  if (isOfficeSide(actor)) return officeScope(r, followupItems.officeId);
  const gov = governmentScope(r, followupItems.governmentId);
  if (r.unitIds === null) return gov;
  const mine = eq(followupItems.ownerId, actor.id);
  return and(gov, r.unitIds.length ? or(inArray(followupItems.unitId, r.unitIds), mine) : mine);
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Items waiting on this reader: to answer (PIC), to send (coordinator), to verify (issuer). */
function todoOf(actor: Actor): SQL | undefined {
  const s = followupItems.status;
  switch (actor.role) {
    case 'unit_pic':
      return and(eq(followupItems.ownerId, actor.id), inArray(s, ['terbuka', 'dibuka_kembali']));
    case 'gov_coordinator':
      return or(
        eq(s, 'dijawab'),
        and(isNull(followupItems.ownerId), inArray(s, ['terbuka', 'dibuka_kembali'])),
      );
    case 'internal_verifier':
      return and(eq(s, 'dikirim'), eq(followupItems.issuer, 'government'));
    default:
      return and(eq(s, 'dikirim'), eq(followupItems.issuer, 'office'));
  }
}

/** The list's filters (GET /api/followups) as SQL; `today` is the WIB date overdue is judged on. */
export function filtersOf(actor: Actor, q: Partial<FollowupListQuery>, today: string): SQL[] {
  const f = followupItems;
  const w: SQL[] = [];
  const overdue = and(lt(f.dueOn, today), ne(f.status, 'selesai'))!;
  // The government's side never learns which items a complaint produced.
  if (q.complaintId) w.push(isOfficeSide(actor) ? eq(f.complaintId, q.complaintId) : sql`false`);
  if (q.officeId) w.push(eq(f.officeId, q.officeId));
  if (q.governmentId) w.push(eq(f.governmentId, q.governmentId));
  if (q.unitId) w.push(eq(f.unitId, q.unitId));
  if (q.cycleId) w.push(eq(f.cycleId, q.cycleId));
  if (q.kind) w.push(eq(f.kind, q.kind));
  if (q.group === 'taat') w.push(inArray(f.kind, [...OMBUDSMAN_PRODUCTS]));
  if (q.group === 'own') w.push(notInArray(f.kind, [...OMBUDSMAN_PRODUCTS]));
  if (q.status) w.push(eq(f.status, q.status));
  if (q.overdue === true) w.push(overdue);
  if (q.overdue === false) w.push(sql`(not (${overdue}) or ${f.dueOn} is null)`);
  if (q.owner) w.push(eq(f.ownerId, q.owner === 'me' ? actor.id : q.owner));
  if (q.todo) w.push(todoOf(actor)!);
  if (q.sourceType) w.push(eq(f.sourceType, q.sourceType));
  if (q.dueFrom) w.push(gte(f.dueOn, q.dueFrom));
  if (q.dueTo) w.push(lte(f.dueOn, q.dueTo));
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    w.push(or(ilike(f.action, like), ilike(f.addressee, like), ilike(f.indicatorCode, like))!);
  }
  return w;
}

const owner = alias(users, 'owner');

/** The items of a filter in the reader's reach, in the list's order, at most `limit`. */
export async function exportItems(
  db: Executor,
  actor: Actor,
  where: SQL[],
  sort: FollowupListQuery['sort'],
  limit: number,
) {
  const f = followupItems;
  const order =
    sort === 'created'
      ? [desc(f.createdAt), asc(f.id)]
      : sort === 'government'
        ? [asc(governments.name), sql`${f.dueOn} asc nulls last`, asc(f.id)]
        : [sql`${f.dueOn} asc nulls last`, asc(f.createdAt), asc(f.id)];
  return db
    .select({
      id: f.id,
      kind: f.kind,
      issuer: f.issuer,
      sourceType: f.sourceType,
      complaintNumber: complaints.trackingNumber,
      cycleName: cycles.name,
      governmentName: governments.name,
      unitName: units.name,
      indicatorCode: f.indicatorCode,
      addressee: f.addressee,
      action: f.action,
      evidenceExpected: f.evidenceExpected,
      dueOn: f.dueOn,
      status: f.status,
      ownerName: owner.name,
      answeredAt: f.answeredAt,
      sentAt: f.sentAt,
      verifiedAt: f.verifiedAt,
      publishedAt: f.publishedAt,
    })
    .from(f)
    .leftJoin(governments, eq(governments.id, f.governmentId))
    .leftJoin(units, eq(units.id, f.unitId))
    .leftJoin(owner, eq(owner.id, f.ownerId))
    .leftJoin(cycles, eq(cycles.id, f.cycleId))
    .leftJoin(complaints, eq(complaints.id, f.complaintId))
    .where(and(itemScope(actor), ...where))
    .orderBy(...order)
    .limit(limit);
}
export type ExportRow = Awaited<ReturnType<typeof exportItems>>[number];

export async function governmentOf(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: governments.id,
      name: governments.name,
      type: governments.type,
      officeId: governments.officeId,
      officeName: offices.name,
      officeAddress: offices.address,
    })
    .from(governments)
    .innerJoin(offices, eq(offices.id, governments.officeId))
    .where(and(eq(governments.id, id), isNull(governments.archivedAt)));
  return row;
}

export async function officeOf(db: Executor, id: string) {
  const [row] = await db
    .select({ name: offices.name, address: offices.address })
    .from(offices)
    .where(eq(offices.id, id));
  return row;
}

/** The ids among `ids` that are the government's items issued by the office (not done yet or done). */
export async function officeItemsOf(db: Executor, governmentId: string, officeId: string, ids: string[]) {
  return db
    .select({
      id: followupItems.id,
      kind: followupItems.kind,
      unitName: units.name,
      indicatorCode: followupItems.indicatorCode,
      action: followupItems.action,
      dueOn: followupItems.dueOn,
    })
    .from(followupItems)
    .leftJoin(units, eq(units.id, followupItems.unitId))
    .where(
      and(
        inArray(followupItems.id, ids),
        eq(followupItems.governmentId, governmentId),
        eq(followupItems.officeId, officeId),
        eq(followupItems.issuer, 'office'),
      ),
    );
}

export type LetterRow = typeof followupLetters.$inferSelect;

export async function insertLetter(db: Executor, row: typeof followupLetters.$inferInsert) {
  const [created] = await db.insert(followupLetters).values(row).returning();
  return created!;
}

/** Records the kept PDF of a letter (once: a letter's PDF never changes). */
export async function setLetterFile(db: Executor, id: string, fileId: string) {
  await db
    .update(followupLetters)
    .set({ fileId })
    .where(and(eq(followupLetters.id, id), isNull(followupLetters.fileId)));
}

export async function letterByNumber(db: Executor, officeId: string, number: string) {
  const [row] = await db
    .select({ id: followupLetters.id })
    .from(followupLetters)
    .where(and(eq(followupLetters.officeId, officeId), eq(followupLetters.number, number)));
  return row;
}

export async function findLetter(db: Executor, id: string) {
  const [row] = await db.select().from(followupLetters).where(eq(followupLetters.id, id));
  return row;
}

/** Letters whose office or government the reader reaches (`scope`), newest first. */
export async function listLetters(db: Executor, scope: SQL | undefined, governmentId?: string) {
  return db
    .select({ letter: followupLetters, governmentName: governments.name })
    .from(followupLetters)
    .innerJoin(governments, eq(governments.id, followupLetters.governmentId))
    .where(and(scope, governmentId ? eq(followupLetters.governmentId, governmentId) : undefined))
    .orderBy(desc(followupLetters.letterDate), desc(followupLetters.createdAt))
    .limit(500);
}

export const letterColumns = {
  officeId: followupLetters.officeId,
  governmentId: followupLetters.governmentId,
};
