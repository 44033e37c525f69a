/**
 * Notifications in the browser: the demo's 2024 self-assessment closes on 31 May 2024; two days
 * before, the reminder reaches the Balangan Disdukcapil PIC. On a phone the bell shows the count,
 * the inbox opens the checklist, the PIC turns e-mail off for that kind; the admin sees the e-mail
 * job waiting on the background-jobs page. axe checks every page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendAssessmentReminders } from '../server/modules/notifications/reminders';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
  expect(await sendAssessmentReminders(e2e.database.db, '2024-05-29')).toBeGreaterThan(0);
}, 180_000);
afterAll(async () => e2e?.close());

async function open(email: string, width: number): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width, height: 844 } });
  const page = await context.newPage();
  await loginAs(page, e2e.baseUrl, email);
  return page;
}

describe('notifications in the browser', () => {
  it('a PIC on a phone: the bell counts, the inbox opens the checklist, e-mail turned off for a kind', async () => {
    const page = await open('pic.disdukcapil.balangan@patuh.local', 390);
    const bell = page.getByTestId('notification-bell');
    await expect
      .poll(async () => Number(await bell.getAttribute('data-unread')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    const before = Number(await bell.getAttribute('data-unread'));
    await bell.click();
    await page.waitForURL(/\/notifications$/);
    const first = page.getByTestId('notification-item').first();
    await expect
      .poll(() => first.textContent(), { timeout: 20_000 })
      .toMatch(/Penilaian mandiri .+ ditutup dalam 2 hari/);
    expect(await first.getAttribute('data-read')).toBe('false');
    await checkA11y(page, { context: 'notifications (phone)' });
    await expectNoHorizontalOverflow(page, 'notifications (phone)');

    await first.getByRole('link', { name: 'Buka' }).click();
    await page.waitForURL(/\/checklist$/);
    await expect
      .poll(async () => Number(await bell.getAttribute('data-unread')), { timeout: 20_000 })
      .toBe(before - 1);

    await page.goto(`${e2e.baseUrl}/notifications`);
    const email = page.getByTestId('setting-email-self.closing');
    await email.waitFor();
    expect(await email.isChecked()).toBe(true);
    await email.uncheck();
    await page.getByTestId('notification-settings-save').click();
    await page.getByText('Pengaturan pemberitahuan disimpan.').waitFor();
    await page.reload();
    await page.getByTestId('setting-email-self.closing').waitFor();
    expect(await page.getByTestId('setting-email-self.closing').isChecked()).toBe(false);
    expect(await page.getByTestId('setting-inapp-self.closing').isChecked()).toBe(true);
    await page.context().close();
  });

  it('the admin sees the e-mail jobs waiting and the (empty) outbox on the background-jobs page', async () => {
    const page = await open('admin@patuh.local', 1280);
    await page.getByTestId('nav-jobs').click();
    await page.waitForURL(/\/jobs$/);
    await page.getByTestId('job-filter-status').selectOption('pending');
    const table = page.getByTestId('job-table');
    await table.waitFor();
    expect(await table.textContent()).toContain('Kirim email pemberitahuan');
    await checkA11y(page, { context: 'background jobs' });
    await page.context().close();
  });
});
