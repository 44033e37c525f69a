/**
 * Answers with evidence (files, links, documents of the unit's evidence library) and their limits,
 * bulk actions all or none (a refusal names the item and changes nothing), the answerer who may not
 * verify their own answer, headquarters' publication of a rekomendasi, the office's publication
 * choice, and the overdue summary.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { makeTenant, TEST_PASSWORD, type Tenant } from '../../test/factories';
import { createTestContext, signIn, type TestContext } from '../../test/harness';
import { answer, insertItems, libraryDocument, pdfFile } from './followups.fixture';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

describe('answers with evidence', () => {
  it('files, links and library documents, each listed in the history and readable through the item', async () => {
    const [item] = await insertItems(ctx, t, [{}]);
    const doc = await libraryDocument(ctx, t, t.unitId, 'Foto papan standar');
    const pic = await t.as('unit_pic');
    const res = await answer(pic, item!.id, {
      version: 0,
      note: 'Papan terpasang.',
      links: ['https://dinas.example.go.id/standar-pelayanan'],
      documentIds: [doc.id],
      files: [pdfFile('foto-1.pdf'), pdfFile('foto-2.pdf')],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'dijawab', answeredBy: { id: t.userIds.unit_pic } });
    const [answered] = res.json().history;
    expect(answered).toMatchObject({
      action: 'dijawab',
      note: 'Papan terpasang.',
      file: { name: 'foto-1.pdf' },
    });
    expect(answered.evidence.map((e: { kind: string; label: string }) => [e.kind, e.label])).toEqual([
      ['file', 'foto-1.pdf'],
      ['file', 'foto-2.pdf'],
      ['link', 'https://dinas.example.go.id/standar-pelayanan'],
      ['document', 'Foto papan standar'],
    ]);
    const office = await t.as('assessor');
    for (const e of answered.evidence.filter((x: { fileId: string | null }) => x.fileId)) {
      const file = await office.get(`/api/followups/${item!.id}/files/${e.fileId}`);
      expect(file.statusCode, e.label).toBe(200);
      expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(answered.evidence.find((e: { kind: string }) => e.kind === 'document').fileId).toBe(doc.fileId);
    // A file of another item is not readable through this one.
    const [second] = await insertItems(ctx, t, [{}]);
    expect((await office.get(`/api/followups/${second!.id}/files/${doc.fileId}`)).statusCode).toBe(404);
  });

  it('refuses on the field: no evidence and a short note, bad links, too many, documents outside the unit’s library', async () => {
    const [item] = await insertItems(ctx, t, [{}]);
    const pic = await t.as('unit_pic');
    const sibling = await libraryDocument(ctx, t, t.otherUnitId);
    const foreign = await libraryDocument(ctx, other, other.unitId);
    const fields = async (a: Parameters<typeof answer>[2]) => {
      const res = await answer(pic, item!.id, a);
      expect(res.statusCode, res.body).toBe(400);
      return Object.keys(res.json().error.fields).sort();
    };
    expect(await fields({ version: 0, note: 'Sudah.' })).toEqual(['note']);
    expect(await fields({ version: 0, note: 'Papan standar sudah dipasang\u0000 di loket.' })).toEqual([
      'note',
    ]);
    expect(await fields({ version: 0, links: ['javascript:alert(1)', 'https://ok.example'] })).toEqual([
      'link.0',
    ]);
    expect(
      await fields({ version: 0, links: Array.from({ length: 6 }, (_, i) => `https://a.example/${i}`) }),
    ).toEqual(['link']);
    expect(await fields({ version: 0, documentIds: ['bukan-id'] })).toEqual(['documentId.0']);
    expect(await fields({ version: 0, documentIds: [sibling.id] })).toEqual(['documentId.0']);
    expect(await fields({ version: 0, documentIds: [foreign.id] })).toEqual(['documentId.0']);
    expect(await fields({ version: 0, files: Array.from({ length: 6 }, () => pdfFile()) })).toEqual(['file']);
    const junk = await answer(pic, item!.id, {
      version: 0,
      files: [{ name: 'a.txt', type: 'text/plain', bytes: Buffer.from('bukan berkas yang didukung') }],
    });
    expect(junk.statusCode).toBe(415);
    // Nothing was recorded by the refused answers.
    expect((await pic.get(`/api/followups/${item!.id}`)).json()).toMatchObject({
      status: 'terbuka',
      version: 0,
    });
  });
});

describe('bulk actions', () => {
  it('send is all or none: a refused or stale item is named and nothing changes', async () => {
    const rows = await insertItems(ctx, t, [
      { status: 'dijawab' },
      { status: 'terbuka' },
      { status: 'dijawab' },
    ]);
    const coord = await t.as('gov_coordinator');
    const refused = await coord.post('/api/followups/send', {
      items: rows.map((r) => ({ id: r.id, version: 0 })),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      fields: { 'items.1': expect.any(String) },
      details: { itemId: rows[1]!.id },
    });
    const stale = await coord.post('/api/followups/send', {
      items: [
        { id: rows[0]!.id, version: 0 },
        { id: rows[2]!.id, version: 7 },
      ],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.itemId).toBe(rows[2]!.id);
    for (const r of rows)
      expect((await coord.get(`/api/followups/${r.id}`)).json()).toMatchObject({
        status: r.status,
        version: 0,
      });
    // Another government's item in the batch: 404, nothing changes either.
    const [foreign] = await insertItems(ctx, other, [{ status: 'dijawab' }]);
    const mixed = await coord.post('/api/followups/send', {
      items: [
        { id: rows[0]!.id, version: 0 },
        { id: foreign!.id, version: 0 },
      ],
    });
    expect(mixed.statusCode).toBe(404);
    const ok = await coord.post('/api/followups/send', {
      items: [
        { id: rows[0]!.id, version: 0 },
        { id: rows[2]!.id, version: 0 },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      ok.json().items.map((i: { status: string; sentAt: string | null }) => [i.status, !!i.sentAt]),
    ).toEqual([
      ['dikirim', true],
      ['dikirim', true],
    ]);
    const dup = await coord.post('/api/followups/send', {
      items: [rows[1], rows[1]].map((r) => ({ id: r!.id, version: 0 })),
    });
    expect(dup.statusCode).toBe(400);
  });
});

describe('the answerer may not verify', () => {
  it('a coordinator who answered, later the Inspektorat, cannot verify that answer; a colleague can', async () => {
    const [item] = await insertItems(ctx, t, [{ kind: 'perbaikan_internal' }]);
    const sent = await answer(await t.as('gov_coordinator'), item!.id, {
      version: 0,
      note: 'Alur pengaduan sudah dipasang di loket.',
    });
    expect(sent.json()).toMatchObject({ status: 'dikirim', version: 1 });
    // The same person moves to the Inspektorat.
    await ctx.database.db
      .update(users)
      .set({ role: 'internal_verifier' })
      .where(eq(users.id, t.userIds.gov_coordinator));
    const moved = await signIn(ctx.app, t.emails.gov_coordinator, TEST_PASSWORD);
    const detail = (await moved.get(`/api/followups/${item!.id}`)).json();
    expect(detail.can).not.toContain('verify');
    const own = await moved.post(`/api/followups/${item!.id}/verify`, { decision: 'selesai', version: 1 });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toMatch(/orang yang menjawab/);
    const colleague = await (
      await t.as('internal_verifier')
    ).post(`/api/followups/${item!.id}/verify`, {
      decision: 'selesai',
      version: 1,
    });
    expect(colleague.statusCode, colleague.body).toBe(200);
    expect(colleague.json().status).toBe('selesai');
    await ctx.database.db
      .update(users)
      .set({ role: 'gov_coordinator' })
      .where(eq(users.id, t.userIds.gov_coordinator));
  });
});

describe('publication', () => {
  it('headquarters publishes a rekomendasi, nothing else', async () => {
    const [rek, saran] = await insertItems(ctx, t, [{ kind: 'rekomendasi' }, { kind: 'saran_perbaikan' }]);
    const admin = await t.as('admin');
    const res = await admin.post(`/api/followups/${rek!.id}/publish`, { publish: true, version: 0 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().publishedAt).toBeTruthy();
    expect(
      (await admin.post(`/api/followups/${saran!.id}/publish`, { publish: true, version: 0 })).statusCode,
    ).toBe(409);
    const back = await admin.post(`/api/followups/${rek!.id}/publish`, { publish: false, version: 1 });
    expect(back.json()).toMatchObject({ publishedAt: null, version: 2 });
    expect(
      back
        .json()
        .history.map((h: { action: string }) => h.action)
        .slice(0, 2),
    ).toEqual(['publikasi_dicabut', 'dipublikasikan']);
  });

  it('the office’s choice: default saran perbaikan; never corrective actions; another office 404', async () => {
    const head = await t.as('oversight_head');
    const url = `/api/offices/${t.officeId}/followup-publication`;
    expect((await head.get(url)).json()).toEqual({ kinds: ['saran_perbaikan'] });
    const put = await head.request('PUT', url, { kinds: ['saran_perbaikan', 'kegiatan'] });
    expect(put.statusCode, put.body).toBe(200);
    expect((await (await t.as('assessor')).get(url)).json()).toEqual({
      kinds: ['saran_perbaikan', 'kegiatan'],
    });
    const never = await head.request('PUT', url, { kinds: ['tindakan_korektif'] });
    expect(never.statusCode).toBe(400);
    expect(Object.keys(never.json().error.fields)[0]).toMatch(/^kinds/);
    expect((await (await other.as('oversight_head')).request('PUT', url, { kinds: [] })).statusCode).toBe(
      404,
    );
    expect((await (await t.as('assessor')).request('PUT', url, { kinds: [] })).statusCode).toBe(403);
  });
});

describe('overdue', () => {
  it('per government in reach: open, overdue, the oldest due date', async () => {
    const f = await makeTenant(ctx);
    await insertItems(ctx, f, [
      { dueOn: '2021-03-01' },
      { dueOn: '2022-05-01', status: 'dijawab' },
      { dueOn: '2020-01-01', status: 'selesai' },
      { dueOn: '2099-01-01' },
    ]);
    const res = await (await f.as('assessor')).get('/api/followups/overdue');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      {
        governmentId: f.governmentId,
        governmentName: expect.any(String),
        officeId: f.officeId,
        open: 3,
        overdue: 2,
        oldestDue: '2021-03-01',
      },
    ]);
    expect((await (await other.as('assessor')).get('/api/followups/overdue')).json().items).toEqual([]);
  });
});
