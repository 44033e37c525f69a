import { describe, expect, it } from 'vitest';
import { MASKED } from '../../../shared/contracts/audit';
import { auditChanges, entityLabel } from './audit-describe';

describe('audit entries in words', () => {
  it.each([
    ['a name', null, { name: 'Dinas Kesehatan', code: 'DINKES' }, 'Dinas Kesehatan'],
    ['a code when there is no name', { code: 'PROSES.1' }, null, 'PROSES.1'],
    ['the after snapshot first', { name: 'Lama' }, { name: 'Baru' }, 'Baru'],
    ['an indicator code', null, { indicatorCode: 'INPUT.3', value: 2 }, 'INPUT.3'],
    ['nothing for a bare value', null, 42, null],
    ['never an e-mail', null, { email: 'siti@dinkes.go.id' }, null],
  ])('labels a record by %s', (_, before, after, label) => {
    expect(entityLabel(before, after)).toBe(label);
  });

  it('lists only the fields that changed, without bookkeeping columns', () => {
    const changes = auditChanges(
      { id: 'u1', name: 'Dinkes', type: 'opd', updatedAt: '2024-01-01', governmentId: 'g' },
      { id: 'u1', name: 'Dinas Kesehatan', type: 'opd', updatedAt: '2024-02-01', governmentId: 'g' },
      true,
    );
    expect(changes).toEqual([{ field: 'name', before: 'Dinkes', after: 'Dinas Kesehatan', masked: false }]);
  });

  it('a creation lists every field of the new record; objects as compact JSON', () => {
    expect(auditChanges(null, { name: 'PKS', unitIds: ['a', 'b'], active: true }, true)).toEqual([
      { field: 'name', before: null, after: 'PKS', masked: false },
      { field: 'unitIds', before: null, after: '["a","b"]', masked: false },
      { field: 'active', before: null, after: 'true', masked: false },
    ]);
  });

  it('never shows secrets, to anyone', () => {
    const changes = auditChanges(
      { passwordHash: '$argon2id$old', resetToken: 'abc', name: 'A' },
      { passwordHash: '$argon2id$new', resetToken: 'def', name: 'A', passwordReset: true },
      true,
    );
    expect(changes.map((c) => c.field)).toEqual(['passwordReset']);
    expect(JSON.stringify(changes)).not.toContain('argon2');
  });

  it('masks personal fields for a role that may not read them, and only for it', () => {
    const before = { name: 'Siti', phone: '+62 812-1', email: null };
    const after = { name: 'Siti', phone: '+62 812-2', email: 'siti@dinkes.go.id' };
    expect(auditChanges(before, after, false)).toEqual([
      { field: 'phone', before: MASKED, after: MASKED, masked: true },
      { field: 'email', before: null, after: MASKED, masked: true },
    ]);
    expect(auditChanges(before, after, true)).toEqual([
      { field: 'phone', before: '+62 812-1', after: '+62 812-2', masked: false },
      { field: 'email', before: null, after: 'siti@dinkes.go.id', masked: false },
    ]);
  });

  it('shows referenced records by name where the lookup knows them, ids otherwise', () => {
    const names = new Map([
      ['11111111-1111-4111-8111-111111111111', 'Dinas Kesehatan'],
      ['22222222-2222-4222-8222-222222222222', 'Puskesmas Paringin'],
    ]);
    expect(
      auditChanges(
        { unitIds: ['11111111-1111-4111-8111-111111111111'], parentId: null },
        {
          unitIds: ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'],
          parentId: '33333333-3333-4333-8333-333333333333',
        },
        true,
        names,
      ),
    ).toEqual([
      {
        field: 'unitIds',
        before: 'Dinas Kesehatan',
        after: 'Dinas Kesehatan, Puskesmas Paringin',
        masked: false,
      },
      { field: 'parentId', before: null, after: '33333333-3333-4333-8333-333333333333', masked: false },
    ]);
  });
});
