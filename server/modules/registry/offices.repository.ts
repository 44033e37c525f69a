import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { officeScope, type Reach } from '../../lib/reach';
import { governments, offices } from '../../db/schema';

export type OfficeRow = typeof offices.$inferSelect;

export async function findOffice(db: Executor, id: string): Promise<OfficeRow | undefined> {
  const rows = await db.select().from(offices).where(eq(offices.id, id)).limit(1);
  return rows[0];
}

export async function findOfficeByCode(db: Executor, code: string): Promise<OfficeRow | undefined> {
  const rows = await db.select().from(offices).where(eq(offices.code, code)).limit(1);
  return rows[0];
}

/** The active representative office whose coverage includes the province. */
export async function findOfficeCoveringProvince(
  db: Executor,
  provinceCode: string,
): Promise<OfficeRow | undefined> {
  const rows = await db
    .select()
    .from(offices)
    .where(and(sql`${provinceCode} = any(${offices.provinceCodes})`, isNull(offices.archivedAt)))
    .orderBy(asc(offices.name))
    .limit(1);
  return rows[0];
}

/** Offices in the actor's reach with the number of active governments each oversees (one query). */
export async function listOffices(db: Executor, reach: Reach, includeArchived: boolean) {
  return db
    .select({
      office: offices,
      // Written as "offices"."id": inside a single-table select Drizzle renders ${offices.id} unqualified,
      // which would bind to the subquery's own id column.
      governmentCount: sql<number>`(select count(*)::int from ${governments} g where g.office_id = "offices"."id" and g.archived_at is null)`,
    })
    .from(offices)
    .where(and(officeScope(reach, offices.id), includeArchived ? undefined : isNull(offices.archivedAt)))
    .orderBy(asc(offices.isHeadOffice), asc(offices.name));
}

export async function insertOffice(db: Executor, values: typeof offices.$inferInsert) {
  return (await db.insert(offices).values(values).returning())[0]!;
}

export async function updateOffice(db: Executor, id: string, values: Partial<typeof offices.$inferInsert>) {
  return (
    await db
      .update(offices)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(offices.id, id))
      .returning()
  )[0]!;
}
