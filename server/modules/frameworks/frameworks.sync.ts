/**
 * Built-in framework files (frameworks/*.json) → the frameworks table, at start. Cycles reference
 * frameworks by id in the table, so a custom version and a built-in one are used the same way.
 */
import type { Executor } from '../../db/client';
import { FrameworkSchema, type Framework } from '../../../shared/frameworks/framework.schema';
import { listFrameworks } from '../../frameworks/framework-catalog';
import { listCrosswalks } from '../../frameworks/crosswalk-catalog';
import { syncBuiltInRows } from './crosswalk.repository';
import { NotFoundError } from '../../lib/errors';
import { findFrameworkRow, frameworkStamp, upsertBuiltInFramework } from './frameworks.repository';

/**
 * Inserts every built-in framework that is missing and refreshes changed ones, then the built-in
 * crosswalk rows (frameworks/crosswalks/*.json) between them. Idempotent.
 */
export async function syncBuiltInFrameworks(db: Executor): Promise<void> {
  for (const fw of listFrameworks()) {
    await upsertBuiltInFramework(db, { id: fw.id, version: fw.version, name: fw.name.id, definition: fw });
  }
  await syncBuiltInRows(
    db,
    listCrosswalks().flatMap((f) =>
      f.rows.map((r) => ({
        fromFrameworkId: f.from,
        fromCode: r.from,
        toFrameworkId: f.to,
        toCode: r.to,
        note: r.note ?? null,
      })),
    ),
  );
}

const cache = new Map<string, { stamp: number; framework: Framework }>();

/**
 * The parsed framework of a stored version. Parsed once per version and kept, so the scoring
 * engine's compiled-tree cache (keyed by the object) is reused across recomputations.
 */
export async function loadFramework(db: Executor, id: string, knownStamp?: Date | null): Promise<Framework> {
  // A hit costs a look at updated_at (none when the caller read it in its own statement,
  // `knownStamp`); the definition is read and parsed only when it changed.
  const cached = cache.get(id);
  if (cached) {
    const stamp = knownStamp ?? (await frameworkStamp(db, id));
    if (stamp && stamp.getTime() === cached.stamp) return cached.framework;
  }
  const row = await findFrameworkRow(db, id);
  if (!row) throw new NotFoundError();
  const stamp = row.updatedAt.getTime();
  const hit = cache.get(id);
  if (hit && hit.stamp === stamp) return hit.framework;
  const framework = FrameworkSchema.parse(row.definition);
  cache.set(id, { stamp, framework });
  return framework;
}
