/**
 * The public service catalogue in Chromium (issue 15 part 5): a visitor searches the catalogue,
 * opens a service's page on a 390 px phone (nothing scrolls sideways, axe finds nothing serious,
 * no script at all), reads it with JavaScript off, finds it from the government's page, and
 * downloads the A3 board. The standard is written straight into the database (set and published)
 * for one of Balangan's units, then the response cache is emptied as an authenticated write does.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addService,
  fullContent,
  setMaklumat,
  setStandard,
} from '../server/modules/standards-public/catalog-test-helpers';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { startE2E, type E2E } from './support';

let e2e: E2E;
let productId = '';
// Named to sort first in its unit and to match no demo service, whatever the demo publishes.
const SERVICE = 'Antar Jemput Dokumen Uji Katalog';

beforeAll(async () => {
  e2e = await startE2E();
  const [unit] = await e2e.database.query<{ id: string; government_id: string }>(
    `select u.id, u.government_id from units u join governments g on g.id = u.government_id
     where g.region_code = '63.11' and u.archived_at is null order by u.name limit 1`,
  );
  productId = await addService(e2e, unit!.id, unit!.government_id, SERVICE);
  await setStandard(e2e, productId, { version: 1, status: 'ditetapkan', content: fullContent('KIA') });
  await setMaklumat(e2e, unit!.id, unit!.government_id, 'Kami sanggup melayani sesuai standar.', true);
  e2e.app.readCaches.responses.invalidate();
});
afterAll(async () => e2e?.close());

async function phone(javaScriptEnabled = true): Promise<Page> {
  const context = await e2e.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'id-ID',
    javaScriptEnabled,
    hasTouch: true,
  });
  return context.newPage();
}

describe('the public service catalogue', () => {
  it('search finds the service, grouped under its government and unit', async () => {
    const page = await phone();
    await page.goto(`${e2e.baseUrl}/publik/layanan`);
    await page.getByRole('heading', { level: 1, name: 'Standar pelayanan' }).waitFor();
    await page.getByLabel('Cari layanan').fill('uji katalog');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.waitForURL(/\/publik\/layanan\?q=uji\+katalog/);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('1 layanan ditemukan');
    const group = page.getByTestId('catalogue-government');
    expect(await group.getByRole('heading', { level: 2 }).textContent()).toContain('Balangan');
    await checkA11y(page, { context: 'catalogue' });
    await expectNoHorizontalOverflow(page, 'catalogue');
    await group.getByRole('link', { name: SERVICE }).click();
    await page.waitForURL(new RegExp(`/publik/layanan/${productId}$`));
    expect(await page.getByTestId('service-name').textContent()).toBe(SERVICE);
    await page.context().close();
  });

  it('the service page on a phone: the six components, the maklumat, no script, fits 390 px', async () => {
    const page = await phone();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${e2e.baseUrl}/publik/layanan/${productId}`);
    const delivery = page.getByTestId('service-delivery');
    for (const label of [
      'Persyaratan',
      'Sistem, mekanisme, dan prosedur',
      'Jangka waktu penyelesaian',
      'Biaya/tarif',
      'Produk pelayanan',
      'Penanganan pengaduan, saran, dan masukan',
    ])
      await delivery.getByRole('heading', { name: label }).waitFor();
    expect(await delivery.textContent()).toContain('Kartu Keluarga — Fotokopi, 2 lembar');
    expect(await page.getByTestId('service-maklumat').textContent()).toContain('Kami sanggup melayani');
    expect(await page.getByTestId('service-manufacturing').count()).toBe(0);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(SERVICE);
    expect(scripts).toEqual([]);
    await checkA11y(page, { context: 'service page' });
    await expectNoHorizontalOverflow(page, 'service page');
    await page.context().close();
  });

  it('with JavaScript off the page still shows the components', async () => {
    const page = await phone(false);
    await page.goto(`${e2e.baseUrl}/publik/layanan/${productId}`);
    const text = (await page.getByTestId('service-delivery').textContent()) ?? '';
    expect(text).toContain('Pemohon menyerahkan berkas KIA');
    expect(text).toContain('14 hari kerja');
    expect(text).toContain('Gratis');
    await page.context().close();
  });

  it('the government page links to its services; the board downloads as a PDF', async () => {
    const page = await phone();
    await page.goto(`${e2e.baseUrl}/publik/pemerintah/63.11`);
    await page.getByTestId('gov-standards').waitFor();
    await page.getByTestId('gov-standards-link').click();
    await page.waitForURL(/\/publik\/layanan\?g=63\.11/);
    await page.getByRole('link', { name: SERVICE }).click();
    const href = await page.getByTestId('board-link').getAttribute('href');
    expect(href).toBe(`/publik/layanan/${productId}/papan.pdf`);
    const res = await page.context().request.get(`${e2e.baseUrl}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('a government with a long name does not widen the search form past the phone', async () => {
    // The national data's ministries have names this long; the select grows to its longest option.
    await e2e.database.query(
      `update governments set name = 'Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan Republik Indonesia'
        where region_code = '63.11'`,
    );
    e2e.app.readCaches.responses.invalidate();
    const page = await phone();
    await page.goto(`${e2e.baseUrl}/publik/layanan`);
    await expect
      .poll(() => page.locator('#layanan-g option', { hasText: 'Kementerian Koordinator' }).count())
      .toBe(1);
    await expectNoHorizontalOverflow(page, 'catalogue with a long government name');
    await page.context().close();
  });
});
