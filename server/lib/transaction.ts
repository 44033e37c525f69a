import type { Executor, Tx } from '../db/client';

/** Runs `fn` in one transaction on either engine. */
export function inTransaction<T>(db: Executor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn) as Promise<T>;
}
