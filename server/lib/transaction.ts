import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../db/client';

/** Runs `fn` in one transaction on either engine. */
export function inTransaction<T>(db: Executor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn) as Promise<T>;
}

/** Whether `db` is an open transaction (its locks last until it ends) rather than a root database. */
export const isTransaction = (db: Executor): boolean => db instanceof PgTransaction;
