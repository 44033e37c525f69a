/**
 * The scopes the assessment access file hands to repositories: which cycles, governments and
 * units an actor reads, for each kind of actor (table-driven; the routes' 404s are covered by the
 * authorization matrix and cycle-flow.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../lib/reach';
import { readableCycles, readableGovernmentIds, readableUnitIds } from './assessments.access';

const OFFICE = '00000000-0000-4000-8000-000000000001';
const GOV = '00000000-0000-4000-8000-000000000002';
const UNIT = '00000000-0000-4000-8000-000000000003';

function actor(role: Role, reach: Partial<Actor['reach']>): Actor {
  return {
    id: 'u',
    name: 'n',
    email: 'e@example.id',
    role,
    officeId: null,
    governmentId: null,
    locale: 'id',
    reach: { all: false, officeIds: [], governmentIds: [], unitIds: null, ...reach },
  };
}

const cases: Array<{
  who: string;
  a: Actor;
  cycles: ReturnType<typeof readableCycles>;
  governments: string[] | null;
  units: string[] | null;
}> = [
  {
    who: 'platform admin',
    a: actor('admin', { all: true }),
    cycles: { kind: 'platform' },
    governments: null,
    units: null,
  },
  {
    who: 'oversight head',
    a: actor('oversight_head', { officeIds: [OFFICE], governmentIds: [GOV] }),
    cycles: { kind: 'offices', officeIds: [OFFICE] },
    governments: null,
    units: null,
  },
  {
    who: 'assessor',
    a: actor('assessor', { officeIds: [OFFICE], governmentIds: [GOV] }),
    cycles: { kind: 'offices', officeIds: [OFFICE] },
    governments: null,
    units: null,
  },
  {
    who: 'government coordinator',
    a: actor('gov_coordinator', { governmentIds: [GOV] }),
    cycles: { kind: 'governments', governmentIds: [GOV] },
    governments: [GOV],
    units: null,
  },
  {
    who: 'unit PIC',
    a: actor('unit_pic', { governmentIds: [GOV], unitIds: [UNIT] }),
    cycles: { kind: 'governments', governmentIds: [GOV] },
    governments: [GOV],
    units: [UNIT],
  },
  {
    who: 'unit PIC without units',
    a: actor('unit_pic', { governmentIds: [GOV], unitIds: [] }),
    cycles: { kind: 'governments', governmentIds: [GOV] },
    governments: [GOV],
    units: [],
  },
];

describe('assessment access scopes', () => {
  it.each(cases)('$who', ({ a, cycles, governments, units }) => {
    expect(readableCycles(a)).toEqual(cycles);
    expect(readableGovernmentIds(a)).toEqual(governments);
    expect(readableUnitIds(a)).toEqual(units);
  });
});
