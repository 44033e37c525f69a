/**
 * The SQL the backup needs, on either engine: the tables of the application's schemas with their
 * row counts, the applied migrations, and whether a database holds anything at all.
 */

/** One connection (a PGlite instance or a pg.Client): counts must come from one snapshot. */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

const USER_SCHEMAS = `n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rows per table (`schema.table`), every ordinary table outside the system schemas. */
export async function countRows(db: Queryable): Promise<Record<string, number>> {
  const tables = await db.query<{ schema: string; name: string }>(
    `select n.nspname as schema, c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and ${USER_SCHEMAS}
      order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  // One statement for all tables: a union of counts, so 60 tables cost one round trip.
  const parts = tables.map(
    (t, i) => `select ${i} as i, count(*)::bigint as n from ${quoteIdent(t.schema)}.${quoteIdent(t.name)}`,
  );
  if (parts.length === 0) return counts;
  const rows = await db.query<{ i: number; n: string | number }>(parts.join(' union all '));
  for (const r of rows) {
    const t = tables[Number(r.i)]!;
    counts[`${t.schema}.${t.name}`] = Number(r.n);
  }
  return counts;
}

/** The schemas that hold the application's objects (dropped by a forced PostgreSQL restore). */
export async function userSchemas(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `select n.nspname as name from pg_namespace n
      where ${USER_SCHEMAS} and exists (select 1 from pg_class c where c.relnamespace = n.oid)
      order by 1`,
  );
  return rows.map((r) => r.name);
}

/** How many tables, views and sequences exist outside the system schemas (0 = an empty database). */
export async function countRelations(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: string | number }>(
    `select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and ${USER_SCHEMAS}`,
  );
  return Number(row?.n ?? 0);
}

/** Migrations recorded in `_migrations` (none when the table is missing). */
export async function appliedMigrations(db: Queryable): Promise<string[]> {
  const [exists] = await db.query<{ t: string | null }>(
    `select to_regclass('public._migrations')::text as t`,
  );
  if (!exists?.t) return [];
  const rows = await db.query<{ name: string }>('select name from _migrations order by name');
  return rows.map((r) => r.name);
}

/** Drops the given schemas with everything in them and recreates an empty `public`. */
export async function dropSchemas(db: Queryable, schemas: string[]): Promise<void> {
  const drops = schemas.map((s) => `drop schema if exists ${quoteIdent(s)} cascade;`).join('\n');
  await db.query(`${drops}\ncreate schema if not exists public;`);
}
