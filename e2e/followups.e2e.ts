/**
 * The follow-up backlog in the browser (issue 17): an item for Balangan's Disdukcapil is issued
 * through the API by the Kalsel assessor; Balangan's coordinator assigns it to the unit's PIC from
 * the Tindak lanjut page; the PIC, on a 390 px phone, answers with a file; the coordinator sends it
 * on; the assessor verifies it done. Then the public side: the item shows done on the
 * government's public data and a complaint's corrective action never does. axe checks every state.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
let cycleId = '';
const SECRET = `Tindakan korektif rahasia dari LHP (uji e2e ${Date.now().toString(36)})`;

/**
 * Balangan's 2023 official cycle is released with SQL when the demo has not released it (as
 * public-government.e2e.ts does), and a complaint's corrective action, already done, is put beside
 * it: the public side must never show it.
 */
beforeAll(async () => {
  e2e = await startE2E();
  const q = <T>(text: string, params: unknown[] = []) => e2e.database.query<T>(text, params);
  const [cycle] = await q<{ id: string; government_id: string; office_id: string }>(
    `select c.id, g.id as government_id, g.office_id from cycles c
     join cycle_governments cg on cg.cycle_id = c.id join governments g on g.id = cg.government_id
     where g.region_code = '63.11' and c.kind = 'official' and c.status = 'published' and c.year = 2023`,
  );
  cycleId = cycle!.id;
  await q(
    `insert into result_releases (cycle_id, government_id)
     select cycle_id, government_id from cycle_governments where cycle_id = $1
     on conflict do nothing`,
    [cycleId],
  );
  await q(
    `insert into followup_items (kind, issuer, source_type, office_id, government_id, cycle_id,
       addressee, action, due_on, status)
     values ('tindakan_korektif', 'office', 'complaint', $1, $2, $3, 'Kepala Disdukcapil', $4,
       current_date, 'selesai')`,
    [cycle!.office_id, cycle!.government_id, cycleId, SECRET],
  );
  e2e.app.readCaches.responses.invalidate();
}, 180_000);
afterAll(async () => e2e?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const ACTION = `Pasang maklumat pelayanan di loket (uji e2e ${Date.now().toString(36)})`;
const ASSESSOR = 'asesor.kalsel@patuh.local';
const COORDINATOR = 'koordinator.balangan@patuh.local';
const PIC = 'pic.disdukcapil.balangan@patuh.local';

let governmentId = '';
let itemId = '';

async function newPage(width: number, email: string): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport: { width, height: 844 }, locale: 'id-ID' });
  const page = await context.newPage();
  await loginAs(page, e2e.baseUrl, email);
  return page;
}

