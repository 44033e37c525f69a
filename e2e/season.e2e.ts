/**
 * Issue 10 journey in Chromium, through the UI only: the demo's 2024 cycle (Ombudsman Kalsel:
 * Pemprov Kalsel and Pemkab Balangan) goes from self-assessment to publication. The Disdukcapil
 * PIC opens the checklist from the home page, answers one more item and submits with items left
 * blank; the head opens verification; the assessor accepts the unit in view, then the whole
 * government, sets one item to 0 with a reason, and leaves the blank items as "tidak dijawab —
 * dihitung 0"; the head opens the appeal phase (allowed with blanks left), closes it, approves and
 * publishes; the rapor names the blank items. Once at desktop size, once at 390×844 (phone), where
 * every page must fit the screen's width.
 */
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y } from './axe';
import { loginAs, startE2E, type E2E } from './support';

const UNANSWERED = 'tidak dijawab — dihitung 0';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 860 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function confirm(page: Page) {
  await page.getByTestId('confirm-ok').click();
  await expect.poll(() => page.getByTestId('confirm-ok').count()).toBe(0);
}

describe.each(VIEWPORTS)('the 2024 season in the browser ($name)', (viewport) => {
  let e2e: E2E;
  let cycleUrl = '';
  const phone = viewport.width < 500;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => e2e?.close());

  async function open(email: string): Promise<Page> {
    const context = await e2e.browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      locale: 'id-ID',
    });
    const page = await context.newPage();
    await loginAs(page, e2e.baseUrl, email);
    return page;
  }

  /**
   * Every page of the journey: axe finds nothing critical or serious, and on a phone the page
   * does not scroll sideways (tables scroll inside their own box).
   */
  async function fits(page: Page, what: string) {
    await checkA11y(page, { context: `${what} (${viewport.name})` });
    if (!phone) return;
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${what} is ${width}px wide`).toBeLessThanOrEqual(viewport.width);
  }

  it('the PIC goes from the home page straight to the checklist, answers one more item and submits with blanks', async () => {
    const page = await open('pic.disdukcapil.balangan@patuh.local');
    await fits(page, 'home');
    await page.getByTestId('home-cycle-task').click();
    await page.waitForURL(/\/cycles\/[^/]+\/units\/[^/]+\/checklist$/);
    cycleUrl = new URL(page.url()).pathname.replace(/\/units\/.*$/, '');
    const items = page.locator('[data-testid^="checklist-item-"]');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    await fits(page, 'checklist');
    const progress = async () =>
      ((await page.getByTestId('checklist-progress-text').textContent()) ?? '').match(/(\d+) dari (\d+)/)!;
    // The counts settle once the framework's definitions have joined the items.
    await expect
      .poll(async () => {
        const [, b, t] = await progress();
        return Number(b) < Number(t);
      })
      .toBe(true);
    const [, before, total] = await progress();
    // Answer the first item that is still empty, at the top of its scale.
    const ids = (await items.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid')!.replace('checklist-item-', '')),
    )) as string[];
    for (const id of ids) {
      const choices = page.getByTestId(`checklist-item-${id}`).locator('input[type="radio"]');
      const answered = await choices.evaluateAll((els) => els.some((e) => (e as HTMLInputElement).checked));
      if (answered || (await choices.count()) === 0) continue;
      await page.locator(`[data-testid^="answer-${id}-"]:not([data-testid$="-na"])`).last().check();
      break;
    }
    await page.getByTestId('checklist-save').click();
    await expect.poll(() => page.getByTestId('checklist-dirty').count()).toBe(0);
    await expect.poll(async () => Number((await progress())[1])).toBe(Number(before) + 1);
    await page.getByTestId('checklist-submit').click();
    // The confirmation says how many stay blank and that they count 0 once the cycle closes.
    await expect
      .poll(() => page.getByRole('dialog').textContent())
      .toContain(`${Number(total) - Number(before) - 1} butir yang belum dijawab`);
    await confirm(page);
    await expect.poll(() => page.getByTestId('checklist-locked').isVisible()).toBe(true);
    await page.context().close();
  }, 180_000);

  it('the head closes self-assessment from the cycle page', async () => {
    const page = await open('kepala.kalsel@patuh.local');
    await page.getByTestId('home-cycle-open').click();
    await page.waitForURL((u) => u.pathname === cycleUrl);
    await expect.poll(() => page.getByTestId('cycle-advance').getAttribute('data-to')).toBe('verification');
    await fits(page, 'cycle page');
    await page.getByTestId('cycle-advance').click();
    await confirm(page);
    await expect
      .poll(() => page.getByTestId('phase-stepper').getAttribute('data-status'))
      .toBe('verification');
    await page.context().close();
  }, 180_000);

  it('the assessor verifies both governments: the unit in view, then the whole government; blanks stay "tidak dijawab"', async () => {
    const page = await open('asesor.kalsel@patuh.local');
    await page.getByTestId('home-cycle-open').click();
    await page.waitForURL((u) => u.pathname === cycleUrl);
    const links = page.locator('[data-testid^="open-verification-"]');
    await expect.poll(() => links.count()).toBe(2);
    const governments = (await links.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid')!.replace('open-verification-', '')),
    )) as string[];
    for (const [n, governmentId] of governments.entries()) {
      if (n > 0) {
        await page.getByRole('link', { name: /←/ }).click();
        await page.waitForURL((u) => u.pathname === cycleUrl);
      }
      // Each government of the cycle is a section to open first.
      await page.getByTestId(`cycle-gov-${governmentId}`).locator('button').first().click();
      await page.getByTestId(`open-verification-${governmentId}`).click();
      const rows = page.locator('[data-testid^="verify-row-"]');
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      await fits(page, 'verification page');
      const remaining = page.getByTestId('verify-remaining');
      const total = Number(await remaining.getAttribute('data-count'));

      // "Terima semua di unit ini (n)": n is what the view shows, not the whole government.
      const inView = await page.locator('[data-testid^="verify-row-"][data-status="pending"]').count();
      const unitName = ((await page.getByTestId('verify-unit').locator('option:checked').textContent()) ?? '')
        .replace(/ \(\d+\/\d+\)$/, '')
        .trim();
      const acceptUnit = page.getByTestId('verify-accept-all');
      expect(await acceptUnit.textContent()).toBe(`Terima semua di unit ini (${inView})`);
      expect(inView).toBeLessThan(total);
      await acceptUnit.click();
      await expect.poll(() => page.getByRole('dialog').textContent()).toContain(`unit ${unitName}`);
      await confirm(page);
      await expect
        .poll(() => page.locator('[data-testid^="verify-row-"][data-status="pending"]').count())
        .toBe(0);
      await expect.poll(async () => Number(await remaining.getAttribute('data-count'))).toBe(total - inView);

      // Then the rest of the government, with its own label and confirmation.
      const acceptGovernment = page.getByTestId('verify-accept-government');
      expect(await acceptGovernment.textContent()).toBe(
        `Terima semua di seluruh pemerintah (${total - inView})`,
      );
      await acceptGovernment.click();
      await expect.poll(() => page.getByRole('dialog').textContent()).toContain('seluruh pemerintah');
      await confirm(page);
      await expect.poll(async () => Number(await remaining.getAttribute('data-count'))).toBe(0);

      // Blank items are left as they are: not answered, counted as 0 — no verified 0 is written.
      const blanks = Number(await page.getByTestId('verify-blank-notice').getAttribute('data-count'));
      expect(blanks).toBeGreaterThan(0);
      await page.getByTestId('verify-status-filter').selectOption('blank');
      const blankRows = page.locator('[data-testid^="verify-row-"][data-status="blank"]');
      // The view shows one unit (or the government level) at a time: find one with blanks.
      const scopes = (await page
        .getByTestId('verify-unit')
        .locator('option')
        .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))) as string[];
      for (const scope of scopes) {
        await page.getByTestId('verify-unit').selectOption(scope);
        await page.waitForTimeout(200);
        if ((await blankRows.count()) > 0) break;
      }
      await expect.poll(() => blankRows.count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid^="verify-row-"]:not([data-status="blank"])').count()).toBe(0);
      expect(await blankRows.first().getByTestId('verify-status').textContent()).toBe(UNANSWERED);
      await page.getByTestId('verify-status-filter').selectOption('all');
      await page.getByTestId('verify-unit').selectOption(scopes[0]!);

      // An assessor's own 0 needs a reason and is shown as adjusted, not as unanswered.
      if (n === 0) {
        const row = page.locator('[data-testid^="verify-row-"][data-status="accepted"]').first();
        const answerId = (await row.getAttribute('data-testid'))!.replace('verify-row-', '');
        const target = page.getByTestId(`verify-row-${answerId}`);
        await target.getByTestId('verify-value').selectOption('0');
        await target.getByTestId('verify-reason').fill('Maklumat pelayanan tidak terpasang saat kunjungan.');
        await target.getByTestId('verify-adjust').click();
        await expect
          .poll(() => page.getByTestId(`verify-row-${answerId}`).getAttribute('data-status'))
          .toBe('adjusted');
      }
    }
    await page.context().close();
  }, 180_000);

  async function advance(page: Page, to: string) {
    await expect.poll(() => page.getByTestId('cycle-advance').getAttribute('data-to')).toBe(to);
    await page.getByTestId('cycle-advance').click();
    if (to === 'appeal')
      await expect
        .poll(() => page.getByRole('dialog').textContent())
        .toContain('butir yang tidak dijawab tidak perlu diverifikasi');
    await confirm(page);
    await expect.poll(() => page.getByTestId('phase-stepper').getAttribute('data-status')).toBe(to);
  }

  it('the head opens the appeal phase with blank items left unverified', async () => {
    const page = await open('kepala.kalsel@patuh.local');
    await page.getByTestId('home-cycle-open').click();
    await page.waitForURL((u) => u.pathname === cycleUrl);
    await advance(page, 'appeal');
    await page.context().close();
  }, 180_000);

  it('the coordinator sees what may be contested: nothing where the verified value is the self value', async () => {
    const page = await open('koordinator.balangan@patuh.local');
    // Government roles see scores only after publication: the page does not ask for them before.
    const history: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/history')) history.push(r.status());
    });
    await page.getByTestId('home-cycle-task').click();
    await page.waitForURL(/\/appeals$/);
    const rows = page.locator('[data-testid^="contest-row-"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await fits(page, 'appeals page');
    const same = await page.locator('[data-testid^="contest-same-"]').count();
    const offered = await page
      .locator(
        '[data-testid^="contest-"]:not([data-testid^="contest-row-"]):not([data-testid^="contest-same-"]):not([data-testid="contest-unit"]):not([data-testid="contest-table"])',
      )
      .count();
    expect(same).toBeGreaterThan(0);
    expect(same + offered).toBe(await rows.count());
    expect(history).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the head closes the appeal phase, approves and publishes; the rapor names the blanks', async () => {
    const page = await open('kepala.kalsel@patuh.local');
    await page.getByTestId('home-cycle-open').click();
    await page.waitForURL((u) => u.pathname === cycleUrl);
    await advance(page, 'final');
    await page.getByTestId('cycle-approve').click();
    await confirm(page);
    await expect.poll(() => page.getByTestId('phase-stepper').getAttribute('data-status')).toBe('published');
    await fits(page, 'published cycle page');

    const section = page.locator('[data-testid^="cycle-gov-"]').first();
    await section.locator('button').first().click();
    await section.locator('[data-testid^="open-rapor-"]').click();
    await expect.poll(() => page.getByTestId('rapor-score').isVisible()).toBe(true);
    await fits(page, 'rapor page');
    const units = page.locator('[data-testid^="rapor-unit-open-"]');
    await expect.poll(() => units.count()).toBeGreaterThan(0);
    // Some unit of the government has a blank item among its shortfalls (missing values come first).
    let found = false;
    for (let i = 0; i < (await units.count()) && !found; i++) {
      await units.nth(i).click();
      const unitId = (await units.nth(i).getAttribute('data-testid'))!.replace('rapor-unit-open-', '');
      const table = page.getByTestId(`rapor-gaps-${unitId}`);
      await expect.poll(() => table.isVisible()).toBe(true);
      found = (await table.getByTestId('gap-unanswered').count()) > 0;
    }
    expect(found).toBe(true);
    expect(await page.getByTestId('gap-unanswered').first().textContent()).toBe(UNANSWERED);
    await fits(page, 'rapor page with gaps');
    await page.context().close();
  }, 180_000);
  it('the import preview names its columns and marks the rows with problems', async () => {
    const page = await open('koordinator.balangan@patuh.local');
    const me = (await page.evaluate(async () => (await fetch('/api/auth/me')).json())) as {
      user: { governmentId: string };
    };
    const governmentId = me.user.governmentId;
    const template = await page
      .context()
      .request.get(`${e2e.baseUrl}/api/governments/${governmentId}/import-template`);
    expect(template.status()).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await template.body()) as unknown as ArrayBuffer);
    const units = wb.getWorksheet('Unit')!;
    units.addRow(['#U1', 'Unit Uji Pratinjau', 'opd', 'kesehatan', null, null]);
    units.addRow(['#U2', 'Unit Jenis Salah', 'bukan-jenis', 'kesehatan', null, null]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    await page.goto(`${e2e.baseUrl}/governments/${governmentId}`);
    await page.getByTestId('tab-import').click();
    // The registry import's file input comes first; the standards workbook's follows it.
    await page.locator('input[type="file"]').first().setInputFiles({
      name: 'unit-baru.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx,
    });
    await expect.poll(() => page.getByTestId('import-status').getAttribute('data-status')).toBe('invalid');
    const preview = page.getByTestId('import-preview-units');
    await expect.poll(() => preview.isVisible()).toBe(true);
    const headers = await preview.locator('th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['Baris', 'Kode unit', 'Nama unit', 'Jenis', 'Sektor']));
    expect(headers).not.toContain('nama_unit');
    expect(await page.getByTestId('import-preview-row-2').getAttribute('data-invalid')).toBeNull();
    expect(await page.getByTestId('import-preview-row-3').getAttribute('data-invalid')).toBe('true');
    expect(await page.getByTestId('import-errors').textContent()).toContain('Jenis');
    await fits(page, 'import preview');
    await page.context().close();
  }, 180_000);
});
