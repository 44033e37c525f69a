/**
 * The service profile and maklumat routes: validation answers 400 per field in Indonesian, out of
 * reach 404 (like a missing unit), a stale row version 409, the default maklumat template with the
 * unit's name, and the time zone from the unit's government's province.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';

let ctx: TestContext;
let t: Tenant;
let foreign: Tenant;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
  foreign = await makeTenant(ctx, { provinceCodes: ['94'] });
}, 120_000);
afterAll(() => ctx.close());

const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, closed: false, open: '07:30', close: '15:00' }));
const profileBody = (rowVersion: number) => ({
  rowVersion,
  openingHours: [...weekdays, { day: 6, closed: true }],
  vision: 'Terwujudnya pelayanan prima',
  mission: 'Melayani dengan cepat',
  motto: 'Cepat, tepat, ramah',
  specialServices: [{ group: 'lansia', description: 'Loket prioritas' }],
  integratedServices: 'Mal Pelayanan Publik',
  facilities: ['Ruang tunggu', 'Toilet disabilitas'],
});
const maklumatBody = (rowVersion: number) => ({
  rowVersion,
  body: 'Dengan ini, kami menyatakan sanggup …',
  signatory: 'Kepala Dinas',
  signedOn: '2026-01-05',
  published: true,
});

describe('service profile', () => {
  it('starts empty (rowVersion 0) with the zone of the government’s province (Kalimantan Selatan: WITA)', async () => {
    const res = await (await t.as('unit_pic')).get(`/api/units/${t.unitId}/profile`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rowVersion: 0, openingHours: [], timeZone: 'WITA', facilities: [] });
    const papua = await (await foreign.as('gov_coordinator')).get(`/api/units/${foreign.unitId}/profile`);
    expect(papua.json().timeZone).toBe('WIT');
  });

  it('saves, then refuses a stale row version with 409 and keeps the first save', async () => {
    const pic = await t.as('unit_pic');
    const first = await pic.request('PUT', `/api/units/${t.unitId}/profile`, profileBody(0));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      rowVersion: 1,
      motto: 'Cepat, tepat, ramah',
      updatedBy: expect.any(String),
    });
    const coord = await t.as('gov_coordinator');
    const second = await coord.request('PUT', `/api/units/${t.unitId}/profile`, {
      ...profileBody(1),
      motto: 'Baru',
    });
    expect(second.json().rowVersion).toBe(2);
    const stale = await pic.request('PUT', `/api/units/${t.unitId}/profile`, {
      ...profileBody(1),
      motto: 'Lama',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/baru saja diubah/);
    const again0 = await pic.request('PUT', `/api/units/${t.unitId}/profile`, profileBody(0));
    expect(again0.statusCode).toBe(409);
    expect((await pic.get(`/api/units/${t.unitId}/profile`)).json().motto).toBe('Baru');
  });

  it('answers 400 per field in Indonesian: closing before opening, a half break, an unknown group', async () => {
    const coord = await t.as('gov_coordinator');
    const res = await coord.request('PUT', `/api/units/${t.unitId}/profile`, {
      ...profileBody(0),
      openingHours: [
        { day: 1, closed: false, open: '15:00', close: '07:30' },
        { day: 2, closed: false, open: '07:30', close: '15:00', breakStart: '12:00' },
      ],
      specialServices: [{ group: 'remaja', description: 'x' }],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as Record<string, string>;
    expect(fields['openingHours.0.close']).toBe('Jam tutup harus setelah jam buka.');
    expect(fields['openingHours.1.breakEnd']).toMatch(/istirahat/);
    expect(fields['specialServices.0.group']).toMatch(/Pilih salah satu|lansia/);
  });

  it('out of reach is 404 like a missing unit: another government, a PIC’s sibling unit, a random id', async () => {
    const other = await foreign.as('gov_coordinator');
    const missing = await other.get(`/api/units/${crypto.randomUUID()}/profile`);
    const foreignRead = await other.get(`/api/units/${t.unitId}/profile`);
    expect(foreignRead.statusCode).toBe(404);
    expect(foreignRead.body).toBe(missing.body);
    expect((await other.request('PUT', `/api/units/${t.unitId}/profile`, profileBody(0))).statusCode).toBe(
      404,
    );
    const pic = await t.as('unit_pic');
    expect((await pic.request('PUT', `/api/units/${t.otherUnitId}/profile`, profileBody(0))).statusCode).toBe(
      404,
    );
    // Ombudsman staff read within reach but do not write (403: the role lacks unit.profile.write).
    const assessor = await t.as('assessor');
    expect((await assessor.get(`/api/units/${t.unitId}/profile`)).statusCode).toBe(200);
    expect((await assessor.request('PUT', `/api/units/${t.unitId}/profile`, profileBody(0))).statusCode).toBe(
      403,
    );
  });
});

describe('maklumat pelayanan', () => {
  it('offers the classic template with the unit’s name while none is saved', async () => {
    const res = await (await t.as('assessor')).get(`/api/units/${t.otherUnitId}/maklumat`);
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m).toMatchObject({ exists: false, rowVersion: 0, published: false, signedOn: null });
    expect(m.body).toContain('sanggup menyelenggarakan pelayanan sesuai standar pelayanan');
    expect(m.body).toContain('siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku');
    expect(m.body.split('\n')[1]).toMatch(/\S/);
  });

  it('saves with an optimistic lock (409 when stale) and validates in Indonesian', async () => {
    const coord = await t.as('gov_coordinator');
    const saved = await coord.request('PUT', `/api/units/${t.unitId}/maklumat`, maklumatBody(0));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      exists: true,
      rowVersion: 1,
      published: true,
      signedOn: '2026-01-05',
    });
    const pic = await t.as('unit_pic');
    expect(
      (await pic.request('PUT', `/api/units/${t.unitId}/maklumat`, maklumatBody(1))).json().rowVersion,
    ).toBe(2);
    expect((await coord.request('PUT', `/api/units/${t.unitId}/maklumat`, maklumatBody(1))).statusCode).toBe(
      409,
    );
    const bad = await coord.request('PUT', `/api/units/${t.unitId}/maklumat`, {
      ...maklumatBody(2),
      signatory: '',
      signedOn: '05-01-2026',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      signatory: 'Wajib diisi.',
      signedOn: expect.stringMatching(/Tanggal/),
    });
  });

  it('another government’s users get 404', async () => {
    const other = await foreign.as('unit_pic');
    expect((await other.get(`/api/units/${t.unitId}/maklumat`)).statusCode).toBe(404);
    expect((await other.request('PUT', `/api/units/${t.unitId}/maklumat`, maklumatBody(2))).statusCode).toBe(
      404,
    );
  });
});
