/**
 * The follow-up items a release raises from a cycle's improvement points, written exactly as the
 * release hook does (server/modules/followups/sources, helper B of issue 17): saran_perbaikan,
 * issued by the cycle's office, source `cycle`, one per point (`on conflict do nothing`, so it
 * adds nothing where the hook already ran), with its 'dibuat' history row.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../db/client';

export async function raiseSaranPerbaikan(
  db: Executor,
  cycleId: string,
  officeId: string,
): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into followup_items (kind, issuer, source_type, source_id, office_id, government_id, unit_id,
        cycle_id, indicator_code, improvement_point_id, addressee, action, due_on)
      select 'saran_perbaikan', 'office', 'cycle', ip.cycle_id, ${officeId}::uuid, ip.government_id, ip.unit_id,
        ip.cycle_id, ip.indicator_code, ip.id, coalesce(u.name, g.name), ip.text,
        coalesce(ip.due_on, (now() + interval '60 days')::date)
      from improvement_points ip
      join governments g on g.id = ip.government_id
      left join units u on u.id = ip.unit_id
      where ip.cycle_id = ${cycleId}::uuid and ip.archived_at is null
      on conflict (improvement_point_id) do nothing
      returning id`),
  );
  for (const r of rows)
    await db.execute(
      sql`insert into followup_events (item_id, action, to_status) values (${r.id}::uuid, 'dibuat', 'terbuka')`,
    );
  return rows.map((r) => r.id);
}
