/**
 * The public government pages in Chromium (issue 13): Balangan's page on a 390 px phone (nothing
 * scrolls sideways, axe finds nothing serious), the same page with JavaScript off still shows the
 * figures, and the rankings and comparison pages pass axe. The Kalsel office's 2023 cycle is
 * released here with SQL when the demo has not released it already.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScore } from '../shared/format/format';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { startE2E, type E2E } from './support';

let e2e: E2E;
let balanganScore = '';

beforeAll(async () => {
  e2e = await startE2E();
  const q = <T>(text: string, params: unknown[] = []) => e2e.database.query<T>(text, params);
  const [cycle] = await q<{ id: string }>(
    `select c.id from cycles c join cycle_governments cg on cg.cycle_id = c.id
     join governments g on g.id = cg.government_id
     where g.region_code = '63.11' and c.kind = 'official' and c.status = 'published' and c.year = 2023`,
  );
  await q(
    `insert into result_releases (cycle_id, government_id)
     select cycle_id, government_id from cycle_governments where cycle_id = $1
     on conflict do nothing`,
    [cycle!.id],
  );
  const [row] = await q<{ rounded: number }>(
    `select gr.rounded from government_results gr join governments g on g.id = gr.government_id
     where gr.cycle_id = $1 and g.region_code = '63.11'`,
    [cycle!.id],
  );
  balanganScore = formatScore(row!.rounded, 'id');
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

describe('the public government pages', () => {
  it('Balangan’s page fits a 390 px phone and passes axe', async () => {
    const page = await phone();
    const res = await page.goto(`${e2e.baseUrl}/publik/pemerintah/63.11`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Balangan');
    await expect.poll(() => page.locator('.big-figure').first().textContent()).toContain(balanganScore);
    // No script at all on the page (the government page's JS budget is 30 KB; it uses none).
    expect(await page.locator('script').count()).toBe(0);
    await expectNoHorizontalOverflow(page, 'government page');
    await checkA11y(page, { context: 'government page (390 px)' });
    await page.context().close();
  });

  it('with JavaScript off the page still shows the figures, the trend and the units', async () => {
    const page = await phone(false);
    await page.goto(`${e2e.baseUrl}/publik/pemerintah/63.11`);
    await expect
      .poll(() => page.locator('[data-testid="gov-latest"]').textContent())
      .toContain(balanganScore);
    expect(await page.locator('figure.trend-method[data-method="skor"] svg').count()).toBe(1);
    expect(await page.locator('[data-testid="units-2023"] tbody tr').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('the badge loads as an image on the page', async () => {
    const page = await phone();
    await page.goto(`${e2e.baseUrl}/publik/pemerintah/63.11`);
    const width = await page
      .locator('#lencana ~ p img')
      .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));
    expect(width).toBe(260);
    await page.context().close();
  });

  it('the rankings page fits the phone and passes axe', async () => {
    const page = await phone();
    await page.goto(`${e2e.baseUrl}/publik/peringkat?jenis=pemkab&tahun=2023`);
    await expect.poll(() => page.locator('[data-testid="ranking"] tbody tr').count()).toBeGreaterThan(0);
    await expectNoHorizontalOverflow(page, 'rankings');
    // The score stays in view without scrolling the table: the province moves under the name.
    const first = page.locator('[data-testid="ranking"] tbody tr').first();
    const scoreCell = await first.locator('td.num').nth(1).boundingBox();
    expect(scoreCell!.x + scoreCell!.width).toBeLessThanOrEqual(390);
    expect(await first.locator('th .sub').isVisible()).toBe(true);
    expect(await first.locator('td.wide-only').isVisible()).toBe(false);
    await checkA11y(page, { context: 'rankings (390 px)' });
    // The name filter: a GET form, the typed text kept in the box.
    await page.locator('input[name="q"]').fill('BALANGAN');
    await page.locator('form.form-row button[type="submit"]').click();
    await page.waitForURL(/q=BALANGAN/);
    await expect.poll(() => page.locator('[data-testid="ranking"] tbody tr').count()).toBe(1);
    expect(await page.locator('[data-testid="ranking"] tbody th a').textContent()).toContain('Balangan');
    expect(await page.locator('input[name="q"]').inputValue()).toBe('BALANGAN');
    await page.context().close();
  });

  it('the comparison page fits the phone and passes axe', async () => {
    const page = await phone();
    await page.goto(`${e2e.baseUrl}/publik/bandingkan?g=63.11&g=63&g=63.71`);
    await expect.poll(() => page.locator('[data-testid="compare-latest"]').count()).toBe(1);
    await expectNoHorizontalOverflow(page, 'comparison');
    // Three governments side by side in view: the columns share the phone’s width.
    const lastScore = page.locator('[data-testid="compare-latest"] tbody tr').nth(1).locator('td').last();
    const box = await lastScore.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const layout = await page
      .locator('[data-testid="compare-latest"]')
      .evaluate((table) => getComputedStyle(table).tableLayout);
    expect(layout).toBe('fixed');
    await checkA11y(page, { context: 'comparison (390 px)' });
    await page.context().close();
  });
});
