/**
 * The public government page's complaint counts (issue 14 part 10): numbers only, read from
 * columns that carry no text of a case — year of receipt, stage, form code. Nothing here selects
 * a subject, a description, a body's name as typed, or anything of a reporter.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

export interface PublicComplaintYear {
  year: number;
  received: number;
  closed: number;
}

export interface PublicComplaintForm {
  code: string;
  nameId: string;
  nameEn: string;
  count: number;
}

/** Reports about the government received per WIB year (newest five years), and how many are closed. */
export async function publicComplaintYears(
  db: Executor,
  governmentId: string,
): Promise<PublicComplaintYear[]> {
  const res = await db.execute(sql`
    select extract(year from (c.received_at at time zone 'UTC') + interval '7 hours')::int as year,
      count(*)::int as received,
      (count(*) filter (where c.stage = 'selesai'))::int as closed
    from complaints c
    where c.body_government_id = ${governmentId}::uuid
    group by 1
    order by 1 desc
    limit 5`);
  return rowsOf<PublicComplaintYear>(res);
}

/** Classified reports about the government per form of maladministration (all years). */
export async function publicComplaintForms(
  db: Executor,
  governmentId: string,
): Promise<PublicComplaintForm[]> {
  const res = await db.execute(sql`
    select m.code, m.name_id as "nameId", m.name_en as "nameEn", count(*)::int as count
    from complaint_forms f
    join complaints c on c.id = f.complaint_id
    join maladministration_forms m on m.code = f.form_code
    where c.body_government_id = ${governmentId}::uuid and f.form_code <> 'belum_dikategorikan'
    group by m.code, m.name_id, m.name_en, m.position
    order by count desc, m.position`);
  return rowsOf<PublicComplaintForm>(res);
}
