/** Every SQL statement of the national results export: the job row and the rows it counts. */
import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { resultsExports } from '../../db/schema-assessments';

export type ResultsExportRow = typeof resultsExports.$inferSelect;
export type ResultsExportStatus = ResultsExportRow['status'];

export async function insertExport(
  db: Executor,
  values: typeof resultsExports.$inferInsert,
): Promise<ResultsExportRow> {
  const rows = await db.insert(resultsExports).values(values).returning();
  return rows[0]!;
}

export async function findExport(db: Executor, id: string): Promise<ResultsExportRow | undefined> {
  const rows = await db.select().from(resultsExports).where(eq(resultsExports.id, id)).limit(1);
  return rows[0];
}

export async function updateExport(
  db: Executor,
  id: string,
  values: Partial<typeof resultsExports.$inferInsert>,
): Promise<void> {
  await db
    .update(resultsExports)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(resultsExports.id, id));
}

/** The provinces of the office running the cycle (its zone stamps the export). */
export async function cycleOfficeProvinces(db: Executor, cycleId: string): Promise<string[]> {
  const res = await db.execute(
    sql`select o.province_codes from cycles c join offices o on o.id = c.office_id where c.id = ${cycleId}::uuid`,
  );
  return rowsOf<{ province_codes: string[] }>(res)[0]?.province_codes ?? [];
}

/** Governments of the cycle the export will hold (undefined ids = every government of the cycle). */
export async function countCycleGovernments(
  db: Executor,
  cycleId: string,
  governmentIds: string[] | undefined,
): Promise<number> {
  if (governmentIds && governmentIds.length === 0) return 0;
  const scope = governmentIds
    ? sql`and government_id in (${sql.join(
        governmentIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  const res = await db.execute(
    sql`select count(*)::int as n from cycle_governments where cycle_id = ${cycleId} ${scope}`,
  );
  return rowsOf<{ n: number }>(res)[0]!.n;
}
