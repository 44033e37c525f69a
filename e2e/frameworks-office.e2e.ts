/**
 * Issue 12, part 9, in Chromium: the spot-check set is labelled "disusun Patuh" on the framework
 * list and page; the Kalsel office's head copies it into the office, marking the copy as the
 * office's spot-check set, and Pemkab Balangan's internal cycles then default to it. The list fits
 * a 390 px phone.
 */
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments, offices } from '../server/db/schema';
import { frameworks } from '../server/db/schema-assessments';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

const SPOT = 'spot-check-2024';

describe("an office's own spot-check set in the browser", () => {
  it('the Kalsel head sees Patuh’s label, copies the set as the office’s own, and Balangan defaults to it', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const page = await context.newPage();
    await loginAs(page, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/frameworks`);
    const row = page.getByTestId(`framework-row-${SPOT}`);
    await expect.poll(() => row.isVisible()).toBe(true);
    await expect.poll(() => row.getByTestId('framework-compiled-by').textContent()).toBe('disusun Patuh');
    await checkA11y(page, { context: 'framework list (head)' });
    await expectNoHorizontalOverflow(page, 'framework list at 390 px');

    await page.getByTestId(`framework-name-${SPOT}`).click();
    await expect.poll(() => page.getByTestId('framework-compiled-by').isVisible()).toBe(true);
    await page.getByTestId('fw-duplicate').click();
    await page.getByTestId('fw-dup-version').fill('2025');
    await page.getByTestId('fw-dup-spot-check').check();
    await page.getByTestId('fw-dup-submit').click();
    await page.waitForURL((url) => url.pathname.startsWith('/frameworks/') && !url.pathname.endsWith(SPOT));
    const copyId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);
    await expect.poll(() => page.getByTestId('framework-office-spot-check').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('fw-edit').isVisible()).toBe(true);
    expect(await page.getByTestId('framework-compiled-by').count()).toBe(0);
    await checkA11y(page, { context: "the office's copy" });

    const [kalsel] = await e2e.database.db.select().from(offices).where(eq(offices.code, 'KALSEL'));
    const [copy] = await e2e.database.db.select().from(frameworks).where(eq(frameworks.id, copyId));
    expect(copy).toMatchObject({ officeId: kalsel!.id, officeSpotCheck: true, basedOn: SPOT });
    await context.close();

    const coord = await e2e.newPage();
    await loginAs(coord, e2e.baseUrl, 'koordinator.balangan@patuh.local');
    const [balangan] = await e2e.database.db
      .select()
      .from(governments)
      .where(and(eq(governments.officeId, kalsel!.id), like(governments.name, '%Balangan%')));
    const res = await coord.request.get(`${e2e.baseUrl}/api/governments/${balangan!.id}/internal-framework`);
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ origin: 'office', framework: { id: copyId } });
    await coord.context().close();
  });
});
