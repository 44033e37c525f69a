/**
 * Issue 16 in Chromium on a 390 px phone: Balangan's coordinator opens an SKM period for one unit
 * (the required sample shows as the population is typed), types in three paper forms, sees the
 * unit's progress and the counter QR valid today in WITA, prints a slip sheet, finds the forms
 * apart as staff-entered, imports one more from the Excel template (a wrong file is refused whole,
 * its row named), reads the result (IKM computed here by the shared rule, shown as "86,57"), and
 * the PDF report reads back the same IKM; closing the period uses its row version. Each page passes
 * axe and fits the phone's width. Then the Kalsel office head opens a perception survey for a
 * cycle's government, an assessor records an interview on the phone (government → unit → big
 * answers), the head applies it to the cycle, and the admin copies the SKM instrument and
 * rewords a question of the copy. The journeys create everything they need, through the UI.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq, ilike, isNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatScore } from '../shared/format/format';
import { computeIkm } from '../shared/surveys/ikm';
import skm from '../instruments/skm-permenpan-14-2017.json';
import { governments, units } from '../server/db/schema';
import { requireTools } from '../server/test/tools';
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
    timezoneId: 'Asia/Makassar',
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The period's import template (from the API) with one filled row under its header. */
async function filledTemplate(page: Page, periodId: string, row: Record<string, string | number | null>) {
  const res = await page.request.get(`${e2e.baseUrl}/api/survey-periods/${periodId}/import-template.xlsx`);
  expect(res.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Responden')!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  ws.addRow(header.map((h) => row[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function pageChecks(page: Page, context: string) {
  await checkA11y(page, { context });
  await expectNoHorizontalOverflow(page, context);
}

const CODES = skm.questions.map((q) => q.code);
/** Three paper forms: all best, all "3", and a mixed one that skipped U4. */
const FORMS: Record<string, number | null>[] = [
  Object.fromEntries(CODES.map((c) => [c, 4])),
  Object.fromEntries(CODES.map((c) => [c, 3])),
  { U1: 4, U2: 3, U3: 2, U4: null, U5: 4, U6: 4, U7: 3, U8: 4, U9: 3 },
];
const TITLE = 'SKM uji e2e 2026';

describe('SKM on a 390 px phone: the coordinator opens a period, types in paper forms, reads the result', () => {
  it('opens, enters, sees progress and the IKM; the PDF report reads back the same IKM', async ({ skip }) => {
    const db = e2e.database.db;
    const [gov] = await db
      .select({ id: governments.id })
      .from(governments)
      .where(and(ilike(governments.name, '%Balangan%'), eq(governments.type, 'pemkab')));
    const [unit] = await db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(and(eq(units.governmentId, gov!.id), isNull(units.archivedAt), isNull(units.parentId)))
      .orderBy(asc(units.name))
      .limit(1);
    // The three typed-in forms and one more imported from the Excel template (all best, U9 blank).
    const imported = { ...Object.fromEntries(CODES.map((c) => [c, 4])), U9: null };
    const expected = computeIkm(CODES, [...FORMS, imported]);
    const ikmText = formatScore(expected.ikmRounded, 'id');

    const page = await phone();
    await loginAs(page, e2e.baseUrl, 'koordinator.balangan@patuh.local');
    // "Survei" is in the navigation (behind the burger on a phone).
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByTestId('nav-surveys').click();
    await page.waitForURL(/\/survei$/);
    await expect.poll(() => page.getByTestId('survey-new-skm').isVisible()).toBe(true);
    await pageChecks(page, 'Survei list');

    // Open the period: one unit, population 50 → the printed table's 44.
    await page.getByTestId('survey-new-skm').click();
    await page.waitForURL(/\/survei\/skm\/baru/);
    await page.getByTestId('skm-title').fill(TITLE);
    await expect.poll(() => page.getByTestId('skm-unit').locator('option').count()).toBeGreaterThan(1);
    await page.getByTestId('skm-unit').selectOption({ label: unit!.name });
    await page.getByTestId('skm-population').fill('50');
    await expect.poll(() => page.getByTestId('skm-required').textContent()).toContain(': 44 responden');
    await page.getByTestId('skm-slips').check();
    await pageChecks(page, 'open an SKM period');
    await page.getByTestId('skm-submit').click();
    await page.waitForURL(/\/survei\/[0-9a-f-]{36}$/);
    const periodId = new URL(page.url()).pathname.split('/').pop()!;
    await expect.poll(() => page.getByTestId('period-unit').count()).toBe(1);
    expect(await page.getByTestId('period-unit').textContent()).toContain('Populasi 50 → sampel minimal 44');
    await pageChecks(page, 'period: units');

    // Three paper forms typed in, one after another.
    await page.getByTestId('tab-entry').click();
    await expect.poll(() => page.getByTestId('response-form').isVisible()).toBe(true);
    for (const [i, form] of FORMS.entries()) {
      await page.getByTestId('entry-unit').selectOption(unit!.id);
      for (const [code, value] of Object.entries(form)) {
        if (value !== null) await page.getByTestId(`entry-a-${code}-${value}`).click();
      }
      await page.getByTestId('entry-profile-jenis_kelamin').selectOption(i % 2 ? 'P' : 'L');
      if (i === 0) await page.getByTestId('entry-suggestion').fill('Ruang tunggu diberi kipas angin');
      if (i === 0) await pageChecks(page, 'paper-form entry');
      await page.getByTestId('entry-submit').click();
      await expect
        .poll(() => page.getByTestId('entry-saved').textContent())
        .toBe(`${i + 1} formulir tersimpan di sesi ini.`);
    }

    // Progress: 3 of 44 accepted, all three staff-entered; the counter QR valid today in WITA.
    await page.getByTestId('tab-units').click();
    await expect.poll(() => page.getByTestId('unit-accepted').textContent()).toContain('Diterima 3 dari 44');
    expect(await page.getByTestId('unit-staff').textContent()).toBe('Diisi petugas 3');
    await page.getByTestId('unit-collect-toggle').click();
    await expect
      .poll(() => page.getByTestId('counter-valid').textContent())
      .toMatch(/^Berlaku hari ini, .+\(WITA\)$/);
    await expect
      .poll(() => page.getByTestId('counter-qr').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    expect(await page.getByTestId('counter-url').textContent()).toContain(`/publik/survei/u/${unit!.id}?k=`);
    // One-time slips: a sheet of five, its PDF downloads.
    await page.getByTestId('slip-count').fill('5');
    await page.getByTestId('slip-create').click();
    await expect.poll(() => page.getByTestId('slip-batch').count()).toBe(1);
    const sheetHref = await page.getByTestId('slip-batch').locator('a').getAttribute('href');
    const sheet = await page.request.get(`${e2e.baseUrl}${sheetHref}`);
    expect(sheet.status()).toBe(200);
    expect((await sheet.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await pageChecks(page, 'period: units with the counter QR');

    // The responses, shown as typed in by staff.
    await page.getByTestId('tab-responses').click();
    await expect.poll(() => page.getByTestId('response-row').count()).toBe(3);
    expect(await page.getByTestId('response-row').first().textContent()).toContain('Diisi petugas');
    await pageChecks(page, 'period: responses');

    // Excel import: a file with a wrong answer is refused whole, with its row named; the fixed one goes in.
    await page.getByTestId('tab-import').click();
    const upload = async (row: Record<string, string | number | null>) => {
      await page
        .getByTestId('survey-import')
        .locator('input[type="file"]')
        .setInputFiles({
          name: 'skm-kertas.xlsx',
          mimeType: XLSX_TYPE,
          buffer: await filledTemplate(page, periodId, row),
        });
      await page.getByTestId('import-send').click();
    };
    await upload({ unit: unit!.name, ...imported, U3: 7, jenis_kelamin: 'P' });
    await expect.poll(() => page.getByTestId('import-errors').textContent()).toContain('U3');
    expect(
      await page.getByTestId('import-errors').locator('tbody tr').first().locator('td').first().textContent(),
    ).toBe('2');
    await pageChecks(page, 'period: import refused');
    await upload({ unit: unit!.name, ...imported, jenis_kelamin: 'P' });
    await expect.poll(() => page.getByText('1 formulir diimpor.').count()).toBe(1);

    // The result, interim while the period is open.
    await page.getByTestId('tab-results').click();
    await expect.poll(() => page.getByTestId('results-ikm').textContent()).toBe(ikmText);
    expect(await page.getByTestId('results-grade').textContent()).toBe(expected.grade);
    expect(await page.getByTestId('results-respondents').textContent()).toContain('4 responden dihitung');
    expect(await page.getByTestId('results-suggestions').textContent()).toContain(
      'Ruang tunggu diberi kipas angin',
    );
    await expect.poll(() => page.getByTestId('nrr-chart').locator('svg').count()).toBeGreaterThan(0);
    await pageChecks(page, 'period: results');

    // Close the period (with the row version the page holds).
    await page.getByTestId('tab-settings').click();
    await page.getByTestId('period-close').click();
    await expect.poll(() => page.getByTestId('period-status').textContent()).toBe('Ditutup');
    await pageChecks(page, 'period: settings');

    // The PDF report reads back the same IKM.
    const pdf = await page.request.get(`${e2e.baseUrl}/api/survey-periods/${periodId}/report.pdf`);
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    requireTools(skip, 'pdftotext');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-report-'));
    fs.writeFileSync(path.join(dir, 'r.pdf'), bytes);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(text).toContain(TITLE);
    expect(text).toContain(ikmText);
    await page.context().close();
  }, 300_000);

  it('the office head opens a perception survey; an assessor interviews on the phone; the admin edits a copied instrument', async () => {
    const head = await phone();
    await loginAs(head, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    await head.goto(`${e2e.baseUrl}/survei/persepsi/baru`);
    const cycle = head.getByTestId('perception-cycle');
    await expect.poll(() => cycle.locator('option').count()).toBeGreaterThan(1);
    await cycle.selectOption({ index: 1 });
    await head.getByTestId('perception-ends').fill('2026-12-31');
    const governmentBoxes = head.getByTestId('perception-governments').getByRole('checkbox');
    await expect.poll(() => governmentBoxes.count()).toBeGreaterThan(0);
    await governmentBoxes.first().check();
    await pageChecks(head, 'open a perception survey');
    await head.getByTestId('perception-submit').click();
    await head.waitForURL(/\/survei\/[0-9a-f-]{36}$/);
    const periodUrl = head.url();
    await expect.poll(() => head.getByTestId('period-unit').count()).toBeGreaterThan(0);
    expect(await head.getByTestId('period-unit').first().textContent()).toContain('Target wawancara');
    await pageChecks(head, 'perception period: units');
    await head.context().close();

    // The assessor, in the field: government → unit → the questions as big touch targets.
    const assessor = await phone();
    await loginAs(assessor, e2e.baseUrl, 'asesor.kalsel@patuh.local');
    await assessor.goto(`${periodUrl}?tab=entry`);
    await expect
      .poll(() => assessor.getByTestId('entry-government').locator('option').count())
      .toBeGreaterThan(1);
    await assessor.getByTestId('entry-government').selectOption({ index: 1 });
    await assessor.getByTestId('entry-unit').selectOption({ index: 1 });
    const firstAnswer = assessor.getByTestId('entry-a-OUTPUT.1-4');
    const box = await firstAnswer.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await firstAnswer.click();
    await assessor.getByTestId('entry-a-OUTPUT.2-3').click();
    await pageChecks(assessor, 'interview form (phone)');
    await assessor.getByTestId('entry-submit').click();
    await expect
      .poll(() => assessor.getByTestId('entry-saved').textContent())
      .toBe('1 formulir tersimpan di sesi ini.');
    await assessor.getByTestId('tab-responses').click();
    await expect.poll(() => assessor.getByTestId('response-row').count()).toBe(1);
    expect(await assessor.getByTestId('response-row').textContent()).toContain('Wawancara asisten');
    await assessor.context().close();

    // The head applies the interviews to the cycle: the table says what was set (or left as it was).
    const head2 = await phone();
    await loginAs(head2, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    await head2.goto(`${periodUrl}?tab=settings`);
    await head2.getByTestId('apply-button').click();
    await expect.poll(() => head2.getByTestId('apply-result').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await head2.getByTestId('apply-result').textContent()).toContain('OUTPUT.1');
    await pageChecks(head2, 'perception period: applied to the cycle');
    await head2.context().close();

    // The admin copies the SKM instrument and rewords a question of the copy.
    const admin = await phone();
    await loginAs(admin, e2e.baseUrl, 'admin@patuh.local');
    await admin.goto(`${e2e.baseUrl}/survei/instrumen`);
    await expect.poll(() => admin.getByTestId('instrument-row').count()).toBeGreaterThanOrEqual(2);
    await pageChecks(admin, 'instruments');
    const skmRow = admin.getByTestId('instrument-row').filter({ hasText: 'skm-permenpan-14-2017' });
    await skmRow.getByTestId('instrument-duplicate').click();
    await admin.getByTestId('dup-id').fill('skm-balangan-uji');
    await admin.getByTestId('dup-save').click();
    const editor = admin.getByRole('dialog');
    await expect.poll(() => editor.getByTestId('edit-question').count()).toBe(9);
    await pageChecks(admin, 'instrument editor');
    const wording = editor.getByTestId('edit-question').first().getByRole('textbox').first();
    await wording.fill('Apakah persyaratan layanan sesuai dengan jenis layanannya?');
    await editor.getByTestId('edit-save').click();
    await expect.poll(() => editor.count()).toBe(0);
    const res = await admin.request.get(`${e2e.baseUrl}/api/survey-instruments/skm-balangan-uji`);
    const detail = (await res.json()) as {
      frozen: boolean;
      definition: { questions: { question: { id: string } }[] };
    };
    expect(detail.frozen).toBe(false);
    expect(detail.definition.questions[0]!.question.id).toBe(
      'Apakah persyaratan layanan sesuai dengan jenis layanannya?',
    );
    await admin.context().close();
  }, 300_000);
});
