/**
 * A citizen files a report on a 390 px phone — once with JavaScript on (the registry search box
 * picks the government), once with it off (the plain select; a first sending without consent
 * comes back with every value kept) — gets the tracking number and PIN, and opens the status
 * page. axe finds nothing serious and nothing scrolls sideways on any of the pages. Also measures
 * the report form's JavaScript (budget: 60 KB gzipped).
 */
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { startE2E, type E2E } from './support';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function phone(javaScriptEnabled: boolean): Promise<Page> {
  const context = await e2e.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'id-ID',
    javaScriptEnabled,
    hasTouch: true,
  });
  return context.newPage();
}

/**
 * axe and the overflow check on the page as it is. A page without JavaScript cannot run them
 * (they are scripts): its HTML is checked in a same-size page of the same origin whose own
 * scripts are blocked — the same markup and stylesheet, no enhancement.
 */
async function checkPage(page: Page, name: string, javaScriptEnabled = true) {
  let target = page;
  if (!javaScriptEnabled) {
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    await context.route('**/*.js', (route) => route.abort());
    target = await context.newPage();
    await target.goto(`${e2e.baseUrl}/publik/lapor/status`);
    await target.setContent(await page.content(), { waitUntil: 'load' });
  }
  await checkA11y(target, { context: name });
  await expectNoHorizontalOverflow(target, name);
  if (target !== page) await target.context().close();
}

async function fillReport(page: Page, who: string) {
  await page.fill('#f-identity-fullName', who);
  await page.fill('#f-identity-birthPlace', 'Paringin');
  await page.fill('#f-identity-birthDate', '1988-02-03');
  await page.selectOption('#f-identity-maritalStatus', 'kawin');
  await page.fill('#f-identity-occupation', 'Petani');
  await page.fill('#f-identity-address', 'Desa Batu Piring RT 02, Paringin');
  await page.fill('#f-identity-nik', '6311010302880002');
  await page.fill('#f-identity-phone', '081298765432');
  await page.selectOption('#f-body-kind', 'pemda');
  await page.fill('#f-body-name', 'Dinas Kependudukan dan Pencatatan Sipil');
  await page.fill('#f-subject', 'Akta kelahiran anak tidak diterbitkan');
  await page.fill('#f-description', 'Berkas lengkap sejak dua bulan, tetapi akta belum terbit.');
  await page.fill('#f-priorEffort', 'Sudah bertanya ke loket dua kali.');
  await page.fill('#f-expectation', 'Akta diterbitkan.');
  await page.setInputFiles('#f-priorProof', { name: 'bukti.pdf', mimeType: 'application/pdf', buffer: PDF });
}

async function receiptOf(page: Page) {
  await page.getByRole('heading', { name: 'Laporan diterima' }).waitFor();
  const tracking = (await page.locator('#nomor-laporan').textContent())!.trim();
  const pin = (await page.locator('#pin').textContent())!.trim();
  expect(tracking).toMatch(/^LM-\d{4}-[2-9A-HJ-NP-Z]{8}$/);
  expect(pin).toMatch(/^\d{6}$/);
  return { tracking, pin };
}

async function openStatus(page: Page, tracking: string, pin: string, js: boolean) {
  await page.getByRole('link', { name: 'Lihat status' }).click();
  await page.waitForURL(/\/publik\/lapor\/status/);
  await checkPage(page, 'status sign-in', js);
  await page.fill('#f-trackingNumber', tracking);
  await page.fill('#f-pin', pin);
  await page.getByRole('button', { name: 'Lihat status' }).click();
  await page.locator('#tahap').waitFor();
  expect(await page.locator('#tahap').textContent()).toBe('Penerimaan');
  expect(await page.content()).toContain(tracking);
  expect(await page.locator('#tenggat').textContent()).toContain('Verifikasi laporan');
  await checkPage(page, 'status page', js);
}

describe('a citizen reports from a phone', () => {
  it('with JavaScript on: the search box picks the government; receipt; status page', async () => {
    const page = await phone(true);
    await page.goto(`${e2e.baseUrl}/publik`);
    await page.getByRole('link', { name: 'Lapor' }).click();
    await page.waitForURL(/\/publik\/lapor$/);
    await checkPage(page, 'report form (JS on)');
    // The form's JavaScript: measured against the 60 KB (gzipped) budget.
    const scripts = await page.$$eval('script[src]', (s) => s.map((e) => (e as HTMLScriptElement).src));
    let gz = 0;
    for (const src of scripts)
      gz += zlib.gzipSync(Buffer.from(await (await fetch(src)).arrayBuffer())).length;
    console.log(`report form JavaScript: ${scripts.length} file(s), ${gz} bytes gzipped`);
    expect(gz).toBeLessThan(60 * 1024);
    await fillReport(page, 'Ahmad Fauzi');
    await page.getByLabel('Cari di daftar').fill('Balangan');
    await expect
      .poll(() => page.locator('#f-body-governmentId option:checked').textContent())
      .toContain('Balangan');
    await page.check('#f-consent');
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    const { tracking, pin } = await receiptOf(page);
    await checkPage(page, 'receipt (JS on)');
    await openStatus(page, tracking, pin, true);
    expect(await page.content()).not.toContain('Ahmad Fauzi');
    await page.context().close();
  });

  it('with JavaScript off: a refused first sending keeps the values; receipt; status page', async () => {
    const page = await phone(false);
    await page.goto(`${e2e.baseUrl}/publik/lapor`);
    await checkPage(page, 'report form (JS off)', false);
    await fillReport(page, 'Rina Marlina');
    const balangan = page.locator('#f-body-governmentId option', { hasText: 'Balangan' }).first();
    await page.selectOption('#f-body-governmentId', (await balangan.getAttribute('value'))!);
    // Sent without consent: back with every value and the consent's own message.
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.locator('#f-consent-err').waitFor();
    expect(await page.inputValue('#f-identity-fullName')).toBe('Rina Marlina');
    expect(await page.inputValue('#f-description')).toBe(
      'Berkas lengkap sejak dua bulan, tetapi akta belum terbit.',
    );
    expect(await page.locator('#f-body-governmentId option:checked').textContent()).toContain('Balangan');
    await checkPage(page, 'refused form (JS off)', false);
    await page.check('#f-consent');
    await page.setInputFiles('#f-priorProof', {
      name: 'bukti.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByRole('button', { name: 'Kirim laporan' }).click();
    const { tracking, pin } = await receiptOf(page);
    await checkPage(page, 'receipt (JS off)', false);
    await openStatus(page, tracking, pin, false);
    await page.context().close();
  });
});
