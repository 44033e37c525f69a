/**
 * Issue 13 in Chromium: /publik/data on a 390 px phone (no script, nothing scrolls sideways, axe
 * finds nothing serious, its download links answer), and the staff dashboard map — the Kalsel
 * head's home draws the office's governments in their zone colours, Balangan released and the
 * province not, a click opens Balangan's rapor; the home passes axe and fits a phone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
let cycle2023 = '';
let balanganId = '';

beforeAll(async () => {
  e2e = await startE2E();
  const q = <T>(text: string, params: unknown[] = []) => e2e.database.query<T>(text, params);
  const [row] = await q<{ cycle_id: string; government_id: string }>(
    `select c.id as cycle_id, g.id as government_id from cycles c
     join cycle_governments cg on cg.cycle_id = c.id join governments g on g.id = cg.government_id
     where g.region_code = '63.11' and c.kind = 'official' and c.year = 2023`,
  );
  cycle2023 = row!.cycle_id;
  balanganId = row!.government_id;
  // Balangan released, the province (same cycle) not: the map must tell them apart.
  await q(`delete from result_releases where cycle_id = $1`, [cycle2023]);
  await q(`insert into result_releases (cycle_id, government_id) values ($1, $2)`, [cycle2023, balanganId]);
  e2e.app.readCaches.responses.invalidate();
});
afterAll(async () => e2e?.close());

async function phone(javaScriptEnabled = true): Promise<Page> {
  const context = await e2e.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'id-ID',
    javaScriptEnabled,
  });
  return context.newPage();
}

describe('/publik/data', () => {
  it('fits a 390 px phone without script, passes axe, and its links download', async () => {
    // The page has no script of its own; axe itself needs JavaScript in the browser.
    const page = await phone();
    const res = await page.goto(`${e2e.baseUrl}/publik/data`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Data terbuka');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('table').count()).toBe(3);
    await expectNoHorizontalOverflow(page, 'open data page');
    await checkA11y(page, { context: 'open data page (390 px)' });
    const csv = await page.locator('a', { hasText: 'CSV' }).first().getAttribute('href');
    expect(csv).toBe('/api/public/v1/results.csv?year=2023');
    const file = await fetch(`${e2e.baseUrl}${csv}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('patuh-hasil-2023.csv');
    expect(await file.text()).toContain('Balangan');
    await page.context().close();
  });
});

describe('the staff dashboard map', () => {
  it('draws the office’s governments by zone, unreleased pale; a click opens the rapor', async () => {
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    const balangan = page.locator('[data-testid="staff-map-svg"] path[data-code="63.11"]');
    await expect.poll(() => balangan.count(), { timeout: 20_000 }).toBe(1);
    expect(await balangan.getAttribute('data-released')).toBe('true');
    expect(await balangan.getAttribute('data-zone')).toMatch(/^(merah|kuning|hijau)$/);
    expect(await balangan.locator('title').textContent()).toContain('dirilis ke publik');
    await page.getByText('Provinsi', { exact: true }).click();
    const kalsel = page.locator('[data-testid="staff-map-svg"] path[data-code="63"]');
    await expect.poll(() => kalsel.count()).toBe(1);
    expect(await kalsel.getAttribute('data-released')).toBe('false');
    expect(await kalsel.locator('title').textContent()).toContain('belum dirilis');
    await checkA11y(page, { context: 'home with the staff map', include: '[data-testid="staff-map"]' });
    await page.getByText('Kabupaten/kota', { exact: true }).click();
    await balangan.click();
    await expect
      .poll(() => new URL(page.url()).pathname)
      .toBe(`/cycles/${cycle2023}/governments/${balanganId}/rapor`);
    await page.context().close();
  });

  it('fits a 390 px phone, the table alternative included', async () => {
    const page = await phone();
    await loginAs(page, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    await expect
      .poll(() => page.locator('[data-testid="staff-map-svg"] path').count(), { timeout: 20_000 })
      .toBeGreaterThan(100);
    await page.locator('[data-testid="staff-map-table"] summary').click();
    await expect.poll(() => page.locator('[data-testid="staff-map-table"] tbody tr').count()).toBe(2);
    await expectNoHorizontalOverflow(page, 'home with the staff map (390 px)');
    await page.context().close();
  });
});
