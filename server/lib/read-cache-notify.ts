/**
 * The announcement of a data write to every server process on the same database (ADR 0008):
 * `pg_notify` on one channel, heard by each process's read cache (read-cache.plugin.ts
 * WriteAnnouncer; PGlite's in-process listen on PGlite). Authenticated writes announce through
 * their app's WriteAnnouncer, which marks them with its process token (that process has emptied
 * its own entries already); background jobs (server/jobs/job-runner.ts) announce with the runner's
 * own mark, so every process empties its entries on hearing it, the one that ran the job included.
 */
import type { Connection } from '../db/client';

/** The channel on which each server process announces its data writes to the others (ADR 0008). */
export const DATA_CHANNEL = 'patuh_data_written';

/** The payload of one announcement: who wrote (`p`) and the tags it may have changed (`t`; null: anything). */
export interface WriteNote {
  p: string;
  t: readonly string[] | null;
}

/**
 * Announces, after it committed, a write that may have changed the data of these tags (null:
 * anything; read-cache-scope.ts writeTags). `from` is the writer's mark: a process ignores its own.
 */
export async function announceWrite(
  database: Connection,
  from: string,
  tags: readonly string[] | null,
): Promise<void> {
  const note: WriteNote = { p: from, t: tags };
  await database.query('select pg_notify($1, $2)', [DATA_CHANNEL, JSON.stringify(note)]);
}

/** An announcement as heard: the writer's mark and its tags (undefined: anything, or unreadable). */
export function readNote(payload: string): { from: unknown; tags: readonly string[] | undefined } {
  let note: { p?: unknown; t?: unknown } | null = null;
  try {
    note = JSON.parse(payload) as { p?: unknown; t?: unknown };
  } catch {
    // Not ours to read: empty everything.
  }
  const t = note?.t;
  const tags = Array.isArray(t) && t.every((x) => typeof x === 'string') ? (t as string[]) : undefined;
  return { from: note?.p, tags };
}
