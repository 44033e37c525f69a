/**
 * The one query of the public follow-up section (issue 17 §7). An item of a government is public
 * only when all of this holds, in SQL so no caller can forget a part:
 * - the office issued it and it is not a complaint's tindakan korektif (nothing with a
 *   complaint_id shows, but a rekomendasi headquarters published);
 * - a rekomendasi: headquarters set published_at (UU 37/2008 Pasal 38(4)), whatever the office chose;
 * - any other kind: the issuing office chose to publish it (followup_publication; no row = only
 *   saran_perbaikan), and when it came from an assessment that assessment is live-released for
 *   this government (the portal's one rule: a release not withdrawn, of an official, published,
 *   not archived cycle). A saran perbaikan always needs such a cycle.
 * Only what a visitor may read is selected: no owner, answerer, verifier, evidence or case.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

export interface PublicItemRow extends Record<string, unknown> {
  kind: string;
  status: string;
  due_on: string | null;
  action: string;
  indicator_code: string | null;
  unit_name: string | null;
  year: number | null;
}

/** At most this many items are read (listed and counted) per government. */
export const PUBLIC_ITEM_LIMIT = 2_000;

export async function publicItems(db: Executor, governmentId: string): Promise<PublicItemRow[]> {
  const res = await db.execute(sql`
    with live as (
      select rr.cycle_id, c.year
      from result_releases rr
      join cycles c on c.id = rr.cycle_id
      where rr.government_id = ${governmentId} and rr.withdrawn_at is null and c.kind = 'official'
        and c.status = 'published' and c.archived_at is null
    )
    select fi.kind, fi.status, fi.due_on::text as due_on, fi.action, fi.indicator_code,
      u.name as unit_name, (select max(l.year) from live l where l.cycle_id = fi.cycle_id) as year
    from followup_items fi
    left join units u on u.id = fi.unit_id
    left join followup_publication p on p.office_id = fi.office_id
    where fi.government_id = ${governmentId}
      and fi.issuer = 'office'
      and fi.kind <> 'tindakan_korektif'
      and (
        (fi.kind = 'rekomendasi' and fi.published_at is not null)
        or (
          fi.kind in ('saran_perbaikan', 'saran_penyempurnaan', 'kegiatan')
          and fi.complaint_id is null
          and fi.kind = any(coalesce(p.kinds, array['saran_perbaikan']::text[]))
          and (
            exists (select 1 from live l where l.cycle_id = fi.cycle_id)
            or (fi.cycle_id is null and fi.kind <> 'saran_perbaikan')
          )
        )
      )
    order by u.name nulls last, fi.due_on nulls last, fi.created_at, fi.id
    limit ${PUBLIC_ITEM_LIMIT}`);
  return rowsOf<PublicItemRow>(res).map((r) => ({ ...r, year: r.year === null ? null : Number(r.year) }));
}
