import { describe, expect, it } from 'vitest';
import { activeFilterCount, filtersFromParams, paramsFromFilters } from './filters';

describe('backlog filters in the address', () => {
  it('reads the known filters and drops malformed ones', () => {
    const f = filtersFromParams(
      new URLSearchParams(
        'kind=rekomendasi&status=bogus&group=own&overdue=true&owner=someone&sort=government&q=%20maklumat%20',
      ),
    );
    expect(f).toEqual({
      kind: 'rekomendasi',
      group: 'own',
      overdue: true,
      sort: 'government',
      q: 'maklumat',
    });
  });

  it('writes them back, keeping the open item, and the order alone is not a filter', () => {
    const params = paramsFromFilters(
      { status: 'dijawab', todo: true, overdue: undefined, sort: 'created' },
      new URLSearchParams('item=abc&status=terbuka'),
    );
    expect(params.toString()).toBe('status=dijawab&todo=true&sort=created&item=abc');
    expect(activeFilterCount({ sort: 'created' })).toBe(0);
    expect(activeFilterCount({ sort: 'created', owner: 'me' })).toBe(1);
  });
});
