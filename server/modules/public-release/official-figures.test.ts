/**
 * Official figures (issue 13 part 2): what each method needs, checked as a table through the API
 * (field errors in both languages), the tie to the government's cycle of that year, reach, and the
 * audit entries of a create, an update and a delete.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OfficialFigure } from '../../../shared/contracts/public';
import { auditLog } from '../../db/schema';
import { officialFigures } from '../../db/schema-public';
import { makeTenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { currentYear } from './official-figures.service';
import { checkOfficialFigure } from './official-figures.rules';
import { makeReleaseFixture, type ReleaseFixture } from './release-fixture';

let ctx: TestContext;
let f: ReleaseFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await makeReleaseFixture(ctx);
}, 60_000);
afterAll(async () => ctx?.close());

const OPINION = 'Kualitas Tertinggi Tanpa Maladministrasi';
const NOW = currentYear();

/** [year, body, expected status, the fields with an error (400) or what is saved (200)] */
const CASES: [number, Record<string, unknown>, 200 | 400, Record<string, unknown> | string[]][] = [
  [2019, { zone: 'hijau', source: 'trans89.com' }, 200, { method: 'zona', zone: 'hijau', cycleId: null }],
  [2019, { zone: 'kuning', score: 72.5 }, 200, { method: 'zona', zone: 'kuning', score: 72.5 }],
  [2019, {}, 400, ['zone']],
  [2019, { score: 70 }, 400, ['zone']],
  [2019, { zone: 'hijau', band: 'A' }, 400, ['band']],
  [2019, { zone: 'hijau', opinion: OPINION }, 400, ['opinion']],
  [2019, { zone: 'biru' }, 400, ['zone']],
  [2023, { score: 80.58 }, 200, { method: 'skor', score: 80.58, band: null }],
  [2023, { band: 'B' }, 200, { method: 'skor', score: null, band: 'B' }],
  [2023, { score: 80.58, band: 'B', zone: 'hijau' }, 200, { band: 'B', zone: 'hijau' }],
  [2023, { score: 87.995, band: 'A' }, 200, { band: 'A' }],
  [2023, { score: 80.58, band: 'A' }, 400, ['band']],
  [2023, { score: 80.58, band: 'B', zone: 'kuning' }, 400, ['zone']],
  [2023, { band: 'D', zone: 'hijau' }, 400, ['zone']],
  [2023, {}, 400, ['score']],
  [2023, { source: 'hanya sumber' }, 400, ['score']],
  [2023, { score: 80, opinion: OPINION }, 400, ['opinion']],
  [2023, { method: 'zona', zone: 'hijau' }, 400, ['method']],
  [2023, { score: 100.5 }, 400, ['score']],
  [2023, { band: 'F' }, 400, ['band']],
  [2025, { opinion: OPINION, score: 91.2 }, 200, { method: 'opini', opinion: OPINION, score: 91.2 }],
  [2025, { score: 90 }, 400, ['opinion']],
  [2025, { opinion: OPINION, band: 'A' }, 400, ['band']],
  [2025, { opinion: 'x' }, 400, ['opinion']],
  [NOW + 1, { opinion: OPINION }, 400, ['year']],
];

describe('official figures', () => {
  it.each(CASES)('%i %j → %i', async (year, body, status, expected) => {
    const head = await f.t.as('oversight_head');
    const res = await head.request('PUT', `/api/governments/${f.govB}/official-figures/${year}`, body);
    expect(res.statusCode, res.body).toBe(status);
    if (status === 200) expect(res.json()).toMatchObject({ year, ...(expected as object) });
    else expect(Object.keys(res.json().error.fields ?? {}).sort()).toEqual((expected as string[]).sort());
  });

  it('says what is wrong in Bahasa Indonesia and in English', async () => {
    const head = await f.t.as('oversight_head');
    const url = `/api/governments/${f.govB}/official-figures/2023`;
    const id = await head.request('PUT', url, { score: 80.58, band: 'A' });
    expect(id.json().error.fields).toEqual({
      band: 'Nilai ini termasuk kategori B; periksa nilai atau kategorinya.',
    });
    await head.patch('/api/auth/me', { locale: 'en' });
    const en = await head.request('PUT', url, { score: 80.58, band: 'A' });
    const enZone = await head.request('PUT', '/api/governments/' + f.govB + '/official-figures/2018', {});
    await head.patch('/api/auth/me', { locale: 'id' });
    expect(en.json().error.fields).toEqual({
      band: 'This score falls in category B; check the score or the category.',
    });
    expect(enZone.json().error.fields).toEqual({
      zone: 'The zone method needs a zone (red, yellow, green).',
    });
  });

  it('the rules judge the year against the current one (pure)', () => {
    expect(checkOfficialFigure(2026, { opinion: OPINION }, 2025)).toEqual({
      year: { message: 'field.figureYearFuture', params: { year: 2025 } },
    });
    expect(checkOfficialFigure(2025, { opinion: OPINION }, 2025)).toEqual({});
  });

  it('ties a figure to the cycle of its year, keeps one row per year, audits every change', async () => {
    const head = await f.t.as('oversight_head');
    const url = `/api/governments/${f.govA}/official-figures`;
    const put = (body: object) => head.request('PUT', `${url}/2023`, body);
    expect((await put({ score: 79, source: 'Rilis pertama' })).json()).toMatchObject({ cycleId: f.cycleId });
    const second = (await put({ score: 81.2, band: 'B', source: 'Ralat' })).json<OfficialFigure>();
    expect(second).toMatchObject({ cycleId: f.cycleId, score: 81.2, band: 'B', source: 'Ralat' });
    expect((await head.request('PUT', `${url}/2019`, { zone: 'hijau' })).json()).toMatchObject({
      cycleId: null,
    });
    const list = (await head.get(url)).json<{ items: OfficialFigure[] }>().items;
    expect(list.map((x) => x.year)).toEqual([2023, 2019]);
    expect((await head.request('DELETE', `${url}/2019`)).statusCode).toBe(204);
    expect((await head.request('DELETE', `${url}/2019`)).statusCode).toBe(204);
    const rows = await ctx.database.db
      .select()
      .from(officialFigures)
      .where(eq(officialFigures.governmentId, f.govA));
    expect(rows.map((r) => r.year)).toEqual([2023]);
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'official_figure'), eq(auditLog.governmentId, f.govA)))
      .orderBy(auditLog.id);
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'create', 'delete']);
    expect(audits[1]!.before).toMatchObject({ score: 79, source: 'Rilis pertama' });
    expect(audits[1]!.after).toMatchObject({
      score: 81.2,
      band: 'B',
      name: expect.stringMatching(/^Angka resmi 2023 — /),
    });
    expect(audits[3]!.before).toMatchObject({ year: 2019, zone: 'hijau' });
  });

  it('reach: another office answers 404, an assessor or a coordinator 403, an admin may', async () => {
    const other = await makeTenant(ctx);
    const url = `/api/governments/${f.govA}/official-figures`;
    const otherHead = await other.as('oversight_head');
    expect((await otherHead.get(url)).statusCode).toBe(404);
    expect((await otherHead.request('PUT', `${url}/2020`, { zone: 'merah' })).statusCode).toBe(404);
    expect((await otherHead.request('DELETE', `${url}/2023`)).statusCode).toBe(404);
    for (const role of ['assessor', 'gov_coordinator', 'unit_pic'] as const)
      expect((await (await f.t.as(role)).get(url)).statusCode, role).toBe(403);
    const admin = await other.as('admin');
    expect((await admin.request('PUT', `${url}/2020`, { zone: 'merah' })).statusCode).toBe(200);
  });
});
