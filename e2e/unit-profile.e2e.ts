/**
 * Issue 15 parts 3, 7, 8 and 9 in Chromium: Balangan's coordinator fills Disdukcapil's service
 * profile and maklumat on the unit page, uploads a photo of the displayed maklumat to the evidence
 * library, and in a cycle's checklist the maklumat and moto items show the "Konteks" panel (the
 * saved text and the photo, no value suggested); "Pilih dari pustaka" attaches the photo as
 * evidence. Every page passes axe; the unit page fits a 390 px phone.
 */
import { and, eq } from 'drizzle-orm';
import { request, type APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments, units } from '../server/db/schema';
import { answers } from '../server/db/schema-assessments';
import {
  serviceStandards,
  unitDocuments,
  unitMaklumat,
  unitServiceProfiles,
} from '../server/db/schema-standards';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { DEMO_PASSWORD, loginAs, startE2E, type E2E } from './support';

/** A 1×1 PNG: real image bytes, so the server's content sniffing accepts it. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const COORDINATOR = 'koordinator.balangan@patuh.local';

let e2e: E2E;
let unitId = '';
let cycleId = '';
let governmentId = '';
let headReq: APIRequestContext | undefined;
let headSend: (path: string, data: unknown) => Promise<unknown> = async () => undefined;
beforeAll(async () => {
  e2e = await startE2E();
  const [balangan] = await e2e.database.db
    .select()
    .from(governments)
    .where(eq(governments.regionCode, '63.11'));
  const [unit] = await e2e.database.db
    .select()
    .from(units)
    .where(
      and(eq(units.governmentId, balangan!.id), eq(units.name, 'Dinas Kependudukan dan Pencatatan Sipil')),
    );
  unitId = unit!.id;
  // The head plans a cycle on the 2022–2024 framework with Disdukcapil sampled and opens self-assessment.
  const req = await request.newContext({ baseURL: e2e.baseUrl });
  const me = (await (await req.get('/api/auth/me')).json()) as { csrfToken: string | null };
  const login = await req.post('/api/auth/login', {
    data: { email: 'kepala.kalsel@patuh.local', password: DEMO_PASSWORD },
    headers: me.csrfToken ? { 'x-csrf-token': me.csrfToken } : {},
  });
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const send = async (path: string, data: unknown, method: 'POST' | 'PUT' = 'POST') => {
    const res = await req.fetch(`/api${path}`, { method, data, headers: { 'x-csrf-token': csrf } });
    expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json() as Promise<{ id: string }>;
  };
  cycleId = (
    await send('/cycles', {
      year: 2032,
      name: 'Kepatuhan E2E 2032',
      frameworkId: 'ombudsman-2022-2024',
      productsPerUnit: 1,
      selfStart: '2032-03-01',
      selfEnd: '2032-05-31',
      verifyStart: '2032-06-01',
      verifyEnd: '2032-08-31',
      appealStart: '2032-09-01',
      appealEnd: '2032-09-15',
      finalDate: '2032-10-29',
    })
  ).id;
  await send(`/cycles/${cycleId}/governments`, { governmentIds: [balangan!.id] });
  await send(`/cycles/${cycleId}/units`, { unitId, withProducts: true });
  await send(`/cycles/${cycleId}/advance`, { to: 'self_assessment' });
  governmentId = balangan!.id;
  // A clean start whatever the demo seeded for this unit: no profile, no maklumat, an empty library.
  const db = e2e.database.db;
  await db.delete(unitMaklumat).where(eq(unitMaklumat.unitId, unitId));
  await db.delete(unitServiceProfiles).where(eq(unitServiceProfiles.unitId, unitId));
  await db.delete(unitDocuments).where(eq(unitDocuments.unitId, unitId));
  headSend = send;
  headReq = req;
}, 240_000);
afterAll(async () => {
  await headReq?.dispose();
  await e2e?.close();
});

describe('unit profile, maklumat, library and the checklist context', () => {
  it('the coordinator fills the profile and the maklumat and uploads a photo to the library', async () => {
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, COORDINATOR);
    await page.goto(`${e2e.baseUrl}/units/${unitId}`);
    await expect.poll(() => page.getByTestId('service-profile-form').isVisible()).toBe(true);
    await checkA11y(page, { context: 'unit page: service profile' });
    // Saturday opens 08:00–12:00; the motto and a service for older people.
    await page.getByTestId('day-6-open-switch').click({ force: true });
    await page.getByTestId('day-6-open').fill('08:00');
    await page.getByTestId('day-6-close').fill('12:00');
    await page.getByTestId('profile-motto').fill('Melayani dengan hati');
    await page.getByTestId('special-add').click();
    await page.getByTestId('special-0-description').fill('Loket prioritas lansia');
    await page.getByTestId('profile-save').click();
    await expect.poll(() => page.getByText('Profil layanan disimpan.').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('profile-empty').count()).toBe(0);

    await page.getByTestId('tab-unit-maklumat').click();
    await expect.poll(() => page.getByTestId('maklumat-template').isVisible()).toBe(true);
    expect(await page.getByTestId('maklumat-body').inputValue()).toContain(
      'sanggup menyelenggarakan pelayanan',
    );
    await page.getByTestId('maklumat-signatory').fill('Kepala Dinas Kependudukan dan Pencatatan Sipil');
    await page.getByTestId('maklumat-signed-on').fill('2032-01-10');
    await page.getByTestId('maklumat-published').click({ force: true });
    await checkA11y(page, { context: 'unit page: maklumat' });
    await page.getByTestId('maklumat-save').click();
    await expect.poll(() => page.getByText('Maklumat pelayanan disimpan.').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('maklumat-template').count()).toBe(0);

    await page.getByTestId('tab-unit-library').click();
    await expect.poll(() => page.getByTestId('empty-state').isVisible()).toBe(true);
    await page.getByTestId('library-kind').selectOption('foto_maklumat');
    await page.getByTestId('library-title').fill('Maklumat di ruang tunggu');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'maklumat.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('library-submit').click();
    await expect
      .poll(() => page.getByTestId('library-list').getByText('Maklumat di ruang tunggu').isVisible())
      .toBe(true);
    await checkA11y(page, { context: 'unit page: evidence library' });
    await page.context().close();
  });

  it('the unit page fits a 390 px phone', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const page = await context.newPage();
    await loginAs(page, e2e.baseUrl, COORDINATOR);
    await page.goto(`${e2e.baseUrl}/units/${unitId}`);
    await expect.poll(() => page.getByTestId('service-profile-form').isVisible()).toBe(true);
    await expectNoHorizontalOverflow(page, 'unit page, profile tab (phone)');
    await page.getByTestId('tab-unit-library').click();
    await expect.poll(() => page.getByTestId('library-list').isVisible()).toBe(true);
    await expectNoHorizontalOverflow(page, 'unit page, library tab (phone)');
    await context.close();
  });

  it('the checklist shows the Konteks panel beside the maklumat and moto items and attaches from the library', async () => {
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, COORDINATOR);
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}/units/${unitId}/checklist`);
    const maklumat = page.getByTestId('context-PROSES.6.A').first();
    await expect.poll(() => maklumat.isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => maklumat.textContent()).toContain('sanggup menyelenggarakan pelayanan');
    expect(await maklumat.textContent()).toContain('Kepala Dinas Kependudukan dan Pencatatan Sipil');
    expect(await maklumat.getByRole('img', { name: 'Maklumat di ruang tunggu' }).count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('context-PROSES.9').first().textContent())
      .toContain('Melayani dengan hati');
    // A standards item shows the product's set version, or says there is none (never a draft).
    const [cell] = await e2e.database.db
      .select({ productId: answers.productId })
      .from(answers)
      .where(
        and(eq(answers.cycleId, cycleId), eq(answers.unitId, unitId), eq(answers.indicator, 'PROSES.1')),
      );
    const [set] = await e2e.database.db
      .select({ version: serviceStandards.version })
      .from(serviceStandards)
      .where(
        and(eq(serviceStandards.productId, cell!.productId!), eq(serviceStandards.status, 'ditetapkan')),
      );
    const requirements = page.getByTestId(`context-PROSES.1`).first();
    await expect
      .poll(() => requirements.textContent())
      .toContain(set ? `Standar versi ${set.version}` : 'Belum ada standar yang ditetapkan');
    // Context, not proof: no level is chosen for the item.
    const card = page.locator('[data-testid^="checklist-item-"]', { has: maklumat });
    expect(await card.getAttribute('data-answered')).toBe('false');
    await checkA11y(page, { context: 'checklist with the Konteks panel' });

    const answerId = (await card.getAttribute('data-testid'))!.replace('checklist-item-', '');
    await page.getByTestId(`library-pick-${answerId}`).click();
    const doc = page.locator('[data-testid^="library-pick-doc-"]', { hasText: 'Maklumat di ruang tunggu' });
    await expect.poll(() => doc.isVisible()).toBe(true);
    await checkA11y(page, { context: 'library picker' });
    await doc.getByRole('button').click();
    await expect
      .poll(() => page.getByTestId(`evidence-list-${answerId}`).getByText('maklumat.png').isVisible())
      .toBe(true);
    await page.context().close();
  });

  it('in verification the head opens the Konteks of the moto item beside the row', async () => {
    await headSend(`/cycles/${cycleId}/advance`, { to: 'verification' });
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}/governments/${governmentId}/verification`);
    const toggle = page.getByTestId('context-toggle-PROSES.9').first();
    await expect.poll(() => toggle.isVisible(), { timeout: 20_000 }).toBe(true);
    await toggle.click();
    await expect
      .poll(() => page.getByTestId('context-PROSES.9').textContent())
      .toContain('Melayani dengan hati');
    await checkA11y(page, { context: 'verification with the Konteks popover' });
    await page.context().close();
  });
});
