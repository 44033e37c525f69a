/**
 * What a write empties of the read cache (read-cache-scope.ts): the tags of each kind of entry
 * against the tags of each kind of write, run through a real ReadCache.
 */
import { describe, expect, it } from 'vitest';
import { ReadCache } from './read-cache';
import { declaredScope, readTags, writeTags, type ReadScope, type WriteScope } from './read-cache-scope';

const C1 = 'c1';
const C2 = 'c2';

/** One entry of every kind, for governments A and B of cycle c1 and A of cycle c2. */
function filled(): ReadCache<string> {
  const c = new ReadCache<string>({ ttlMs: 60_000, maxBytes: 1 << 20 });
  const put = (key: string, scope: ReadScope, params: Record<string, string>) =>
    c.set(key, key, c.generation, 0, readTags(scope, params));
  for (const [cy, g] of [
    [C1, 'A'],
    [C1, 'B'],
    [C2, 'A'],
  ] as const) {
    put(`${cy}/${g}/checklist`, 'government', { id: cy, governmentId: g });
    put(`${cy}/${g}/result`, 'cycle', { id: cy, governmentId: g });
    put(`${cy}/${g}/rapor`, 'rapor', { id: cy, governmentId: g });
  }
  put(`${C1}/results`, 'cycle', { id: C1 });
  put(`${C2}/results`, 'cycle', { id: C2 });
  put('framework', true, { id: 'f' });
  c.set('public\u0001page', 'public', c.generation, 0); // the public portal's: no tags
  return c;
}

function kept(scope: WriteScope): string[] {
  const c = filled();
  const tags = writeTags(scope);
  if (tags === null) c.invalidate();
  else c.invalidate(tags);
  const keys = [
    ...[C1, C2].flatMap((cy) =>
      ['A', 'B'].flatMap((g) => ['checklist', 'result', 'rapor'].map((k) => `${cy}/${g}/${k}`)),
    ),
    `${C1}/results`,
    `${C2}/results`,
    'framework',
    'public\u0001page',
  ];
  return keys.filter((k) => c.get(k, 1) !== undefined);
}

describe('read cache scope', () => {
  it('a write to government A of a cycle keeps B’s own entries and every other cycle, drops A’s and the cycle’s', () => {
    expect(kept({ cycleId: C1, governmentId: 'A' })).toEqual([
      // c1: B's own checklist stays; every rank-bearing entry of c1 goes (a score moves the ranks).
      `${C1}/B/checklist`,
      // c2 stays, except A's rapor (it shows A's result in earlier cycles).
      `${C2}/A/checklist`,
      `${C2}/A/result`,
      `${C2}/results`,
    ]);
  });

  it('a write to a whole cycle drops all of it and every rapor, and keeps the other cycle', () => {
    expect(kept({ cycleId: C1 })).toEqual([`${C2}/A/checklist`, `${C2}/A/result`, `${C2}/results`]);
  });

  it('a write outside every cycle (profile, activity, standard, survey) drops only global and public entries', () => {
    const all = kept('none');
    expect(kept('global')).toEqual(all.filter((k) => k !== 'framework' && k !== 'public\u0001page'));
    expect(kept('global')).toHaveLength(11);
    expect(declaredScope('global', { id: C1 })).toBe('global');
  });

  it('a write of unknown scope drops everything; a sign-out drops nothing', () => {
    expect(kept('all')).toEqual([]);
    expect(kept('none')).toHaveLength(13); // every entry filled() stored
  });

  it('derives the scope a route declares from its parameters, and falls back to everything', () => {
    expect(declaredScope(undefined, { id: C1 })).toBe('all');
    expect(declaredScope('none', {})).toBe('none');
    expect(declaredScope('cycle', { id: C1, unitId: 'u' })).toEqual({ cycleId: C1 });
    expect(declaredScope('government', { id: C1, governmentId: 'A' })).toEqual({
      cycleId: C1,
      governmentId: 'A',
    });
    expect(declaredScope('government', { id: C1 })).toEqual({ cycleId: C1 });
    expect(declaredScope('cycle', {})).toBe('all');
    expect(declaredScope('answer', { id: 'x' })).toBe('all'); // resolved by the plugin, else all
  });
});
