/** SQL of the internal cycles' reminders (issue 12): the units of open internal cycles and who to tell. */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { users } from '../../db/schema';

export interface InternalUnitTarget {
  cycle_id: string;
  cycle_name: string;
  status: 'self_assessment' | 'verification';
  self_end: string | null;
  verify_end: string | null;
  government_id: string;
  government_name: string;
  region_code: string | null;
  unit_id: string;
  unit_name: string;
  self_status: 'draft' | 'submitted';
  scheduled_date: string | null;
  /** The unit's answer cells: all, self-answered, verified (accepted or adjusted). */
  total: number;
  answered: number;
  verified: number;
  /** Answered cells still waiting for verification. */
  pending: number;
  /** All units of the government in the cycle (for the coordinator's digest). */
  units: number;
  /** Active PIC accounts of the unit (user_units). */
  pic_ids: string[];
  /** Active accounts of the unit's Inspektorat team (cycle_unit_team). */
  team_ids: string[];
}

/**
 * Units of internal cycles in the self-assessment or verification phase that have a date in
 * [from, to]: a scheduled date, or the cycle's self-assessment or verification end. The caller
 * narrows the calendar window to working days; `from`/`to` only bound the rows read.
 */
export async function internalCycleUnits(
  db: Executor,
  from: string,
  to: string,
): Promise<InternalUnitTarget[]> {
  const res = await db.execute(sql`
    select c.id as cycle_id, c.name as cycle_name, c.status,
      c.self_end::text as self_end, c.verify_end::text as verify_end,
      g.id as government_id, g.name as government_name, g.region_code,
      u.id as unit_id, u.name as unit_name, cu.self_status, cu.scheduled_date::text as scheduled_date,
      coalesce(s.total, 0) as total, coalesce(s.answered, 0) as answered,
      coalesce(s.verified, 0) as verified, coalesce(s.pending, 0) as pending,
      (select count(*)::int from cycle_units x where x.cycle_id = c.id and x.government_id = g.id) as units,
      coalesce((select array_agg(uu.user_id order by uu.user_id) from user_units uu
         join users us on us.id = uu.user_id
         where uu.unit_id = u.id and us.role = 'unit_pic' and us.archived_at is null), '{}') as pic_ids,
      coalesce((select array_agg(t.user_id order by t.user_id) from cycle_unit_team t
         join users us on us.id = t.user_id
         where t.cycle_id = c.id and t.unit_id = u.id and us.archived_at is null), '{}') as team_ids
    from cycles c
    join cycle_units cu on cu.cycle_id = c.id
    join units u on u.id = cu.unit_id
    join governments g on g.id = cu.government_id
    left join lateral (
      select count(*)::int as total,
        count(*) filter (where a.self_value is not null or a.self_na)::int as answered,
        count(*) filter (where a.verify_status <> 'pending')::int as verified,
        count(*) filter (where a.verify_status = 'pending'
          and (a.self_value is not null or a.self_na))::int as pending
      from answers a where a.cycle_id = c.id and a.unit_id = u.id
    ) s on true
    where c.kind = 'internal' and c.archived_at is null
      and c.status in ('self_assessment', 'verification')
      and (cu.scheduled_date <= ${to}::date
        or (c.status = 'self_assessment' and c.self_end between ${from}::date and ${to}::date)
        or (c.status = 'verification' and c.verify_end between ${from}::date and ${to}::date))
    order by c.id, g.id, u.name, u.id`);
  return rowsOf<InternalUnitTarget>(res);
}

/** Active accounts of a role in each of these governments (coordinators, internal verifiers). */
export async function governmentUsers(
  db: Executor,
  role: 'gov_coordinator' | 'internal_verifier',
  governmentIds: string[],
): Promise<Array<{ id: string; governmentId: string | null }>> {
  if (governmentIds.length === 0) return [];
  return db
    .select({ id: users.id, governmentId: users.governmentId })
    .from(users)
    .where(and(eq(users.role, role), isNull(users.archivedAt), inArray(users.governmentId, governmentIds)))
    .orderBy(users.id);
}
