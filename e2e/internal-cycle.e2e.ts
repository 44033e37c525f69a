/**
 * Issue 12 journey in Chromium: Pemkab Balangan's coordinator opens a penilaian mandiri over all
 * its units, draws up the work plan (a date for every unit, the Inspektorat auditor on
 * Disdukcapil) and shares it with the office; the Disdukcapil PIC answers and submits; the
 * internal verifier (Inspektorat) verifies from the home page's task; the coordinator closes
 * verification straight to the final result (no appeal phase) and approves; the regent's report
 * page ranks the units and compares with the Ombudsman's 2023 result indicator by indicator. The
 * office’s head reads the shared cycle, labelled, without a way to change it. Each page passes axe;
 * the coordinator's pages fit a 390 px phone.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments, units, users } from '../server/db/schema';
import { createUser } from '../server/modules/users/users.service';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { DEMO_PASSWORD, loginAs, startE2E, type E2E } from './support';

const COORDINATOR = 'koordinator.balangan@patuh.local';
const PIC = 'pic.disdukcapil.balangan@patuh.local';
const VERIFIER = 'auditor.inspektorat@balangan.test';
const VERIFIER_NAME = 'Auditor Inspektorat Balangan';

let e2e: E2E;
let balanganId = '';
let disdukcapilId = '';
let unitIds: string[] = [];
let cycleId = '';

beforeAll(async () => {
  e2e = await startE2E();
  const db = e2e.database.db;
  const [balangan] = await db.select().from(governments).where(eq(governments.regionCode, '63.11'));
  balanganId = balangan!.id;
  const active = await db
    .select()
    .from(units)
    .where(and(eq(units.governmentId, balanganId), isNull(units.archivedAt)));
  unitIds = active.map((u) => u.id);
  disdukcapilId = active.find((u) => u.name === 'Dinas Kependudukan dan Pencatatan Sipil')!.id;
  // The Inspektorat's auditor: an internal verifier of Balangan (the demo has none yet).
  const verifier = await createUser(db, null, {
    email: VERIFIER,
    name: VERIFIER_NAME,
    password: DEMO_PASSWORD,
    role: 'internal_verifier',
    governmentId: balanganId,
  });
  await db.update(users).set({ governmentId: balanganId }).where(eq(users.id, verifier.id));
});
afterAll(async () => e2e?.close());

async function confirm(page: Page) {
  await page.getByTestId('confirm-ok').click();
  await expect.poll(() => page.getByTestId('confirm-ok').count()).toBe(0);
}

/** The dialog's opening transition has ended (axe would read colours half-faded otherwise). */
async function settled(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length))
    .toBe(0);
}

async function signedIn(email: string, width = 1280): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width, height: 860 }, locale: 'id-ID' });
  const page = await context.newPage();
  await loginAs(page, e2e.baseUrl, email);
  return page;
}

async function advanceTo(page: Page, to: string) {
  await expect.poll(() => page.getByTestId('cycle-advance').getAttribute('data-to')).toBe(to);
  await page.getByTestId('cycle-advance').click();
  await confirm(page);
  await expect.poll(() => page.getByTestId('phase-stepper').getAttribute('data-status')).toBe(to);
}

