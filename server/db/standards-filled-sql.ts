/**
 * How many of the 14 components a standard's jsonb content fills, as a PostgreSQL expression. It
 * mirrors componentFilled() of shared/standards/completeness.ts component by component
 * (server/modules/standards/completeness.test.ts checks the two agree on every case of its table)
 * and defines the stored generated column `service_standards.filled`, so a roll-up over the
 * nation's ~200k versions sums a number instead of evaluating 14 jsonb checks per row.
 * Param-free SQL only: drizzle-kit writes it into the migration.
 */
import { sql, type SQL } from 'drizzle-orm';
import { STANDARD_COMPONENTS } from '../../shared/standards/components';

/**
 * Whether component `key` of the jsonb content `c` is filled. Content is written only through
 * StandardContentSchema, so lists are lists and texts are texts; the expressions still never raise
 * an error on another shape (the duration's cast is guarded). Kept to one lookup per component
 * where possible: the nation's roll-up evaluates this 14 times per standard.
 */
function componentSql(c: SQL, key: string, kind: string): SQL {
  const k = sql.raw(`'${key}'`);
  switch (kind) {
    case 'requirements':
    case 'procedure':
    case 'products':
    case 'channels':
      // A non-empty list: anything but absent, null or [] (the contract allows only lists here).
      return sql`coalesce(${c} -> ${k} not in ('[]'::jsonb, 'null'::jsonb), false)`;
    case 'duration':
      return sql`(case when jsonb_typeof(${c} -> ${k} -> 'value') = 'number' then (${c} -> ${k} ->> 'value')::numeric > 0 else false end)`;
    case 'fees':
      return sql`(case when jsonb_typeof(${c} -> ${k}) <> 'object' then false
        when not (coalesce(${c} -> ${k} -> 'free' = 'true'::jsonb, false)
          or (case when jsonb_typeof(${c} -> ${k} -> 'items') = 'array' then jsonb_array_length(${c} -> ${k} -> 'items') > 0 else false end))
          then false
        else length(btrim(coalesce(${c} -> ${k} ->> 'legalBasis', ''), E' \\t\\n\\r')) > 0 end)`;
    default:
      return sql`coalesce(btrim(${c} ->> ${k}, E' \\t\\n\\r') <> '', false)`;
  }
}

/** How many of the 14 components the jsonb content `c` fills. */
export function filledSql(c: SQL): SQL {
  return sql.join(
    STANDARD_COMPONENTS.map((m) => sql`(${componentSql(c, m.key, m.kind)})::int`),
    sql` + `,
  );
}
