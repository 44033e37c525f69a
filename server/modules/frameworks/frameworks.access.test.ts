import { describe, expect, it } from 'vitest';
import type { Executor } from '../../db/client';
import type { Actor, Reach, Role } from '../../lib/reach';
import { mayChangeFramework, mayReadFramework } from './frameworks.access';
import {
  duplicateFrameworkVersion,
  replaceFrameworkDefinition,
  setFrameworkVersionArchived,
} from './frameworks.service';

function actor(role: Role, reach: Partial<Reach>, officeId: string | null = null): Actor {
  return {
    id: 'u',
    name: 'u',
    email: 'u@uji.test',
    role,
    officeId,
    governmentId: null,
    locale: 'id',
    reach: { all: false, officeIds: [], governmentIds: [], unitIds: null, ...reach },
  };
}

const untouched = new Proxy({} as Executor, {
  get: () => {
    throw new Error('the database was asked');
  },
});

const platform = { officeId: null };
const own = { officeId: 'o' };
const other = { officeId: 'p' };

describe('frameworks.access', () => {
  it.each([
    ['admin', actor('admin', { all: true }), [true, true, true]],
    [
      'oversight_head',
      actor('oversight_head', { officeIds: ['o'], governmentIds: ['g'] }, 'o'),
      [false, true, false],
    ],
    ['assessor', actor('assessor', { officeIds: ['o'], governmentIds: ['g'] }, 'o'), [false, false, false]],
    ['gov_coordinator', actor('gov_coordinator', { governmentIds: ['g'] }), [false, false, false]],
  ])('%s may change [platform, own office, other office]: %j', (_role, who, expected) => {
    expect([platform, own, other].map((row) => mayChangeFramework(who, row))).toEqual(expected);
  });

  it('reads versions of no office and of the offices in reach only', () => {
    expect(mayReadFramework(null, other)).toBe(true);
    expect(mayReadFramework(['o'], platform)).toBe(true);
    expect(mayReadFramework(['o'], own)).toBe(true);
    expect(mayReadFramework(['o'], other)).toBe(false);
    expect(mayReadFramework([], own)).toBe(false);
  });

  it('the editor services refuse a role without framework.manage before touching the database', async () => {
    const coordinator = actor('gov_coordinator', { governmentIds: ['g'] });
    await expect(
      duplicateFrameworkVersion(untouched, coordinator, 'ombudsman-2022-2024', { version: '2025' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(replaceFrameworkDefinition(untouched, coordinator, 'x', {})).rejects.toMatchObject({
      status: 403,
    });
    await expect(setFrameworkVersionArchived(untouched, coordinator, 'x', true)).rejects.toMatchObject({
      status: 403,
    });
  });
});
