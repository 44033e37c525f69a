/**
 * anyOf (server/db/any-of.ts) replaces drizzle's inArray on the hot reads: it must select exactly
 * the rows inArray selects, for uuid, text and enum columns, an empty list and duplicates, and
 * send one parameter however long the list.
 */
import { asc, inArray, sql, type SQL } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/harness';
import { anyOf } from './any-of';
import type { Database } from './client';
import { governmentTypeEnum } from './schema';

const probe = pgTable('any_of_probe', {
  id: uuid('id').primaryKey(),
  label: text('label').notNull(),
  type: governmentTypeEnum('type').notNull(),
});

const IDS = Array.from({ length: 300 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const TYPES = ['pemprov', 'pemkab', 'pemkot', 'lembaga'] as const;

let database: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  await database.exec(
    'create table any_of_probe (id uuid primary key, label text not null, type government_type not null)',
  );
  await database.db
    .insert(probe)
    .values(IDS.map((id, i) => ({ id, label: `baris ${i}`, type: TYPES[i % TYPES.length]! })));
});
afterAll(async () => drop?.());

const ids = async (where: SQL) =>
  (await database.db.select({ id: probe.id }).from(probe).where(where).orderBy(asc(probe.id))).map(
    (r) => r.id,
  );

describe('anyOf selects what inArray selects', () => {
  it.each([
    [
      'uuid, 250 of 300 plus unknown ids',
      () => [probe.id, [...IDS.slice(25, 275), crypto.randomUUID()]] as const,
    ],
    ['uuid, with duplicates', () => [probe.id, [IDS[3]!, IDS[3]!, IDS[7]!]] as const],
    ['text', () => [probe.label, ['baris 1', 'baris 299', 'tidak ada']] as const],
    ['enum', () => [probe.type, ['pemkot', 'lembaga']] as const],
  ])('%s', async (_name, make) => {
    const [column, values] = make();
    const expected = await ids(inArray(column, [...values]));
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(anyOf(column, values))).toEqual(expected);
  });

  it('an empty list matches nothing', async () => {
    expect(await ids(anyOf(probe.id, []))).toEqual([]);
  });

  it('an expression with its type selects what the column does', async () => {
    const values = [IDS[2]!, IDS[290]!, crypto.randomUUID()];
    const query = database.db
      .select()
      .from(probe)
      .where(anyOf(sql`any_of_probe.id`, values, 'uuid'))
      .toSQL();
    expect(query.sql).toContain('any_of_probe.id = any($1::uuid[])');
    expect(await ids(anyOf(sql`any_of_probe.id`, values, 'uuid'))).toEqual([IDS[2]!, IDS[290]!]);
  });

  it('sends the whole list as one parameter', () => {
    const query = database.db.select().from(probe).where(anyOf(probe.id, IDS)).toSQL();
    expect(query.params).toHaveLength(1);
    expect(query.sql).toContain('= any($1::uuid[])');
  });
});
