/**
 * Completeness in SQL, set-based (the nation holds ~100k products: never a query per product).
 *
 * `governmentProducts` returns each active product of a government with the content of its set
 * version and open draft; the service applies shared/standards/completeness.ts to them.
 * `rollupByGovernment` computes the same rule inside PostgreSQL for the roll-up of many governments
 * at once: filledSql mirrors componentFilled() component by component, and completeness.test.ts
 * checks the two agree on every case of the table.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { CompletenessState, StandardContent } from '../../../shared/contracts/standards';
import { rowsOf, type Executor } from '../../db/client';
import type { Reach } from '../../lib/reach';
import { filledSql } from '../../db/standards-filled-sql';

/** The filled count of each given content, computed by PostgreSQL (for the parity test). */
export async function filledInSql(db: Executor, contents: StandardContent[]): Promise<number[]> {
  if (contents.length === 0) return [];
  const result = await db.execute(sql`
    select ord::int as ord, (${filledSql(sql`x.c`)})::int as filled
    from jsonb_array_elements(${JSON.stringify(contents)}::jsonb) with ordinality as x(c, ord)
    order by ord`);
  return rowsOf<{ filled: number }>(result).map((r) => Number(r.filled));
}

export interface GovernmentProductRow {
  unitId: string;
  unitName: string;
  maklumatPublished: boolean;
  productId: string | null;
  productName: string | null;
  currentContent: StandardContent | null;
  reviewDate: string | null;
  published: boolean;
  draftContent: StandardContent | null;
}

/**
 * Every active unit of a government in reach (also those without products) with each active
 * product, its set version and open draft. One query.
 */
export async function governmentProducts(
  db: Executor,
  governmentId: string,
  reach: Reach,
): Promise<GovernmentProductRow[]> {
  const unitFilter = reach.all || reach.unitIds === null ? sql`true` : idIn(sql`u.id`, reach.unitIds);
  const result = await db.execute(sql`
    select u.id as "unitId", u.name as "unitName", coalesce(m.published, false) as "maklumatPublished",
      p.id as "productId", p.name as "productName",
      cur.content as "currentContent", cur.review_date::text as "reviewDate",
      (cur.published_at is not null) as "published",
      dr.content as "draftContent"
    from units u
    left join unit_maklumat m on m.unit_id = u.id
    left join service_products p on p.unit_id = u.id and p.archived_at is null
    left join service_standards cur on cur.product_id = p.id and cur.status = 'ditetapkan'
    left join service_standards dr on dr.product_id = p.id and dr.status in ('draft', 'diajukan')
    where u.government_id = ${governmentId} and u.archived_at is null and ${unitFilter}
    order by u.name, u.id, p.name, p.id`);
  return rowsOf<GovernmentProductRow>(result).map((r) => ({
    ...r,
    published: r.published === true,
    maklumatPublished: r.maklumatPublished === true,
  }));
}

function idIn(column: SQL, ids: string[]): SQL {
  return ids.length
    ? sql`${column} in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`false`;
}

export interface GovernmentRollupRow {
  governmentId: string;
  governmentName: string;
  officeId: string;
  products: number;
  filled: number;
  byState: Record<CompletenessState, number>;
}

/**
 * Per government in reach (optionally of one office): products per completeness state and the sum
 * of filled components, for every active product of every active unit. Two scans of the
 * standards (set, open) joined to the products; one query for the nation. Governments in reach
 * without products are listed with zero products.
 */
export async function rollupByGovernment(
  db: Executor,
  reach: Reach,
  opts: { officeId?: string; today: string },
): Promise<GovernmentRollupRow[]> {
  const govConds: SQL[] = [sql`g.archived_at is null`];
  if (opts.officeId) govConds.push(sql`g.office_id = ${opts.officeId}`);
  if (!reach.all) govConds.push(idIn(sql`g.id`, reach.governmentIds));
  const unitCond = reach.all || reach.unitIds === null ? sql`true` : idIn(sql`p.unit_id`, reach.unitIds);
  const result = await db.execute(sql`
    with gov as (
      select g.id, g.name, g.office_id from governments g where ${sql.join(govConds, sql` and `)}
    ),
    std as (
      select s.product_id, s.status, s.review_date, s.filled
      from service_standards s
      where s.government_id in (select id from gov) and s.status in ('ditetapkan', 'draft', 'diajukan')
    ),
    per_product as (
      select p.government_id,
        case
          when cur.product_id is null and dr.product_id is null then 'belum_ada'
          when cur.product_id is null then 'draf'
          when cur.filled < 14 then 'tidak_lengkap'
          when cur.review_date is not null and cur.review_date < ${opts.today}::date then 'kedaluwarsa'
          else 'lengkap'
        end as state,
        coalesce(cur.filled, dr.filled, 0) as filled
      from gov
      join service_products p on p.government_id = gov.id and p.archived_at is null
      join units u on u.id = p.unit_id and u.archived_at is null
      left join std cur on cur.product_id = p.id and cur.status = 'ditetapkan'
      left join std dr on dr.product_id = p.id and dr.status <> 'ditetapkan'
      where ${unitCond}
    )
    select gov.id as "governmentId", gov.name as "governmentName", gov.office_id as "officeId",
      count(pp.state)::int as products,
      coalesce(sum(pp.filled), 0)::int as filled,
      count(*) filter (where pp.state = 'belum_ada')::int as belum_ada,
      count(*) filter (where pp.state = 'draf')::int as draf,
      count(*) filter (where pp.state = 'tidak_lengkap')::int as tidak_lengkap,
      count(*) filter (where pp.state = 'kedaluwarsa')::int as kedaluwarsa,
      count(*) filter (where pp.state = 'lengkap')::int as lengkap
    from gov
    left join per_product pp on pp.government_id = gov.id
    group by gov.id, gov.name, gov.office_id
    order by gov.name, gov.id`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    governmentId: String(r.governmentId),
    governmentName: String(r.governmentName),
    officeId: String(r.officeId),
    products: Number(r.products),
    filled: Number(r.filled),
    byState: {
      belum_ada: Number(r.belum_ada),
      draf: Number(r.draf),
      tidak_lengkap: Number(r.tidak_lengkap),
      kedaluwarsa: Number(r.kedaluwarsa),
      lengkap: Number(r.lengkap),
    },
  }));
}
