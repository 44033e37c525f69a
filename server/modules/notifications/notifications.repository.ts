/** Every SQL statement of the notifications module: the inbox, settings and reminder targets. */
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { notifications, notificationSettings, users } from '../../db/schema';

export type NotificationRow = typeof notifications.$inferSelect;

export interface NewNotification {
  userId: string;
  kind: string;
  params: Record<string, string | number>;
  link?: string | null;
  dedupeKey?: string | null;
}

/** Adds a notification; null when its dedupe key already exists (the reminder was already sent). */
export async function insertNotification(db: Executor, n: NewNotification): Promise<NotificationRow | null> {
  const [row] = await db
    .insert(notifications)
    .values({
      userId: n.userId,
      kind: n.kind,
      params: n.params,
      link: n.link ?? null,
      dedupeKey: n.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** One person's notifications, newest first (keyset on created_at, id), optionally unread only. */
export async function listInbox(
  db: Executor,
  userId: string,
  q: { unreadOnly: boolean; after?: { at: Date; id: string }; limit: number },
) {
  const conds = [eq(notifications.userId, userId)];
  if (q.unreadOnly) conds.push(isNull(notifications.readAt));
  if (q.after)
    conds.push(
      or(
        lt(notifications.createdAt, q.after.at),
        and(eq(notifications.createdAt, q.after.at), lt(notifications.id, q.after.id)),
      )!,
    );
  return db
    .select()
    .from(notifications)
    .where(and(...conds))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(q.limit + 1);
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(r?.n ?? 0);
}

/** Marks one of the person's own notifications read; false when it is not theirs (or absent). */
export async function markRead(db: Executor, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllRead(db: Executor, userId: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function settingsOf(db: Executor, userId: string) {
  return db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId));
}

export async function putSetting(db: Executor, userId: string, kind: string, inApp: boolean, email: boolean) {
  await db
    .insert(notificationSettings)
    .values({ userId, kind, inApp, email })
    .onConflictDoUpdate({
      target: [notificationSettings.userId, notificationSettings.kind],
      set: { inApp, email },
    });
}

/** A notification with its recipient (for the e-mail job). */
export async function findNotificationForMail(db: Executor, id: string) {
  const [row] = await db
    .select({ n: notifications, email: users.email, name: users.name, locale: users.locale })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.id, id));
  return row;
}

export async function markEmailed(db: Executor, id: string) {
  await db
    .update(notifications)
    .set({ emailedAt: sql`now()` })
    .where(eq(notifications.id, id));
}

export interface SelfClosingTarget {
  cycle_id: string;
  cycle_name: string;
  self_end: string;
  government_id: string;
  government_name: string;
  unit_id: string;
  unit_name: string;
  answered: number;
  total: number;
  /** All units of the government in the cycle (drafts and submitted). */
  units: number;
  pic_ids: string[];
}

/**
 * Units whose self-assessment is still a draft in official cycles in the self-assessment phase that
 * close within `days` days (today included), with the active PIC accounts of each unit. Internal
 * cycles have their own reminders (internal-reminders.ts).
 */
export async function selfClosingUnits(
  db: Executor,
  today: string,
  days: number,
): Promise<SelfClosingTarget[]> {
  const res = await db.execute(sql`
    select c.id as cycle_id, c.name as cycle_name, c.self_end::text as self_end,
      g.id as government_id, g.name as government_name, u.id as unit_id, u.name as unit_name,
      (select count(*)::int from answers a where a.cycle_id = c.id and a.unit_id = u.id
         and (a.self_value is not null or a.self_na)) as answered,
      (select count(*)::int from answers a where a.cycle_id = c.id and a.unit_id = u.id) as total,
      (select count(*)::int from cycle_units x where x.cycle_id = c.id and x.government_id = g.id) as units,
      coalesce((select array_agg(uu.user_id) from user_units uu join users us on us.id = uu.user_id
         where uu.unit_id = u.id and us.role = 'unit_pic' and us.archived_at is null), '{}') as pic_ids
    from cycles c
    join cycle_units cu on cu.cycle_id = c.id and cu.self_status = 'draft'
    join units u on u.id = cu.unit_id
    join governments g on g.id = cu.government_id
    where c.status = 'self_assessment' and c.kind = 'official' and c.self_end is not null
      and c.self_end >= ${today}::date and c.self_end <= ${today}::date + ${days}::int
    order by c.id, g.id, u.name`);
  return rowsOf<SelfClosingTarget>(res);
}

/** The active coordinators of each government (for the government-level reminders). */
export async function coordinatorsOf(db: Executor, governmentIds: string[]) {
  if (governmentIds.length === 0) return [];
  return db
    .select({ id: users.id, governmentId: users.governmentId })
    .from(users)
    .where(
      and(
        eq(users.role, 'gov_coordinator'),
        isNull(users.archivedAt),
        sql`${users.governmentId} in (${sql.join(
          governmentIds.map((g) => sql`${g}::uuid`),
          sql`, `,
        )})`,
      ),
    );
}

export interface VerifyPendingTarget {
  cycle_id: string;
  cycle_name: string;
  verify_end: string;
  government_id: string;
  government_name: string;
  pending: number;
  assessor_ids: string[];
}

/**
 * Per government of a cycle in verification that ends within `days` days: the answered items not
 * yet verified, and the assessors assigned to that government.
 */
export async function verifyPendingGovernments(
  db: Executor,
  today: string,
  days: number,
): Promise<VerifyPendingTarget[]> {
  const res = await db.execute(sql`
    select c.id as cycle_id, c.name as cycle_name, c.verify_end::text as verify_end,
      g.id as government_id, g.name as government_name, p.pending,
      coalesce((select array_agg(ca.user_id) from cycle_assessors ca join users us on us.id = ca.user_id
         where ca.cycle_id = c.id and ca.government_id = g.id and us.archived_at is null), '{}') as assessor_ids
    from cycles c
    join lateral (
      select a.government_id, count(*)::int as pending from answers a
      where a.cycle_id = c.id and a.verify_status = 'pending' and (a.self_value is not null or a.self_na)
      group by a.government_id
    ) p on true
    join governments g on g.id = p.government_id
    where c.status = 'verification' and c.kind = 'official' and c.verify_end is not null
      and c.verify_end >= ${today}::date and c.verify_end <= ${today}::date + ${days}::int
    order by c.id, g.name`);
  return rowsOf<VerifyPendingTarget>(res);
}

export interface AppealOpenTarget {
  cycle_id: string;
  cycle_name: string;
  appeal_end: string | null;
  government_id: string;
  government_name: string;
}

/** Governments of cycles in the appeal phase (their coordinators may contest verified values). */
export async function appealOpenGovernments(db: Executor): Promise<AppealOpenTarget[]> {
  const res = await db.execute(sql`
    select c.id as cycle_id, c.name as cycle_name, c.appeal_end::text as appeal_end,
      g.id as government_id, g.name as government_name
    from cycles c
    join cycle_governments cg on cg.cycle_id = c.id
    join governments g on g.id = cg.government_id
    where c.status = 'appeal' and c.kind = 'official'
    order by c.id, g.name`);
  return rowsOf<AppealOpenTarget>(res);
}
