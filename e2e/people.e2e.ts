/**
 * Issue 12 part 7 in Chromium on a 390 px phone: the Balangan coordinator creates a PIC account
 * from a contact ("Buat akun massal"), the PIC opens the one-time link, sets a password and signs
 * in; then the coordinator hands the PIC's unit over (mutasi) and the PIC's session loses it.
 */
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contacts, userUnits, users } from '../server/db/schema';
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

describe('the people side on a 390 px phone', () => {
  it('bulk account with a one-time link, first password, then handover (mutasi)', async () => {
    const db = e2e.database.db;
    const [pic] = await db
      .select({ id: users.id, governmentId: users.governmentId, unitId: userUnits.unitId })
      .from(users)
      .innerJoin(userUnits, eq(userUnits.userId, users.id))
      .where(eq(users.email, 'pic.disdukcapil.balangan@patuh.local'));
    const gov = pic!.governmentId!;
    await db.insert(contacts).values({
      unitId: pic!.unitId,
      governmentId: gov,
      name: 'Rahmat Hidayat',
      position: 'Kepala Seksi Pelayanan',
      email: 'rahmat.hidayat@balangan.test',
    });

    const coord = await phone();
    await loginAs(coord, e2e.baseUrl, 'koordinator.balangan@patuh.local');
    await coord.goto(`${e2e.baseUrl}/governments/${gov}?tab=contacts`);
    await expect.poll(() => coord.getByTestId('people-panel').isVisible()).toBe(true);
    await checkA11y(coord, { context: 'people panel' });
    await expectNoHorizontalOverflow(coord, 'people panel');

    await coord.getByTestId('people-bulk').click();
    await coord.getByRole('checkbox', { name: /Rahmat Hidayat/ }).check();
    await coord.getByTestId('bulk-submit').click();
    await expect.poll(() => coord.getByTestId('bulk-result').isVisible()).toBe(true);
    const link = (await coord.getByTestId('bulk-link').textContent())!;
    expect(link).toMatch(/\/atur-sandi#t=[\w-]{43}$/);
    await checkA11y(coord, { context: 'bulk accounts result' });
    await expectNoHorizontalOverflow(coord, 'bulk accounts result');
    await coord.getByTestId('bulk-done').click();

    // The link, opened on the PIC's phone (the server's own address here).
    const theirs = await phone();
    await theirs.goto(`${e2e.baseUrl}/atur-sandi#t=${link.split('#t=')[1]}`);
    await expect.poll(() => theirs.getByText(/Halo Rahmat Hidayat/).isVisible()).toBe(true);
    await checkA11y(theirs, { context: 'atur kata sandi' });
    await expectNoHorizontalOverflow(theirs, 'atur kata sandi');
    await theirs.getByLabel('Kata sandi baru').fill('sandi-rahmat-baru-1');
    await theirs.getByLabel('Ulangi kata sandi').fill('sandi-rahmat-baru-1');
    await theirs.getByTestId('setup-submit').click();
    await expect.poll(() => theirs.getByTestId('setup-done').isVisible()).toBe(true);
    await loginAs(theirs, e2e.baseUrl, 'rahmat.hidayat@balangan.test', 'sandi-rahmat-baru-1');
    expect((await theirs.request.get(`${e2e.baseUrl}/api/units/${pic!.unitId}`)).status()).toBe(200);

    // Mutasi: Rahmat's unit goes to the existing Disdukcapil PIC.
    await coord.reload();
    const row = coord.getByTestId('person-row').filter({ hasText: 'Rahmat Hidayat' });
    await row.getByRole('button', { name: 'Serah terima (mutasi)' }).click();
    await coord.getByRole('combobox', { name: 'Akun penerima' }).click();
    await coord.getByRole('option', { name: 'PIC Disdukcapil Balangan — PIC Unit' }).click();
    await coord.getByTestId('handover-submit').click();
    await expect.poll(() => coord.getByTestId('handover-result').isVisible()).toBe(true);
    await checkA11y(coord, { context: 'handover result' });
    await expectNoHorizontalOverflow(coord, 'handover result');
    expect((await theirs.request.get(`${e2e.baseUrl}/api/units/${pic!.unitId}`)).status()).toBe(404);
    await coord.context().close();
    await theirs.context().close();
  });
});
