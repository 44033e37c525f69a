/**
 * Activities with a government on a real database: an assessor records a bimtek with units,
 * people and actions; the government's coordinator reads it; edits keep the actions' ids and a
 * stale row version answers 409; archiving; field-level 400s in Indonesian (far-future date, a
 * unit of another government, a due date before the activity); reach: another office's assessor
 * and another government's coordinator get 404, a unit PIC 403; the list's filters and keyset.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { latestHeldOn } from './activities.service';
import { todayIn } from '../../../shared/format/format';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let siblingGovUnit: string;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
  // A unit of another government: never a unit of the tenant's activities.
  siblingGovUnit = other.unitId;
});
afterAll(async () => ctx.close());

const bimtek = () => ({
  kind: 'bimtek',
  title: 'Bimtek penyusunan standar pelayanan',
  heldOn: '2026-03-10',
  place: 'Aula Bappeda',
  people: [
    { name: 'Rina Asesor', role: 'Asisten Ombudsman', side: 'ombudsman' },
    { name: 'Budi Santoso', role: 'Kepala Bagian Organisasi', side: 'pemerintah' },
  ],
  unitIds: [t.unitId, t.otherUnitId],
  topics: 'Komponen standar pelayanan; maklumat',
  minutes: 'Peserta menyusun draf standar pelayanan.',
  actions: [
    {
      description: 'Tetapkan standar pelayanan dengan SK',
      unitId: t.unitId,
      dueOn: '2026-04-30',
      owner: 'Kepala Dinas',
    },
  ],
});

describe('activities', () => {
  let id: string;
  let actionId: string;

  it('an assessor records a bimtek; the coordinator reads it with units, people and actions', async () => {
    const assessor = await t.as('assessor');
    const res = await assessor.post(`/api/governments/${t.governmentId}/activities`, bimtek());
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json();
    id = a.id;
    actionId = a.actions[0].id;
    expect(a).toMatchObject({ kind: 'bimtek', heldOn: '2026-03-10', rowVersion: 1, officeId: t.officeId });
    expect(a.units.map((u: { id: string }) => u.id).sort()).toEqual([t.unitId, t.otherUnitId].sort());

    const coord = await t.as('gov_coordinator');
    const read = await coord.get(`/api/activities/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      title: 'Bimtek penyusunan standar pelayanan',
      people: [
        { name: 'Rina Asesor', side: 'ombudsman' },
        { name: 'Budi Santoso', side: 'pemerintah' },
      ],
      actions: [
        { description: 'Tetapkan standar pelayanan dengan SK', unitId: t.unitId, dueOn: '2026-04-30' },
      ],
      unitCount: 2,
      actionCount: 1,
    });
    const list = await coord.get(`/api/governments/${t.governmentId}/activities`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('refuses bad input field by field, in Indonesian first and English for those who chose it', async () => {
    const assessor = await t.as('assessor');
    const url = `/api/governments/${t.governmentId}/activities`;
    const missing = await assessor.post(url, { ...bimtek(), title: '  ', kind: 'rapat' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toMatchObject({ title: 'Wajib diisi.' });
    expect(missing.json().error.fields.kind).toMatch(/^Pilihan tidak valid. Pilih salah satu: bimtek/);

    const far = latestHeldOn(todayIn('WIB'));
    const future = `${Number(far.slice(0, 4)) + 1}${far.slice(4)}`;
    const res = await assessor.post(url, {
      ...bimtek(),
      heldOn: future,
      unitIds: [t.unitId, siblingGovUnit],
      actions: [{ description: 'Lapor', unitId: siblingGovUnit, dueOn: '2001-01-01' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      heldOn: 'Tanggal kegiatan terlalu jauh di masa depan (paling lambat satu tahun dari hari ini).',
      'unitIds.1': 'Unit harus milik pemerintah ini.',
      'actions.0.unitId': 'Unit harus milik pemerintah ini.',
      'actions.0.dueOn': 'Batas waktu tidak boleh sebelum tanggal kegiatan.',
    });
    const badDate = await assessor.post(url, { ...bimtek(), heldOn: '2026-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.fields.heldOn).toBe('Tanggal tidak valid (format TTTT-BB-HH).');
    const badSide = await assessor.post(url, { ...bimtek(), people: [{ name: 'X', side: 'musuh' }] });
    expect(Object.keys(badSide.json().error.fields)).toEqual(['people.0.side']);
    // English second: the same check in the language the user chose.
    const head = await t.as('oversight_head');
    expect((await head.patch('/api/auth/me', { locale: 'en' })).statusCode).toBe(200);
    const english = await head.post(url, { ...bimtek(), heldOn: future });
    expect(english.json().error.fields).toMatchObject({
      heldOn: 'The activity date is too far in the future (at most one year from today).',
    });
    expect((await head.patch('/api/auth/me', { locale: 'id' })).statusCode).toBe(200);
  });

  it('an edit keeps the actions’ ids; a stale row version answers 409 and changes nothing', async () => {
    const assessor = await t.as('assessor');
    const head = await t.as('oversight_head');
    const edit = {
      ...bimtek(),
      title: 'Bimtek standar pelayanan (hari 1)',
      unitIds: [t.unitId],
      actions: [
        { id: actionId, description: 'Tetapkan SK standar pelayanan', dueOn: '2026-05-31', owner: 'Sekda' },
        { description: 'Pasang maklumat di ruang tunggu', unitId: t.otherUnitId },
      ],
      rowVersion: 1,
    };
    const first = await assessor.request('PUT', `/api/activities/${id}`, edit);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ rowVersion: 2, unitCount: 1, title: edit.title });
    expect(first.json().actions).toMatchObject([
      { id: actionId, description: 'Tetapkan SK standar pelayanan', unitId: null, owner: 'Sekda' },
      { description: 'Pasang maklumat di ruang tunggu', unitId: t.otherUnitId },
    ]);
    const stale = await head.request('PUT', `/api/activities/${id}`, { ...edit, title: 'Tertimpa' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/baru saja diubah/);
    const now = await head.get(`/api/activities/${id}`);
    expect(now.json()).toMatchObject({ title: edit.title, rowVersion: 2 });
    // An action id of another activity is refused.
    const foreign = await assessor.request('PUT', `/api/activities/${id}`, {
      ...edit,
      rowVersion: 2,
      actions: [{ id: '00000000-0000-4000-8000-000000000000', description: 'X' }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(Object.keys(foreign.json().error.fields)).toEqual(['actions.0.id']);
  });

  it('is out of reach (404) for another office’s assessor and another government’s coordinator', async () => {
    for (const role of ['assessor', 'oversight_head', 'gov_coordinator'] as const) {
      const outsider = await other.as(role);
      expect((await outsider.get(`/api/activities/${id}`)).statusCode, role).toBe(404);
      expect((await outsider.get(`/api/governments/${t.governmentId}/activities`)).statusCode, role).toBe(
        404,
      );
      const listed = await outsider.get('/api/activities');
      expect(listed.statusCode).toBe(200);
      expect(listed.body).not.toContain(id);
    }
    const outsider = await other.as('assessor');
    expect((await outsider.post(`/api/governments/${t.governmentId}/activities`, bimtek())).statusCode).toBe(
      404,
    );
    expect(
      (await outsider.request('PUT', `/api/activities/${id}`, { ...bimtek(), rowVersion: 2 })).statusCode,
    ).toBe(404);
    expect((await outsider.post(`/api/activities/${id}/archive`, { rowVersion: 2 })).statusCode).toBe(404);
    // A unit PIC and the Inspektorat of the same government: no permission at all.
    expect((await (await t.as('unit_pic')).get(`/api/activities/${id}`)).statusCode).toBe(403);
    expect((await (await t.as('internal_verifier')).get('/api/activities')).statusCode).toBe(403);
    // The coordinator reads but does not write.
    const coord = await t.as('gov_coordinator');
    expect((await coord.post(`/api/governments/${t.governmentId}/activities`, bimtek())).statusCode).toBe(
      403,
    );
  });

  it('lists newest first with kind and year filters, in keyset pages', async () => {
    const assessor = await t.as('assessor');
    const url = `/api/governments/${t.governmentId}/activities`;
    for (const [kind, heldOn] of [
      ['audiensi', '2025-11-02'],
      ['lokakarya', '2026-06-01'],
      ['audiensi', '2026-01-15'],
    ] as const)
      expect((await assessor.post(url, { ...bimtek(), kind, heldOn, actions: [] })).statusCode).toBe(201);
    const all = (await assessor.get(`${url}?limit=2`)).json();
    expect(all.items.map((i: { heldOn: string }) => i.heldOn)).toEqual(['2026-06-01', '2026-03-10']);
    const next = (await assessor.get(`${url}?limit=2&cursor=${all.nextCursor}`)).json();
    expect(next.items.map((i: { heldOn: string }) => i.heldOn)).toEqual(['2026-01-15', '2025-11-02']);
    expect(next.nextCursor).toBeNull();
    const audiensi2026 = (
      await assessor.get(`/api/activities?kind=audiensi&year=2026&officeId=${t.officeId}`)
    ).json();
    expect(audiensi2026.items.map((i: { heldOn: string; governmentName: string }) => i.heldOn)).toEqual([
      '2026-01-15',
    ]);
    // Another office's filter finds nothing of this office.
    expect((await assessor.get(`/api/activities?officeId=${other.officeId}`)).json().items).toEqual([]);
  });

  it('archiving removes it from the list and the page; a second archive is a conflict', async () => {
    const assessor = await t.as('assessor');
    const stale = await assessor.post(`/api/activities/${id}/archive`, { rowVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect((await assessor.post(`/api/activities/${id}/archive`, { rowVersion: 2 })).statusCode).toBe(204);
    expect((await assessor.get(`/api/activities/${id}`)).statusCode).toBe(404);
    expect((await assessor.get(`/api/governments/${t.governmentId}/activities`)).body).not.toContain(id);
    const again = await assessor.post(`/api/activities/${id}/archive`, { rowVersion: 3 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Kegiatan ini sudah diarsipkan.');
  });
});
