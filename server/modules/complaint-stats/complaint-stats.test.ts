/**
 * Complaint statistics on a small hand-built fixture (both engines): every number below is counted
 * by hand from the three cases of office A (and one of office B, out of A's reach). The answer
 * holds aggregates only: no reporter's identity, no case text (the bytes are searched).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartialIdentity } from '../../../shared/contracts/complaints';
import type { ComplaintStats } from '../../../shared/contracts/complaints-stats';
import { complaintForms } from '../../db/schema-complaints';
import { loadConfig } from '../../config';
import { identityKeysOf } from '../../lib/identity-crypto';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { createReport, type NewReport } from '../complaints/complaints.create';
import { placeInStage } from '../demo/demo-complaint-stage';

let ctx: TestContext;
let a: Tenant;
let b: Tenant;
const SECRETS = ['Warga Uji Statistik', '6311015204900077', '081299988877', 'statistik@example.test'];
const TEXTS = ['Izin usaha tertahan tanpa kabar', 'Petugas meminta uang tambahan di loket'];

const identity: PartialIdentity = {
  fullName: SECRETS[0]!,
  nik: SECRETS[1],
  phone: SECRETS[2],
  email: SECRETS[3],
  birthDate: '1988-01-02',
};

beforeAll(async () => {
  ctx = await createTestContext();
  a = await makeTenant(ctx, { provinceCodes: ['63'] });
  b = await makeTenant(ctx, { provinceCodes: ['64'] });
  const keys = identityKeysOf(loadConfig({ PATUH_DATA_DIR: ctx.dataDir } as NodeJS.ProcessEnv));
  const db = ctx.database.db;
  const report = (over: Partial<NewReport>): NewReport => ({
    identity,
    body: { kind: 'pemda', name: 'Dinas Penanaman Modal Uji', governmentId: a.governmentId },
    subject: TEXTS[0]!,
    description: TEXTS[1]!,
    confidential: true,
    consent: true,
    channel: 'web',
    ...over,
  });
  // Case 1: received Mon 2 March 2026 12:00 WIB, through verification and the plenary into examination.
  const c1 = await createReport(db, keys, report({ receivedOn: '2026-03-02' }));
  await placeInStage(db, c1.id, [
    { action: 'catat_register', to: 'verifikasi_formil', on: '2026-03-04' }, // 10:00 WIB
    { action: 'formil_lengkap', to: 'verifikasi_materiil', on: '2026-03-09' }, // 11:00
    { action: 'materiil_lolos', to: 'pleno', on: '2026-03-12' }, // 12:00
    { action: 'pleno_terima', to: 'pemeriksaan', on: '2026-03-16' }, // 13:00
  ]);
  await db.insert(complaintForms).values({ complaintId: c1.id, formCode: 'permintaan_imbalan' });
  // Case 2: same day, closed as a consultation the next morning (10:00 WIB).
  const c2 = await createReport(db, keys, report({ receivedOn: '2026-03-02' }));
  await placeInStage(db, c2.id, [
    { action: 'tutup_konsultasi', to: 'selesai', on: '2026-03-03', closes: 'konsultasi' },
  ]);
  // Case 3: a body outside the registry in province 63 (office A), by phone, 1 April; registered 6 April.
  const c3 = await createReport(
    db,
    keys,
    report({
      body: { kind: 'kepolisian', name: 'Polres Uji', regionCode: '63.11' },
      channel: 'telepon',
      receivedOn: '2026-04-01',
    }),
  );
  await placeInStage(db, c3.id, [{ action: 'catat_register', to: 'verifikasi_formil', on: '2026-04-06' }]);
  // Office B's case: never in A's figures.
  await createReport(
    db,
    keys,
    report({
      body: { kind: 'pemda', name: 'Dinas B', governmentId: b.governmentId },
      receivedOn: '2026-03-02',
    }),
  );
}, 120_000);
afterAll(async () => ctx.close());

const stats = async (role: 'admin' | 'assessor' | 'oversight_head', query: string, tenant = () => a) => {
  const agent = await tenant().as(role);
  return agent.get(`/api/complaint-stats${query}`);
};

describe('complaint statistics', () => {
  it('counts office A’s cases by hand', async () => {
    const res = await stats('assessor', '');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<ComplaintStats>();
    expect(s.scope.officeId).toBe(a.officeId);
    expect([s.total, s.open, s.closed]).toEqual([3, 2, 1]);
    const nonZero = s.byStage.filter((x) => x.count > 0);
    expect(nonZero).toEqual([
      { key: 'verifikasi_formil', count: 1 },
      { key: 'pemeriksaan', count: 1 },
      { key: 'selesai', count: 1 },
    ]);
    expect(s.byChannel).toEqual([
      { key: 'web', count: 2 },
      { key: 'telepon', count: 1 },
    ]);
    expect(s.byClosure).toEqual([{ key: 'konsultasi', count: 1 }]);
    expect(s.byTrack).toEqual([{ key: 'reguler', count: 3 }]);
    expect(s.bySector).toEqual([{ key: null, count: 3 }]);
    expect(s.byForm.map((f) => [f.key, f.count])).toEqual([
      ['belum_dikategorikan', 3],
      ['permintaan_imbalan', 1],
    ]);
    expect(s.byBody).toEqual([
      { kind: 'pemda', name: 'Dinas Penanaman Modal Uji', governmentId: a.governmentId, count: 2 },
      { kind: 'kepolisian', name: 'Polres Uji', governmentId: null, count: 1 },
    ]);
    const day = (stage: string) => s.stageDays.find((x) => x.stage === stage);
    // penerimaan: 1.92 (c1: 2 Mar 12:00 → 4 Mar 10:00), 0.92 (c2), 4.92 (c3) → median 1.9 days.
    expect(day('penerimaan')).toEqual({
      stage: 'penerimaan',
      stays: 3,
      medianDays: 1.9,
      deadline: { key: 'verifikasi', days: 14, unit: 'working' },
    });
    // verifikasi_formil: only c1 has left it (4 Mar 10:00 → 9 Mar 11:00 = 5.04 days).
    expect(day('verifikasi_formil')).toMatchObject({ stays: 1, medianDays: 5 });
    expect(day('verifikasi_materiil')).toMatchObject({ stays: 1, medianDays: 3 });
    expect(day('pleno')).toMatchObject({ stays: 1, medianDays: 4, deadline: { key: 'pleno', days: 10 } });
    expect(day('pemeriksaan')).toMatchObject({ stays: 0, medianDays: null });
    // Closed: c2 only, 2 Mar 12:00 → 3 Mar 10:00 = 0.92 days.
    expect(s.medianDaysToClose).toBe(0.9);
    // Clocks: verifikasi met on time by c1 (12 Mar) and c2 (3 Mar); c3's still runs, past due
    // (14 working days from 1 April); pleno met; pemeriksaan (60 working days from 16 Mar) past due.
    expect(s.deadlines).toEqual([
      { key: 'pemeriksaan', onTime: 0, late: 0, running: 1, overdue: 1 },
      { key: 'pleno', onTime: 1, late: 0, running: 0, overdue: 0 },
      { key: 'verifikasi', onTime: 2, late: 0, running: 1, overdue: 1 },
    ]);
    expect(s.overdue).toBe(2);
    expect(s.governments).toEqual([
      { governmentId: a.governmentId, name: expect.any(String), total: 2, open: 1, medianDaysToClose: 0.9 },
    ]);
  });

  it('narrows by government, year and dates (WIB days)', async () => {
    const gov = (await stats('oversight_head', `?governmentId=${a.governmentId}`)).json<ComplaintStats>();
    expect([gov.total, gov.open, gov.scope.governmentName]).toEqual([2, 1, expect.any(String)]);
    expect((await stats('assessor', '?year=2025')).json<ComplaintStats>().total).toBe(0);
    expect((await stats('assessor', '?year=2026&from=2026-04-01')).json<ComplaintStats>().total).toBe(1);
    expect((await stats('assessor', '?to=2026-03-31')).json<ComplaintStats>().total).toBe(2);
    expect((await stats('assessor', '?from=2026-03-02&to=2026-03-02')).json<ComplaintStats>().total).toBe(2);
  });

  it('admins see the whole country or one office', async () => {
    const national = (await stats('admin', '')).json<ComplaintStats>();
    expect(national.total).toBe(4);
    // The whole country reads the kept stays without the cases: office B's one case has none, so
    // the days per stage are office A's, counted by hand above.
    const officeA = (await stats('assessor', '')).json<ComplaintStats>();
    expect(national.stageDays).toEqual(officeA.stageDays);
    expect(national.stageDays.find((x) => x.stage === 'penerimaan')).toMatchObject({
      stays: 3,
      medianDays: 1.9,
    });
    const one = (await stats('admin', `?officeId=${b.officeId}`)).json<ComplaintStats>();
    expect([one.total, one.scope.officeId]).toEqual([1, b.officeId]);
  });

  it('another office, or a government of another office, is 404 like a missing one', async () => {
    expect((await stats('assessor', `?officeId=${a.officeId}`, () => b)).statusCode).toBe(404);
    expect((await stats('assessor', `?governmentId=${a.governmentId}`, () => b)).statusCode).toBe(404);
    expect((await stats('assessor', `?officeId=${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await stats('admin', `?governmentId=${crypto.randomUUID()}`)).statusCode).toBe(404);
    const coord = await a.as('gov_coordinator');
    expect((await coord.get('/api/complaint-stats')).statusCode).toBe(403);
  });

  it('bad filters answer 400 with the field, in the user’s language', async () => {
    const bad = await stats('assessor', '?from=2026-05-01&to=2026-04-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('to');
    for (const q of ['?year=dua', '?from=2026-13-01', '?officeId=bukan-id', '?year=1900'])
      expect((await stats('assessor', q)).statusCode, q).toBe(400);
  });

  it('never carries a reporter’s identity or a case’s text', async () => {
    for (const q of ['', `?governmentId=${a.governmentId}`]) {
      const body = (await stats('oversight_head', q)).body;
      for (const s of [...SECRETS, ...TEXTS, '1988-01-02']) expect(body).not.toContain(s);
    }
    const national = (await stats('admin', '')).body;
    for (const s of [...SECRETS, ...TEXTS]) expect(national).not.toContain(s);
  });
});
