/**
 * Issue 11 journeys in Chromium over the shared contracts: the admin creates an account on the users
 * page and that person signs in; the admin opens the framework list, a built-in version, and
 * duplicates it into an editable one (list → detail → duplicate → the copy's page).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameworks } from '../server/db/schema-assessments';
import { offices, users } from '../server/db/schema';
import { checkA11y } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

const BUILT_IN = 'ombudsman-2022-2024';

describe('accounts and frameworks in the browser', () => {
  it('the admin creates an assessor of the Kalsel office, who then signs in', async () => {
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'admin@patuh.local');
    await page.goto(`${e2e.baseUrl}/users`);
    await expect.poll(() => page.getByTestId('user-table').isVisible()).toBe(true);
    await checkA11y(page, { context: 'users page' });

    const [kalsel] = await e2e.database.db.select().from(offices).where(eq(offices.code, 'KALSEL'));
    await page.getByTestId('user-add').click();
    await page.getByTestId('user-form-name').fill('Asesor Baru Kalsel');
    await page.getByTestId('user-form-email').fill('asesor.baru@patuh.test');
    await page.getByTestId('user-form-password').fill('kata-sandi-baru-1');
    await page.getByTestId('user-form-role').selectOption('assessor');
    await expect
      .poll(() => page.getByTestId('user-form-office').locator(`option[value="${kalsel!.id}"]`).count())
      .toBe(1);
    await page.getByTestId('user-form-office').selectOption(kalsel!.id);
    await page.getByTestId('user-form-submit').click();
    await expect
      .poll(() =>
        page.locator('tr[data-name="asesor.baru@patuh.test"]').getByText('Asesor Baru Kalsel').isVisible(),
      )
      .toBe(true);
    const [created] = await e2e.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'asesor.baru@patuh.test'));
    expect(created).toMatchObject({ role: 'assessor', officeId: kalsel!.id, governmentId: null });
    await page.context().close();

    const theirs = await e2e.newPage();
    await loginAs(theirs, e2e.baseUrl, 'asesor.baru@patuh.test', 'kata-sandi-baru-1');
    const me = await (await theirs.request.get(`${e2e.baseUrl}/api/auth/me`)).json();
    expect(me.user).toMatchObject({
      email: 'asesor.baru@patuh.test',
      role: 'assessor',
      officeId: kalsel!.id,
    });
    await theirs.context().close();
  });

  it('the admin opens a built-in framework and duplicates it into an editable version', async () => {
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'admin@patuh.local');
    await page.goto(`${e2e.baseUrl}/frameworks`);
    await expect.poll(() => page.getByTestId(`framework-row-${BUILT_IN}`).isVisible()).toBe(true);
    await checkA11y(page, { context: 'framework list' });
    await page.getByTestId(`framework-name-${BUILT_IN}`).click();
    await expect.poll(() => page.getByTestId('fw-title').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('fw-frozen-note').isVisible()).toBe(true);

    await page.getByTestId('fw-duplicate').click();
    await page.getByTestId('fw-dup-version').fill('2026');
    await page.getByTestId('fw-dup-submit').click();
    await page.waitForURL(
      (url) => url.pathname.startsWith('/frameworks/') && !url.pathname.endsWith(BUILT_IN),
    );
    const copyId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    const [copy] = await e2e.database.db.select().from(frameworks).where(eq(frameworks.id, copyId));
    expect(copy).toMatchObject({ source: 'custom', basedOn: BUILT_IN, version: '2026', frozenAt: null });
    await expect.poll(() => page.getByTestId('fw-edit').isVisible()).toBe(true);
    await checkA11y(page, { context: 'framework copy' });
    await page.context().close();
  });
});
