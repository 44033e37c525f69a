import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, TEST_PASSWORD } from '../../test/factories';
import { createTestContext, signIn, type TestContext } from '../../test/harness';
import { auditChange } from '../../test/audit-helpers';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const uniq = () => Math.random().toString(36).slice(2, 10);
const PASSWORD = 'kata-sandi-baru-1';

describe('users', () => {
  it('an admin creates one account of each role, each with the links its role needs', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    const s = uniq();
    const cases = [
      { role: 'admin' },
      { role: 'oversight_head', officeId: t.officeId },
      { role: 'assessor', officeId: t.officeId, governmentId: t.governmentId },
      { role: 'gov_coordinator', governmentId: t.governmentId },
      { role: 'unit_pic', governmentId: t.governmentId, unitIds: [t.unitId, t.otherUnitId] },
    ];
    for (const c of cases) {
      const email = `${c.role}-${s}@uji.test`;
      const res = await admin.post('/api/users', {
        email,
        name: `Akun ${c.role}`,
        password: PASSWORD,
        locale: 'en',
        ...c,
      });
      expect(res.statusCode, res.body).toBe(201);
      const u = res.json();
      expect(u).not.toHaveProperty('passwordHash');
      expect(u).toMatchObject({ email, role: c.role, locale: 'en', archivedAt: null });
      // Links a role does not use are dropped (an assessor has no government).
      expect(u.officeId).toBe(c.role === 'oversight_head' || c.role === 'assessor' ? t.officeId : null);
      expect(u.governmentId).toBe(
        c.role === 'gov_coordinator' || c.role === 'unit_pic' ? t.governmentId : null,
      );
      await signIn(ctx.app, email, PASSWORD);
    }
    const pics = (await admin.get(`/api/users?role=unit_pic&governmentId=${t.governmentId}`)).json().items;
    expect(pics).toHaveLength(2);
    const created = pics.find((u: { email: string }) => u.email.startsWith('unit_pic-'));
    expect(created.unitIds.sort()).toEqual([t.unitId, t.otherUnitId].sort());
    expect(created.units.map((u: { name: string }) => u.name).join()).toMatch(/Dinas Lain.*Dinas Uji/);
    expect(created.governmentName).toMatch(/^Lembaga Uji/);
  });

  it('refuses missing links, short passwords and a duplicate e-mail with field errors', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    const email = `dup-${uniq()}@uji.test`;
    const missing = await admin.post('/api/users', {
      email,
      name: 'X',
      password: PASSWORD,
      role: 'unit_pic',
      governmentId: t.governmentId,
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.unitIds).toBe('PIC unit wajib memiliki minimal satu unit.');
    const short = await admin.post('/api/users', {
      email: 'bukan-email',
      name: 'X',
      password: 'pendek',
      role: 'admin',
    });
    expect(short.json().error.fields).toMatchObject({
      email: 'Alamat email tidak valid.',
      password: 'Kata sandi minimal 10 karakter.',
    });
    expect(
      (
        await admin.post('/api/users', { email, name: 'X', password: PASSWORD, role: 'gov_coordinator' })
      ).json().error.fields.governmentId,
    ).toBe('Peran ini wajib memiliki pemerintah.');
    const other = await makeTenant(ctx);
    const foreignUnit = await admin.post('/api/users', {
      email,
      name: 'X',
      password: PASSWORD,
      role: 'unit_pic',
      governmentId: t.governmentId,
      unitIds: [other.unitId],
    });
    expect(foreignUnit.json().error.fields.unitIds).toBe('Di luar wilayah kewenangan Anda.');

    expect(
      (await admin.post('/api/users', { email, name: 'Pertama', password: PASSWORD, role: 'admin' }))
        .statusCode,
    ).toBe(201);
    const dup = await admin.post('/api/users', {
      email: email.toUpperCase(),
      name: 'Kedua',
      password: PASSWORD,
      role: 'admin',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields.email).toBe('Email ini sudah dipakai akun lain.');
  });

  it('only platform admins manage accounts', async () => {
    const t = await makeTenant(ctx);
    for (const role of ['oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'] as const) {
      const agent = await t.as(role);
      expect((await agent.get('/api/users')).statusCode).toBe(403);
      expect(
        (
          await agent.post('/api/users', {
            email: `x-${uniq()}@uji.test`,
            name: 'X',
            password: PASSWORD,
            role: 'admin',
          })
        ).statusCode,
      ).toBe(403);
      expect((await agent.patch(`/api/users/${agent.userId}`, { role: 'admin' })).statusCode).toBe(403);
      expect((await agent.post(`/api/users/${agent.userId}/archive`)).statusCode).toBe(403);
    }
  });

  it('edits role, links and units; a password reset signs the user out and lets the new password in', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    const pic = await t.as('unit_pic');
    const moved = await admin.patch(`/api/users/${pic.userId}`, {
      unitIds: [t.otherUnitId],
      name: 'PIC Pindah',
      locale: 'en',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ name: 'PIC Pindah', locale: 'en', unitIds: [t.otherUnitId] });
    expect((await pic.get(`/api/units/${t.otherUnitId}`)).statusCode).toBe(200);
    expect((await pic.get(`/api/units/${t.unitId}`)).statusCode).toBe(404);

    const promoted = await admin.patch(`/api/users/${pic.userId}`, { role: 'gov_coordinator' });
    expect(promoted.json()).toMatchObject({
      role: 'gov_coordinator',
      governmentId: t.governmentId,
      unitIds: [],
    });
    expect(
      (await admin.patch(`/api/users/${pic.userId}`, { role: 'assessor' })).json().error.fields.officeId,
    ).toBeDefined();

    const reset = await admin.patch(`/api/users/${pic.userId}`, { password: PASSWORD });
    expect(reset.statusCode).toBe(200);
    expect((await pic.get('/api/auth/me')).json().user).toBeNull();
    await expect(signIn(ctx.app, t.emails.unit_pic, TEST_PASSWORD)).rejects.toThrow(/401/);
    await signIn(ctx.app, t.emails.unit_pic, PASSWORD);

    const audit = (await admin.get(`/api/audit?entityType=user&entityId=${pic.userId}`)).json().items;
    expect(auditChange(audit[0], 'passwordReset').after).toBe('true');
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('archived users are signed out and cannot sign in; restore lets them back; no self-archive', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    const coord = await t.as('gov_coordinator');
    const archived = await admin.post(`/api/users/${coord.userId}/archive`);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await coord.get(`/api/governments/${t.governmentId}`)).statusCode).toBe(401);
    await expect(signIn(ctx.app, t.emails.gov_coordinator, TEST_PASSWORD)).rejects.toThrow(/401/);
    const active = (await admin.get(`/api/users?governmentId=${t.governmentId}`))
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(active).not.toContain(coord.userId);
    const all = (await admin.get(`/api/users?governmentId=${t.governmentId}&includeArchived=true`))
      .json()
      .items.map((u: { id: string }) => u.id);
    expect(all).toContain(coord.userId);

    expect((await admin.post(`/api/users/${coord.userId}/restore`)).json().archivedAt).toBeNull();
    await signIn(ctx.app, t.emails.gov_coordinator, TEST_PASSWORD);

    const self = await admin.post(`/api/users/${admin.userId}/archive`);
    expect(self.statusCode).toBe(400);
    expect(self.json().error.fields.id).toBe('Anda tidak dapat mengarsipkan akun Anda sendiri.');
    expect((await admin.post(`/api/users/00000000-0000-4000-8000-000000000000/archive`)).statusCode).toBe(
      404,
    );
  });

  it('lists by name with search and keyset pages, never exposing password hashes', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    const tag = uniq();
    for (const name of ['Citra', 'Agus', 'Bayu'])
      await admin.post('/api/users', {
        email: `${name.toLowerCase()}-${tag}@uji.test`,
        name: `${name} ${tag}`,
        password: PASSWORD,
        role: 'admin',
      });
    const first = (await admin.get(`/api/users?q=${tag}&limit=2`)).json();
    expect(first.items.map((u: { name: string }) => u.name)).toEqual([`Agus ${tag}`, `Bayu ${tag}`]);
    const second = (await admin.get(`/api/users?q=${tag}&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((u: { name: string }) => u.name)).toEqual([`Citra ${tag}`]);
    expect(second.nextCursor).toBeNull();
    expect(JSON.stringify(first)).not.toMatch(/password|argon2/i);
    expect((await admin.get('/api/users?role=raja')).statusCode).toBe(400);
  });
});
