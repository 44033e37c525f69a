/**
 * A timestamptz as text in Date.toISOString's form (UTC, milliseconds, `Z`), written by SQL: reads
 * that return rows or JSON as the driver gives them (no mapping to Date) send instants to the
 * client in the one form the contracts expect. Null stays null.
 */
import { sql, type SQL } from 'drizzle-orm';

export const isoInstant = (column: SQL) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
