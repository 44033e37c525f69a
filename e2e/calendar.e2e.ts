/**
 * The working-day calendar in the browser: the admin finds the official 2026 days (seeded at start),
 * adds a regional holiday for Bali through the modal (a missing name is refused first, in Bahasa
 * Indonesia), and the "hitung tenggat" calculator passes over it for Bali only. An assessor reads the
 * calendar and computes a deadline on a 390 px phone, without edit buttons. axe checks every page.
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

async function compute(page: Page, from: string, add: number) {
  await page.getByTestId('calc-from').fill(from);
  await page.getByTestId('calc-add').fill(String(add));
  await page.getByTestId('calc-submit').click();
  const result = page.getByTestId('calc-due');
  await result.waitFor();
  return result;
}

describe('the working-day calendar in the browser', () => {
  it('the admin adds a regional holiday; the calculator skips it in its province only', async () => {
    const page = await open('admin@patuh.local', 1280);
    await page.getByTestId('nav-calendar').click();
    await page.waitForURL(/\/calendar$/);
    await page.getByTestId('calendar-year').selectOption('2026');
    const nyepi = page.locator('[data-testid="calendar-day"][data-date="2026-03-19"]');
    await nyepi.waitFor();
    expect(await nyepi.textContent()).toMatch(/Kamis, 19 Mar 2026.*Hari Suci Nyepi.*Libur nasional/);
    expect(await page.getByRole('heading', { name: 'Maret 2026' }).count()).toBe(1);
    await checkA11y(page, { context: 'calendar (admin)' });

    // Before: Mon 8 June + 3 working days = Thu 11 June.
    await page.getByTestId('calendar-province').selectOption('51');
    expect(await (await compute(page, '2026-06-08', 3)).getAttribute('data-due')).toBe('2026-06-11');

    await page.getByTestId('calendar-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.getByTestId('calendar-form-date').fill('2026-06-10');
    expect(await page.getByTestId('calendar-form-kind').inputValue()).toBe('regional');
    expect(await page.getByTestId('calendar-form-province').inputValue()).toBe('51');
    await page.getByTestId('calendar-form-submit').click();
    await dialog.getByText('Wajib diisi.').waitFor();
    await checkA11y(page, { context: 'calendar day form with an error' });
    await page.getByTestId('calendar-form-name').fill('Hari Raya Galungan');
    await page.getByTestId('calendar-form-source').fill('Keputusan Gubernur Bali (uji e2e)');
    await page.getByTestId('calendar-form-submit').click();
    await page.getByText('"Hari Raya Galungan" ditambahkan ke kalender.').waitFor();
    const galungan = page.locator('[data-testid="calendar-day"][data-date="2026-06-10"]');
    await galungan.waitFor();
    expect(await galungan.getAttribute('data-kind')).toBe('regional');
    expect(await galungan.textContent()).toContain('Bali');

    const due = await compute(page, '2026-06-08', 3);
    await expect.poll(() => due.getAttribute('data-due')).toBe('2026-06-12');
    expect(await due.textContent()).toBe('Jatuh tempo: Jumat, 12 Jun 2026');
    expect(await page.getByTestId('calc-result').getAttribute('data-skipped')).toBe('2026-06-10');

    // Another province does not observe Bali's holiday.
    await page.getByTestId('calendar-province').selectOption('63');
    await expect.poll(async () => galungan.count()).toBe(0);
    await page.getByTestId('calc-submit').click();
    await expect.poll(() => page.getByTestId('calc-due').getAttribute('data-due')).toBe('2026-06-11');
    await page.context().close();
  });

  it('an assessor on a phone reads the calendar and computes 10 working days over Idul Fitri', async () => {
    const page = await open('asesor.kalsel@patuh.local', 390);
    await page.goto(`${e2e.baseUrl}/calendar`);
    await page.getByTestId('calendar-year').selectOption('2026');
    await page.locator('[data-testid="calendar-day"][data-date="2026-03-20"]').waitFor();
    expect(await page.getByTestId('calendar-add').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Ubah:/ }).count()).toBe(0);
    const due = await compute(page, '2026-03-16', 10);
    await expect.poll(() => due.getAttribute('data-due')).toBe('2026-04-07');
    expect(await page.getByTestId('calc-result').textContent()).toContain('12 hari dilewati');
    // A pause spanning Kenaikan and its cuti bersama (13–19 May) stops the clock: 5 working days
    // from Mon 11 May fall on Mon 25 May.
    await page.getByTestId('calc-pause-from').fill('2026-05-13');
    await page.getByTestId('calc-pause-to').fill('2026-05-19');
    const paused = await compute(page, '2026-05-11', 5);
    await expect.poll(() => paused.getAttribute('data-due')).toBe('2026-05-25');
    await checkA11y(page, { context: 'calendar (phone)' });
    await expectNoHorizontalOverflow(page, 'calendar (phone)');
    await page.context().close();
  });
});