/** A JSON call with the page's session and CSRF token. */
async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const me = await page.request.get(`${e2e.baseUrl}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await page.request.fetch(`${e2e.baseUrl}/api${path}`, {
    method,
    headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

/** Opens the backlog filtered to this test's item and its drawer. */
async function openItem(page: Page) {
  await page.goto(`${e2e.baseUrl}/tindak-lanjut?q=${encodeURIComponent('uji e2e')}`);
  const row = page.locator(`[data-testid="fu-row"][data-id="${itemId}"]`);
  await row.waitFor();
  await row.getByTestId('fu-open').click();
  await page.getByTestId('followup-detail').waitFor();
  return row;
}

const drawerStatus = (page: Page) => page.getByTestId('followup-detail').getAttribute('data-status');

describe('a saran perbaikan from issue to verified, in the browser', () => {
  it('the assessor issues it through the API', async () => {
    const page = await newPage(1280, ASSESSOR);
    const govs = await call<{ items: Array<{ id: string; name: string }> }>(
      page,
      'GET',
      '/governments?q=Balangan&limit=5',
    );
    governmentId = govs.items.find((g) => g.name.includes('Balangan'))!.id;
    const units = await call<{ items: Array<{ id: string; code: string | null; name: string }> }>(
      page,
      'GET',
      `/governments/${governmentId}/units`,
    );
    const unit = units.items.find((u) => u.code === 'DISDUKCAPIL')!;
    const item = await call<{ id: string; status: string }>(page, 'POST', '/followups', {
      kind: 'saran_perbaikan',
      governmentId,
      unitId: unit.id,
      cycleId,
      indicatorCode: 'SARPRAS.1',
      addressee: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
      action: ACTION,
      evidenceExpected: 'Foto maklumat terpasang di ruang tunggu',
      dueOn: null,
    });
    itemId = item.id;
    expect(item.status).toBe('terbuka');
    await page.context().close();
  });

  it('the coordinator assigns it to the Disdukcapil PIC from the backlog', async () => {
    expect(itemId).not.toBe('');
    const page = await newPage(1280, COORDINATOR);
    await page.goto(`${e2e.baseUrl}/`);
    await page.getByTestId('nav-followups').first().click();
    await page.waitForURL(/\/tindak-lanjut/);
    await page.getByTestId('fu-filter-q').fill('uji e2e');
    await page.getByTestId('fu-filter-search').click();
    const row = page.locator(`[data-testid="fu-row"][data-id="${itemId}"]`);
    await row.waitFor();
    await checkA11y(page, { context: 'backlog (coordinator)' });
    await row.getByTestId('fu-select').check();
    const owner = page.getByTestId('fu-bulk-owner');
    await expect.poll(() => owner.locator('option', { hasText: 'PIC Disdukcapil Balangan' }).count()).toBe(1);
    const value = await owner
      .locator('option', { hasText: 'PIC Disdukcapil Balangan' })
      .getAttribute('value');
    await owner.selectOption(value!);
    await checkA11y(page, { context: 'backlog bulk bar' });
    await page.getByTestId('fu-bulk-assign').click();
    await page.getByText('1 tindak lanjut ditugaskan.').waitFor();
    await row.getByTestId('fu-open').click();
    await expect
      .poll(() => page.getByTestId('followup-detail').textContent())
      .toContain('PIC Disdukcapil Balangan');
    await page.context().close();
  });

  it('the PIC answers with a file on a phone', async () => {
    const page = await newPage(390, PIC);
    await openItem(page);
    await expectNoHorizontalOverflow(page, 'item drawer on a phone');
    await page
      .getByTestId('followup-answer-note')
      .fill('Maklumat pelayanan sudah dipasang di ruang tunggu loket.');
    await page.locator('[data-testid="followup-answer-form"] input[type="file"]').setInputFiles({
      name: 'foto-maklumat.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await checkA11y(page, { context: 'answer form (PIC, phone)' });
    await page.getByTestId('followup-answer-submit').click();
    await page.getByText('Jawaban terkirim.').waitFor();
    await expect.poll(() => drawerStatus(page)).toBe('dijawab');
    await page.getByTestId('followup-evidence').getByText('foto-maklumat.pdf').waitFor();
    await expectNoHorizontalOverflow(page, 'item drawer after the answer');
    await page.keyboard.press('Escape');
    // axe must not read the drawer mid-fade (its title at 10 % opacity fails contrast).
    await page.getByTestId('followup-detail').waitFor({ state: 'detached' });
    await expectNoHorizontalOverflow(page, 'backlog cards on a phone');
    await checkA11y(page, { context: 'backlog (PIC, phone)' });
    await page.context().close();
  });

  it('the coordinator sends the answer on to the office from a phone', async () => {
    const page = await newPage(390, COORDINATOR);
    await page.goto(`${e2e.baseUrl}/tindak-lanjut?q=${encodeURIComponent('uji e2e')}&status=dijawab`);
    const card = page.locator(`[data-testid="fu-row"][data-id="${itemId}"]`);
    await card.waitFor();
    await card.getByTestId('fu-select').check();
    await page.getByTestId('fu-bulk-send').waitFor();
    await expectNoHorizontalOverflow(page, 'backlog with the bulk bar on a phone');
    await checkA11y(page, { context: 'backlog bulk bar (coordinator, phone)' });
    await page.getByTestId('fu-bulk-send').click();
    await page.getByText('1 tindak lanjut dikirim ke penerbit.').waitFor();
    await openItem(page);
    await expect.poll(() => drawerStatus(page)).toBe('dikirim');
    await page.context().close();
  });

  it('the assessor verifies it done', async () => {
    const page = await newPage(1280, ASSESSOR);
    await openItem(page);
    await page.getByTestId('followup-evidence').getByText('foto-maklumat.pdf').waitFor();
    await checkA11y(page, { context: 'item drawer (assessor)' });
    await page.getByTestId('followup-done').click();
    await page.getByText('Tindak lanjut ditandai selesai.').waitFor();
    await expect.poll(() => drawerStatus(page)).toBe('selesai');
    await page.keyboard.press('Escape');
    await page.getByTestId('followup-detail').waitFor({ state: 'detached' });

    // The create form: the server's field errors (400) show beside the fields.
    await page.getByTestId('fu-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await checkA11y(page, { context: 'create form', include: '[role="dialog"]' });
    await page.getByTestId('fu-create-submit').click();
    await expect.poll(() => dialog.locator('.mantine-InputWrapper-error').count()).toBeGreaterThan(1);
    await page.context().close();
  });

  it('the head keeps saran perbaikan published in the office page', async () => {
    const page = await newPage(1280, 'kepala.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/offices`);
    const box = page.getByTestId('fu-publication-saran_perbaikan');
    await expect.poll(() => box.isChecked()).toBe(true);
    expect(await page.getByTestId('fu-publication-kegiatan').isChecked()).toBe(false);
    await checkA11y(page, { context: 'office page with the publication choice' });
    await page.getByTestId('fu-publication-save').click();
    await page.getByText('Pilihan publikasi disimpan.').waitFor();
    await page.context().close();
  });

  it('the public page shows it done and never the corrective action', async () => {
    e2e.app.readCaches.responses.invalidate();
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(`${e2e.baseUrl}/publik/pemerintah/63.11`);
    const section = page.getByTestId('gov-followups');
    await section.waitFor();
    await section.locator('summary').click();
    const row = section.locator('[data-testid="followup-items"] tr', { hasText: ACTION });
    await row.waitFor();
    expect(await row.textContent()).toContain('Selesai');
    expect(await page.content()).not.toContain(SECRET);
    await expectNoHorizontalOverflow(page, 'public follow-ups on a phone');
    await checkA11y(page, { context: 'public government page with follow-ups' });

    const json = await page.request.get(`${e2e.baseUrl}/api/public/v1/governments/63.11/followups.json`);
    expect(json.status()).toBe(200);
    const text = await json.text();
    expect(text).toContain(ACTION);
    expect(text).not.toContain(SECRET);
    await context.close();
  });
});
