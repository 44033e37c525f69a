/**
 * Complaint statistics on a 390 px phone: the Kalsel head opens /pengaduan/statistik from the
 * navigation, sees the demo's Kalsel cases counted (cards equal to the API), the charts and the
 * tables, narrows to a year, and the page fits the screen and passes axe. No reporter's name or
 * e-mail appears on the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintStats } from '../shared/contracts/complaints-stats';
import { identityKeysOf } from '../server/lib/identity-crypto';
import { seedDemoComplaints } from '../server/modules/demo/demo-complaints';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
  await seedDemoComplaints(e2e.database, identityKeysOf(e2e.app.deps.config));
});
afterAll(async () => e2e?.close());

describe('complaint statistics on a phone', () => {
  it('the head of the Kalsel office reads the figures', async () => {
    const context = await e2e.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'id-ID',
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await loginAs(page, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    const api = (await (
      await page.request.get(`${e2e.baseUrl}/api/complaint-stats`)
    ).json()) as ComplaintStats;
    expect(api.total).toBeGreaterThan(3);
    await page.goto(`${e2e.baseUrl}/pengaduan/statistik`);
    await expect.poll(() => page.getByTestId('stats-total').textContent()).toContain(String(api.total));
    expect(await page.getByTestId('stats-open').textContent()).toContain(String(api.open));
    await expect.poll(() => page.getByTestId('chart-stage').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="chart-stage"] svg').count()).toBe(1);
    expect(await page.getByTestId('stats-stage-days').textContent()).toContain('14 hari kerja');
    const body = (await page.content()).toLowerCase();
    expect(body).not.toContain('warga uji');
    expect(body).not.toContain('example.test');
    await expectNoHorizontalOverflow(page, 'complaint statistics');
    await checkA11y(page, { context: 'complaint statistics on a phone' });
    await context.close();
  });
});
