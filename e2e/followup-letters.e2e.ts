/**
 * The batch letter in Chromium on a 390 px phone (issue 17 §9): the Kalsel head opens Balangan's
 * page, writes a letter sending the office's open items (a number already used answers on its
 * field), the letter is listed and its PDF downloads; Balangan's coordinator reads it on the same
 * page and writes none. Every state passes axe and fits the phone. The items are written straight
 * into the database (the demo's own items may be there too).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
let governmentId = '';
const ACTION = 'Perbarui maklumat pelayanan di loket (uji surat e2e)';
const NUMBER = 'B/0777/TL.01/XII/2026';

beforeAll(async () => {
  e2e = await startE2E();
  const q = e2e.database.query.bind(e2e.database);
  const [gov] = await q<{ id: string; office_id: string; unit_id: string }>(
    `select g.id, g.office_id,
       (select u.id from units u where u.government_id = g.id and u.archived_at is null order by u.name limit 1) as unit_id
     from governments g where g.region_code = '63.11'`,
  );
  governmentId = gov!.id;
  await q(
    `insert into followup_items (kind, issuer, source_type, office_id, government_id, unit_id, addressee, action, due_on)
     values ('saran_perbaikan', 'office', 'manual', $1, $2, $3, 'Kepala Dinas', $4, '2030-06-30')`,
    [gov!.office_id, gov!.id, gov!.unit_id, ACTION],
  );
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

describe('the batch letter on a phone', () => {
  it('the head writes it from the office’s items; the PDF downloads', async () => {
    const page = await phone();
    await loginAs(page, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/governments/${governmentId}`);
    const card = page.getByTestId('government-followup-reports');
    await card.waitFor();
    await card.getByText('Belum ada surat.').waitFor();
    await checkA11y(page, { context: 'government page, follow-up card' });
    await expectNoHorizontalOverflow(page, 'government page, follow-up card');

    await card.getByTestId('fu-letter-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(ACTION, { exact: false }).waitFor();
    await dialog.getByTestId('fu-letter-number').fill(NUMBER);
    await dialog.getByTestId('fu-letter-signatory').fill('Hadi Rahman');
    await dialog.getByTestId('fu-letter-position').fill('Kepala Perwakilan');
    await dialog.getByTestId('fu-letter-select-open').click();
    await checkA11y(page, { context: 'letter form' });
    await expectNoHorizontalOverflow(page, 'letter form');
    await dialog.getByTestId('fu-letter-save').click();
    const table = card.getByTestId('fu-letters');
    await table.getByText(NUMBER).waitFor();

    // The same number again: the server's answer on the number's field, the dialog stays open.
    await card.getByTestId('fu-letter-new').click();
    await dialog.getByText(ACTION, { exact: false }).waitFor();
    await dialog.getByTestId('fu-letter-number').fill(NUMBER);
    await dialog.getByTestId('fu-letter-signatory').fill('Hadi Rahman');
    await dialog.getByTestId('fu-letter-position').fill('Kepala Perwakilan');
    await dialog.getByTestId('fu-letter-select-open').click();
    await dialog.getByTestId('fu-letter-save').click();
    await dialog.getByText('Nomor surat ini sudah dipakai surat lain kantor Anda.').first().waitFor();
    await checkA11y(page, { context: 'letter form with a field error' });
    await page.keyboard.press('Escape');

    const href = await table.getByRole('link').first().getAttribute('href');
    const pdf = await page.request.get(`${e2e.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('the coordinator reads the letter and writes none', async () => {
    const page = await phone();
    await loginAs(page, e2e.baseUrl, 'koordinator.balangan@patuh.local');
    await page.goto(`${e2e.baseUrl}/governments/${governmentId}`);
    const card = page.getByTestId('government-followup-reports');
    await card.getByTestId('fu-letters').getByText(NUMBER).waitFor();
    expect(await card.getByTestId('fu-letter-new').count()).toBe(0);
    await checkA11y(page, { context: 'government page, coordinator' });
    await expectNoHorizontalOverflow(page, 'government page, coordinator');
    await page.context().close();
  });
});
