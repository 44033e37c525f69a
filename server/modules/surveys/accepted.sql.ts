/**
 * shared/surveys/flags.ts isAccepted, as SQL, for every query that counts or lists accepted
 * responses (the response list's filter, a period's per-unit counts, the results' classification,
 * the suggestions shown): not superseded by a correction; the latest review decides (exclude → out,
 * accept → in even when flagged); an unreviewed response counts when it has no flag. Each caller
 * passes its own expressions for the three facts. accepted.sql.test.ts checks it against isAccepted.
 */
import { sql, type SQL } from 'drizzle-orm';

export interface AcceptanceFacts {
  /** The response's flags (text[]). */
  flags: SQL;
  /** Its latest review decision ('accept' | 'exclude'), null when none. */
  review: SQL;
  /** True when a correction supersedes it. */
  superseded: SQL;
}

export function acceptedSql(f: AcceptanceFacts): SQL {
  return sql`(not (${f.superseded}) and coalesce(${f.review}, '') <> 'exclude'
    and (cardinality(${f.flags}) = 0 or coalesce(${f.review}, '') = 'accept'))`;
}
