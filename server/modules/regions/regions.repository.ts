import { and, asc, count, eq, ilike, inArray, isNull, notExists, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments, regions } from '../../db/schema';

export type RegionRow = typeof regions.$inferSelect;

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
  f: { level?: 'province' | 'regency'; provinceCode?: string; q?: string; unregistered?: boolean },
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
