/**
 * The complaints' rules page (/pengaduan/aturan) in the browser: the admin changes the verification
 * clock to 20 working days and publishes version 2 with a note (the unconfirmed badge goes when the
 * box is cleared), adds a form of maladministration and retires it. An assessor reads both on a
 * 390 px phone without edit controls. axe checks every page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 180_000);
afterAll(async () => e2e?.close());

async function open(email: string, width: number): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width, height: 844 }, locale: 'id-ID' });
  const page = await context.newPage();
  await loginAs(page, e2e.baseUrl, email);
  return page;
}

describe('complaint rules in the browser', () => {
  it('the admin publishes a new version of the deadlines and manages the forms', async () => {
    const page = await open('admin@patuh.local', 1280);
    await page.getByTestId('nav-complaint-rules').click();
    await page.waitForURL(/\/pengaduan\/aturan$/);
    await page.getByRole('heading', { name: 'Tenggat laporan (versi 1)' }).waitFor();
    const verification = page.locator('[data-testid="complaint-rule"][data-key="verifikasi"]');
    expect(await verification.textContent()).toContain('Belum dikonfirmasi');
    await checkA11y(page, { context: 'complaint rules (admin)' });

    await verification.getByLabel('Jumlah hari').fill('20');
    await verification.getByLabel('Sumber belum memastikan angka atau satuannya').uncheck();
    expect(await verification.textContent()).not.toContain('Belum dikonfirmasi');
    await page.getByLabel('Catatan versi').fill('Verifikasi 20 hari kerja (uji e2e)');
    await page.getByTestId('complaint-rules-save').click();
    await page.getByText('Versi 2 aturan tenggat diterbitkan').waitFor();
    await page.getByRole('heading', { name: 'Tenggat laporan (versi 2)' }).waitFor();
    expect(await page.getByText(/^Versi 1 · /).count()).toBe(1);
    expect(await verification.getByLabel('Jumlah hari').inputValue()).toBe('20');

    await page.getByTestId('mal-form-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Kode').fill('Pungli!');
    await dialog.getByLabel('Nama (Bahasa Indonesia)').fill('Pungutan liar');
    await dialog.getByLabel('Nama (English)').fill('Illegal levy');
    await page.getByTestId('mal-form-save').click();
    await dialog
      .getByText(/Kode: huruf kecil/)
      .first()
      .waitFor();
    await checkA11y(page, { context: 'form dialog with an error' });
    await dialog.getByLabel('Kode').fill('pungutan_liar');
    await page.getByTestId('mal-form-save').click();
    const levy = page.locator('[data-testid="mal-form"][data-code="pungutan_liar"]');
    await levy.waitFor();
    await levy.getByRole('button', { name: 'Pensiunkan: Pungutan liar' }).click();
    await levy.getByText('Tidak dipakai lagi').waitFor();
    await page.context().close();
  });

  it('an assessor reads the rules on a phone, without edit controls', async () => {
    const page = await open('asesor.kalsel@patuh.local', 390);
    await page.goto(`${e2e.baseUrl}/pengaduan/aturan`);
    await page.locator('[data-testid="complaint-rule"][data-key="tindakan_korektif"]').waitFor();
    expect(
      await page.locator('[data-testid="complaint-rule"][data-key="tindakan_korektif"]').textContent(),
    ).toContain('30 hari kerja');
    expect(await page.getByLabel('Jumlah hari').count()).toBe(0);
    expect(await page.getByTestId('mal-form-add').count()).toBe(0);
    await checkA11y(page, { context: 'complaint rules (phone)' });
    await expectNoHorizontalOverflow(page, 'complaint rules (phone)');
    await page.context().close();
  });
});
