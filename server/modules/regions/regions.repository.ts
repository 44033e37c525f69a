import { and, asc, count, eq, ilike, inArray, isNull, notExists, type SQL } from 'drizzle-orm';
import type { RegionKind, RegionLevel } from '../../../shared/contracts/enums';
import type { Database, Executor } from '../../db/client';
import { governments, regions } from '../../db/schema';

export type RegionRow = typeof regions.$inferSelect;

export interface RegionInput {
  code: string;
  name: string;
  level: RegionLevel;
  kind: RegionKind;
  provinceCode: string;
}

export async function findRegion(db: Executor, code: string): Promise<RegionRow | undefined> {
  const rows = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
  return rows[0];
}

export async function findRegions(db: Executor, codes: string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(regions).where(inArray(regions.code, codes)).orderBy(asc(regions.code));
}

/** Provinces or regencies/cities, optionally only those not yet registered as a government. */
export async function listRegions(
  db: Executor,
  f: { level?: RegionLevel; provinceCode?: string; q?: string; unregistered?: boolean },
) {
  const conds: (SQL | undefined)[] = [];
  if (f.level) conds.push(eq(regions.level, f.level));
  if (f.provinceCode) conds.push(eq(regions.provinceCode, f.provinceCode));
  if (f.q) conds.push(ilike(regions.name, `%${f.q.replace(/[%_\\]/g, '\\$&')}%`));
  if (f.unregistered)
    conds.push(
      notExists(
        db
          .select({ one: governments.id })
          .from(governments)
          .where(and(eq(governments.regionCode, regions.code), isNull(governments.archivedAt))),
      ),
    );
  return db
    .select()
    .from(regions)
    .where(and(...conds))
    .orderBy(asc(regions.code));
}

export async function countRegions(db: Executor) {
  const rows = await db.select({ n: count() }).from(regions);
  return rows[0]?.n ?? 0;
}

/** Inserts or refreshes regions by code, 200 rows a statement (the idn-area-data import). */
export async function upsertRegions(database: Database, rows: RegionInput[]): Promise<void> {
  const chunk = 200;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const params: unknown[] = [];
    const values = part.map((r, j) => {
      params.push(r.code, r.name, r.level, r.kind, r.provinceCode);
      const b = j * 5;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
    });
    await database.query(
      `insert into regions (code, name, level, kind, province_code) values ${values.join(',')}
       on conflict (code) do update set name = excluded.name, level = excluded.level, kind = excluded.kind, province_code = excluded.province_code`,
      params,
    );
  }
}
