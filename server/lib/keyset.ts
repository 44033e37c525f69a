import { z } from 'zod';
import { decodeCursor, encodeCursor } from './pagination';

const NameIdSchema = z.tuple([z.string().max(500), z.uuid()]);

/**
 * The (name, id) key of a cursor for lists ordered by name. A tampered or stale cursor reads as
 * "from the start" rather than reaching SQL with a value of the wrong type.
 */
export function decodeNameIdCursor(cursor: string | undefined): [string, string] | null {
  const parsed = NameIdSchema.safeParse(decodeCursor(cursor));
  return parsed.success ? parsed.data : null;
}

/** Cuts the extra row fetched to detect a next page and builds the next cursor from the last row. */
export function nameIdPage<T extends { name: string; id: string }>(
  rows: T[],
  limit: number,
): { rows: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor([last.name, last.id]) : null };
}

/** An ILIKE pattern matching `q` anywhere, with the LIKE wildcards in `q` taken literally. */
export const likePattern = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;
