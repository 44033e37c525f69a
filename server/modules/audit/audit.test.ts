import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryDto } from '../../../shared/contracts/audit';
import { makeTenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('the audit log for its readers', () => {
  it('says who did what to which named record, filters by person, kind, action and day, and exports CSV', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const admin = await t.as('admin');
    const created = await coord.post(`/api/units/${t.unitId}/contacts`, {
      name: 'Siti Rahmawati',
      position: 'Kepala Subbagian Umum',
      phone: '+62 812-3456-7890',
      email: 'siti@dinkes.go.id',
    });
    expect(created.statusCode).toBe(201);
    const contactId = created.json().id as string;
    expect((await coord.patch(`/api/contacts/${contactId}`, { position: 'Sekretaris' })).statusCode).toBe(
      200,
    );

    const base = `/api/audit?governmentId=${t.governmentId}`;
    const byKind = (await coord.get(`${base}&entityType=contact`)).json().items as AuditEntryDto[];
    expect(byKind.map((e) => e.action)).toEqual(['update', 'create']);
    expect(byKind[0]).toMatchObject({
      entityLabel: 'Siti Rahmawati',
      actorId: coord.userId,
      entityId: contactId,
    });
    expect(byKind[0]!.changes).toEqual([
      { field: 'position', before: 'Kepala Subbagian Umum', after: 'Sekretaris', masked: false },
    ]);
    expect(byKind[1]!.changes.find((c) => c.field === 'phone')?.after).toBe('+62 812-3456-7890');
    expect(byKind[0]).not.toHaveProperty('before');

    const updates = (await coord.get(`${base}&entityType=contact&action=update`)).json()
      .items as AuditEntryDto[];
    expect(updates.map((e) => e.action)).toEqual(['update']);

    const mine = (await admin.get(`${base}&actorId=${coord.userId}`)).json().items as AuditEntryDto[];
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.every((e) => e.actorId === coord.userId)).toBe(true);
    expect((await admin.get(`${base}&actorId=${admin.userId}&entityType=contact`)).json().items).toEqual([]);

    const today = new Date().toISOString().slice(0, 10);
    const longAgo = '2020-01-31';
    expect(
      (await coord.get(`${base}&entityType=contact&from=${today}&to=${today}`)).json().items,
    ).toHaveLength(2);
    expect((await coord.get(`${base}&entityType=contact&to=${longAgo}`)).json().items).toEqual([]);

    const actors = (await coord.get(`/api/audit/actors?governmentId=${t.governmentId}`)).json().items;
    expect(actors).toEqual(expect.arrayContaining([expect.objectContaining({ id: coord.userId })]));

    const csv = await coord.get(`/api/audit/export?governmentId=${t.governmentId}&entityType=contact`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="log-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('id,waktu_utc,oleh,tindakan,jenis_data,id_data,nama_data,kolom,sebelum,sesudah');
    expect(lines[1]).toContain(',update,contact,');
    expect(lines[1]).toContain(',position,Kepala Subbagian Umum,Sekretaris');
  });

  it('names the records an entry refers to (parent unit, PIC account) instead of their ids', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const child = await coord.post(`/api/governments/${t.governmentId}/units`, {
      name: 'UPT Puskesmas Uji',
      type: 'upt',
      sector: 'kesehatan',
      parentId: t.unitId,
    });
    expect(child.statusCode).toBe(201);
    const parentName = (await coord.get(`/api/units/${t.unitId}`)).json().name as string;
    const entries = (
      await coord.get(`/api/audit?governmentId=${t.governmentId}&entityType=unit&entityId=${child.json().id}`)
    ).json().items as AuditEntryDto[];
    expect(entries[0]!.changes.find((c) => c.field === 'parentId')?.after).toBe(parentName);
    expect(JSON.stringify(entries)).not.toContain(t.unitId);
  });

  it('refuses unknown filters with a field error and another government with 404', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const bad = await coord.get(
      `/api/audit?governmentId=${t.governmentId}&entityType=verified_answr&from=2024-13-01`,
    );
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['entityType', 'from']));
    expect((await coord.get(`/api/audit?governmentId=${other.governmentId}`)).statusCode).toBe(404);
    expect((await coord.get(`/api/audit/export?governmentId=${other.governmentId}`)).statusCode).toBe(404);
    expect((await coord.get(`/api/audit/actors?governmentId=${other.governmentId}`)).statusCode).toBe(404);
  });

  it('a cell that Excel would run as a formula is defused in the export', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const res = await coord.post(`/api/units/${t.unitId}/contacts`, {
      name: '=HYPERLINK("http://x")',
      position: 'PIC',
    });
    expect(res.statusCode).toBe(201);
    const csv = await coord.get(`/api/audit/export?governmentId=${t.governmentId}&entityType=contact`);
    expect(csv.body).toContain(`'=HYPERLINK`);
    expect(csv.body).not.toMatch(/,"?=HYPERLINK/);
  });
});
