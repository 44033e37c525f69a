/**
 * The office's case work in the browser (issue 14): an assessor records a walk-in report at the
 * desk (a missing name is refused on its field first), tells the reporter the tracking number and
 * PIN, attaches the letter, registers the report and passes the formal and material checks; the
 * head of office, on a 390 px phone, accepts it in the plenary for examination. axe checks every
 * page and dialog; the phone pages fit without scrolling sideways.
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

/** Takes an action from the case's button bar through its dialog; waits for the new stage. */
async function act(
  page: Page,
  action: string,
  stage: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByTestId(`cx-action-${action}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await page.getByTestId('cx-action-submit').click();
  await dialog.waitFor({ state: 'detached' });
  await expect
    .poll(() => page.locator('h1 + [data-testid="stage-badge"]').getAttribute('data-stage'))
    .toBe(stage);
}

let caseUrl = '';
let tracking = '';

describe('complaints: the office staff in the browser', () => {
  it('an assessor records a walk-in report, attaches the letter and takes it to the plenary', async () => {
    const page = await open('asesor.kalsel@patuh.local', 1280);
    await page.getByTestId('nav-complaints').click();
    await page.waitForURL(/\/pengaduan$/);
    await page.getByRole('heading', { name: 'Laporan Masyarakat' }).waitFor();
    await checkA11y(page, { context: 'case list (assessor)' });

    await page.getByTestId('cx-new').click();
    await page.waitForURL(/\/pengaduan\/baru$/);
    // Nothing filled in: the server's field errors show on the fields, in Bahasa Indonesia.
    await page.getByTestId('cx-report-submit').click();
    const name = page.getByTestId('cx-identity-fullName');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await checkA11y(page, { context: 'report form with errors' });

    await page.getByTestId('cx-channel').selectOption('datang_langsung');
    await name.fill('Warga Uji Coba');
    await page.getByTestId('cx-identity-phone').fill('0812 3456 7890');
    await page.getByTestId('cx-body-registry').click();
    await page.getByTestId('cx-body-registry').fill('Balangan');
    await page
      .getByRole('option', { name: /Balangan/ })
      .first()
      .click();
    await expect.poll(() => page.getByTestId('cx-body-name').inputValue()).toMatch(/Balangan/);
    await page.getByTestId('cx-subject').fill('KTP elektronik tidak kunjung dicetak');
    await page.getByTestId('cx-description').fill('Sejak Agustus KTP elektronik pelapor belum dicetak.');
    await page.getByTestId('cx-priorEffort').fill('Sudah dua kali bertanya ke loket Disdukcapil.');
    await page.getByTestId('cx-report-submit').click();

    const receipt = page.getByTestId('cx-receipt');
    await receipt.waitFor();
    tracking = (await page.getByTestId('cx-receipt-tracking').textContent()) ?? '';
    expect(tracking).not.toBe('');
    expect(await page.getByTestId('cx-receipt-pin').textContent()).toMatch(/^\S{4,}$/);
    await checkA11y(page, { context: 'receipt' });

    // The letter the reporter brought, as the original of the report.
    expect(await page.getByTestId('cx-attach-kind').inputValue()).toBe('lainnya');
    await page.getByTestId('cx-attach-kind').selectOption('surat_laporan');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'surat-pelapor.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await page.getByText('"surat-pelapor.pdf" dilampirkan.').waitFor();

    await page.getByTestId('cx-receipt-open').click();
    await page.waitForURL(/\/pengaduan\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    expect(await page.getByTestId('cx-tracking').textContent()).toBe(tracking);
    // The identity is not on the page: only the reveal shows it.
    expect(await page.content()).not.toContain('Warga Uji Coba');
    expect(await page.getByTestId('cx-reporter-label').textContent()).not.toBe('');
    expect(await page.locator('[data-testid="cx-step"][aria-current="step"]').getAttribute('data-step')).toBe(
      'penerimaan',
    );
    await page.getByTestId('cx-deadline').first().waitFor();
    await checkA11y(page, { context: 'case detail (intake)' });

    await act(page, 'catat_register', 'verifikasi_formil', async () => {
      await checkA11y(page, { context: 'action dialog', include: '[role="dialog"]' });
    });
    await act(page, 'formil_lengkap', 'verifikasi_materiil');
    await act(page, 'materiil_lolos', 'pleno', async (dialog) => {
      // one condition missing: refused in the dialog
      await page.getByTestId('cx-check-withinAuthority').check();
      await page.getByTestId('cx-action-submit').click();
      await dialog.getByText('Syarat ini harus terpenuhi untuk lolos verifikasi materiil.').first().waitFor();
      await checkA11y(page, { context: 'material check with errors', include: '[role="dialog"]' });
      for (const k of ['notInCourt', 'withinTwoYears', 'notDuplicate'])
        await page.getByTestId(`cx-check-${k}`).check();
    });
    // the assessor cannot decide the plenary
    expect(await page.getByTestId('cx-action-pleno_terima').count()).toBe(0);

    await page.getByTestId('cx-tab-berkas').click();
    await page.getByTestId('cx-attachment').filter({ hasText: 'surat-pelapor.pdf' }).waitFor();
    await page.getByTestId('cx-tab-riwayat').click();
    await expect.poll(() => page.getByTestId('cx-event').count()).toBeGreaterThanOrEqual(4);
    await checkA11y(page, { context: 'case history' });
    await page.context().close();
  });

  it('the head of office, on a phone, accepts the report in the plenary', async () => {
    expect(caseUrl).not.toBe('');
    const page = await open('kepala.kalsel@patuh.local', 390);
    await page.goto(`${e2e.baseUrl}/pengaduan?stage=pleno`);
    const card = page.locator(`[data-testid="cx-row"][data-tracking="${tracking}"]`);
    await card.waitFor();
    expect(await page.getByTestId('cx-cards').count()).toBe(1);
    await checkA11y(page, { context: 'case list (phone)' });
    await expectNoHorizontalOverflow(page, 'case list (phone)');

    await card.getByRole('link', { name: tracking }).click();
    await page.waitForURL(caseUrl);
    await page.getByTestId('cx-action-pleno_terima').waitFor();
    await checkA11y(page, { context: 'case detail (phone)' });
    await expectNoHorizontalOverflow(page, 'case detail (phone)');

    await act(page, 'pleno_terima', 'pemeriksaan', async () => {
      await checkA11y(page, { context: 'plenary dialog (phone)', include: '[role="dialog"]' });
      await expectNoHorizontalOverflow(page, 'plenary dialog (phone)');
      await page.getByTestId('cx-action-note').fill('Diterima rapat pleno untuk pemeriksaan.');
    });
    expect(await page.locator('[data-testid="cx-step"][aria-current="step"]').getAttribute('data-step')).toBe(
      'pemeriksaan',
    );
    await expectNoHorizontalOverflow(page, 'case in examination (phone)');

    // The head of the case's office may open the sealed identity: a confirmation first (audited),
    // then the identity in a modal only; closed, it is gone from the page.
    await page.getByTestId('cx-reveal').click();
    await page.getByText('Pembukaan identitas dicatat di log audit', { exact: false }).waitFor();
    await page.getByTestId('confirm-ok').click();
    const shown = page.getByTestId('cx-identity-shown-fullName');
    await shown.waitFor();
    expect(await shown.textContent()).toBe('Warga Uji Coba');
    await checkA11y(page, { context: 'revealed identity (phone)', include: '[role="dialog"]' });
    await page.keyboard.press('Escape');
    await shown.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain('Warga Uji Coba');

    // The new-report form fits a phone too; in English after the language switch.
    await page.goto(`${e2e.baseUrl}/pengaduan/baru`);
    await page.getByTestId('cx-report-form').waitFor();
    await checkA11y(page, { context: 'report form (phone)' });
    await expectNoHorizontalOverflow(page, 'report form (phone)');
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: 'Record a public report' }).waitFor();
    expect(await page.getByTestId('cx-report-submit').textContent()).toBe('Save the report');
    await expectNoHorizontalOverflow(page, 'report form in English (phone)');
    await page.context().close();
  });
});
