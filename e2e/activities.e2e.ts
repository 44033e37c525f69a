/**
 * Issue 15 part 10 in Chromium on a 390 px phone: the Kalsel assessor records a bimtek with
 * Kabupaten Balangan (two units present, a person, an action agreed, a photo with a caption);
 * Balangan's coordinator finds it in its activities and on its government page, reads every part
 * and sees the photo. Each page passes axe and fits the phone's width.
 */
import { and, asc, eq, ilike, isNull } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments, units } from '../server/db/schema';
import { pngWithGps } from '../server/lib/strip-metadata.fixture';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

async function phone(): Promise<Page> {
  const context = await e2e.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'id-ID',
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

const TITLE = 'Bimtek penyusunan standar pelayanan';

describe('activities with a government on a 390 px phone', () => {
  it('the assessor records a bimtek for Balangan; its coordinator reads it', async () => {
    const db = e2e.database.db;
    const [gov] = await db
      .select({ id: governments.id })
      .from(governments)
      .where(and(ilike(governments.name, '%Balangan%'), eq(governments.type, 'pemkab')));
    const [first, second] = await db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(and(eq(units.governmentId, gov!.id), isNull(units.archivedAt), isNull(units.parentId)))
      .orderBy(asc(units.name))
      .limit(2);

    const page = await phone();
    await loginAs(page, e2e.baseUrl, 'asesor.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/governments/${gov!.id}?tab=activities`);
    await expect.poll(() => page.getByTestId('government-activities').isVisible()).toBe(true);
    // Loaded: the empty state, or the activities the demo already holds.
    await expect
      .poll(
        async () =>
          (await page.getByTestId('empty-state').count()) + (await page.getByTestId('activity-row').count()),
      )
      .toBeGreaterThan(0);
    await checkA11y(page, { context: 'Kegiatan tab' });
    await expectNoHorizontalOverflow(page, 'Kegiatan tab');

    await page.getByTestId('government-activity-new').click();
    await page.waitForURL(/\/kegiatan\/baru/);
    await page.getByTestId('activity-form-kind').selectOption('bimtek');
    await page.getByTestId('activity-form-title').fill(TITLE);
    await page.getByTestId('activity-form-held').fill('2026-11-20');
    await page.getByTestId('activity-form-place').fill('Aula Bappeda Balangan');
    for (const u of [first!, second!]) {
      await page.getByTestId('activity-form-units').click();
      await page.getByRole('option', { name: u.name, exact: true }).click();
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('activity-people-add').click();
    await page.getByTestId('person-name').fill('Budi Santoso');
    await page.getByTestId('person-role').fill('Kepala Bagian Organisasi');
    await page.getByTestId('person-side').selectOption('pemerintah');
    await page.getByTestId('activity-actions-add').click();
    await page.getByTestId('action-description').fill('Tetapkan standar pelayanan dengan SK Kepala Dinas');
    await page.getByTestId('action-unit').selectOption({ label: first!.name });
    await page.getByTestId('action-due').fill('2027-01-31');
    await page.getByTestId('action-owner').fill('Kepala Dinas');
    await page.getByTestId('activity-form-minutes').fill('Peserta menyusun draf 14 komponen.');
    await checkA11y(page, { context: 'activity form' });
    await expectNoHorizontalOverflow(page, 'activity form');
    await page.getByTestId('activity-form-submit').click();
    await page.waitForURL(/\/kegiatan\/[0-9a-f-]{36}$/);
    const activityUrl = page.url();

    await expect.poll(() => page.getByTestId('activity-title').textContent()).toBe(TITLE);
    await page.getByTestId('activity-photo-caption-input').fill('Pembukaan bimtek');
    await page
      .getByTestId('activity-photos')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'pembukaan.png', mimeType: 'image/png', buffer: pngWithGps() });
    await expect.poll(() => page.getByTestId('activity-photo').count()).toBe(1);
    expect(await page.getByTestId('activity-photo-caption').textContent()).toBe('Pembukaan bimtek');
    await checkA11y(page, { context: 'activity (assessor)' });
    await expectNoHorizontalOverflow(page, 'activity (assessor)');
    // The office's list: filtered by kind and year through the address.
    await page.goto(`${e2e.baseUrl}/kegiatan?jenis=bimtek&tahun=2026`);
    await expect.poll(() => page.getByTestId('activity-row').filter({ hasText: TITLE }).count()).toBe(1);
    expect(await page.getByTestId('activity-row').filter({ hasText: TITLE }).textContent()).toContain(
      'Kabupaten Balangan',
    );
    // Issue 17: the office's governments not met in 2026 — Balangan was, just now.
    await expect.poll(() => page.getByTestId('unmet-governments').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByTestId('unmet-governments').textContent())
      .toMatch(/Belum ditemui pada 2026/);
    expect(await page.getByTestId('unmet-governments').textContent()).not.toContain('Kabupaten Balangan');
    await checkA11y(page, { context: 'activities list (office)' });
    await expectNoHorizontalOverflow(page, 'activities list (office)');
    await page.getByTestId('activity-filter-kind').selectOption('audiensi');
    await expect.poll(() => page.getByTestId('empty-state').isVisible()).toBe(true);
    expect(page.url()).toContain('jenis=audiensi');

    // Balangan's coordinator: the list, the government page's section, the activity.
    const coord = await phone();
    await loginAs(coord, e2e.baseUrl, 'koordinator.balangan@patuh.local');
    await coord.goto(`${e2e.baseUrl}/kegiatan`);
    const row = coord.getByTestId('activity-row').filter({ hasText: TITLE });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('2 unit · 1 tindak lanjut · 1 foto');
    await checkA11y(coord, { context: 'activities list (coordinator)' });
    await expectNoHorizontalOverflow(coord, 'activities list (coordinator)');
    await coord.goto(`${e2e.baseUrl}/governments/${gov!.id}?tab=activities`);
    await expect
      .poll(() =>
        coord
          .getByTestId('government-activities')
          .getByTestId('activity-row')
          .filter({ hasText: TITLE })
          .count(),
      )
      .toBe(1);
    await coord.getByTestId('government-activities').getByRole('link', { name: TITLE }).click();
    await coord.waitForURL(activityUrl);
    await expect.poll(() => coord.getByTestId('activity-title').textContent()).toBe(TITLE);
    const unitsText = await coord.getByTestId('activity-units-view').textContent();
    expect(unitsText).toContain(first!.name);
    expect(unitsText).toContain(second!.name);
    expect(await coord.getByTestId('activity-people-view').textContent()).toContain(
      'Budi Santoso, Kepala Bagian Organisasi (Pemerintah)',
    );
    const action = await coord.getByTestId('activity-action-row').textContent();
    expect(action).toContain('Tetapkan standar pelayanan dengan SK Kepala Dinas');
    expect(action).toContain(first!.name);
    expect(action).toContain('31 Jan 2027');
    // The photo shows (decoded by the browser), read-only for the coordinator.
    const img = coord.getByTestId('activity-photo').locator('img');
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await coord.getByTestId('activity-photo-add').count()).toBe(0);
    expect(await coord.getByTestId('activity-edit').count()).toBe(0);
    await checkA11y(coord, { context: 'activity (coordinator)' });
    await expectNoHorizontalOverflow(coord, 'activity (coordinator)');
  }, 240_000);
});
