/**
 * A new case on a real database: the identity sealed (never in clear in any column), the keyed hash
 * for duplicates, the PIN hashed and checked in constant time, routing to the body's office, the
 * first clock (14 working days of verification, REFERENCE §4.3 / deadline rules v1) counted on
 * the stored calendar, and a double submit that makes one case.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintDeadlines, complaintForms, complaints } from '../../db/schema-complaints';
import { decryptJson, identityKeysOf, verifyPin } from '../../lib/identity-crypto';
import { loadConfig } from '../../config';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { createReport, type NewReport } from './complaints.create';
import type { PartialIdentity } from '../../../shared/contracts/complaints';

let ctx: TestContext;
let t: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
});
afterAll(async () => ctx.close());

const keys = () => identityKeysOf(loadConfig({ PATUH_DATA_DIR: ctx.dataDir } as NodeJS.ProcessEnv));

const identity: PartialIdentity = {
  fullName: 'Siti Rahmawati',
  birthPlace: 'Paringin',
  birthDate: '1990-04-12',
  maritalStatus: 'kawin',
  occupation: 'Pedagang',
  address: 'Jl. Ahmad Yani No. 5, Paringin',
  nik: '6311015204900001',
  phone: '081234567890',
  email: 'siti@example.test',
};

const report = (over: Partial<NewReport> = {}): NewReport => ({
  identity,
  body: { kind: 'pemda', name: 'Disdukcapil', governmentId: t.governmentId },
  subject: 'KTP-el tidak kunjung terbit',
  description: 'Sudah tiga bulan menunggu KTP-el.',
  confidential: true,
  consent: true,
  channel: 'web',
  receivedOn: '2026-06-08',
  ...over,
});

describe('creating a case', () => {
  it('seals the identity, hashes the PIN and routes to the body government’s office', async () => {
    const created = await createReport(ctx.database.db, keys(), report());
    expect(created.repeated).toBe(false);
    expect(created.trackingNumber).toMatch(/^LM-2026-[2-9A-HJ-NP-Z]{8}$/);
    expect(created.pin).toMatch(/^\d{6}$/);
    expect(created.officeId).toBe(t.officeId);
    const [row] = await ctx.database.db.select().from(complaints).where(eq(complaints.id, created.id));
    // Nothing of the identity in clear anywhere in the row.
    const dump = JSON.stringify(row);
    for (const secret of [
      'Siti',
      'Rahmawati',
      '6311015204900001',
      '081234567890',
      'siti@example.test',
      'Paringin',
    ])
      expect(dump).not.toContain(secret);
    expect(decryptJson<PartialIdentity>(keys(), row!.identityCipher!)).toEqual(identity);
    expect(verifyPin(created.pin!, row!.pinHash)).toBe(true);
    expect(verifyPin('000000' === created.pin ? '111111' : '000000', row!.pinHash)).toBe(false);
    expect(verifyPin(created.pin!, undefined)).toBe(false);
    expect(row!.stage).toBe('penerimaan');
    const forms = await ctx.database.db
      .select()
      .from(complaintForms)
      .where(eq(complaintForms.complaintId, created.id));
    expect(forms.map((f) => f.formCode)).toEqual(['belum_dikategorikan']);
    // Mon 8 June 2026 + 14 working days (rule `verifikasi` v1, REFERENCE §10.7): 9–12 June (4),
    // 15 June (5), Tue 16 June is Tahun Baru Islam 1448 H (national holiday, skipped), 17–19 (8),
    // 22–26 (13), Mon 29 June (14).
    const [deadline] = await ctx.database.db
      .select()
      .from(complaintDeadlines)
      .where(eq(complaintDeadlines.complaintId, created.id));
    expect(deadline).toMatchObject({ key: 'verifikasi', days: 14, unit: 'working', startedOn: '2026-06-08' });
    expect(deadline!.dueOn).toBe('2026-06-29');
  });

  it('a double submit with the same key makes one case and does not show the PIN again', async () => {
    const key = 'k'.repeat(20) + Date.now();
    const [a, b] = await Promise.all([
      createReport(ctx.database.db, keys(), report({ submissionKey: key })).catch((e: unknown) => e),
      createReport(ctx.database.db, keys(), report({ submissionKey: key })).catch((e: unknown) => e),
    ]);
    const again = await createReport(ctx.database.db, keys(), report({ submissionKey: key }));
    expect(again.repeated).toBe(true);
    expect(again.pin).toBeUndefined();
    const rows = await ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(complaints)
      .where(eq(complaints.submissionKey, key));
    expect(rows[0]!.n).toBe(1);
    const ok = [a, b].filter((r) => !(r instanceof Error));
    expect(ok.length).toBeGreaterThanOrEqual(1);
  });

  it('the same reporter gets the same keyed hash; another NIK another', async () => {
    const one = await createReport(ctx.database.db, keys(), report());
    const two = await createReport(
      ctx.database.db,
      keys(),
      report({ identity: { ...identity, fullName: 'SITI  rahmawati' } }),
    );
    const three = await createReport(
      ctx.database.db,
      keys(),
      report({ identity: { ...identity, nik: '6311015204900002' } }),
    );
    const hashes = await ctx.database.db
      .select({ id: complaints.id, h: complaints.identityHash })
      .from(complaints)
      .where(sql`${complaints.id} in (${one.id}, ${two.id}, ${three.id})`);
    const h = (id: string) => hashes.find((r) => r.id === id)!.h;
    expect(h(one.id)).toBe(h(two.id));
    expect(h(one.id)).not.toBe(h(three.id));
    expect(h(one.id)).not.toContain('6311015204900001');
  });
});
