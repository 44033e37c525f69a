/**
 * The staff case API through HTTP: recording a report (the PIN once, the office by reach), the
 * list (filters, keyset pages, total), the detail (no identity; actions filtered by guards),
 * officers, classification, messages, attachments and the recommendation's dates.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintList } from '../../../shared/contracts/complaints';
import type { ComplaintDetail } from '../../../shared/contracts/complaints-case';
import { complaintDeadlines, complaints } from '../../db/schema-complaints';
import { verifyPin } from '../../lib/identity-crypto';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { caseInStage, staffReport } from './complaints-fixtures';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
  other = await makeTenant(ctx, { provinceCodes: ['64'] });
});
afterAll(async () => ctx.close());

describe('recording a report', () => {
  it('answers the tracking number and a PIN that matches the stored hash, at the body’s office', async () => {
    const assessor = await t.as('assessor');
    const res = await assessor.post('/api/complaints', staffReport(t));
    expect(res.statusCode, res.body).toBe(201);
    const receipt = res.json<{ id: string; trackingNumber: string; pin: string; officeName: string }>();
    expect(receipt.trackingNumber).toMatch(/^LM-\d{4}-/);
    const [row] = await ctx.database.db.select().from(complaints).where(eq(complaints.id, receipt.id));
    expect(verifyPin(receipt.pin, row!.pinHash)).toBe(true);
    expect(row!.officeId).toBe(t.officeId);
    expect(row!.channel).toBe('datang_langsung');
    expect(row!.createdBy).toBe(assessor.userId);
  });

  it('a report about a body of another office is kept at the recording officer’s own office', async () => {
    const assessor = await t.as('assessor');
    const res = await assessor.post(
      '/api/complaints',
      staffReport(t, { body: { kind: 'pemda', name: 'Dinas Lain', governmentId: other.governmentId } }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await ctx.database.db.select().from(complaints).where(eq(complaints.id, res.json().id));
    expect(row!.officeId).toBe(t.officeId);
    // An admin's report goes where the routing says.
    const admin = await t.as('admin');
    const res2 = await admin.post(
      '/api/complaints',
      staffReport(t, { body: { kind: 'pemda', name: 'Dinas Lain', governmentId: other.governmentId } }),
    );
    const [row2] = await ctx.database.db.select().from(complaints).where(eq(complaints.id, res2.json().id));
    expect(row2!.officeId).toBe(other.officeId);
  });

  it('bad input answers 400 with the field, in Indonesian', async () => {
    const assessor = await t.as('assessor');
    const res = await assessor.post('/api/complaints', {
      ...staffReport(t),
      channel: 'web',
      identity: { fullName: 'X', nik: '123' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as Record<string, string>;
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['channel', 'identity.nik']));
    expect(fields['identity.nik']).toContain('16 angka');
    expect(fields.channel).toContain('formulir publik');
    const future = await assessor.post('/api/complaints', { ...staffReport(t), receivedOn: '9999-12-30' });
    expect(future.statusCode).toBe(400);
    expect(Object.keys(future.json().error.fields)).toEqual(['receivedOn']);
  });
});

describe('the list', () => {
  it('pages by cursor without repeats, counts the total, filters, and stays in the office', async () => {
    const head = await t.as('oversight_head');
    const mine = await Promise.all([0, 1, 2, 3, 4].map(() => caseInStage(ctx, t, 'pleno')));
    await caseInStage(ctx, other, 'pleno');
    const seen: string[] = [];
    let cursor: string | null = null;
    let total = -1;
    do {
      const res = await head.get(
        `/api/complaints?stage=pleno&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const page: ComplaintList = res.json();
      total = page.total;
      seen.push(...page.items.map((i) => i.id));
      for (const i of page.items) expect(i.officeId).toBe(t.officeId);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
    for (const m of mine) expect(seen).toContain(m.id);
    // By due date, page by page: the same set, earliest due first, cases without a clock last.
    await ctx.database.db
      .update(complaintDeadlines)
      .set({ status: 'terpenuhi' })
      .where(eq(complaintDeadlines.complaintId, mine[0]!.id));
    await ctx.database.db
      .update(complaintDeadlines)
      .set({ dueOn: '2026-06-20' })
      .where(eq(complaintDeadlines.complaintId, mine[1]!.id));
    const byDue: ComplaintList['items'] = [];
    cursor = null;
    do {
      const res = await head.get(
        `/api/complaints?stage=pleno&sort=due_asc&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      const page: ComplaintList = res.json();
      byDue.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(byDue.map((i) => i.id).sort()).toEqual([...seen].sort());
    expect(byDue[0]!.id).toBe(mine[1]!.id);
    expect(byDue.at(-1)!.id).toBe(mine[0]!.id);
    expect(byDue.at(-1)!.nextDeadline).toBeNull();
    const dues = byDue.slice(0, -1).map((i) => i.nextDeadline!.dueOn);
    expect(dues).toEqual([...dues].sort());
  });

  it('q matches the tracking number and the subject, never the reporter', async () => {
    const head = await t.as('oversight_head');
    const c = await caseInStage(ctx, t, 'pemeriksaan');
    const [row] = await ctx.database.db.select().from(complaints).where(eq(complaints.id, c.id));
    const byNumber: ComplaintList = (await head.get(`/api/complaints?q=${row!.trackingNumber}`)).json();
    expect(byNumber.items.map((i) => i.id)).toEqual([c.id]);
    const bySubject: ComplaintList = (await head.get('/api/complaints?q=akta%20kelahiran')).json();
    expect(bySubject.total).toBeGreaterThan(0);
    const byName: ComplaintList = (await head.get('/api/complaints?q=Hidayatullah')).json();
    expect(byName.total).toBe(0);
  });

  it('mine = cases the actor is assigned to; overdue = a running clock past due', async () => {
    const head = await t.as('oversight_head');
    const assessor = await t.as('assessor');
    const c = await caseInStage(ctx, t, 'verifikasi_formil');
    const put = await head.request('PUT', `/api/complaints/${c.id}/officers`, {
      version: 0,
      officers: [{ userId: t.userIds.assessor, lead: true }],
    });
    expect(put.statusCode, put.body).toBe(200);
    const mine: ComplaintList = (await assessor.get('/api/complaints?mine=true&limit=100')).json();
    expect(mine.items.map((i) => i.id)).toContain(c.id);
    const headMine: ComplaintList = (await head.get('/api/complaints?mine=true&limit=100')).json();
    expect(headMine.items.map((i) => i.id)).not.toContain(c.id);
    // The verification clock of a case received 2026-06-08 is due 2026-06-29: past due today.
    await ctx.database.db
      .update(complaintDeadlines)
      .set({ dueOn: '2000-01-03' })
      .where(eq(complaintDeadlines.complaintId, c.id));
    const overdue: ComplaintList = (await head.get('/api/complaints?overdue=true&limit=100')).json();
    const hit = overdue.items.find((i) => i.id === c.id);
    expect(hit?.nextDeadline).toMatchObject({ key: 'verifikasi', overdue: true, paused: false });
    const notOverdue: ComplaintList = (await head.get('/api/complaints?overdue=false&limit=100')).json();
    expect(notOverdue.items.map((i) => i.id)).not.toContain(c.id);
  });

  it('a tampered cursor reads from the start', async () => {
    const head = await t.as('oversight_head');
    for (const cursor of ['%%%', Buffer.from('["2026-99-99","x"]').toString('base64url')]) {
      const res = await head.get(`/api/complaints?cursor=${encodeURIComponent(cursor)}`);
      expect(res.statusCode, res.body).toBe(200);
    }
  });
});

describe('the detail and what staff do to a case', () => {
  it('shows the case with a label for the reporter, the clocks and the actions the role may take', async () => {
    const assessor = await t.as('assessor');
    const c = await caseInStage(ctx, t, 'verifikasi_materiil', { confidential: true });
    const res = await assessor.get(`/api/complaints/${c.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const d: ComplaintDetail = res.json();
    expect(d.reporter.label).toBe('Identitas dirahasiakan');
    expect(d.actions).toEqual(['materiil_lolos', 'materiil_ditolak', 'cabut']);
    expect(d.canReveal).toBe(false);
    expect(d.deadlines[0]).toMatchObject({ key: 'verifikasi', status: 'berjalan' });
    expect(d.formLabels.map((f) => f.code)).toEqual(['belum_dikategorikan']);
    const head = await t.as('oversight_head');
    const dh: ComplaintDetail = (await head.get(`/api/complaints/${c.id}`)).json();
    expect(dh.actions).toEqual(['mulai_rco', 'materiil_lolos', 'materiil_ditolak', 'alihkan', 'cabut']);
    expect(dh.canReveal).toBe(true);
    // The assessor may neither transfer nor assign: nothing to choose from.
    expect(d.transferTargets).toEqual([]);
    expect(d.staffCandidates).toEqual([]);
    // The head transfers to any other live office and assigns the office's assessors and head.
    expect(dh.transferTargets.length).toBeGreaterThan(0);
    expect(dh.transferTargets.map((o) => o.id)).not.toContain(t.officeId);
    expect(dh.staffCandidates.map((s) => s.userId).sort()).toEqual(
      [t.userIds.assessor, t.userIds.oversight_head].sort(),
    );
  });

  it('the completion window guard: no closing before it lapses', async () => {
    const assessor = await t.as('assessor');
    const c = await caseInStage(ctx, t, 'menunggu_kelengkapan');
    await ctx.database.db
      .update(complaintDeadlines)
      .set({ dueOn: '2999-12-31' })
      .where(eq(complaintDeadlines.complaintId, c.id));
    const d: ComplaintDetail = (await assessor.get(`/api/complaints/${c.id}`)).json();
    expect(d.actions).not.toContain('tutup_tidak_lengkap');
    const res = await assessor.post(`/api/complaints/${c.id}/transitions`, {
      action: 'tutup_tidak_lengkap',
      version: 0,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('belum lewat');
  });

  it('officers: head only, staff of the case’s office, one lead', async () => {
    const c = await caseInStage(ctx, t, 'pemeriksaan');
    const assessor = await t.as('assessor');
    const head = await t.as('oversight_head');
    const body = { version: 0, officers: [{ userId: t.userIds.assessor, lead: true }] };
    expect((await assessor.request('PUT', `/api/complaints/${c.id}/officers`, body)).statusCode).toBe(403);
    const twoLeads = await head.request('PUT', `/api/complaints/${c.id}/officers`, {
      version: 0,
      officers: [
        { userId: t.userIds.assessor, lead: true },
        { userId: t.userIds.oversight_head, lead: true },
      ],
    });
    expect(twoLeads.statusCode).toBe(400);
    const outsider = await head.request('PUT', `/api/complaints/${c.id}/officers`, {
      version: 0,
      officers: [{ userId: other.userIds.assessor, lead: true }],
    });
    expect(outsider.statusCode).toBe(400);
    expect(Object.keys(outsider.json().error.fields)).toEqual(['officers.0.userId']);
    const ok = await head.request('PUT', `/api/complaints/${c.id}/officers`, body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().version).toBe(1);
    const stale = await head.request('PUT', `/api/complaints/${c.id}/officers`, body);
    expect(stale.statusCode).toBe(409);
    // Now assigned, the assessor may reveal.
    const d: ComplaintDetail = (await assessor.get(`/api/complaints/${c.id}`)).json();
    expect(d.canReveal).toBe(true);
    expect(d.officers).toEqual([{ userId: t.userIds.assessor, name: expect.any(String), lead: true }]);
    // The newly assigned officer is told once, by tracking number and stage (never the reporter).
    const inbox = (await assessor.get('/api/notifications')).json<{
      items: Array<{ kind: string; title: string; body: string; link: string | null }>;
    }>();
    const told = inbox.items.filter(
      (n) => n.kind === 'complaint.assigned' && n.link === `/pengaduan/${c.id}`,
    );
    expect(told).toHaveLength(1);
    const tracking = d.trackingNumber;
    expect(told[0]!.title).toBe(`Anda ditugaskan pada laporan ${tracking}`);
    expect(told[0]!.body).toContain('sebagai ketua tim pada laporan');
    expect(told[0]!.body).toContain('tahap Pemeriksaan');
    expect(told[0]!.link).toBe(`/pengaduan/${c.id}`);
  });

  it('classification: live forms only, a sector, the body linked to a unit of the registry', async () => {
    const c = await caseInStage(ctx, t, 'verifikasi_formil');
    const assessor = await t.as('assessor');
    const bad = await assessor.request('PUT', `/api/complaints/${c.id}/classification`, {
      version: 0,
      forms: ['penundaan_berlarut', 'bukan_bentuk'],
      sector: 'kependudukan',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['forms.1']);
    const none = await assessor.request('PUT', `/api/complaints/${c.id}/classification`, {
      version: 0,
      forms: [],
    });
    expect(none.statusCode).toBe(400);
    const ok = await assessor.request('PUT', `/api/complaints/${c.id}/classification`, {
      version: 0,
      forms: ['penundaan_berlarut', 'tidak_memberikan_pelayanan'],
      sector: 'kependudukan',
      substance: 'Administrasi kependudukan',
      bodyUnitId: t.unitId,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const d: ComplaintDetail = (await assessor.get(`/api/complaints/${c.id}`)).json();
    expect(d.forms).toEqual(['penundaan_berlarut', 'tidak_memberikan_pelayanan']);
    expect(d).toMatchObject({ sector: 'kependudukan', bodyUnitId: t.unitId, version: 1 });
    const wrongUnit = await assessor.request('PUT', `/api/complaints/${c.id}/classification`, {
      version: 1,
      forms: ['penundaan_berlarut'],
      bodyUnitId: other.unitId,
    });
    expect(wrongUnit.statusCode).toBe(400);
  });

  it('a message to the reporter and a chat export attached, then downloaded', async () => {
    const c = await caseInStage(ctx, t, 'verifikasi_formil');
    const assessor = await t.as('assessor');
    const msg = await assessor.post(`/api/complaints/${c.id}/messages`, {
      body: 'Mohon lengkapi kronologi.',
    });
    expect(msg.statusCode, msg.body).toBe(201);
    const boundary = 'patuhcx';
    const pdf = '%PDF-1.4\n%uji\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
    const payload = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nekspor_chat\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="chat.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--${boundary}--\r\n`,
    );
    const up = await assessor.request('POST', `/api/complaints/${c.id}/attachments`, payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ kind: 'ekspor_chat', mimeType: 'application/pdf', source: 'petugas' });
    const d: ComplaintDetail = (await assessor.get(`/api/complaints/${c.id}`)).json();
    expect(d.messages.map((m) => m.body)).toEqual(['Mohon lengkapi kronologi.']);
    expect(d.attachments.map((a) => a.kind)).toEqual(['ekspor_chat']);
    const dl = await assessor.get(`/api/complaints/${c.id}/attachments/${up.json().id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.body).toBe(pdf);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    // Another office's assessor: 404 like a missing file.
    const outsider = await other.as('assessor');
    expect((await outsider.get(`/api/complaints/${c.id}/attachments/${up.json().id}`)).statusCode).toBe(404);
  });

  it('the recommendation’s dates: received on starts the 60 calendar days of Pasal 38(2)', async () => {
    const c = await caseInStage(ctx, t, 'rekomendasi');
    const head = await t.as('oversight_head');
    const assessor = await t.as('assessor');
    const body = { version: 0, number: 'R/12/2026', issuedOn: '2026-07-01', receivedOn: '2026-07-06' };
    expect((await assessor.request('PUT', `/api/complaints/${c.id}/recommendation`, body)).statusCode).toBe(
      403,
    );
    const early = await head.request('PUT', `/api/complaints/${c.id}/recommendation`, {
      ...body,
      receivedOn: '2026-06-30',
    });
    expect(early.statusCode).toBe(400);
    const ok = await head.request('PUT', `/api/complaints/${c.id}/recommendation`, body);
    expect(ok.statusCode, ok.body).toBe(200);
    const d: ComplaintDetail = (await head.get(`/api/complaints/${c.id}`)).json();
    expect(d.recommendation).toMatchObject({
      number: 'R/12/2026',
      issuedOn: '2026-07-01',
      receivedOn: '2026-07-06',
    });
    // 6 July 2026 + 60 calendar days = 4 September 2026.
    expect(d.deadlines.find((x) => x.key === 'laporan_rekomendasi')).toMatchObject({
      startedOn: '2026-07-06',
      dueOn: '2026-09-04',
      status: 'berjalan',
    });
  });

  it('users of no office (government side) are refused', async () => {
    const c = await caseInStage(ctx, t, 'pemeriksaan');
    for (const role of ['gov_coordinator', 'unit_pic'] as const) {
      const agent = await t.as(role);
      expect((await agent.get(`/api/complaints/${c.id}`)).statusCode).toBe(403);
      expect((await agent.get('/api/complaints')).statusCode).toBe(403);
    }
  });
});
