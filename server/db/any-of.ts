/**
 * `column = any($1::type[])`: a list condition sent as one array parameter. drizzle's inArray
 * sends one parameter per value and types each (ten class checks per value while building the
 * query): for the hundreds of answer ids of a checklist that building cost more than the query.
 * Same rows as inArray (an empty list matches nothing).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

export function anyOf(column: AnyPgColumn, values: readonly unknown[]): SQL {
  return sql`${column} = any(${sql.param([...values])}::${sql.raw(column.getSQLType())}[])`;
}
