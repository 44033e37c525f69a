/**
 * The working-day calendar through the API on a real database (PGlite, and PostgreSQL in the
 * integration run): the seeded official lists, admins' edits with field errors in both languages
 * and audit entries, and deadlines computed on the stored calendar (hand-computed dates).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntryDto } from '../../../shared/contracts/audit';
import type { CalendarDayDto, CalendarList, DeadlineDto } from '../../../shared/contracts/calendar';
import { OFFICIAL_HOLIDAYS } from '../../../shared/calendar/official-holidays';
import { auditChange } from '../../test/audit-helpers';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { syncOfficialCalendar } from './calendar.sync';
import { loadCalendar, workingDaysService } from './calendar.service';

let ctx: TestContext;
let t: Tenant;
let admin: Agent;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  admin = await t.as('admin');
});
afterAll(async () => ctx.close());

const due = async (agent: Agent, q: string) => {
  const res = await agent.get(`/api/calendar/due?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<DeadlineDto>();
};

describe('the seeded calendar', () => {
  it('holds the official 2025 and 2026 lists with their decrees, readable by every role', async () => {
    const pic = await t.as('unit_pic');
    const res = await pic.get('/api/calendar?year=2026');
    expect(res.statusCode).toBe(200);
    const body = res.json<CalendarList>();
    expect(body.years).toEqual(expect.arrayContaining([2025, 2026]));
    expect(body.items.filter((d) => d.kind === 'national')).toHaveLength(17);
    expect(body.items.filter((d) => d.kind === 'cuti_bersama')).toHaveLength(8);
    const nyepi = body.items.find((d) => d.date === '2026-03-19')!;
    expect(nyepi.name).toContain('Nyepi');
    expect(nyepi.source).toMatch(/SKB .*No\. 1497 Tahun 2025/);
    expect(nyepi.updatedByName).toBeNull();
    const y2025 = (await pic.get('/api/calendar?year=2025')).json<CalendarList>();
    expect(y2025.items.find((d) => d.date === '2025-08-18')?.kind).toBe('cuti_bersama');
  });

  it('seeds each official year once: a second start adds nothing and a deleted day stays deleted', async () => {
    expect(await syncOfficialCalendar(ctx.database.db)).toBe(0);
    const list = (await admin.get('/api/calendar?year=2025')).json<CalendarList>();
    const imlek = list.items.find((d) => d.date === '2025-01-28')!;
    expect((await admin.request('DELETE', `/api/calendar/days/${imlek.id}`)).statusCode).toBe(204);
    expect(await syncOfficialCalendar(ctx.database.db)).toBe(0);
    const after = (await admin.get('/api/calendar?year=2025')).json<CalendarList>();
    expect(after.items.some((d) => d.date === '2025-01-28')).toBe(false);
    // A year the installation has not seen yet (a later release's list) is seeded on the next start.
    const added = await syncOfficialCalendar(ctx.database.db, [
      ...OFFICIAL_HOLIDAYS,
      {
        year: 2099,
        source: 'SKB uji 2099',
        holidays: [{ date: '2099-01-01', name: 'Tahun Baru', kind: 'national' }],
      },
    ]);
    expect(added).toBe(1);
  });
});

describe('deadlines on the stored calendar', () => {
  it('10 working days from 16 March 2026 skip Nyepi, Idul Fitri with its cuti bersama and Good Friday', async () => {
    const d = await due(await t.as('assessor'), 'from=2026-03-16&add=10');
    expect(d).toEqual({
      from: '2026-03-16',
      due: '2026-04-07',
      skipped: [
        '2026-03-18',
        '2026-03-19',
        '2026-03-20',
        '2026-03-21',
        '2026-03-22',
        '2026-03-23',
        '2026-03-24',
        '2026-03-28',
        '2026-03-29',
        '2026-04-03',
        '2026-04-04',
        '2026-04-05',
      ],
    });
    expect((await due(admin, 'from=2026-03-15&add=0')).due).toBe('2026-03-16');
    expect((await due(admin, 'from=2026-01-10&add=60&unit=calendar')).due).toBe('2026-03-11');
    // A pause spanning Kenaikan (Thu 14 May) and its cuti bersama: 13–19 May stop the clock.
    expect(await due(admin, 'from=2026-05-11&add=5&pauses=2026-05-13..2026-05-19')).toEqual({
      from: '2026-05-11',
      due: '2026-05-25',
      skipped: [
        '2026-05-13',
        '2026-05-14',
        '2026-05-15',
        '2026-05-16',
        '2026-05-17',
        '2026-05-18',
        '2026-05-19',
        '2026-05-23',
        '2026-05-24',
      ],
    });
  });

  it('an admin’s regional holiday moves the deadline in its province only, at once (no stale cache)', async () => {
    // Mon 8 June 2026 + 3 working days = Thu 11 June, before the regional day exists.
    expect((await due(admin, 'from=2026-06-08&add=3&province=51')).due).toBe('2026-06-11');
    expect(await loadCalendar(ctx.database.db, '51')).not.toContain('2026-06-10');
    const res = await admin.post('/api/calendar/days', {
      date: '2026-06-10',
      name: 'Hari Raya Galungan',
      kind: 'regional',
      provinceCode: '51',
      source: 'Keputusan Gubernur Bali (uji)',
    });
    expect(res.statusCode, res.body).toBe(201);
    const day = res.json<CalendarDayDto>();
    expect(day).toMatchObject({ provinceCode: '51', provinceName: 'Bali', kind: 'regional' });
    expect(day.updatedByName).toBeTruthy();
    expect(await due(admin, 'from=2026-06-08&add=3&province=51')).toEqual({
      from: '2026-06-08',
      due: '2026-06-12',
      skipped: ['2026-06-10'],
    });
    expect((await due(admin, 'from=2026-06-08&add=3&province=63')).due).toBe('2026-06-11');
    expect((await due(admin, 'from=2026-06-08&add=3')).due).toBe('2026-06-11');
    const bali = (await admin.get('/api/calendar?year=2026&province=51')).json<CalendarList>();
    expect(bali.items.some((d) => d.id === day.id)).toBe(true);
    const kalsel = (await admin.get('/api/calendar?year=2026&province=63')).json<CalendarList>();
    expect(kalsel.items.some((d) => d.id === day.id)).toBe(false);
    expect(kalsel.items.length).toBeGreaterThanOrEqual(25);
    // The service the complaint deadlines will call: same calendar, with a pause. Paused 9–11 June
    // (the regional day inside); Fri 12 = day 1, Mon 15 = day 2, Tue 16 is Tahun Baru Islam 1448 H,
    // Wed 17 = day 3.
    const paused = await workingDaysService.addDays(ctx.database.db, {
      from: '2026-06-08',
      add: 3,
      unit: 'working',
      provinceCode: '51',
      pauses: [{ from: '2026-06-09', to: '2026-06-11' }],
    });
    expect(paused).toEqual({
      from: '2026-06-08',
      due: '2026-06-17',
      skipped: ['2026-06-09', '2026-06-10', '2026-06-11', '2026-06-13', '2026-06-14', '2026-06-16'],
    });
  });

  it.each([
    ['from=2026-02-30&add=1', 'from', 'Tanggal tidak valid'],
    ['from=2026-03-16&add=-1', 'add', 'Minimal 0'],
    ['from=2026-03-16&add=1.5', 'add', ''],
    ['from=2026-03-16&add=1&unit=jam', 'unit', 'Pilihan tidak valid'],
    ['from=2026-03-16&add=1&province=Bali', 'province', 'dua angka'],
    ['add=1', 'from', 'Wajib diisi'],
    ['from=2026-03-16&add=1&pauses=2026-03-20..2026-03-18', 'pauses', 'Jeda ditulis'],
    ['from=2026-03-16&add=1&pauses=2026-03-18', 'pauses', 'Jeda ditulis'],
  ])('refuses %s with a message on %s', async (q, field, text) => {
    const res = await admin.get(`/api/calendar/due?${q}`);
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: Record<string, string> } }>().error.fields;
    expect(Object.keys(fields)).toContain(field);
    expect(fields[field]).toContain(text);
  });
});

describe('admins edit the calendar', () => {
  it('refuses bad days with field errors in the user’s language', async () => {
    const post = (body: unknown) => admin.post('/api/calendar/days', body);
    const fieldsOf = (body: string) => JSON.parse(body).error.fields as Record<string, string>;
    let res = await post({ date: '2026-07-07', name: 'Libur', kind: 'regional' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body).provinceCode).toBe('Libur daerah wajib menyebut provinsinya.');
    res = await post({ date: '2026-07-07', name: 'Libur', kind: 'national', provinceCode: '63' });
    expect(fieldsOf(res.body).provinceCode).toContain('kosongkan provinsi');
    res = await post({ date: '2026-02-30', name: '', kind: 'libur' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(fieldsOf(res.body)).sort()).toEqual(['date', 'kind', 'name']);
    res = await post({ date: '2026-07-07', name: 'Libur', kind: 'regional', provinceCode: '99' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res.body).provinceCode).toBe('Kode wilayah tidak dikenal.');
    res = await post({ date: '2026-08-17', name: 'Lagi', kind: 'national' });
    expect(res.statusCode).toBe(409);
    expect(fieldsOf(res.body).date).toContain('sudah ada di kalender');
    expect((await admin.patch('/api/auth/me', { locale: 'en' })).statusCode).toBe(200);
    res = await post({ date: '2026-07-07', name: 'Holiday', kind: 'regional' });
    expect(fieldsOf(res.body).provinceCode).toBe('A regional holiday needs its province.');
    expect((await admin.patch('/api/auth/me', { locale: 'id' })).statusCode).toBe(200);
  });

  it('a non-admin may read but not edit (403)', async () => {
    const head = await t.as('oversight_head');
    const res = await head.post('/api/calendar/days', { date: '2026-07-07', name: 'X', kind: 'national' });
    expect(res.statusCode).toBe(403);
  });

  it('create, change and delete are audited with before → after', async () => {
    const created = (
      await admin.post('/api/calendar/days', {
        date: '2026-09-14',
        name: 'Hari Jadi Provinsi (uji)',
        kind: 'regional',
        provinceCode: '63',
      })
    ).json<CalendarDayDto>();
    let res = await admin.patch(`/api/calendar/days/${created.id}`, {
      date: '2026-09-15',
      name: 'Hari Jadi Kalsel',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CalendarDayDto>()).toMatchObject({
      date: '2026-09-15',
      name: 'Hari Jadi Kalsel',
      provinceCode: '63',
    });
    // An empty change writes nothing (no audit entry below).
    res = await admin.patch(`/api/calendar/days/${created.id}`, {});
    expect(res.json<CalendarDayDto>().name).toBe('Hari Jadi Kalsel');
    // Turning it national without removing the province is refused; with null it is accepted.
    res = await admin.patch(`/api/calendar/days/${created.id}`, { kind: 'national', provinceCode: '63' });
    expect(res.statusCode).toBe(400);
    res = await admin.patch(`/api/calendar/days/${created.id}`, { kind: 'national' });
    expect(res.json<CalendarDayDto>()).toMatchObject({ kind: 'national', provinceCode: null });
    expect((await admin.request('DELETE', `/api/calendar/days/${created.id}`)).statusCode).toBe(204);
    expect((await admin.request('DELETE', `/api/calendar/days/${created.id}`)).statusCode).toBe(404);
    expect((await admin.patch(`/api/calendar/days/${created.id}`, { name: 'X' })).statusCode).toBe(404);

    const log = await admin.get(`/api/audit?entityType=calendar_day&entityId=${created.id}`);
    expect(log.statusCode, log.body).toBe(200);
    const items = log.json<{ items: AuditEntryDto[] }>().items;
    expect(items.map((e) => e.action)).toEqual(['delete', 'update', 'update', 'create']);
    const rename = items[2]!;
    expect(auditChange(rename, 'date')).toMatchObject({ before: '2026-09-14', after: '2026-09-15' });
    expect(auditChange(rename, 'name').after).toBe('Hari Jadi Kalsel');
    expect(items[0]!.entityLabel).toBe('Hari Jadi Kalsel');
    expect(auditChange(items[0]!, 'date')).toMatchObject({ before: '2026-09-15', after: null });
  });
});
