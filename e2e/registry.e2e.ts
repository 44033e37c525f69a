/**
 * Issue 2 journeys in Chromium: a coordinator adds a unit and a PIC, switches to English and logs
 * out; a unit PIC cannot open another government's unit by URL.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts, governments, units } from '../server/db/schema';
import { checkA11y } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

describe('registry in the browser', () => {
  it('coordinator: add a unit and a PIC, switch to English, log out', async () => {
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'koordinator.balangan@patuh.local');
    const [balangan] = await e2e.database.db
      .select()
      .from(governments)
      .where(eq(governments.regionCode, '63.11'));
    await page.goto(`${e2e.baseUrl}/governments/${balangan!.id}`);
    await expect
      .poll(() => page.getByText('Dinas Kependudukan dan Pencatatan Sipil').first().isVisible())
      .toBe(true);
    await checkA11y(page, { context: 'government page (coordinator)' });

    await page.getByTestId('unit-add').click();
    await page.getByTestId('unit-form-name').fill('UPT Pelayanan Terpadu Kecamatan Paringin');
    await page.getByTestId('unit-form-type').selectOption('upt');
    await page.getByTestId('unit-form-sector').selectOption('perizinan');
    await page.getByTestId('unit-form-submit').click();
    await expect
      .poll(() => page.getByText('UPT Pelayanan Terpadu Kecamatan Paringin').first().isVisible())
      .toBe(true);
    const [unit] = await e2e.database.db
      .select()
      .from(units)
      .where(
        and(eq(units.governmentId, balangan!.id), eq(units.name, 'UPT Pelayanan Terpadu Kecamatan Paringin')),
      );
    expect(unit).toMatchObject({ type: 'upt', sector: 'perizinan' });

    await page.goto(`${e2e.baseUrl}/units/${unit!.id}`);
    await expect.poll(() => page.getByTestId('unit-title').isVisible()).toBe(true);
    await checkA11y(page, { context: 'unit page' });
    await page.getByTestId('contact-add').click();
    await page.getByTestId('contact-form-name').fill('Rahmawati');
    await page.getByTestId('contact-form-position').fill('Kepala UPT');
    await page.getByTestId('contact-form-phone').fill('0812-5555-1234');
    await page.getByTestId('contact-form-email').fill('rahmawati@balangan.test');
    await page.getByTestId('contact-form-submit').click();
    await expect.poll(() => page.getByText('Rahmawati').first().isVisible()).toBe(true);
    const [pic] = await e2e.database.db.select().from(contacts).where(eq(contacts.unitId, unit!.id));
    expect(pic).toMatchObject({
      name: 'Rahmawati',
      position: 'Kepala UPT',
      phone: '0812-5555-1234',
      email: 'rahmawati@balangan.test',
    });

    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH',
    );
    await page.getByTestId('lang-switch').click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByTestId('logout').getByText('Sign out').first().isVisible()).toBe(true);
    await checkA11y(page, { context: 'unit page in English' });
    // The choice is remembered for the user, on the server.
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByTestId('logout').click();
    await page.waitForURL((url) => url.pathname.startsWith('/login'));
    await checkA11y(page, { context: 'login page' });
    const me = await page.request.get(`${e2e.baseUrl}/api/auth/me`);
    expect((await me.json()).user).toBeNull();
    await page.context().close();
  });

  it('a unit PIC cannot open another government’s unit by URL', async () => {
    const [babar] = await e2e.database.db
      .select()
      .from(governments)
      .where(eq(governments.regionCode, '19.05'));
    const [foreignUnit] = await e2e.database.db
      .select()
      .from(units)
      .where(eq(units.governmentId, babar!.id))
      .limit(1);
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'pic.disdukcapil.balangan@patuh.local');
    await page.goto(`${e2e.baseUrl}/units/${foreignUnit!.id}`);
    await expect.poll(() => page.getByTestId('not-found').isVisible()).toBe(true);
    expect(await page.getByText(foreignUnit!.name).count()).toBe(0);
    const api = await page.request.get(`${e2e.baseUrl}/api/units/${foreignUnit!.id}`);
    expect(api.status()).toBe(404);
    await page.goto(`${e2e.baseUrl}/governments/${babar!.id}`);
    await expect.poll(() => page.getByTestId('not-found').isVisible()).toBe(true);
    await page.context().close();
  });
});
