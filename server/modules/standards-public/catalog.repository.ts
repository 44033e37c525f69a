/**
 * Every SQL statement of the public service catalogue (issue 15 part 5). The one rule: a service is
 * public only through `PUBLISHED` — the product's `ditetapkan` version with `published_at` set, in
 * a product, unit and government none of which is archived. Drafts, submitted and superseded
 * versions are never read here; a unit's maklumat only where `published` is true.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import type { StandardContent } from '../../../shared/contracts/standards';

/** The public services, as a FROM clause: s (standard), p (product), u (unit), g (government). */
const PUBLISHED = sql`
  service_standards s
  join service_products p on p.id = s.product_id and p.archived_at is null
  join units u on u.id = p.unit_id and u.archived_at is null
  join governments g on g.id = p.government_id and g.archived_at is null
  where s.status = 'ditetapkan' and s.published_at is not null`;

/** `ilike` pattern of a word, its wildcards escaped. */
const like = (w: string) => '%' + w.replace(/[\\%_]/g, (c) => '\\' + c) + '%';

export interface CatalogueFilter {
  /** Every word must appear in the government's, the unit's or the service's name. */
  words: string[];
  governmentId?: string;
}

function whereOf(f: CatalogueFilter): SQL {
  // A word matches a service by its own name (trigram index products_name_trgm, migration 0024)
  // or through its unit's or government's name: those two tables are small, so their matching
  // units are found first and the products are then read by unit (products_unit_idx). PostgreSQL
  // combines both as one BitmapOr instead of testing three names on every joined row.
  const parts = f.words.map(
    (w) => sql`(p.name ilike ${like(w)} or p.unit_id = any(array(
      select mu.id from units mu join governments mg on mg.id = mu.government_id
      where mu.name ilike ${like(w)} or mg.name ilike ${like(w)})))`,
  );
  if (f.governmentId) parts.push(sql`p.government_id = ${f.governmentId}`);
  return parts.length ? sql` and ${sql.join(parts, sql` and `)}` : sql``;
}

/**
 * At most this many matches are listed: a search that matches more (a word every regency's name
 * holds) is asked to narrow instead of sorting the nation's services for one page.
 */
export const CATALOGUE_MAX_MATCHES = 1000;

export interface CatalogueRow extends Record<string, unknown> {
  product_id: string;
  product_name: string;
  unit_id: string;
  unit_name: string;
  government_id: string;
  government_name: string;
  region_code: string | null;
  duration: { value: number; unit: string } | null;
  free: boolean | null;
}

/**
 * One page of public services, ordered government → unit → service, and how many match in all —
 * counted up to CATALOGUE_MAX_MATCHES + 1; past the cap no rows are read (the page asks to narrow).
 */
export async function catalogueRows(
  db: Executor,
  f: CatalogueFilter,
  limit: number,
  offset: number,
  maxMatches = CATALOGUE_MAX_MATCHES,
): Promise<{ rows: CatalogueRow[]; total: number }> {
  const where = whereOf(f);
  // Counting stops past the cap, so a broad search costs at most that many rows.
  const count = await db.execute(
    sql`select count(*)::int as n from (select 1 from ${PUBLISHED}${where} limit ${maxMatches + 1}) m`,
  );
  const total = Number(rowsOf<{ n: number }>(count)[0]?.n ?? 0);
  if (total === 0 || offset >= total || total > maxMatches) return { rows: [], total };
  const res = await db.execute(sql`
    select p.id as product_id, p.name as product_name, u.id as unit_id, u.name as unit_name,
      g.id as government_id, g.name as government_name, g.region_code,
      s.content -> 'jangka_waktu' as duration, (s.content -> 'biaya' ->> 'free')::boolean as free
    from ${PUBLISHED}${where}
    order by g.name, g.id, u.name, u.id, p.name, p.id
    limit ${limit} offset ${offset}`);
  return { rows: rowsOf<CatalogueRow>(res), total };
}

export interface ServiceRow extends Record<string, unknown> {
  product_id: string;
  product_name: string;
  product_description: string | null;
  unit_id: string;
  unit_name: string;
  unit_address: string | null;
  government_id: string;
  government_name: string;
  region_code: string | null;
  version: number;
  content: StandardContent;
  publish_manufacturing: boolean;
  sk_number: string | null;
  sk_date: string | null;
  review_date: string | null;
  published_at: Date | string;
}

/** The public standard of one service (null when the product has none published, or is archived). */
export async function publishedService(db: Executor, productId: string): Promise<ServiceRow | null> {
  const res = await db.execute(sql`
    select p.id as product_id, p.name as product_name, p.description as product_description,
      u.id as unit_id, u.name as unit_name, u.address as unit_address,
      g.id as government_id, g.name as government_name, g.region_code,
      s.version, s.content, s.publish_manufacturing, s.sk_number, s.sk_date::text as sk_date,
      s.review_date::text as review_date, s.published_at
    from ${PUBLISHED} and p.id = ${productId}
    limit 1`);
  return rowsOf<ServiceRow>(res)[0] ?? null;
}

export interface MaklumatRow extends Record<string, unknown> {
  body: string;
  signatory: string;
  signed_on: string;
}

/** The unit's maklumat pelayanan when the unit published it. */
export async function publishedMaklumat(db: Executor, unitId: string): Promise<MaklumatRow | null> {
  const res = await db.execute(sql`
    select body, signatory, signed_on::text as signed_on
    from unit_maklumat where unit_id = ${unitId} and published = true`);
  return rowsOf<MaklumatRow>(res)[0] ?? null;
}

export interface UnitCountRow extends Record<string, unknown> {
  unit_id: string;
  unit_name: string;
  services: number;
}

/** Per unit of a government: how many of its services have a published standard (units with one). */
export async function publishedCountsByUnit(db: Executor, governmentId: string): Promise<UnitCountRow[]> {
  const res = await db.execute(sql`
    select u.id as unit_id, u.name as unit_name, count(*)::int as services
    from ${PUBLISHED} and g.id = ${governmentId}
    group by u.id, u.name
    order by u.name, u.id`);
  return rowsOf<UnitCountRow>(res).map((r) => ({ ...r, services: Number(r.services) }));
}

export interface GovernmentKeyRow extends Record<string, unknown> {
  id: string;
  name: string;
  region_code: string | null;
}

/** A live government by its public key (Kemendagri code or id). */
export async function governmentOfKey(db: Executor, key: string): Promise<GovernmentKeyRow | null> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);
  const res = await db.execute(sql`
    select id, name, region_code from governments
    where archived_at is null and ${isUuid ? sql`id = ${key}` : sql`region_code = ${key}`}
    limit 1`);
  return rowsOf<GovernmentKeyRow>(res)[0] ?? null;
}

/** The governments that have at least one public service (the catalogue's filter), by name. */
export async function governmentsWithServices(db: Executor): Promise<GovernmentKeyRow[]> {
  // One probe per government (service_standards_government_idx), stopping at its first public
  // service (lateral … limit 1), instead of joining the nation's published services to find the
  // distinct 591: ~35 ms instead of ~330 ms at national scale.
  const res = await db.execute(sql`
    select g.id, g.name, g.region_code from governments g
    cross join lateral (
      select 1 from service_standards s
      join service_products p on p.id = s.product_id and p.archived_at is null
      join units u on u.id = p.unit_id and u.archived_at is null
      where s.government_id = g.id and s.status = 'ditetapkan' and s.published_at is not null
      limit 1) one
    where g.archived_at is null
    order by g.name, g.id`);
  return rowsOf<GovernmentKeyRow>(res);
}
