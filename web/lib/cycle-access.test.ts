/** Who the web app offers which cycle action to, per cycle kind and role (the server decides the same). */
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from './auth';
import { cycleAbilities, nextPhase } from './cycle-access';
import type { Role } from './permissions';

const OWN = '22222222-2222-4222-8222-222222222222';
const OTHER = '22222222-2222-4222-8222-999999999999';
const user = (role: Role, governmentId: string | null = null): CurrentUser => ({
  id: 'u',
  name: 'U',
  email: 'u@example.go.id',
  role,
  officeId: null,
  governmentId,
  locale: 'id',
  unitIds: null,
});

const official = { kind: 'official' as const, ownerGovernmentId: null };
const internal = { kind: 'internal' as const, ownerGovernmentId: OWN };
type Row = [string, CurrentUser, typeof official | typeof internal, string];
// manage/approve/verify/recompute/internalManage as M A V R I; '-' when not.
const table: Row[] = [
  ['head, official', user('oversight_head'), official, 'MA V - -'],
  ['admin, official', user('admin'), official, 'MA V R -'],
  ['assessor, official', user('assessor'), official, '-- V - -'],
  ['coordinator, official', user('gov_coordinator', OWN), official, '-- - - -'],
  ['internal verifier, official', user('internal_verifier', OWN), official, '-- - - -'],
  ['coordinator, own internal', user('gov_coordinator', OWN), internal, 'MA - - I'],
  ['coordinator of another government, internal', user('gov_coordinator', OTHER), internal, '-- - - -'],
  ['internal verifier, own internal', user('internal_verifier', OWN), internal, '-- V - -'],
  ['internal verifier of another government', user('internal_verifier', OTHER), internal, '-- - - -'],
  ['PIC, own internal', user('unit_pic', OWN), internal, '-- - - -'],
  ['head, shared internal', user('oversight_head'), internal, '-- - - -'],
  ['admin, internal', user('admin'), internal, '-- - - -'],
];

describe('cycle abilities', () => {
  it.each(table)('%s', (_name, u, cycle, expected) => {
    const a = cycleAbilities(u, cycle);
    const got = `${a.manage ? 'M' : '-'}${a.approve ? 'A' : '-'} ${a.verify ? 'V' : '-'} ${a.recompute ? 'R' : '-'} ${a.internalManage ? 'I' : '-'}`;
    expect(got).toBe(expected);
  });

  it('gives nobody anything when signed out', () => {
    expect(Object.values(cycleAbilities(null, internal)).some(Boolean)).toBe(false);
  });
});

describe('next phase', () => {
  it('runs official cycles through the appeal phase and internal ones around it', () => {
    expect(nextPhase('official', 'verification')).toBe('appeal');
    expect(nextPhase('internal', 'verification')).toBe('final');
    expect(nextPhase('internal', 'planning')).toBe('self_assessment');
    expect(nextPhase('official', 'appeal')).toBe('final');
    expect(nextPhase('internal', 'final')).toBeNull();
  });
});
