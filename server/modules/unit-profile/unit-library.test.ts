/**
 * The evidence library: upload (recognised by content; images kept without metadata), list,
 * archive, download; and attaching a library document as evidence of an answer — one evidence
 * row on the same file, checked like a normal upload on the answer's side and by reach on the
 * document's side (another government's user gets 404).
 */
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, evidence } from '../../db/schema-assessments';
import { unitDocuments } from '../../db/schema-standards';
import { jpegWithGps, SECRET_TEXT } from '../../lib/strip-metadata.fixture';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import {
  makeAssessmentFixture,
  multipartFile,
  PDF_MIN,
  type AssessmentFixture,
} from '../assessments/common/assessment-fixtures';

let ctx: TestContext;
let t: Tenant;
let foreign: Tenant;
let fx: AssessmentFixture;
let foreignFx: AssessmentFixture;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  foreign = await makeTenant(ctx);
  fx = await makeAssessmentFixture(ctx, t);
  foreignFx = await makeAssessmentFixture(ctx, foreign);
}, 180_000);
afterAll(() => ctx.close());

async function upload(
  agent: Agent,
  unitId: string,
  query: string,
  name: string,
  bytes: Buffer,
  type: string,
) {
  const f = multipartFile(name, bytes, type);
  return agent.request('POST', `/api/units/${unitId}/documents?${query}`, f.body, f.headers);
}

