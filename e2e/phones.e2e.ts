/**
 * Phones (390 px wide): the pages a PIC, an assessor and a head use in the field fit the screen
 * (nothing scrolls sideways), the checklist's product filter can be reached, zone and
 * unsaved-changes badges show their whole text, and axe finds nothing critical or serious.
 */
import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments, units } from '../server/db/schema';
import { cycles } from '../server/db/schema-assessments';
import { checkA11y, expectInsideScreen, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
let balanganId = '';
let disdukcapilId = '';
let published = ''; // the demo's 2023 cycle of the Kalsel office (published)
let open = ''; // its 2024 cycle (self-assessment)

beforeAll(async () => {
  e2e = await startE2E();
  const db = e2e.database.db;
  const [balangan] = await db.select().from(governments).where(eq(governments.regionCode, '63.11'));
  const [unit] = await db
    .select()
    .from(units)
    .where(
      and(eq(units.governmentId, balangan!.id), eq(units.name, 'Dinas Kependudukan dan Pencatatan Sipil')),
    );
  const office = await db.select().from(cycles).where(eq(cycles.officeId, balangan!.officeId));
  balanganId = balangan!.id;
  disdukcapilId = unit!.id;
  published = office.find((c) => c.year === 2023)!.id;
  open = office.find((c) => c.year === 2024)!.id;
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

/** The badge shows its whole label: nothing is cut off with an ellipsis. */
async function expectWhole(page: Page, testId: string) {
  const badge = page.getByTestId(testId).first();
  await expect.poll(() => badge.isVisible()).toBe(true);
  const { scroll, client, labelScroll, labelClient } = await badge.evaluate((el) => {
    const label = (el.querySelector('.mantine-Badge-label') ?? el) as HTMLElement;
    return {
      scroll: el.scrollWidth,
      client: el.clientWidth,
      labelScroll: label.scrollWidth,
      labelClient: label.clientWidth,
    };
  });
  expect(scroll, `${testId} cut off`).toBeLessThanOrEqual(client);
  expect(labelScroll, `${testId} label cut off`).toBeLessThanOrEqual(labelClient);
}

/**
 * Opens `path` and checks that every "Ubah" button of the table `tableTestId` lies on the screen, that
 * the page does not scroll sideways, and that axe finds nothing critical or serious.
 */
async function expectEditButtonsOnScreen(page: Page, path: string, tableTestId: string, context: string) {
  await page.goto(`${e2e.baseUrl}${path}`);
  const edits = page.getByTestId(tableTestId).getByRole('button', { name: 'Ubah' });
  await expect.poll(() => edits.count()).toBeGreaterThan(0);
  await expectInsideScreen(page, edits, `${context}: edit buttons`);
  await expectNoHorizontalOverflow(page, context);
  await checkA11y(page, { context: `${context} on a phone` });
}

describe('on a 390 px phone', () => {
  it('the PIC reaches the product filter and sees the whole unsaved-changes badge', async () => {
    const page = await phone('pic.disdukcapil.balangan@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${open}/units/${disdukcapilId}/checklist`);
    const items = page.locator('[data-testid^="checklist-item-"]');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    await expectNoHorizontalOverflow(page, 'checklist');
    await checkA11y(page, { context: 'checklist on a phone' });

    // The product filter is a select on a phone, inside the screen, and it filters.
    const filter = page.getByTestId('checklist-scope-select');
    await expect.poll(() => filter.isVisible()).toBe(true);
    const box = (await filter.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const all = await items.count();
    await filter.selectOption({ index: 2 }); // the first product
    await expect.poll(() => items.count()).toBeLessThan(all);

    await page.locator('[data-testid^="answer-"]').first().check();
    await expectWhole(page, 'checklist-dirty');
    await expectNoHorizontalOverflow(page, 'checklist with unsaved answers');
    page.once('dialog', (d) => void d.accept()); // the checklist asks before leaving unsaved answers

    // The unit's products: each row's edit button on the screen (it sat at 560 px wide).
    await expectEditButtonsOnScreen(page, `/units/${disdukcapilId}`, 'product-table', 'unit page');
    await page.context().close();
  });

  it('the verification page fits the screen', async () => {
    const page = await phone('asesor.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${published}/governments/${balanganId}/verification`);
    await expect.poll(() => page.locator('[data-testid^="verify-row-"]').count()).toBeGreaterThan(0);
    await expectNoHorizontalOverflow(page, 'verification');
    await expect.poll(() => page.getByTestId('verify-status-filter').isVisible()).toBe(true);
    // The table stacks each item: the unit's value, the status and the verified value are on the
    // screen, not past the card's right edge (they were at 1,000 px wide).
    await expectInsideScreen(page, page.getByTestId('self-value'), 'self values');
    await expectInsideScreen(page, page.getByTestId('verify-status'), 'verification statuses');
    await expectInsideScreen(page, page.getByTestId('verify-value'), 'verified values');
    await checkA11y(page, { context: 'verification on a phone' });
    await page.context().close();
  });

  it("the coordinator's cycles, progress and units show each stage, count and edit button on the screen", async () => {
    const page = await phone('koordinator.balangan@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles`);
    await expect.poll(() => page.locator('[data-testid^="cycle-row-"]').count()).toBeGreaterThan(0);
    await expectInsideScreen(page, page.locator('[data-testid="cycle-table"] td'), 'cycle cells');
    await expectNoHorizontalOverflow(page, 'cycles');
    await checkA11y(page, { context: 'cycles on a phone' });

    await page.goto(`${e2e.baseUrl}/cycles/${open}/governments/${balanganId}/progress`);
    await expect.poll(() => page.getByTestId('unit-answered').count()).toBeGreaterThan(0);
    await expectInsideScreen(page, page.getByTestId('unit-answered'), 'answered counts');
    await expectNoHorizontalOverflow(page, 'progress');
    await checkA11y(page, { context: 'progress on a phone' });

    // The government's units: each row's edit button on the screen (the tree was 720 px wide).
    await expectEditButtonsOnScreen(page, `/governments/${balanganId}`, 'unit-tree', 'government page');
    await page.context().close();
  });

  it('the results table shows whole zone names, and the rapor fits', async () => {
    const page = await phone('kepala.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${published}?tab=results`);
    await expect.poll(() => page.locator('[data-testid^="result-row-"]').count()).toBeGreaterThan(0);
    await expectNoHorizontalOverflow(page, 'results');
    const zones = page.locator('[data-testid^="result-row-"] [data-zone]');
    expect(await zones.count()).toBeGreaterThan(0);
    for (const zone of await zones.all()) {
      const { scroll, client } = await zone.evaluate((el) => {
        const label = (el.querySelector('.mantine-Badge-label') ?? el) as HTMLElement;
        return { scroll: label.scrollWidth, client: label.clientWidth };
      });
      expect(scroll, (await zone.textContent()) ?? '').toBeLessThanOrEqual(client);
    }
    await checkA11y(page, { context: 'results on a phone' });

    await page.goto(`${e2e.baseUrl}/cycles/${published}/governments/${balanganId}/rapor`);
    await expect.poll(() => page.getByTestId('rapor-score').isVisible()).toBe(true);
    await expectNoHorizontalOverflow(page, 'rapor');
    await checkA11y(page, { context: 'rapor on a phone' });
    await page.context().close();
  });
});
