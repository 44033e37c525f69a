import { describe, expect, it } from 'vitest';
import type { Actor, Reach, Role } from '../../lib/reach';
import { auditReadScope } from './audit.access';

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

describe('auditReadScope', () => {
  const admin = actor('admin', { all: true });
  const coordinator = actor('gov_coordinator', { governmentIds: [G1] });

  it.each([
    ['an admin, every government', admin, undefined, { all: true }],
    ['an admin, one government', admin, G2, { all: false, governmentIds: [G2] }],
    ['a coordinator, their part', coordinator, undefined, { all: false, governmentIds: [G1] }],
    ['a coordinator, their government', coordinator, G1, { all: false, governmentIds: [G1] }],
    [
      'no government in reach reads nothing',
      actor('gov_coordinator', {}),
      undefined,
      { all: false, governmentIds: [] },
    ],
  ])('%s', (_name, who, governmentId, expected) => {
    expect(auditReadScope(who, governmentId)).toEqual(expected);
  });

  it('another government answers 404, like a missing one', () => {
    expect(() => auditReadScope(coordinator, G2)).toThrow(expect.objectContaining({ status: 404 }));
  });
});
