/**
 * One report, end to end, in the browser (issue 14's journey): a citizen files it on a phone
 * through the public portal; the Kalsel assessor registers it and passes the formal and material
 * checks; the head accepts it in the plenary and sends Balangan a clarification letter (the
 * identity check first); Balangan's coordinator, on a phone, uploads the signed reply; the head
 * sets the LHP with a corrective action, which appears as a follow-up item; the citizen's status
 * page then shows the corrective-action stage and the LHP's findings. axe checks the new states.
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

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const REPORTER = 'Siti Aminah Journey';
const FINDINGS = 'Penundaan berlarut penerbitan akta kelahiran terbukti selama dua bulan.';
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

async function newPage(width: number, email?: string): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width, height: 844 }, locale: 'id-ID' });
  const page = await context.newPage();
  if (email) await loginAs(page, e2e.baseUrl, email);
  return page;
}

/** Takes an action from the case's button bar through its dialog; waits for the new stage. */
async function act(page: Page, action: string, stage: string, fill?: () => Promise<void>) {
  await page.getByTestId(`cx-action-${action}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill();
  await page.getByTestId('cx-action-submit').click();
  await dialog.waitFor({ state: 'detached' });
  await expect
    .poll(() => page.locator('h1 + [data-testid="stage-badge"]').getAttribute('data-stage'))
    .toBe(stage);
}

async function openCase(page: Page, tracking: string) {
  await page.goto(`${e2e.baseUrl}/pengaduan?q=${encodeURIComponent(tracking)}`);
  const row = page.locator(`[data-testid="cx-row"][data-tracking="${tracking}"]`);
  await row.waitFor();
  await row.getByRole('link', { name: tracking }).click();
  await page.waitForURL(/\/pengaduan\/[0-9a-f-]{36}$/);
  await page.getByTestId('cx-tracking').waitFor();
}

async function statusOf(page: Page, tracking: string, pin: string) {
  await page.goto(`${e2e.baseUrl}/publik/lapor/status`);
  await page.fill('#f-trackingNumber', tracking);
  await page.fill('#f-pin', pin);
  await page.getByRole('button', { name: 'Lihat status' }).click();
  await page.locator('#tahap').waitFor();
  return (await page.locator('#tahap').textContent())?.trim();
}

let tracking = '';
let pin = '';

describe('a report from the citizen’s phone to the LHP', () => {
  it('the citizen files it on the portal and gets a tracking number and a PIN', async () => {
    const page = await newPage(390);
    await page.goto(`${e2e.baseUrl}/publik/lapor`);
    await page.fill('#f-identity-fullName', REPORTER);
    await page.fill('#f-identity-birthPlace', 'Paringin');
    await page.fill('#f-identity-birthDate', '1991-07-15');
    await page.selectOption('#f-identity-maritalStatus', 'kawin');
    await page.fill('#f-identity-occupation', 'Guru honorer');
    await page.fill('#f-identity-address', 'Jl. Jend. Sudirman No. 9, Paringin');
    await page.fill('#f-identity-nik', '6311015507910003');
    await page.fill('#f-identity-phone', '081377712345');
    await page.selectOption('#f-body-kind', 'pemda');
    await page.getByLabel('Cari di daftar').fill('Balangan');
    await expect
      .poll(() => page.locator('#f-body-governmentId option:checked').textContent())
      .toContain('Balangan');
    await page.fill('#f-body-name', 'Disdukcapil Kabupaten Balangan');
    await page.fill('#f-subject', 'Akta kelahiran tertunda dua bulan');
    await page.fill('#f-description', 'Berkas akta kelahiran anak saya lengkap sejak dua bulan lalu.');
    await page.fill('#f-priorEffort', 'Sudah menanyakan ke loket Disdukcapil dua kali.');
    await page.fill('#f-expectation', 'Akta segera diterbitkan.');
    await page.setInputFiles('#f-priorProof', {
      name: 'bukti.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.check('#f-consent');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByRole('heading', { name: 'Laporan diterima' }).waitFor();
    tracking = (await page.locator('#nomor-laporan').textContent())!.trim();
    pin = (await page.locator('#pin').textContent())!.trim();
    expect(tracking).toMatch(/^LM-\d{4}-/);
    expect(pin).toMatch(/^\d{6}$/);
    await page.context().close();
  });

  it('the assessor registers it and passes the formal and material checks', async () => {
    expect(tracking).not.toBe('');
    const page = await newPage(1280, 'asesor.kalsel@patuh.local');
    await openCase(page, tracking);
    expect(await page.content()).not.toContain(REPORTER);
    await act(page, 'catat_register', 'verifikasi_formil');
    await act(page, 'formil_lengkap', 'verifikasi_materiil');
    await act(page, 'materiil_lolos', 'pleno', async () => {
      for (const k of ['withinAuthority', 'notInCourt', 'withinTwoYears', 'notDuplicate'])
        await page.getByTestId(`cx-check-${k}`).check();
    });
    await page.context().close();
  });

  it('the head accepts it in the plenary and sends Balangan a clarification letter', async () => {
    const page = await newPage(1280, 'kepala.kalsel@patuh.local');
    await openCase(page, tracking);
    await act(page, 'pleno_terima', 'pemeriksaan');
    await page.getByTestId('cx-tab-surat').click();
    await page.getByTestId('letter-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.getByTestId('letter-government').click();
    await page.getByTestId('letter-government').fill('Balangan');
    await page
      .getByRole('option', { name: /Balangan/ })
      .first()
      .click();
    await page.getByTestId('letter-addressee').fill('Bupati Balangan');
    await page.getByTestId('letter-subject').fill('Permintaan klarifikasi penerbitan akta kelahiran');
    await page
      .getByTestId('letter-body')
      .fill(
        'Ombudsman menerima laporan tentang penundaan penerbitan akta kelahiran. Mohon penjelasan Saudara.',
      );
    await page.getByTestId('letter-signatory-name').fill('Hadi Rahman');
    await page.getByTestId('letter-signatory-title').fill('Kepala Perwakilan Kalimantan Selatan');
    await page.getByTestId('letter-save').click();
    await dialog.waitFor({ state: 'detached' });
    const card = page.getByTestId('letter-card').first();
    await card.waitFor();
    await checkA11y(page, { context: 'case letters (draft)' });

    await card.getByTestId('letter-identity').click();
    await page.getByTestId('letter-identity-statement').check();
    await page.getByTestId('letter-identity-confirm').click();
    await expect.poll(() => card.getByTestId('letter-send').isEnabled()).toBe(true);
    await card.getByTestId('letter-send').click();
    await page.getByTestId('letter-send-confirm').click();
    await expect.poll(() => card.getByTestId('letter-status').textContent()).toMatch(/Terkirim/i);
    await checkA11y(page, { context: 'case letters (sent)' });
    await page.context().close();
  });

  it('Balangan’s coordinator uploads the signed reply from a phone', async () => {
    const page = await newPage(390, 'koordinator.balangan@patuh.local');
    await page.goto(`${e2e.baseUrl}/surat-ombudsman`);
    await page.getByText('Permintaan klarifikasi penerbitan akta kelahiran').first().waitFor();
    await page.getByTestId('body-letter-open').first().click();
    const letter = page.getByTestId('body-letter');
    await letter.waitFor();
    expect(await letter.textContent()).not.toContain(REPORTER);
    await page.locator('[data-testid="body-letter"] input[type="file"]').setInputFiles({
      name: 'balasan.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByTestId('reply-note').fill('Akta sudah diterbitkan minggu ini.');
    await page.getByTestId('reply-submit').click();
    await page.getByText('Balasan terkirim.').waitFor();
    await expectNoHorizontalOverflow(page, 'body inbox after the reply');
    await page.context().close();
  });

  it('the head sets the LHP with a corrective action; the citizen sees the findings', async () => {
    const page = await newPage(1280, 'kepala.kalsel@patuh.local');
    await openCase(page, tracking);
    await page.getByTestId('cx-tab-surat').click();
    await page.getByTestId('letter-reply').first().waitFor();
    await act(page, 'tetapkan_lhp', 'tindakan_korektif', async () => {
      await page.getByTestId('cx-lhp-outcome').selectOption('ditemukan');
      await page.getByTestId('cx-lhp-number').fill('LHP-0007/LM/XII/2026');
      await page.getByTestId('cx-lhp-date').fill(today());
      await page.getByTestId('cx-lhp-findings').fill(FINDINGS);
      if ((await page.getByTestId('cx-corrective-row').count()) === 0)
        await page.getByTestId('cx-corrective-add').click();
      await page.getByTestId('cx-corrective-addressee-0').fill('Kepala Disdukcapil Balangan');
      await page
        .getByTestId('cx-corrective-action-0')
        .fill('Terbitkan akta dan tetapkan SOP penyelesaian 14 hari.');
      await checkA11y(page, { context: 'LHP dialog', include: '[role="dialog"]' });
    });
    await page.getByTestId('cx-tab-tindak-lanjut').click();
    await page.getByTestId('followup-card').first().waitFor();
    expect(await page.getByTestId('followup-status').first().textContent()).not.toBe('');
    await checkA11y(page, { context: 'case follow-ups' });
    await page.context().close();

    const citizen = await newPage(390);
    expect(await statusOf(citizen, tracking, pin)).toBe('Tindakan korektif');
    expect(await citizen.content()).toContain(FINDINGS);
    await expectNoHorizontalOverflow(citizen, 'status page with the LHP');
    await citizen.context().close();
  });
});