describe('library documents', () => {
  it('keeps a JPEG without its metadata, lists it with its kind and product, and serves it', async () => {
    const pic = await t.as('unit_pic');
    const res = await upload(
      pic,
      t.unitId,
      `kind=foto_standar&title=${encodeURIComponent('Papan standar loket 1')}&productId=${t.productId}&madeOn=2026-02-01`,
      'papan.jpg',
      jpegWithGps(),
      'image/jpeg',
    );
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({
      kind: 'foto_standar',
      productId: t.productId,
      mimeType: 'image/jpeg',
      madeOn: '2026-02-01',
    });
    const file = await (await t.as('assessor')).get(`/api/unit-documents/${doc.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.rawPayload.includes(Buffer.from(SECRET_TEXT, 'latin1'))).toBe(false);
    expect(file.rawPayload.includes(Buffer.from('GPSLatitude', 'latin1'))).toBe(false);
    const list = await pic.get(`/api/units/${t.unitId}/documents`);
    expect(list.json().items.map((d: { id: string }) => d.id)).toContain(doc.id);
  });

  it('refuses what is not PDF/JPEG/PNG by content (415), bad query fields (400 in Indonesian), another unit’s product (400)', async () => {
    const coord = await t.as('gov_coordinator');
    const text = await upload(
      coord,
      t.unitId,
      'kind=lainnya&title=x',
      'a.pdf',
      Buffer.from('bukan pdf sama sekali'),
      'application/pdf',
    );
    expect(text.statusCode).toBe(415);
    const webp = Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'), Buffer.alloc(16)]);
    expect(
      (await upload(coord, t.unitId, 'kind=lainnya&title=x', 'a.webp', webp, 'image/webp')).statusCode,
    ).toBe(415);
    const bad = await upload(coord, t.unitId, 'kind=surat&title=', 'a.pdf', PDF_MIN, 'application/pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toMatchObject({
      kind: expect.stringMatching(/Pilih salah satu/),
      title: 'Wajib diisi.',
    });
    const otherProduct = await upload(
      coord,
      t.otherUnitId,
      `kind=foto_standar&title=x&productId=${t.productId}`,
      'a.pdf',
      PDF_MIN,
      'application/pdf',
    );
    expect(otherProduct.statusCode).toBe(400);
    expect(otherProduct.json().error.fields.productId).toBe('Produk layanan ini bukan milik unit ini.');
  });

  it('out of reach is 404: another government’s users, a PIC on a sibling unit', async () => {
    const pic = await t.as('unit_pic');
    const doc = (
      await upload(pic, t.unitId, 'kind=laporan_skm&title=SKM%202025', 'skm.pdf', PDF_MIN, 'application/pdf')
    ).json();
    const other = await foreign.as('gov_coordinator');
    expect((await other.get(`/api/units/${t.unitId}/documents`)).statusCode).toBe(404);
    expect((await other.get(`/api/unit-documents/${doc.id}/file`)).statusCode).toBe(404);
    expect((await other.post(`/api/unit-documents/${doc.id}/archive`)).statusCode).toBe(404);
    expect(
      (await upload(other, t.unitId, 'kind=lainnya&title=x', 'a.pdf', PDF_MIN, 'application/pdf')).statusCode,
    ).toBe(404);
    expect(
      (await upload(pic, t.otherUnitId, 'kind=lainnya&title=x', 'a.pdf', PDF_MIN, 'application/pdf'))
        .statusCode,
    ).toBe(404);
    const missing = await other.get(`/api/unit-documents/${crypto.randomUUID()}/file`);
    expect((await other.get(`/api/unit-documents/${doc.id}/file`)).body).toBe(missing.body);
  });

  it('archives: gone from the list, shown with archived=true', async () => {
    const coord = await t.as('gov_coordinator');
    const doc = (
      await upload(coord, t.unitId, 'kind=lainnya&title=Lama', 'lama.pdf', PDF_MIN, 'application/pdf')
    ).json();
    expect((await coord.post(`/api/unit-documents/${doc.id}/archive`)).json()).toEqual({ archived: true });
    const ids = (q: string) =>
      coord
        .get(`/api/units/${t.unitId}/documents${q}`)
        .then((r) => r.json().items.map((d: { id: string }) => d.id));
    expect(await ids('')).not.toContain(doc.id);
    expect(await ids('?archived=true')).toContain(doc.id);
  });
});

describe('attach from the library', () => {
  it('creates one evidence row pointing to the library’s file (no copy), shown in the checklist', async () => {
    const pic = await t.as('unit_pic');
    const doc = (
      await upload(pic, t.unitId, 'kind=sk_standar&title=SK%20Standar', 'sk.pdf', PDF_MIN, 'application/pdf')
    ).json();
    const res = await pic.post(`/api/answers/${fx.answerId}/evidence/from-library`, { documentId: doc.id });
    expect(res.statusCode, res.body).toBe(201);
    const ev = res.json();
    const [row] = await ctx.database.db.select().from(evidence).where(eq(evidence.id, ev.id));
    const [libraryRow] = await ctx.database.db
      .select()
      .from(unitDocuments)
      .where(eq(unitDocuments.id, doc.id));
    expect(row!.fileId).toBe(libraryRow!.fileId);
    expect(row!.answerId).toBe(fx.answerId);
    const checklist = (await pic.get(`/api/cycles/${fx.cycleId}/units/${t.unitId}/checklist`)).json();
    const item = checklist.items.find((i: { answerId: string }) => i.answerId === fx.answerId);
    expect(item.evidence.map((e: { id: string }) => e.id)).toContain(ev.id);
    expect((await pic.get(`/api/evidence/${ev.id}/file`)).statusCode).toBe(200);
  });

  it('another government’s user gets 404 on either side; a document of another unit 400; bad body 400', async () => {
    const coord = await t.as('gov_coordinator');
    const doc = (
      await upload(coord, t.unitId, 'kind=lainnya&title=x', 'x.pdf', PDF_MIN, 'application/pdf')
    ).json();
    const otherCoord = await foreign.as('gov_coordinator');
    // Their own answer, our document: the document is out of their reach.
    expect(
      (
        await otherCoord.post(`/api/answers/${foreignFx.answerId}/evidence/from-library`, {
          documentId: doc.id,
        })
      ).statusCode,
    ).toBe(404);
    // Our answer, their own document: the answer is out of their reach.
    const theirs = (
      await upload(otherCoord, foreign.unitId, 'kind=lainnya&title=x', 'x.pdf', PDF_MIN, 'application/pdf')
    ).json();
    expect(
      (await otherCoord.post(`/api/answers/${fx.answerId}/evidence/from-library`, { documentId: theirs.id }))
        .statusCode,
    ).toBe(404);
    // Our coordinator with the other government's document: 404, nothing written.
    const before = await ctx.database.db.select().from(evidence).where(eq(evidence.answerId, fx.answerId));
    expect(
      (await coord.post(`/api/answers/${fx.answerId}/evidence/from-library`, { documentId: theirs.id }))
        .statusCode,
    ).toBe(404);
    const sibling = (
      await upload(coord, t.otherUnitId, 'kind=lainnya&title=x', 'x.pdf', PDF_MIN, 'application/pdf')
    ).json();
    const wrongUnit = await coord.post(`/api/answers/${fx.answerId}/evidence/from-library`, {
      documentId: sibling.id,
    });
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json().error.fields.documentId).toMatch(/unit lain/);
    const badBody = await coord.post(`/api/answers/${fx.answerId}/evidence/from-library`, {
      documentId: 'bukan-id',
    });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().error.fields.documentId).toBe('Pengenal tidak valid.');
    // An archived library document is not attached any more (409), though its file stays.
    await coord.post(`/api/unit-documents/${doc.id}/archive`);
    const archived = await coord.post(`/api/answers/${fx.answerId}/evidence/from-library`, {
      documentId: doc.id,
    });
    expect(archived.statusCode).toBe(409);
    expect(archived.json().error.message).toBe('Dokumen pustaka ini sudah diarsipkan.');
    const after = await ctx.database.db.select().from(evidence).where(eq(evidence.answerId, fx.answerId));
    expect(after.length).toBe(before.length);
    // Ombudsman staff may not answer: 403 as for a normal upload.
    expect(
      (
        await (
          await t.as('assessor')
        ).post(`/api/answers/${fx.answerId}/evidence/from-library`, { documentId: doc.id })
      ).statusCode,
    ).toBe(403);
  });

  it('a PIC may not attach to a sibling unit’s answer (404, exactly like an upload)', async () => {
    const [sibCell] = await ctx.database.db
      .select({ id: answers.id })
      .from(answers)
      .where(and(eq(answers.cycleId, fx.cycleId), eq(answers.unitId, t.otherUnitId)))
      .limit(1);
    const pic = await t.as('unit_pic');
    const doc = (
      await upload(pic, t.unitId, 'kind=lainnya&title=x', 'x.pdf', PDF_MIN, 'application/pdf')
    ).json();
    expect(sibCell, 'the default sample holds the sibling unit').toBeDefined();
    expect(
      (await pic.post(`/api/answers/${sibCell!.id}/evidence/from-library`, { documentId: doc.id }))
        .statusCode,
    ).toBe(404);
  });
});
