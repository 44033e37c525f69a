import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { auditChange } from '../../test/audit-helpers';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const BOUNDARY = '----patuhUjiBoundary7MA4YWxk';

/** A multipart/form-data body built by hand: one file part named `field`. */
function multipart(field: string, filename: string, contentType: string, content: Buffer) {
  const body = Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

function upload(
  agent: Agent,
  agreementId: string,
  filename: string,
  contentType: string,
  content: Buffer,
  field = 'file',
) {
  const { body, headers } = multipart(field, filename, contentType, content);
  return agent.request('POST', `/api/agreements/${agreementId}/document`, body, headers);
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const uploadsDir = () => path.join(ctx.dataDir, 'uploads');
const storedFiles = () => (fs.existsSync(uploadsDir()) ? fs.readdirSync(uploadsDir()) : []);
async function fileRows(governmentId: string) {
  const rows = await ctx.database.query<{ n: number }>(
    'select count(*)::int as n from files where government_id = $1',
    [governmentId],
  );
  return rows[0]!.n;
}

async function newAgreement(t: Tenant, agent: Agent, extra: Record<string, unknown> = {}) {
  const res = await agent.post(`/api/governments/${t.governmentId}/agreements`, {
    kind: 'mou',
    number: '180/12/MOU/2024',
    title: 'Pengawasan Pelayanan Publik',
    parties: 'Ombudsman RI Perwakilan; Pemerintah Daerah',
    signedOn: '2024-03-01',
    unitIds: [t.unitId],
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; [k: string]: unknown };
}

describe('agreements', () => {
  it('an oversight head records an MoU with units, edits, archives and restores it', async () => {
    const t = await makeTenant(ctx);
    const head = await t.as('oversight_head');
    const a = await newAgreement(t, head, {
      validFrom: '2024-04-01',
      validUntil: '2027-03-31',
      scope: 'Survei kepatuhan',
    });
    expect(a).toMatchObject({
      officeId: t.officeId,
      governmentId: t.governmentId,
      signedOn: '2024-03-01',
      validUntil: '2027-03-31',
      document: null,
    });
    expect(a.units).toEqual([{ id: t.unitId, name: expect.stringMatching(/^Dinas Uji/) }]);

    const edited = await head.patch(`/api/agreements/${a.id}`, {
      kind: 'pks',
      unitIds: [t.childUnitId, t.otherUnitId],
      scope: '',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ kind: 'pks', scope: null, title: 'Pengawasan Pelayanan Publik' });
    expect(
      edited
        .json()
        .units.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([t.childUnitId, t.otherUnitId].sort());

    const coord = await t.as('gov_coordinator');
    expect(
      (await coord.get(`/api/governments/${t.governmentId}/agreements`))
        .json()
        .items.map((x: { id: string }) => x.id),
    ).toEqual([a.id]);
    expect((await coord.get(`/api/agreements/${a.id}`)).json().units).toHaveLength(2);

    expect((await head.post(`/api/agreements/${a.id}/archive`)).json().archivedAt).not.toBeNull();
    expect((await coord.get(`/api/governments/${t.governmentId}/agreements`)).json().items).toEqual([]);
    expect(
      (await coord.get(`/api/governments/${t.governmentId}/agreements?includeArchived=true`)).json().items,
    ).toHaveLength(1);
    expect((await head.post(`/api/agreements/${a.id}/restore`)).json().archivedAt).toBeNull();

    const audit = (await (await t.as('admin')).get(`/api/audit?entityType=agreement&entityId=${a.id}`)).json()
      .items;
    expect(audit.map((x: { action: string }) => x.action)).toEqual([
      'restore',
      'archive',
      'update',
      'create',
    ]);
    // The log names the units (by name, not id).
    const unitName = (await (await t.as('admin')).get(`/api/units/${t.unitId}`)).json().name as string;
    expect(auditChange(audit[2], 'unitIds').before).toBe(unitName);
  });

  it('dates must be in order, units must belong to the government', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const head = await t.as('oversight_head');
    const base = { kind: 'mou', number: '1', title: 'T', parties: 'P', unitIds: [] };
    const early = await head.post(`/api/governments/${t.governmentId}/agreements`, {
      ...base,
      signedOn: '2024-05-01',
      validUntil: '2024-04-30',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields).toEqual({ validUntil: 'Tanggal akhir harus sesudah tanggal mulai.' });
    const bad = await head.post(`/api/governments/${t.governmentId}/agreements`, {
      ...base,
      kind: 'perjanjian',
      signedOn: '2024-02-30',
    });
    expect(bad.json().error.fields).toMatchObject({
      signedOn: 'Tanggal tidak valid (format TTTT-BB-HH).',
      kind: expect.stringMatching(/mou, pks/),
    });
    const foreign = await head.post(`/api/governments/${t.governmentId}/agreements`, {
      ...base,
      signedOn: '2024-01-01',
      unitIds: [other.unitId],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields.unitIds).toBe('Unit harus milik pemerintah ini.');

    const a = await newAgreement(t, head, { validFrom: '2024-06-01' });
    const patch = await head.patch(`/api/agreements/${a.id}`, { validUntil: '2024-05-31' });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error.fields.validUntil).toMatch(/Tanggal akhir/);
  });

  it('tenancy: another tenant gets 404, coordinators only read, PICs have no access', async () => {
    const a = await makeTenant(ctx);
    const b = await makeTenant(ctx);
    const agreement = await newAgreement(b, await b.as('oversight_head'));
    const coordA = await a.as('gov_coordinator');
    expect((await coordA.get(`/api/agreements/${agreement.id}`)).statusCode).toBe(404);
    expect((await coordA.get(`/api/agreements/${agreement.id}/document`)).statusCode).toBe(404);
    expect((await coordA.get(`/api/governments/${b.governmentId}/agreements`)).statusCode).toBe(404);
    const headA = await a.as('oversight_head');
    expect((await headA.patch(`/api/agreements/${agreement.id}`, { title: 'X' })).statusCode).toBe(404);
    expect((await upload(headA, agreement.id, 'a.pdf', 'application/pdf', PDF)).statusCode).toBe(404);
    expect(
      (
        await headA.post(`/api/governments/${b.governmentId}/agreements`, {
          kind: 'mou',
          number: '1',
          title: 'T',
          parties: 'P',
          signedOn: '2024-01-01',
        })
      ).statusCode,
    ).toBe(404);
    const coordB = await b.as('gov_coordinator');
    expect((await coordB.get(`/api/agreements/${agreement.id}`)).statusCode).toBe(200);
    expect((await coordB.patch(`/api/agreements/${agreement.id}`, { title: 'X' })).statusCode).toBe(403);
    expect(
      (await (await b.as('unit_pic')).get(`/api/governments/${b.governmentId}/agreements`)).statusCode,
    ).toBe(403);
    expect(await fileRows(b.governmentId)).toBe(0);
  });

  it('uploads a real PDF and downloads it back identical, as an attachment', async () => {
    const t = await makeTenant(ctx);
    const head = await t.as('oversight_head');
    const a = await newAgreement(t, head);
    const res = await upload(head, a.id, 'MoU Pemkab — ditandatangani.pdf', 'application/pdf', PDF);
    expect(res.statusCode, res.body).toBe(201);
    const meta = res.json();
    expect(meta).toMatchObject({
      originalName: 'MoU Pemkab — ditandatangani.pdf',
      size: PDF.length,
      mimeType: 'application/pdf',
    });
    expect(meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(storedFiles()).toContainEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));

    const detail = (await head.get(`/api/agreements/${a.id}`)).json();
    expect(detail.document).toEqual({
      id: meta.id,
      originalName: meta.originalName,
      size: PDF.length,
      mimeType: 'application/pdf',
    });

    const dl = await (await t.as('gov_coordinator')).get(`/api/agreements/${a.id}/document`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-disposition']).toMatch(
      /^attachment; filename="MoU Pemkab _ ditandatangani\.pdf"; filename\*=UTF-8''MoU%20Pemkab%20%E2%80%94%20ditandatangani\.pdf$/,
    );

    const audit = (await (await t.as('admin')).get(`/api/audit?entityType=agreement&entityId=${a.id}`)).json()
      .items;
    expect(audit[0]).toMatchObject({ action: 'upload' });
    // The document is named by its file name, not its id.
    expect(auditChange(audit[0], 'documentFileId').after).toBe(meta.originalName);
  });

  it('trusts the content, not the name: a PNG called .pdf is stored as image/png', async () => {
    const t = await makeTenant(ctx);
    const head = await t.as('oversight_head');
    const a = await newAgreement(t, head);
    const res = await upload(head, a.id, 'scan.pdf', 'application/pdf', PNG);
    expect(res.statusCode).toBe(201);
    expect(res.json().mimeType).toBe('image/png');
    const dl = await head.get(`/api/agreements/${a.id}/document`);
    expect(dl.headers['content-type']).toBe('image/png');
    expect(dl.rawPayload.equals(PNG)).toBe(true);
  });

  it('refuses a text file named .pdf (415) and an oversized file (413), storing nothing', async () => {
    const t = await makeTenant(ctx);
    const head = await t.as('oversight_head');
    const a = await newAgreement(t, head);
    const before = storedFiles().length;

    const text = await upload(
      head,
      a.id,
      'surat.pdf',
      'application/pdf',
      Buffer.from('Ini bukan PDF, hanya teks biasa.'),
    );
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toMatchObject({
      code: 'UNSUPPORTED_FILE',
      message: 'Jenis berkas tidak didukung. Yang diterima: PDF, PNG, JPEG, WebP.',
    });

    const huge = Buffer.concat([PDF, Buffer.alloc(ctx.app.deps.config.uploadMaxBytes + 1024, 0x20)]);
    const big = await upload(head, a.id, 'besar.pdf', 'application/pdf', huge);
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Berkas terlalu besar (maksimal 2 MB).',
    });

    const wrongField = await upload(head, a.id, 'a.pdf', 'application/pdf', PDF, 'dokumen');
    expect(wrongField.statusCode).toBe(400);
    expect((await head.post(`/api/agreements/${a.id}/document`, { file: 'x' })).statusCode).toBe(400);

    expect(storedFiles().length).toBe(before);
    expect(await fileRows(t.governmentId)).toBe(0);
    expect((await head.get(`/api/agreements/${a.id}`)).json().document).toBeNull();
    expect((await head.get(`/api/agreements/${a.id}/document`)).statusCode).toBe(404);
  });
});
