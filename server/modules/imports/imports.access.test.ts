import { describe, expect, it } from 'vitest';
import type { Executor } from '../../db/client';
import type { Actor, Reach, Role } from '../../lib/reach';
import { findImportableGovernment, importableGovernmentIds } from './imports.access';

const G1 = '00000000-0000-4000-8000-000000000001';
const G2 = '00000000-0000-4000-8000-000000000002';

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

describe('imports.access', () => {
  it.each([
    ['an admin imports into any government', actor('admin', { all: true }), [G1, G2]],
    ['a head into the governments of their office', actor('oversight_head', { governmentIds: [G1] }), [G1]],
    ['a coordinator into their government', actor('gov_coordinator', { governmentIds: [G2] }), [G2]],
    ['no reach, nothing', actor('gov_coordinator', {}), []],
  ])('%s', (_name, who, expected) => {
    expect([...importableGovernmentIds(who, [G1, G2])].sort()).toEqual(expected);
  });

  it('a government out of reach answers 404 before the database is asked', async () => {
    const untouched = new Proxy({} as Executor, {
      get: () => {
        throw new Error('the database was asked');
      },
    });
    await expect(
      findImportableGovernment(untouched, actor('gov_coordinator', { governmentIds: [G1] }), G2),
    ).rejects.toMatchObject({ status: 404 });
  });
});
