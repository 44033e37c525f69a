/**
 * `column = any($1::type[])`: a list condition sent as one array parameter. drizzle's inArray
 * sends one parameter per value and types each (ten class checks per value while building the
 * query): for the hundreds of answer ids of a checklist that building cost more than the query.
 * Same rows as inArray (an empty list matches nothing).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

export function anyOf(column: AnyPgColumn, values: readonly unknown[]): SQL;
/** The same for an expression that is not a table's column (a CTE's `c.unit_id`), of SQL type `type`. */
export function anyOf(expression: SQL, values: readonly unknown[], type: string): SQL;
export function anyOf(column: AnyPgColumn | SQL, values: readonly unknown[], type?: string): SQL {
  const sqlType = type ?? (column as AnyPgColumn).getSQLType();
  return sql`${column} = any(${sql.param([...values])}::${sql.raw(sqlType)}[])`;
}
