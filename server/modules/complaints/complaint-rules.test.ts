/**
 * The deadline rules and the maladministration forms as data (issue 14 parts 5 and 8): every
 * complaint reader reads them, only admins change them; a save of the rules writes a NEW version
 * and a case keeps the version it was registered under (its next clocks still count with it);
 * the set is validated whole (every key once, days and units in range); forms are added, renamed,
 * retired and brought back, never deleted.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES } from '../../../shared/complaints/deadline-rules';
import { auditLog } from '../../db/schema';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { caseOn } from './deadlines.fixtures';
import { startClock } from './deadlines.service';

let ctx: TestContext;
let t: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

const fields = (body: string) => JSON.parse(body).error.fields as Record<string, string>;

describe('deadline rules, versioned', () => {
  it('a new version for new cases; a case keeps its own', async () => {
    const assessor = await t.as('assessor');
    const admin = await t.as('admin');
    const first = await assessor.get('/api/complaint-rules');
    expect(first.statusCode).toBe(200);
    const v1 = first.json<{
      current: { id: string; version: number; rules: typeof DEFAULT_DEADLINE_RULES };
    }>().current;
    expect(v1.version).toBe(1);
    expect(v1.rules).toEqual(DEFAULT_DEADLINE_RULES);

    const old = await caseOn(ctx, t, '2026-08-10');
    expect(old.ruleSetId).toBe(v1.id);

    // Version 2: verification in 20 working days, confirmed.
    const rules = DEFAULT_DEADLINE_RULES.map((r) =>
      r.key === 'verifikasi' ? { ...r, days: 20, unconfirmed: false, basis: 'Keputusan Ketua (uji)' } : r,
    );
    expect((await assessor.request('PUT', '/api/complaint-rules', { rules, note: 'Uji' })).statusCode).toBe(
      403,
    );
    const saved = await admin.request('PUT', '/api/complaint-rules', {
      rules,
      note: 'Verifikasi 20 hari kerja',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const list = saved.json<{
      current: { id: string; version: number };
      versions: Array<{ version: number; cases: number }>;
    }>();
    expect(list.current.version).toBe(2);
    expect(list.versions.map((v) => v.version)).toEqual([2, 1]);

    // The old case keeps v1: a new verification clock counts 14 working days (10 Aug → 1 Sep 2026,
    // 17 and 25 Aug holidays). A new case takes v2: 20 working days from 10 Aug: … 1 Sep (14),
    // 2–4 Sep (17), 7–9 Sep (20) → 9 Sep.
    expect((await startClock(ctx.database.db, old.id, 'verifikasi', '2026-08-10')).dueOn).toBe('2026-09-01');
    const fresh = await caseOn(ctx, t, '2026-08-10');
    expect(fresh.ruleSetId).toBe(list.current.id);
    expect((await startClock(ctx.database.db, fresh.id, 'verifikasi', '2026-08-10')).dueOn).toBe(
      '2026-09-09',
    );

    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, list.current.id));
    expect(audits.map((a) => [a.action, a.entityType])).toEqual([['create', 'complaint_rule_set']]);
  });

  it('the set is checked whole: 400 with field messages, nothing saved', async () => {
    const admin = await t.as('admin');
    const before = (await admin.get('/api/complaint-rules')).json<{ current: { version: number } }>().current
      .version;
    const missing = await admin.request('PUT', '/api/complaint-rules', {
      rules: DEFAULT_DEADLINE_RULES.slice(1),
      note: 'Kurang satu',
    });
    expect(missing.statusCode).toBe(400);
    expect(fields(missing.body).rules).toBe('Setiap tenggat harus ada tepat satu kali.');
    const bad = await admin.request('PUT', '/api/complaint-rules', {
      rules: DEFAULT_DEADLINE_RULES.map((r, i) => (i === 0 ? { ...r, days: 0, unit: 'jam' } : r)),
      note: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(fields(bad.body)).sort()).toEqual(['note', 'rules.0.days', 'rules.0.unit']);
    const after = (await admin.get('/api/complaint-rules')).json<{ current: { version: number } }>().current
      .version;
    expect(after).toBe(before);
  });
});

describe('two admins saving at once', () => {
  it('each save that succeeds is its own version; a clash is a 409, never a 500 or a lost version', async () => {
    const admin = await t.as('admin');
    const before = (await admin.get('/api/complaint-rules')).json<{ versions: unknown[] }>().versions.length;
    const save = (note: string) =>
      admin.request('PUT', '/api/complaint-rules', { rules: DEFAULT_DEADLINE_RULES, note });
    const res = await Promise.all([save('Simpan A'), save('Simpan B')]);
    const codes = res.map((r) => r.statusCode);
    for (const c of codes) expect([200, 409]).toContain(c);
    expect(codes).toContain(200);
    const after = (await admin.get('/api/complaint-rules')).json<{ versions: Array<{ version: number }> }>()
      .versions;
    expect(after.length - before).toBe(codes.filter((c) => c === 200).length);
    expect(new Set(after.map((v) => v.version)).size).toBe(after.length);
  });
});

describe('maladministration forms', () => {
  it('admins add, rename, retire and bring back a form; staff read; bad codes 400, taken 409', async () => {
    const admin = await t.as('admin');
    const assessor = await t.as('assessor');
    const list = (await assessor.get('/api/maladministration-forms')).json<{
      items: Array<{ code: string }>;
    }>();
    expect(list.items.map((f) => f.code)).toContain('penundaan_berlarut');
    expect(list.items.map((f) => f.code)).toContain('belum_dikategorikan');

    const input = { code: 'pungutan_liar', nameId: 'Pungutan liar', nameEn: 'Illegal levy' };
    expect((await assessor.post('/api/maladministration-forms', input)).statusCode).toBe(403);
    const created = await admin.post('/api/maladministration-forms', input);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ ...input, source: 'Patuh', retired: false, cases: 0 });
    expect((await admin.post('/api/maladministration-forms', input)).statusCode).toBe(409);
    const badCode = await admin.post('/api/maladministration-forms', { ...input, code: 'Pungli Liar!' });
    expect(badCode.statusCode).toBe(400);
    expect(Object.keys(fields(badCode.body))).toEqual(['code']);

    const renamed = await admin.patch('/api/maladministration-forms/pungutan_liar', {
      nameId: 'Pungutan tidak sah',
    });
    expect(renamed.json()).toMatchObject({ nameId: 'Pungutan tidak sah', nameEn: 'Illegal levy' });
    expect(
      (await admin.patch('/api/maladministration-forms/pungutan_liar', { retired: true })).json().retired,
    ).toBe(true);
    expect(
      (await admin.patch('/api/maladministration-forms/pungutan_liar', { retired: false })).json().retired,
    ).toBe(false);
    const uncategorised = await admin.patch('/api/maladministration-forms/belum_dikategorikan', {
      retired: true,
    });
    expect(uncategorised.statusCode).toBe(400);
    expect((await admin.patch('/api/maladministration-forms/tidak_ada', { retired: true })).statusCode).toBe(
      404,
    );
    expect(
      (await assessor.patch('/api/maladministration-forms/pungutan_liar', { retired: true })).statusCode,
    ).toBe(403);
  });
});
