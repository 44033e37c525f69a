import { and, asc, eq, gt, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { unitScope, type Reach } from '../../lib/reach';
import { likePattern } from '../../lib/keyset';
import { contacts, units } from '../../db/schema';

export type ContactRow = typeof contacts.$inferSelect;

const columns = {
  id: contacts.id,
  unitId: contacts.unitId,
  unitName: units.name,
  governmentId: contacts.governmentId,
  name: contacts.name,
  position: contacts.position,
  phone: contacts.phone,
  email: contacts.email,
  userId: contacts.userId,
  archivedAt: contacts.archivedAt,
};

/**
 * One page of contacts ordered by (name, id) with keyset pagination: those of one unit, or those
 * of one government's units in the actor's reach.
 */
export async function listContacts(
  db: Executor,
  parent: { unitId: string } | { governmentId: string; reach: Reach },
  f: { q?: string; includeArchived: boolean; after: [string, string] | null; limit: number },
) {
  const conds: (SQL | undefined)[] =
    'unitId' in parent
      ? [eq(contacts.unitId, parent.unitId)]
      : [
          eq(contacts.governmentId, parent.governmentId),
          unitScope(parent.reach, contacts.unitId, contacts.governmentId),
        ];
  if (!f.includeArchived) conds.push(isNull(contacts.archivedAt));
  if (f.q)
    conds.push(
      or(
        ilike(contacts.name, likePattern(f.q)),
        ilike(contacts.position, likePattern(f.q)),
        ilike(contacts.email, likePattern(f.q)),
      ),
    );
  if (f.after)
    conds.push(
      or(gt(contacts.name, f.after[0]), and(eq(contacts.name, f.after[0]), gt(contacts.id, f.after[1]))),
    );
  return db
    .select(columns)
    .from(contacts)
    .innerJoin(units, eq(units.id, contacts.unitId))
    .where(and(...conds))
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(f.limit + 1);
}

export async function getContactDetail(db: Executor, id: string) {
  const rows = await db
    .select(columns)
    .from(contacts)
    .innerJoin(units, eq(units.id, contacts.unitId))
    .where(eq(contacts.id, id))
    .limit(1);
  return rows[0];
}

export async function findContact(db: Executor, id: string): Promise<ContactRow | undefined> {
  return (await db.select().from(contacts).where(eq(contacts.id, id)).limit(1))[0];
}

export async function insertContact(db: Executor, values: typeof contacts.$inferInsert): Promise<ContactRow> {
  return (await db.insert(contacts).values(values).returning())[0]!;
}

export async function updateContact(
  db: Executor,
  id: string,
  values: Partial<typeof contacts.$inferInsert>,
): Promise<ContactRow> {
  return (
    await db
      .update(contacts)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(contacts.id, id))
      .returning()
  )[0]!;
}
