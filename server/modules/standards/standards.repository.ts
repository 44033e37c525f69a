/**
 * Every SQL statement of a product's standard versions (service_standards) and the edits recorded
 * on them (service_standard_edits). Completeness queries live in completeness.repository.ts.
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files, governments, serviceProducts, units, userUnits, users } from '../../db/schema';
import { serviceStandardEdits, serviceStandards } from '../../db/schema-standards';

export type StandardRow = typeof serviceStandards.$inferSelect;
export type NewStandard = typeof serviceStandards.$inferInsert;

/** A product with its unit and government names (active or archived: history stays readable). */
export async function findProduct(db: Executor, productId: string) {
  const [row] = await db
    .select({
      id: serviceProducts.id,
      name: serviceProducts.name,
      unitId: serviceProducts.unitId,
      unitName: units.name,
      governmentId: serviceProducts.governmentId,
      governmentName: governments.name,
      archived: sql<boolean>`(${serviceProducts.archivedAt} is not null or ${units.archivedAt} is not null)`,
    })
    .from(serviceProducts)
    .innerJoin(units, eq(units.id, serviceProducts.unitId))
    .innerJoin(governments, eq(governments.id, serviceProducts.governmentId))
    .where(eq(serviceProducts.id, productId))
    .limit(1);
  return row;
}
export type ProductRow = NonNullable<Awaited<ReturnType<typeof findProduct>>>;

/** One version; `lock` takes a row lock until the transaction ends (the use case's serialisation point). */
export async function findStandard(db: Executor, id: string, lock = false): Promise<StandardRow | undefined> {
  const q = db.select().from(serviceStandards).where(eq(serviceStandards.id, id)).limit(1);
  return (lock ? await q.for('update') : await q)[0];
}

/** Every version of a product, oldest first. */
export async function listVersions(db: Executor, productId: string): Promise<StandardRow[]> {
  return db
    .select()
    .from(serviceStandards)
    .where(eq(serviceStandards.productId, productId))
    .orderBy(asc(serviceStandards.version));
}

export async function nextVersion(db: Executor, productId: string): Promise<number> {
  const [row] = await db
    .select({ v: sql<number>`coalesce(max(${serviceStandards.version}), 0)::int + 1` })
    .from(serviceStandards)
    .where(eq(serviceStandards.productId, productId));
  return row!.v;
}

/**
 * Inserts a draft unless the product already has an open one (or the version number was taken by a
 * draft opened at the same moment): the partial unique indexes decide, and nothing is returned.
 */
export async function insertDraftIfNone(db: Executor, values: NewStandard): Promise<StandardRow | undefined> {
  const [row] = await db.insert(serviceStandards).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findOpenDraft(db: Executor, productId: string): Promise<StandardRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceStandards)
    .where(
      and(eq(serviceStandards.productId, productId), inArray(serviceStandards.status, ['draft', 'diajukan'])),
    )
    .limit(1);
  return row;
}

/** Changes a locked row and moves its optimistic lock on. */
export async function updateStandard(
  db: Executor,
  id: string,
  values: Partial<NewStandard>,
): Promise<StandardRow> {
  const [row] = await db
    .update(serviceStandards)
    .set({ ...values, rowVersion: sql`${serviceStandards.rowVersion} + 1`, updatedAt: new Date() })
    .where(eq(serviceStandards.id, id))
    .returning();
  return row!;
}

/** The set version of a product becomes `diganti` (superseded) when another is set. */
export async function supersedeCurrent(db: Executor, productId: string, exceptId: string): Promise<number> {
  const rows = await db
    .update(serviceStandards)
    .set({ status: 'diganti', supersededAt: new Date() })
    .where(
      and(
        eq(serviceStandards.productId, productId),
        eq(serviceStandards.status, 'ditetapkan'),
        sql`${serviceStandards.id} <> ${exceptId}`,
      ),
    )
    .returning({ id: serviceStandards.id });
  return rows.length;
}

/** Publishes or withdraws a set version (its content is untouched). */
export async function setPublished(db: Executor, id: string, published: boolean): Promise<StandardRow> {
  const [row] = await db
    .update(serviceStandards)
    .set({ publishedAt: published ? sql`coalesce(${serviceStandards.publishedAt}, now())` : null })
    .where(eq(serviceStandards.id, id))
    .returning();
  return row!;
}

export async function deleteDraft(db: Executor, id: string): Promise<void> {
  await db.delete(serviceStandardEdits).where(eq(serviceStandardEdits.standardId, id));
  await db.delete(serviceStandards).where(eq(serviceStandards.id, id));
}

export async function insertEdit(
  db: Executor,
  values: { standardId: string; userId: string; components: string[] },
): Promise<void> {
  await db.insert(serviceStandardEdits).values(values);
}

/** Distinct editors of each version, by name, in the order they first edited. */
export async function editorsOf(db: Executor, standardIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (standardIds.length === 0) return out;
  const rows = await db
    .select({ standardId: serviceStandardEdits.standardId, name: users.name, at: serviceStandardEdits.at })
    .from(serviceStandardEdits)
    .innerJoin(users, eq(users.id, serviceStandardEdits.userId))
    .where(inArray(serviceStandardEdits.standardId, standardIds))
    .orderBy(asc(serviceStandardEdits.at));
  for (const r of rows) {
    const list = out.get(r.standardId) ?? [];
    if (!list.includes(r.name)) list.push(r.name);
    out.set(r.standardId, list);
  }
  return out;
}

/** Names of people by id (for the who-saved / who-set references). */
export async function userNames(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function fileNames(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: files.id, name: files.originalName })
    .from(files)
    .where(inArray(files.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The active coordinators of a government (told when a draft is submitted). */
export async function coordinatorIds(db: Executor, governmentId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.role, 'gov_coordinator'), eq(users.governmentId, governmentId), isNull(users.archivedAt)),
    );
  return rows.map((r) => r.id);
}

/** The active PICs who hold this unit (told when their draft is returned or set). */
export async function picIds(db: Executor, unitId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(userUnits)
    .innerJoin(users, eq(users.id, userUnits.userId))
    .where(and(eq(userUnits.unitId, unitId), eq(users.role, 'unit_pic'), isNull(users.archivedAt)));
  return rows.map((r) => r.id);
}
