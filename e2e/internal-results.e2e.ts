/**
 * The results of a government's own assessment (penilaian mandiri) on a 390 px phone: Balangan's
 * coordinator opens the internal cycle's results page, sees the unit ranking, the pemetaan
 * kekurangan (re-sorted), the comparison with the Ombudsman's 2023 published result per shared
 * indicator with the note that totals are not comparable, and downloads the regent's report; the
 * page fits the screen and axe finds nothing critical or serious.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments, serviceProducts, units, users } from '../server/db/schema';
import { writeInternalCycle } from '../server/modules/assessments/results/internal-results.fixture';
import { checkA11y, expectInsideScreen, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
let cycleId = '';
let unitCount = 0;

beforeAll(async () => {
  e2e = await startE2E();
  const db = e2e.database.db;
  const [balangan] = await db.select().from(governments).where(eq(governments.regionCode, '63.11'));
  const own = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.governmentId, balangan!.id), isNull(units.archivedAt)));
  const products = await db
    .select({ id: serviceProducts.id, unitId: serviceProducts.unitId })
    .from(serviceProducts)
    .where(
      inArray(
        serviceProducts.unitId,
        own.map((u) => u.id),
      ),
    );
  const withProducts = own.filter((u) => products.some((p) => p.unitId === u.id));
  unitCount = withProducts.length;
  const [coordinator] = await db
    .select()
    .from(users)
    .where(eq(users.email, 'koordinator.balangan@patuh.local'));
  // PROSES.1 falls short in a different way per unit (0, 1, 2, 3 in turn); the rest is at the maximum.
  const order = new Map(withProducts.map((u, i) => [u.id, i]));
  cycleId = await writeInternalCycle(db, {
    officeId: balangan!.officeId,
    governmentId: balangan!.id,
    createdBy: coordinator!.id,
    status: 'final',
    units: withProducts.map((u) => ({
      unitId: u.id,
      productIds: products.filter((p) => p.unitId === u.id).map((p) => p.id),
    })),
    pick: ({ unitId, indicator }) => (indicator === 'PROSES.1' ? order.get(unitId)! % 4 : 3),
  });
});
afterAll(async () => e2e?.close());

describe('internal results on a 390 px phone', () => {
  it('the coordinator reads the ranking, the gaps and the comparison, and downloads the report', async () => {
    const context = await e2e.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'id-ID',
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await loginAs(page, e2e.baseUrl, 'koordinator.balangan@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}/internal-results`);
    await expect.poll(() => page.getByTestId('internal-ranking-row').count()).toBe(unitCount);
    expect(await page.getByTestId('internal-label').textContent()).toBe('Penilaian mandiri');

    const gapRows = page.getByTestId('internal-gap-row');
    await expect.poll(() => gapRows.count()).toBe(18);
    expect(await gapRows.first().getAttribute('data-indicator')).toBe('PROSES.1');
    await page.getByText('Urutan kerangka').click();
    await expect.poll(() => gapRows.nth(1).getAttribute('data-indicator')).toBe('PROSES.2');

    await expect.poll(() => page.getByTestId('comparison-row').count()).toBe(18);
    expect(await page.getByTestId('totals-not-comparable').textContent()).toContain(
      'Nilai total tidak dapat dibandingkan',
    );
    expect(await page.getByText('Ombudsman 2023').count()).toBeGreaterThan(0);

    // Each unit's score and zone sit on the screen (the ranking stacks its rows on a phone).
    await expectInsideScreen(page, page.getByTestId('internal-ranking-row').locator('td'), 'ranking cells');
    await expectNoHorizontalOverflow(page, 'internal results');
    await checkA11y(page, { context: 'internal results on a phone' });

    const xlsx = await page.request.get(`${e2e.baseUrl}/api/cycles/${cycleId}/internal/report.xlsx`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-disposition']).toContain('laporan-penilaian-mandiri-');
    await context.close();
  });
});
