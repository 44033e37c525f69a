/** SQL of the follow-up reminders: the items in a stage's window, and who hears about them. */
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../db/client';

export interface ReminderItem {
  id: string;
  kind: string;
  issuer: 'office' | 'government';
  officeId: string | null;
  governmentId: string;
  governmentName: string;
  addressee: string;
  action: string;
  dueOn: string;
  ownerId: string | null;
}

/**
 * Items still owed by the government (not sent on to the issuer, not done) whose due date lies
 * between `from` and `to` days from `today` (negative: already past), e.g. -7..-2 = due in 2–7 days.
 */
export async function itemsDueBetween(
  db: Executor,
  today: string,
  fromDays: number,
  toDays: number,
): Promise<ReminderItem[]> {
  return rowsOf<ReminderItem>(
    await db.execute(sql`
      select i.id, i.kind, i.issuer, i.office_id as "officeId", i.government_id as "governmentId",
        g.name as "governmentName", i.addressee, i.action, i.due_on::text as "dueOn", i.owner_id as "ownerId"
      from followup_items i join governments g on g.id = i.government_id
      where i.status in ('terbuka', 'dijawab', 'dibuka_kembali') and i.due_on is not null
        and i.due_on >= ${today}::date + ${fromDays}::int and i.due_on <= ${today}::date + ${toDays}::int
      order by i.due_on, i.id`),
  );
}

export interface Person {
  id: string;
  key: string;
}

/** Active users by role, keyed by their government (`government`) or office (`office`). */
export async function peopleOf(
  db: Executor,
  roles: string[],
  by: 'government' | 'office',
  ids: string[],
): Promise<Person[]> {
  if (ids.length === 0) return [];
  const column = by === 'government' ? sql`u.government_id` : sql`u.office_id`;
  return rowsOf<Person>(
    await db.execute(sql`
      select u.id, ${column}::text as key from users u
      where u.archived_at is null
        and u.role::text in (${sql.join(
          roles.map((r) => sql`${r}`),
          sql`, `,
        )})
        and ${column} in (${sql.join(
          ids.map((i) => sql`${i}::uuid`),
          sql`, `,
        )})`),
  );
}

/** The owners (by id) who are still active users. */
export async function activeUsers(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = rowsOf<{ id: string }>(
    await db.execute(
      sql`select id from users where archived_at is null and id in (${sql.join(
        ids.map((i) => sql`${i}::uuid`),
        sql`, `,
      )})`,
    ),
  );
  return new Set(rows.map((r) => r.id));
}
