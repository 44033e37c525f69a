/**
 * "Tindak lanjut saran Ombudsman" on the public government page and in the open-data API (issue 17
 * §7): by default only released assessments' saran perbaikan, with progress per unit; a
 * complaint's tindakan korektif never (not even when the office's choice names it in the table); an
 * unreleased or withdrawn cycle's items never; a rekomendasi only once headquarters published it;
 * the office's choice respected; no person's name. Items and releases are written with SQL, then
 * the response cache is emptied the way an authenticated write empties it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { makeReleaseFixture, officialCycle, type ReleaseFixture } from '../public-release/release-fixture';
import { addItem } from './followup-reports.fixture';

let ctx: TestContext;
let f: ReleaseFixture;
let ownerName: string;
let rekomendasiId: string;
const HOST = 'patuh.example';

const q = <T>(text: string, params: unknown[] = []) => ctx.database.query<T>(text, params);
const written = () => ctx.app.readCaches.responses.invalidate();

const EVERY = ['ECHO', 'FOXTROT', 'GOLF', 'HOTEL', 'KORSA', 'INDIA', 'JULIET', 'KILO', 'LIMA'];

async function page(): Promise<string> {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/publik/pemerintah/${f.t.governmentId}`,
    headers: { host: HOST },
  });
  expect(res.statusCode).toBe(200);
  return res.body;
}
async function json() {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/public/v1/governments/${f.t.governmentId}/followups.json`,
    headers: { host: HOST },
  });
  expect(res.statusCode).toBe(200);
  return { body: res.body, data: res.json() };
}
/** The marker words of the items a visitor can read, on the page and in the JSON (they must agree). */
async function visible(): Promise<string[]> {
  const [html, { body }] = await Promise.all([page(), json()]);
  const onPage = EVERY.filter((w) => html.includes(w));
  expect(EVERY.filter((w) => body.includes(w))).toEqual(onPage);
  return onPage;
}

beforeAll(async () => {
  ctx = await createTestContext();
  f = await makeReleaseFixture(ctx);
  const t = f.t;
  const unreleased = await officialCycle(ctx, f, 'published', 2024);
  await q('insert into result_releases (cycle_id, government_id) values ($1, $2)', [f.cycleId, f.govA]);
  [{ name: ownerName }] = (await q<{ name: string }>('select name from users where id = $1', [
    t.userIds.unit_pic,
  ])) as [{ name: string }];
  const released = { cycleId: f.cycleId, sourceType: 'cycle' as const };
  await addItem(ctx, t, {
    ...released,
    action: 'Saran ECHO dipasang',
    status: 'selesai',
    ownerId: t.userIds.unit_pic,
  });
  await addItem(ctx, t, { ...released, action: 'Saran FOXTROT', indicatorCode: 'P.2', dueOn: '2024-03-01' });
  await addItem(ctx, t, { cycleId: unreleased, sourceType: 'cycle', action: 'Saran GOLF belum dirilis' });
  await addItem(ctx, t, { action: 'Saran HOTEL tanpa penilaian' });
  await addItem(ctx, t, {
    kind: 'tindakan_korektif',
    sourceType: 'complaint',
    cycleId: f.cycleId,
    action: 'Tindakan KORSA atas laporan',
    status: 'selesai',
  });
  rekomendasiId = await addItem(ctx, t, { kind: 'rekomendasi', action: 'Rekomendasi INDIA' });
  await addItem(ctx, t, { kind: 'saran_penyempurnaan', action: 'Penyempurnaan JULIET' });
  await addItem(ctx, t, { kind: 'kegiatan', sourceType: 'activity', action: 'Kegiatan KILO' });
  await addItem(ctx, t, {
    kind: 'perbaikan_internal',
    issuer: 'government',
    cycleId: f.cycleId,
    action: 'Internal LIMA',
  });
  written();
}, 120_000);
afterAll(async () => ctx.close());

describe('the public follow-up section', () => {
  it('by default: released assessments’ saran perbaikan only, with progress per unit', async () => {
    expect(await visible()).toEqual(['ECHO', 'FOXTROT']);
    const html = await page();
    expect(html).toContain('Tindak lanjut saran Ombudsman');
    expect(html).toMatch(/1 dari 2 butir selesai \(50%\)/);
    expect(html).toContain('Dinas Uji');
    const { data } = await json();
    expect(data.followups).toMatchObject({ total: 2, done: 1, overdue: 1, kinds: ['saran_perbaikan'] });
    expect(data.followups.units).toEqual([
      { unitName: expect.stringContaining('Dinas Uji'), total: 2, done: 1, overdue: 1 },
    ]);
    expect(data.followups.items.map((i: { year: number }) => i.year)).toEqual([2023, 2023]);
  });

  it('shows no person: not the owner, and no answer’s or evidence’s fields', async () => {
    const [html, { body, data }] = await Promise.all([page(), json()]);
    expect(html).not.toContain(ownerName);
    expect(body).not.toContain(ownerName);
    expect(Object.keys(data.followups.items[0]).sort()).toEqual(
      ['action', 'done', 'dueOn', 'indicatorCode', 'kind', 'overdue', 'unitName', 'year'].sort(),
    );
  });

  it('a rekomendasi appears only once headquarters published it', async () => {
    expect(await visible()).not.toContain('INDIA');
    await q('update followup_items set published_at = now() where id = $1', [rekomendasiId]);
    written();
    expect(await visible()).toEqual(['ECHO', 'FOXTROT', 'INDIA']);
    await q('update followup_items set published_at = null where id = $1', [rekomendasiId]);
    written();
    expect(await visible()).toEqual(['ECHO', 'FOXTROT']);
  });

  it('the office’s choice is respected; a corrective action never shows, even if the choice names it', async () => {
    await q('insert into followup_publication (office_id, kinds) values ($1, $2)', [
      f.t.officeId,
      ['saran_penyempurnaan', 'kegiatan'],
    ]);
    written();
    expect(await visible()).toEqual(['JULIET', 'KILO']);
    await q('update followup_publication set kinds = $2 where office_id = $1', [
      f.t.officeId,
      ['saran_perbaikan', 'tindakan_korektif', 'perbaikan_internal'],
    ]);
    written();
    expect(await visible()).toEqual(['ECHO', 'FOXTROT']);
    await q('update followup_publication set kinds = $2 where office_id = $1', [f.t.officeId, []]);
    written();
    expect(await visible()).toEqual([]);
    expect(await page()).not.toContain('data-testid="gov-followups"');
    expect((await json()).data.followups).toMatchObject({ total: 0, items: [], units: [] });
    await q('delete from followup_publication where office_id = $1', [f.t.officeId]);
    written();
  });

  it('a withdrawn release takes its items off the page', async () => {
    await q('update result_releases set withdrawn_at = now() where cycle_id = $1 and government_id = $2', [
      f.cycleId,
      f.govA,
    ]);
    written();
    expect(await visible()).toEqual([]);
    await q('update result_releases set withdrawn_at = null where cycle_id = $1 and government_id = $2', [
      f.cycleId,
      f.govA,
    ]);
    written();
    expect(await visible()).toEqual(['ECHO', 'FOXTROT']);
  });

  it('the JSON answers 404 for a key nobody has, 400 for a malformed one', async () => {
    const missing = await ctx.app.inject({
      method: 'GET',
      url: '/api/public/v1/governments/00000000-0000-4000-8000-000000000000/followups.json',
    });
    expect(missing.statusCode).toBe(404);
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/public/v1/governments/abc/followups.json' });
    expect(bad.statusCode).toBe(400);
  });
});
