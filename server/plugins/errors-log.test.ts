/**
 * Nothing secret or personal reaches the log (issue 8, finding 5): a database error on a write
 * is logged with its code and constraint, never with the query's parameters (a password hash, a
 * PIC's phone and e-mail) or the database's `detail`; cookies and the CSRF token are redacted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLog, createContextWith } from '../modules/auth/auth-test-app';
import { makeTenant, type Tenant } from '../test/factories';
import type { TestContext } from '../test/harness';
import { safeErrorSerializer } from './errors-log';

describe('safeErrorSerializer', () => {
  it('keeps code, constraint and frames; drops the parameters, the query text and the detail', () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_uq"'),
      {
        severity: 'ERROR',
        code: '23505',
        constraint: 'users_email_uq',
        table: 'users',
        detail: 'Key (lower(email))=(siti@dinkes.go.id) already exists.',
      },
    );
    const wrapped = Object.assign(
      new Error(
        'Failed query: update "users" set "password_hash" = $1\nparams: $argon2id$v=19$rahasia,siti@dinkes.go.id',
      ),
      {
        query: 'update "users" set "password_hash" = $1',
        params: ['$argon2id$v=19$rahasia', 'siti@dinkes.go.id'],
        cause,
      },
    );
    const out = safeErrorSerializer(wrapped);
    const text = JSON.stringify(out);
    expect(out.message).toBe('Failed query');
    expect(out.cause).toMatchObject({ code: '23505', constraint: 'users_email_uq', table: 'users' });
    expect(out.stack).toMatch(/\n\s+at /);
    expect(text).not.toContain('argon2');
    expect(text).not.toContain('siti@');
    expect(text).not.toContain('password_hash');
  });

  it('hides the input a data exception quotes', () => {
    const err = Object.assign(new Error('invalid input syntax for type uuid: "0812-3456-7890"'), {
      severity: 'ERROR',
      code: '22P02',
    });
    expect(safeErrorSerializer(err).message).toBe('invalid input syntax for type uuid: [redacted]');
  });
});

describe('a failing database write, logged', () => {
  const log = captureLog();
  let ctx: TestContext;
  let t: Tenant;

  beforeAll(async () => {
    ctx = await createContextWith({ PATUH_LOG_LEVEL: 'info' }, { stream: log.stream });
    t = await makeTenant(ctx);
    // A real database error on exactly these writes: the row named "Gagal Simpan" is refused.
    await ctx.database.exec(`
      create function patuh_test_refuse() returns trigger language plpgsql as $$
        begin raise exception 'uji: penulisan ditolak'; end $$;
      create trigger patuh_test_refuse_users before update on users
        for each row when (new.name = 'Gagal Simpan') execute function patuh_test_refuse();
      create trigger patuh_test_refuse_contacts before insert on contacts
        for each row when (new.name = 'Gagal Simpan') execute function patuh_test_refuse();`);
  });
  afterAll(async () => ctx?.close());

  /** The log lines of the unhandled errors (proves the error was logged, so the absence checks mean something). */
  const errorLines = () =>
    log
      .text()
      .split('\n')
      .filter((l) => l.includes('unhandled error'));

  it('a password reset that fails logs neither the new password, its hash, the e-mail nor the session', async () => {
    const admin = await t.as('admin');
    const before = errorLines().length;
    const res = await admin.patch(`/api/users/${t.userIds.unit_pic}`, {
      name: 'Gagal Simpan',
      email: 'rahasia.baru@dinkes.go.id',
      password: 'Sandi-Rahasia-98765',
    });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('argon2');
    const lines = errorLines();
    expect(lines.length).toBe(before + 1);
    const text = log.text();
    for (const secret of [
      'Sandi-Rahasia-98765',
      '$argon2',
      'argon2id',
      'rahasia.baru@dinkes.go.id',
      admin.csrf,
      admin.cookie.split('=')[1]!,
    ])
      expect(text).not.toContain(secret);
    // What is logged is enough to act on: the SQLSTATE and the database's message.
    expect(lines.at(-1)).toContain('P0001');
    expect(lines.at(-1)).toContain('uji: penulisan ditolak');
  });

  it('a contact that fails to save logs neither its phone nor its e-mail', async () => {
    const coord = await t.as('gov_coordinator');
    const before = errorLines().length;
    const res = await coord.post(`/api/units/${t.unitId}/contacts`, {
      name: 'Gagal Simpan',
      phone: '+62 812-9876-5432',
      email: 'budi.pribadi@dinkes.go.id',
    });
    expect(res.statusCode).toBe(500);
    expect(errorLines().length).toBe(before + 1);
    const text = log.text();
    expect(text).not.toContain('9876');
    expect(text).not.toContain('budi.pribadi');
  });
});