describe('penilaian mandiri in the browser', () => {
  it('the coordinator opens an internal cycle for all units and draws up the work plan', async () => {
    const page = await signedIn(COORDINATOR);
    await page.getByTestId('nav-internal').click();
    await page.waitForURL(/\/internal-cycles$/);
    await checkA11y(page, { context: 'penilaian mandiri (no cycle yet)' });
    await page.getByTestId('internal-open').click();
    const form = page.getByTestId('internal-cycle-form');
    await expect.poll(() => form.isVisible()).toBe(true);
    // The spot-check set is the default, and says it is Patuh's own compilation.
    await expect
      .poll(() => form.getByTestId('internal-form-framework').locator('option:checked').textContent())
      .toContain('disusun Patuh');
    await expect.poll(() => form.getByText(`Semua unit aktif (${unitIds.length})`).isVisible()).toBe(true);
    await form.getByTestId('internal-form-year').fill('2032');
    await settled(page);
    await checkA11y(page, { context: 'opening a penilaian mandiri' });
    await form.getByTestId('internal-form-submit').click();
    await page.waitForURL(/\/cycles\/[^/]+\/work-plan$/);
    cycleId = new URL(page.url()).pathname.split('/')[2]!;

    const rows = page.locator('[data-testid^="work-plan-row-"]');
    await expect.poll(() => rows.count()).toBe(unitIds.length);
    await expect
      .poll(() => page.getByTestId('work-plan-count-unscheduled').textContent())
      .toBe(`Belum dijadwalkan: ${unitIds.length}`);
    await checkA11y(page, { context: 'work plan (desktop)' });
    for (const [i, id] of unitIds.entries())
      await page.getByTestId(`work-plan-date-${id}`).fill(`2032-04-${String(10 + i).padStart(2, '0')}`);
    await page.getByRole('combobox', { name: /^Tim Inspektorat Dinas Kependudukan/ }).click();
    await page.getByRole('option', { name: VERIFIER_NAME }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('work-plan-save').click();
    await expect
      .poll(() => page.getByTestId('work-plan-count-unscheduled').textContent())
      .toBe('Belum dijadwalkan: 0');
    await expect
      .poll(() => page.getByTestId('work-plan-count-not_started').textContent())
      .toBe(`Belum mulai: ${unitIds.length}`);
    await expect
      .poll(() => page.getByTestId(`work-plan-row-${disdukcapilId}`).textContent())
      .toContain(VERIFIER_NAME);

    // On a phone the work plan is a list of cards, and nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect.poll(() => page.getByTestId('work-plan-cards').isVisible()).toBe(true);
    await expect.poll(() => rows.count()).toBe(unitIds.length);
    await expectNoHorizontalOverflow(page, 'work plan on a phone');
    await checkA11y(page, { context: 'work plan (phone)' });
    await page.goto(`${e2e.baseUrl}/internal-cycles`);
    await expect.poll(() => page.getByTestId(`internal-cycle-${cycleId}`).isVisible()).toBe(true);
    await expectNoHorizontalOverflow(page, 'penilaian mandiri list on a phone');
    await page.context().close();
  });

  it('the cycle page labels it, names the owner, shares it with the office and opens self-assessment', async () => {
    const page = await signedIn(COORDINATOR);
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}`);
    await expect.poll(() => page.getByTestId('internal-cycle-panel').isVisible()).toBe(true);
    expect(await page.getByTestId('internal-badge').first().textContent()).toBe('Penilaian mandiri');
    expect(await page.getByTestId('internal-owner').textContent()).toBe('Pemerintah Kabupaten Balangan');
    expect(await page.getByTestId('open-internal-results').getAttribute('href')).toBe(
      `/cycles/${cycleId}/internal-results`,
    );
    // No appeal step in a government's own cycle.
    expect(await page.getByTestId('phase-stepper').textContent()).not.toContain('Banding');
    await page.getByTestId('share-toggle').click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('tidak dapat mengubah');
    await confirm(page);
    await expect.poll(() => page.getByTestId('share-state').getAttribute('data-shared')).toBe('true');
    if ((await page.getByTestId('phase-stepper').getAttribute('data-status')) === 'planning')
      await advanceTo(page, 'self_assessment');
    await checkA11y(page, { context: 'internal cycle page (coordinator)' });
    await page.context().close();

    const phone = await signedIn(COORDINATOR, 390);
    await phone.goto(`${e2e.baseUrl}/cycles/${cycleId}`);
    await expect.poll(() => phone.getByTestId('share-state').getAttribute('data-shared')).toBe('true');
    await phone.waitForLoadState('networkidle');
    await expectNoHorizontalOverflow(phone, 'internal cycle page on a phone');
    await phone.context().close();
  });

  it('the office’s head, once shared, finds it labelled in the cycle list and can only read it', async () => {
    const page = await signedIn('kepala.kalsel@patuh.local');
    await page.getByTestId('nav-cycles').click();
    const row = page.getByTestId(`cycle-row-${cycleId}`);
    await expect.poll(() => row.getByTestId('internal-badge').textContent()).toBe('Penilaian mandiri');
    await checkA11y(page, { context: 'cycle list with a shared penilaian mandiri (head)' });
    await row.getByRole('link').click();
    await expect.poll(() => page.getByTestId('share-state').getAttribute('data-shared')).toBe('true');
    expect(await page.getByTestId('share-toggle').count()).toBe(0);
    expect(await page.getByTestId('cycle-advance').count()).toBe(0);
    expect(await page.getByTestId('cycle-recompute').count()).toBe(0);
    await page.context().close();
  });

  it('the Disdukcapil PIC goes from the home page to the checklist, answers every item and submits', async () => {
    const page = await signedIn(PIC);
    // The home page has a card for the government's own cycle beside the Ombudsman's: its task
    // opens the PIC's one checklist.
    const card = page.getByTestId('home-internal-card');
    await expect.poll(() => card.getByTestId('internal-badge').textContent()).toBe('Penilaian mandiri');
    await expect
      .poll(() => page.getByTestId('home-internal-task').getAttribute('href'))
      .toBe(`/cycles/${cycleId}/units/${disdukcapilId}/checklist`);
    await checkA11y(page, { context: 'home (PIC, two cycles)' });
    await page.getByTestId('home-internal-task').click();
    const items = page.locator('[data-testid^="checklist-item-"]');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    const ids = (await items.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid')!.replace('checklist-item-', '')),
    )) as string[];
    for (const id of ids) await page.getByTestId(`answer-${id}-1`).check();
    await page.getByTestId('checklist-save').click();
    await expect.poll(() => page.getByTestId('checklist-dirty').count()).toBe(0);
    await page.getByTestId('checklist-submit').click();
    await confirm(page);
    await expect.poll(() => page.getByTestId('checklist-locked').isVisible()).toBe(true);
    await page.context().close();

    const coordinator = await signedIn(COORDINATOR);
    await coordinator.goto(`${e2e.baseUrl}/cycles/${cycleId}`);
    await advanceTo(coordinator, 'verification');
    await coordinator.context().close();
  });

  it('the internal verifier goes from the home page to the verification and accepts every answer', async () => {
    const page = await signedIn(VERIFIER);
    expect(await page.getByTestId('header-role').textContent()).toMatch(
      /^Verifikator internal \(Inspektorat\)$/i,
    );
    await expect.poll(() => page.getByTestId('home-internal-task').isVisible()).toBe(true);
    expect(await page.getByTestId('home-internal-card').getByTestId('internal-badge').textContent()).toBe(
      'Penilaian mandiri',
    );
    await checkA11y(page, { context: 'home (internal verifier)' });
    await page.getByTestId('home-internal-task').click();
    await page.waitForURL(new RegExp(`/cycles/${cycleId}/governments/${balanganId}/verification$`));
    const rows = page.locator('[data-testid^="verify-row-"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await checkA11y(page, { context: 'verification (internal verifier)' });
    await page.getByTestId('verify-unit').selectOption(disdukcapilId);
    await expect
      .poll(() => page.locator('[data-testid^="verify-row-"][data-status="pending"]').count())
      .toBeGreaterThan(0);
    await page.getByTestId('verify-accept-all').click();
    await confirm(page);
    await expect
      .poll(() => page.locator('[data-testid^="verify-row-"][data-status="pending"]').count())
      .toBe(0);
    await page.context().close();
  });

  it('the coordinator closes verification straight to the final result and approves', async () => {
    const page = await signedIn(COORDINATOR);
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}/work-plan`);
    // Disdukcapil's items are all verified: its row counts as done.
    await expect
      .poll(() =>
        page
          .getByTestId(`work-plan-row-${disdukcapilId}`)
          .getByTestId('work-plan-status')
          .getAttribute('data-status'),
      )
      .toMatch(/^done_/);
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}`);
    await advanceTo(page, 'final');
    await page.getByTestId('cycle-approve').click();
    await confirm(page);
    await expect.poll(() => page.getByTestId('phase-stepper').getAttribute('data-status')).toBe('published');
    await checkA11y(page, { context: 'internal cycle page (published)' });
    await page.context().close();
  });

  it('the regent’s report page shows the unit ranking and the comparison with the Ombudsman’s 2023 result', async () => {
    const page = await signedIn(COORDINATOR);
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}`);
    await page.getByTestId('open-internal-results').click();
    await page.waitForURL(new RegExp(`/cycles/${cycleId}/internal-results$`));
    const ranking = page.getByTestId('internal-ranking-row');
    await expect.poll(() => ranking.count()).toBeGreaterThan(0);
    // Only Disdukcapil answered (and was verified): it heads the ranking of the government's units.
    expect(await ranking.first().getAttribute('data-unit')).toBe(disdukcapilId);
    expect(await page.getByTestId('internal-label').textContent()).toBe('Penilaian mandiri');
    await expect.poll(() => page.getByTestId('comparison-row').count()).toBeGreaterThan(0);
    expect(await page.getByText('Ombudsman 2023').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('totals-not-comparable').isVisible()).toBe(true);
    expect(await page.getByTestId('internal-report-pdf').isVisible()).toBe(true);
    await checkA11y(page, { context: 'internal results after the journey' });
    await page.context().close();
  });
});
