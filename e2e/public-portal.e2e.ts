/**
 * The public portal's home in Chromium, logged out: `/` sends a visitor to /publik, the map shows
 * the demo's released 2023 governments coloured (and nothing else), a click on Balangan (63.11)
 * opens its government page, the tooltip follows the pointer, axe finds nothing serious on the
 * home and the about page, a 390 px phone scrolls nothing sideways, and with JavaScript off the
 * figures are all still there. The released results are the demo's own (its 2023 cycles and
 * Mamuju Tengah's earlier green zone). Also measures the home page's JavaScript (budget: 100 KB gzipped).
 */
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { startE2E, type E2E } from './support';

let e2e: E2E;
/** Region codes of the regencies/cities with a live release of a published 2023 cycle. */
let released: string[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  // The demo releases its published 2023 cycles (server/modules/demo/demo-releases.ts): read them.
  const rows = await e2e.database.query<{ region_code: string }>(
    `select distinct g.region_code from result_releases rr
       join cycles c on c.id = rr.cycle_id join governments g on g.id = rr.government_id
      where rr.withdrawn_at is null and c.kind = 'official' and c.status = 'published' and c.year = 2023
        and g.type::text in ('pemkab', 'pemkot')`,
  );
  released = rows.map((r) => r.region_code).sort();
});
afterAll(async () => e2e?.close());

async function visitor(options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const width = options.width ?? 1280;
  const context = await e2e.browser.newContext({
    viewport: { width, height: width < 500 ? 844 : 860 },
    locale: 'id-ID',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    // No isMobile: a mobile viewport widens itself to fit an overflowing page, hiding the overflow.
    ...(width < 500 ? { hasTouch: true } : {}),
  });
  return context.newPage();
}

const colouredCodes = (page: Page) =>
  page.$$eval('svg.map path[data-kode]:not(.z-belum)', (paths) =>
    paths.map((p) => p.getAttribute('data-kode') ?? '').sort(),
  );

describe('the public home', () => {
  it('the staff sign-in page links to the portal, and the portal back to sign-in', async () => {
    const page = await visitor();
    await page.goto(`${e2e.baseUrl}/login`);
    await page.getByRole('link', { name: 'Lihat hasil penilaian di portal publik' }).click();
    await page.waitForURL(/\/publik$/);
    await page.getByRole('link', { name: 'Masuk petugas' }).click();
    await page.waitForURL(/\/login$/);
    await page.context().close();
  });

  it('a visitor without a session lands on /publik and sees the released governments coloured', async () => {
    expect(released.length).toBeGreaterThan(1);
    expect(released).toContain('63.11');
    const page = await visitor();
    await page.goto(`${e2e.baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/publik');
    await expect.poll(() => page.locator('svg.map').isVisible()).toBe(true);
    expect(await colouredCodes(page)).toEqual(released);
    expect(await page.locator('svg.map path.z-belum').count()).toBe(514 - released.length);
    await page.context().close();
  });

  it('a click on Balangan opens its government page', async () => {
    const page = await visitor();
    await page.goto(`${e2e.baseUrl}/publik`);
    await page.locator('svg.map path[data-kode="63.11"]').click();
    await page.waitForURL((url) => url.pathname === '/publik/pemerintah/63.11');
    expect(new URL(page.url()).pathname).toBe('/publik/pemerintah/63.11');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Kabupaten Balangan');
    await page.context().close();
  });

  it('the tooltip names the region under the pointer and the keyboard reaches the regions', async () => {
    const page = await visitor();
    await page.goto(`${e2e.baseUrl}/publik`);
    await page.locator('svg.map path[data-kode="63.11"]').hover();
    const tip = page.locator('.tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(
      /^Kabupaten Balangan — Zona (Hijau|Kuning|Merah), \d+,\d\d.*\(2023\)$/,
    );
    const link = page.locator('svg.map a[href="/publik/pemerintah/63.11"]');
    await link.focus();
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await link.getAttribute('aria-label')).toMatch(/^Kabupaten Balangan — Zona/);
    await page.context().close();
  });

  it('an earlier year announced without a cycle colours that year: Mamuju Tengah, green, 2019', async () => {
    const page = await visitor();
    await page.goto(`${e2e.baseUrl}/publik`);
    await page.getByRole('link', { name: '2019', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('tahun') === '2019');
    expect(await colouredCodes(page)).toEqual(['76.06']);
    expect(await page.locator('svg.map path[data-kode="76.06"]').getAttribute('class')).toBe('z-hijau');
    await page.context().close();
  });

  it('switches to the province layer and back by links', async () => {
    const page = await visitor();
    await page.goto(`${e2e.baseUrl}/publik`);
    await page.getByRole('link', { name: 'Provinsi', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('peta') === 'provinsi');
    expect(await page.locator('svg.map path[data-kode]').count()).toBe(38);
    await page.context().close();
  });

  it('axe finds nothing serious on the home and the about page', async () => {
    const page = await visitor();
    await page.goto(`${e2e.baseUrl}/publik`);
    await checkA11y(page, { context: 'public home' });
    await page.goto(`${e2e.baseUrl}/publik/tentang`);
    await checkA11y(page, { context: 'about page' });
    await page.goto(`${e2e.baseUrl}/publik/cari?q=kabupaten`);
    await checkA11y(page, { context: 'search results' });
    await page.context().close();
  });

  it('fits a 390 px phone', async () => {
    const page = await visitor({ width: 390 });
    await page.goto(`${e2e.baseUrl}/publik`);
    expect(await page.evaluate(() => window.innerWidth)).toBe(390);
    for (const path of ['/publik', '/publik?peta=provinsi', '/publik/tentang', '/publik/cari?q=kabupaten']) {
      await page.goto(`${e2e.baseUrl}${path}`);
      await expectNoHorizontalOverflow(page, path);
    }
    await page.goto(`${e2e.baseUrl}/publik`);
    await page.locator('details.daftar-hasil summary').click();
    await expectNoHorizontalOverflow(page, '/publik with the list open');
    await checkA11y(page, { context: 'public home on a phone' });
    await page.context().close();
  });

  it('with JavaScript off the map, the counts and the list are all there', async () => {
    const page = await visitor({ javaScriptEnabled: false });
    await page.goto(`${e2e.baseUrl}/publik`);
    expect(await colouredCodes(page)).toEqual(released);
    const legend = await page.locator('ul.legend').innerText();
    expect(legend).toMatch(new RegExp(`Belum dinilai:\\s*${514 - released.length}`));
    expect(await page.getByRole('heading', { name: 'Sebaran zona 2023' }).isVisible()).toBe(true);
    await page.locator('details.daftar-hasil summary').click();
    expect(await page.getByRole('link', { name: 'Pemerintah Kabupaten Balangan' }).isVisible()).toBe(true);
    // The native <title> stays (no script removed it), so hovering still names the region.
    expect(await page.locator('svg.map path[data-kode="63.11"] > title').textContent()).toMatch(
      /^Kabupaten Balangan — Zona/,
    );
    await page.context().close();
  });

  it('the home page loads at most 100 KB of JavaScript, gzipped', async () => {
    const page = await visitor();
    const scripts: Promise<number>[] = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script')
        scripts.push(res.body().then((b) => zlib.gzipSync(b).length));
    });
    await page.goto(`${e2e.baseUrl}/publik`);
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(scripts);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.info(`public home: ${sizes.length} script(s), ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(100 * 1024);
    await page.context().close();
  });
});
