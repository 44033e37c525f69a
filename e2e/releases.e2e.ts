/**
 * Releasing results in Chromium, on a 390 px phone (issue 13): the Kalsel head opens "Rilis publik"
 * of the demo's published 2023 cycle (released by the demo), withdraws one government with a
 * reason and releases it again after the confirmation; an admin reads Mamuju Tengah's earlier
 * official result on its government page. Nothing scrolls sideways; axe finds nothing serious.
 */
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments } from '../server/db/schema';
import { cycles } from '../server/db/schema-assessments';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
let published = '';
let balanganId = '';
let matengId = '';

beforeAll(async () => {
  e2e = await startE2E();
  const db = e2e.database.db;
  const [balangan] = await db.select().from(governments).where(eq(governments.regionCode, '63.11'));
  const [mateng] = await db.select().from(governments).where(eq(governments.regionCode, '76.06'));
  const office = await db.select().from(cycles).where(eq(cycles.officeId, balangan!.officeId));
  balanganId = balangan!.id;
  matengId = mateng!.id;
  published = office.find((c) => c.year === 2023 && c.kind === 'official')!.id;
});
afterAll(async () => e2e?.close());

async function phone(email: string): Promise<Page> {
  const context = await e2e.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'id-ID',
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await loginAs(page, e2e.baseUrl, email);
  return page;
}

describe('public release on a 390 px phone', () => {
  it('the head withdraws Balangan with a reason and releases it again', async () => {
    const page = await phone('kepala.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${published}?tab=releases`);
    const state = page.getByTestId(`state-${balanganId}`);
    await expect.poll(() => state.textContent()).toBe('Dirilis');
    await expectNoHorizontalOverflow(page, 'release panel');
    await checkA11y(page, { context: 'release panel on a phone' });

    await page.getByRole('checkbox', { name: 'Pilih Pemerintah Kabupaten Balangan' }).check();
    await page.getByTestId('release-withdraw').click();
    await page.getByTestId('withdraw-reason').fill('Ralat angka dari kantor pusat');
    await page.getByTestId('withdraw-ok').click();
    await expect.poll(() => state.textContent()).toBe('Ditarik');

    await page.getByRole('checkbox', { name: 'Pilih Pemerintah Kabupaten Balangan' }).check();
    await page.getByTestId('release-selected').click();
    const dialog = page.getByRole('dialog', { name: 'Rilis hasil ke portal publik?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('tampil untuk umum di portal publik');
    await dialog.getByTestId('confirm-ok').click();
    await expect.poll(() => state.textContent()).toBe('Dirilis');
    await expectNoHorizontalOverflow(page, 'release panel after the release');
  }, 120_000);

  it('an admin reads Mamuju Tengah’s 2019 green zone on its government page', async () => {
    const page = await phone('admin@patuh.local');
    await page.goto(`${e2e.baseUrl}/governments/${matengId}?tab=official`);
    const row = page.getByTestId('earlier-2019');
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.textContent()).toContain('Hijau');
    expect(await row.textContent()).toContain('trans89.com');
    await expectNoHorizontalOverflow(page, 'earlier official results');
    await checkA11y(page, { context: 'earlier official results on a phone' });
  }, 120_000);
});
