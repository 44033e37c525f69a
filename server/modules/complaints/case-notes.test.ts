/**
 * Case notes through the API (issue 14 parts 6–7): a field visit on a case in examination shows in
 * its history with its own date; a mediation needs its outcome (field error, id and en) and fits
 * only examination-and-after stages; headquarters' decisions on a recommendation are the head's,
 * on a case at the recommendation only; another office's head gets 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintDetail, ComplaintEvent } from '../../../shared/contracts/complaints-case';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { caseInStage } from './complaints-fixtures';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
  other = await makeTenant(ctx, { provinceCodes: ['64'] });
});
afterAll(async () => ctx.close());

const note = (kind: string, extra: Record<string, unknown> = {}) => ({
  kind,
  on: '2026-07-02',
  text: 'Tim memeriksa loket Disdukcapil dan antrean berkas.',
  ...extra,
});

describe('case notes', () => {
  it('a field visit on a case in examination is in its history with its own date', async () => {
    const assessor = await t.as('assessor');
    const c = await caseInStage(ctx, t, 'pemeriksaan');
    const res = await assessor.post(`/api/complaints/${c.id}/notes`, note('kunjungan_lapangan'));
    expect(res.statusCode, res.body).toBe(201);
    const ev = res.json<ComplaintEvent>();
    expect(ev).toMatchObject({ action: 'kunjungan_lapangan', noteOn: '2026-07-02', actorKind: 'petugas' });
    const d = (await assessor.get(`/api/complaints/${c.id}`)).json<ComplaintDetail>();
    const row = d.events.find((e) => e.action === 'kunjungan_lapangan')!;
    expect(row.note).toBe('Tim memeriksa loket Disdukcapil dan antrean berkas.');
    expect(row.noteOn).toBe('2026-07-02');
    expect(row.visibleToReporter).toBe(false);
  });

  it('a mediation needs its outcome and an examination-or-later stage', async () => {
    const assessor = await t.as('assessor');
    const c = await caseInStage(ctx, t, 'pemeriksaan');
    const missing = await assessor.post(`/api/complaints/${c.id}/notes`, note('mediasi'));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.outcome).toBe('Wajib diisi.');
    const ok = await assessor.post(`/api/complaints/${c.id}/notes`, note('mediasi', { outcome: 'berhasil' }));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<ComplaintEvent>().outcome).toBe('berhasil');
    const early = await caseInStage(ctx, t, 'verifikasi_formil');
    const refused = await assessor.post(
      `/api/complaints/${early.id}/notes`,
      note('mediasi', { outcome: 'berhasil' }),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('tidak dapat dicatat pada tahap');
    const closed = await caseInStage(ctx, t, 'selesai');
    expect(
      (await assessor.post(`/api/complaints/${closed.id}/notes`, note('catatan_pemeriksaan'))).statusCode,
    ).toBe(409);
  });

  it('headquarters’ decisions on a recommendation are the head’s, at the recommendation only', async () => {
    const c = await caseInStage(ctx, t, 'rekomendasi');
    const assessor = await t.as('assessor');
    const decision = note('publikasi_rekomendasi', { text: 'Kantor pusat mempublikasikan rekomendasi.' });
    expect((await assessor.post(`/api/complaints/${c.id}/notes`, decision)).statusCode).toBe(403);
    const head = await t.as('oversight_head');
    expect((await head.post(`/api/complaints/${c.id}/notes`, decision)).statusCode).toBe(201);
    const dpr = note('laporan_dpr_presiden', { text: 'Dilaporkan kepada DPR dan Presiden.' });
    expect((await head.post(`/api/complaints/${c.id}/notes`, dpr)).statusCode).toBe(201);
    const examining = await caseInStage(ctx, t, 'pemeriksaan');
    expect((await head.post(`/api/complaints/${examining.id}/notes`, decision)).statusCode).toBe(409);
    const stranger = await other.as('oversight_head');
    expect((await stranger.post(`/api/complaints/${c.id}/notes`, decision)).statusCode).toBe(404);
    expect(
      (await (await t.as('gov_coordinator')).post(`/api/complaints/${c.id}/notes`, decision)).statusCode,
    ).toBe(403);
  });

  it('refuses a future date and an unknown kind with field errors', async () => {
    const assessor = await t.as('assessor');
    const c = await caseInStage(ctx, t, 'pemeriksaan');
    const res = await assessor.post(`/api/complaints/${c.id}/notes`, {
      kind: 'rahasia',
      on: '2999-01-01',
      text: '',
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(expect.arrayContaining(['kind', 'text']));
  });
});
