import { describe, expect, it } from 'vitest';
import type { Executor } from '../../db/client';
import type { Actor, Reach, Role } from '../../lib/reach';
import { changeableFrameworkIds } from './frameworks.access';
import {
  duplicateFrameworkVersion,
  replaceFrameworkDefinition,
  setFrameworkVersionArchived,
} from './frameworks.service';

function actor(role: Role, reach: Partial<Reach>): Actor {
  return {
    id: 'u',
    name: 'u',
    email: 'u@uji.test',
    role,
    officeId: null,
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

describe('frameworks.access', () => {
  it.each([
    ['admin', actor('admin', { all: true }), ['a', 'b']],
    ['oversight_head', actor('oversight_head', { officeIds: ['o'], governmentIds: ['g'] }), []],
    ['gov_coordinator', actor('gov_coordinator', { governmentIds: ['g'] }), []],
  ])('%s may change %j', (_role, who, expected) => {
    expect([...changeableFrameworkIds(who, ['a', 'b'])]).toEqual(expected);
  });

  it('the editor services refuse anyone but a platform admin before touching the database', async () => {
    const head = actor('oversight_head', { officeIds: ['o'], governmentIds: ['g'] });
    await expect(
      duplicateFrameworkVersion(untouched, head, 'ombudsman-2022-2024', { version: '2025' }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(replaceFrameworkDefinition(untouched, head, 'x', {})).rejects.toMatchObject({ status: 403 });
    await expect(setFrameworkVersionArchived(untouched, head, 'x', true)).rejects.toMatchObject({
      status: 403,
    });
  });
});
