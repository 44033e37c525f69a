/**
 * What a cached read depends on and what a write may have changed, as tags (ADR 0008, "Revisited
 * (session 4): keyed invalidation"). A write empties the entries that share a tag with it; an
 * entry or a write whose scope is not declared falls back to the widest one, so forgetting to
 * declare costs speed, never correctness.
 *
 * Tags of an entry (read routes declare `readCache`):
 * - `true` (global): `*`, emptied by every write that may have changed data.
 * - `'cycle'` (the whole cycle in `:id`: ranks, peers, means, every unit): `c:<cycle>`, `in:<cycle>`.
 * - `'government'` (only the data of `:governmentId` in cycle `:id`): `g:<cycle>:<gov>`, `in:<cycle>`.
 * - `'rapor'` (the whole cycle, and the government's results in earlier cycles): `c:<cycle>`,
 *   `in:<cycle>`, `G:<gov>`, `xc`.
 *
 * Tags a write empties (write routes declare `cacheWrites`; undefined: everything):
 * - `'none'`: nothing (sign-out, the user's language, notifications: no cached answer reads them).
 * - `'global'`: only `*` and `public` — writes outside every cycle (a unit's profile and maklumat, the
 *   office's activities, service standards, surveys): no cycle's, government's or rapor's entry reads them.
 * - a government of a cycle: `*`, `public`, `c:<cycle>`, `g:<cycle>:<gov>`, `G:<gov>` — another
 *   government's own entries in the same cycle, and every other cycle, stay.
 * - a cycle: `*`, `public`, `in:<cycle>`, `xc` — every entry of the cycle, and every rapor (a
 *   cycle's publication moves the "previous result" of later cycles' rapors).
 *
 * `*` and `public` go with every write: the public portal's entries (keys `public\u0001…`, stored
 * without tags, so under `*`) may show anything released, and global entries anything at all.
 */

/** How a cacheable read route declares what its answer depends on. */
export type ReadScope = true | 'cycle' | 'government' | 'rapor';

/** How a write route declares what it may change; `answer`: the cycle and government of answer `:id`. */
export type WriteDeclaration = 'none' | 'global' | 'cycle' | 'government' | 'answer';

/** What one write may have changed: nothing, one cycle (optionally one government of it), or anything. */
export type WriteScope = 'none' | 'global' | 'all' | { cycleId: string; governmentId?: string };

/** The tag of entries that depend on anything (and of entries stored without tags). */
export const ANY = '*';
/** The tag of the public portal's entries; every write empties it. */
export const PUBLIC = 'public';
const ANY_TAGS: readonly string[] = [ANY];

type Params = Record<string, unknown> | undefined;
const param = (params: Params, name: string): string | undefined => {
  const v = params?.[name];
  return typeof v === 'string' && v.length > 0 ? v : undefined;
};

/** The tags of an entry read by a route that declares `scope`, from its URL parameters. */
export function readTags(scope: ReadScope | undefined, params: Params): readonly string[] {
  const c = param(params, 'id');
  const g = param(params, 'governmentId');
  if (!c || scope === true || scope === undefined) return ANY_TAGS;
  if (scope === 'cycle') return [`c:${c}`, `in:${c}`];
  if (!g) return [`c:${c}`, `in:${c}`, 'xc'];
  if (scope === 'government') return [`g:${c}:${g}`, `in:${c}`];
  return [`c:${c}`, `in:${c}`, `G:${g}`, 'xc'];
}

/** The scope a write route declares, from its URL parameters (`answer` is resolved by the caller). */
export function declaredScope(decl: WriteDeclaration | undefined, params: Params): WriteScope {
  if (decl === 'none') return 'none';
  if (decl === 'global') return 'global';
  const c = param(params, 'id');
  if (!c || decl === undefined || decl === 'answer') return 'all';
  if (decl === 'cycle') return { cycleId: c };
  const g = param(params, 'governmentId');
  return g ? { cycleId: c, governmentId: g } : { cycleId: c };
}

/** The tags a write empties; null: everything. Empty for `none`. */
export function writeTags(scope: WriteScope): readonly string[] | null {
  if (scope === 'none') return [];
  if (scope === 'all') return null;
  if (scope === 'global') return [ANY, PUBLIC];
  const c = scope.cycleId;
  const g = scope.governmentId;
  if (g) return [ANY, PUBLIC, `c:${c}`, `g:${c}:${g}`, `G:${g}`];
  return [ANY, PUBLIC, `in:${c}`, 'xc'];
}
