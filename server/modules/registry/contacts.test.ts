import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant } from '../../test/factories';
import { createTestContext, signIn, type TestContext } from '../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('contacts', () => {
  it('a coordinator adds, edits, archives and restores a contact person', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const res = await coord.post(`/api/units/${t.unitId}/contacts`, {
      name: 'Siti Rahmawati',
      position: 'Kepala Subbagian Umum',
      phone: '+62 812-3456-7890',
      email: 'siti@dinkes.go.id',
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({
      unitId: t.unitId,
      phone: '+62 812-3456-7890',
      email: 'siti@dinkes.go.id',
      userId: null,
    });
    expect(c.unitName).toMatch(/^Dinas Uji/);
    const edited = await coord.patch(`/api/contacts/${c.id}`, { phone: '', position: 'Sekretaris' });
    expect(edited.json()).toMatchObject({ phone: null, position: 'Sekretaris', email: 'siti@dinkes.go.id' });
    expect(ids((await coord.get(`/api/units/${t.unitId}/contacts`)).json().items)).toContain(c.id);
    expect((await coord.post(`/api/contacts/${c.id}/archive`)).json().archivedAt).not.toBeNull();
    expect(ids((await coord.get(`/api/governments/${t.governmentId}/contacts`)).json().items)).not.toContain(
      c.id,
    );
    expect((await coord.post(`/api/contacts/${c.id}/restore`)).json().archivedAt).toBeNull();
    const list = (await coord.get(`/api/governments/${t.governmentId}/contacts?q=siti`)).json();
    expect(list.items).toEqual([expect.objectContaining({ id: c.id, unitName: c.unitName })]);
  });

  it('phone and e-mail errors are field-level, in Indonesian (English on request)', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const res = await coord.post(`/api/units/${t.unitId}/contacts`, {
      name: 'Budi',
      phone: '12345',
      email: 'budi@',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      phone: 'Nomor telepon tidak valid (contoh: 0812-3456-7890 atau +62 21 345678).',
      email: 'Alamat email tidak valid.',
    });
    const patch = await coord.patch(`/api/contacts/${t.contactId}`, { phone: 'telepon saya' });
    expect(patch.json().error.fields.phone).toMatch(/^Nomor telepon tidak valid/);
    await coord.request('PATCH', '/api/auth/me', { locale: 'en' });
    const en = await coord.post(`/api/units/${t.unitId}/contacts`, { name: 'Budi', email: 'x' });
    expect(en.json().error.fields.email).toBe('Invalid e-mail address.');
  });

  it('a PIC manages contacts of their units only; others are 404', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const pic = await t.as('unit_pic');
    expect(
      (await pic.post(`/api/units/${t.childUnitId}/contacts`, { name: 'Dr. Andi', phone: '0511-1234567' }))
        .statusCode,
    ).toBe(201);
    expect((await pic.post(`/api/units/${t.otherUnitId}/contacts`, { name: 'X' })).statusCode).toBe(404);
    expect((await pic.post(`/api/units/${other.unitId}/contacts`, { name: 'X' })).statusCode).toBe(404);
    expect((await pic.patch(`/api/contacts/${other.contactId}`, { name: 'X' })).statusCode).toBe(404);
    expect((await pic.post(`/api/contacts/${t.contactId}/account`, {})).statusCode).toBe(403);
    const coordA = await t.as('gov_coordinator');
    expect((await coordA.get(`/api/units/${other.unitId}/contacts`)).statusCode).toBe(404);
    expect((await coordA.get(`/api/governments/${other.governmentId}/contacts`)).statusCode).toBe(404);
    expect((await coordA.post(`/api/contacts/${other.contactId}/archive`)).statusCode).toBe(404);
    expect((await coordA.post(`/api/contacts/${other.contactId}/account`, {})).statusCode).toBe(404);
  });

  it('turns a contact into a PIC account that signs in and reaches exactly that unit', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const email = `rina-${Date.now()}@puskesmas.go.id`;
    const c = (await coord.post(`/api/units/${t.childUnitId}/contacts`, { name: 'Rina', email })).json();
    const res = await coord.post(`/api/contacts/${c.id}/account`, {});
    expect(res.statusCode).toBe(201);
    const account = res.json();
    expect(account.email).toBe(email);
    expect(account.temporaryPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(
      (await coord.get(`/api/units/${t.childUnitId}/contacts`))
        .json()
        .items.find((x: { id: string }) => x.id === c.id).userId,
    ).toBe(account.userId);

    const rina = await signIn(ctx.app, email, account.temporaryPassword);
    const me = (await rina.get('/api/auth/me')).json().user;
    expect(me).toMatchObject({ role: 'unit_pic', governmentId: t.governmentId, unitIds: [t.childUnitId] });
    expect(ids((await rina.get(`/api/governments/${t.governmentId}/units`)).json().items)).toEqual([
      t.childUnitId,
    ]);
    expect((await rina.get(`/api/units/${t.unitId}`)).statusCode).toBe(404);

    const again = await coord.post(`/api/contacts/${c.id}/account`, {});
    expect(again.statusCode).toBe(409);
  });

  it('lupa kata sandi: the coordinator issues a new temporary password; the old one and its sessions stop', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const email = `lupa-${Date.now()}@puskesmas.go.id`;
    const c = (await coord.post(`/api/units/${t.unitId}/contacts`, { name: 'Lupa', email })).json();
    expect((await coord.post(`/api/contacts/${c.id}/account/password-reset`)).statusCode).toBe(409);
    const first = (await coord.post(`/api/contacts/${c.id}/account`, {})).json();
    const pic = await signIn(ctx.app, email, first.temporaryPassword);
    expect((await pic.get('/api/auth/me')).json().user).not.toBeNull();

    const res = await coord.post(`/api/contacts/${c.id}/account/password-reset`);
    expect(res.statusCode).toBe(200);
    const reset = res.json();
    expect(reset).toMatchObject({ userId: first.userId, email });
    expect(reset.temporaryPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(reset.temporaryPassword).not.toBe(first.temporaryPassword);
    expect((await pic.get('/api/auth/me')).json().user).toBeNull();
    await expect(signIn(ctx.app, email, first.temporaryPassword)).rejects.toThrow(/401/);
    await signIn(ctx.app, email, reset.temporaryPassword);

    const foreign = await other.as('gov_coordinator');
    expect((await foreign.post(`/api/contacts/${c.id}/account/password-reset`)).statusCode).toBe(404);
    expect(
      (await (await t.as('unit_pic')).post(`/api/contacts/${c.id}/account/password-reset`)).statusCode,
    ).toBe(403);
    const audit = (
      await coord.get(`/api/audit?governmentId=${t.governmentId}&entityType=contact&action=account`)
    ).json().items;
    expect(audit[0].changes).toEqual([
      { field: 'passwordReset', before: null, after: 'true', masked: false },
    ]);
    expect(JSON.stringify(audit)).not.toContain(reset.temporaryPassword);
  });

  it('account: a chosen password, no e-mail → 400, e-mail taken → 409', async () => {
    const t = await makeTenant(ctx);
    const head = await t.as('oversight_head');
    const noEmail = await head.post(`/api/contacts/${t.contactId}/account`, {});
    expect(noEmail.statusCode).toBe(400);
    expect(noEmail.json().error.fields.email).toBe(
      'Kontak ini belum memiliki email; isi email terlebih dahulu.',
    );

    const taken = (
      await head.post(`/api/units/${t.unitId}/contacts`, {
        name: 'Kembar',
        email: t.emails.assessor.toUpperCase(),
      })
    ).json();
    const conflict = await head.post(`/api/contacts/${taken.id}/account`, {});
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.fields.email).toBe('Email ini sudah dipakai akun lain.');
    expect(
      (await head.get(`/api/units/${t.unitId}/contacts`))
        .json()
        .items.find((x: { id: string }) => x.id === taken.id).userId,
    ).toBeNull();

    const email = `joko-${Date.now()}@uji.test`;
    const joko = (await head.post(`/api/units/${t.unitId}/contacts`, { name: 'Joko', email })).json();
    expect((await head.post(`/api/contacts/${joko.id}/account`, { password: 'pendek' })).statusCode).toBe(
      400,
    );
    const ok = await head.post(`/api/contacts/${joko.id}/account`, { password: 'kata-sandi-joko-1' });
    expect(ok.json()).toMatchObject({ email, temporaryPassword: null });
    const agent = await signIn(ctx.app, email, 'kata-sandi-joko-1');
    expect((await agent.get(`/api/units/${t.childUnitId}`)).statusCode).toBe(200);
    expect((await agent.get(`/api/units/${t.otherUnitId}`)).statusCode).toBe(404);
  });
});
