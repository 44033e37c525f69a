/**
 * Issue 3 journey in Chromium: a head plans a cycle (through the API), the Disdukcapil PIC fills
 * the penilaian mandiri with one evidence photo and submits, the assessor verifies (accepts all,
 * adjusts one with a reason), the head advances through appeal and final and approves; the rapor
 * page shows the published score and zone, and the Hasil tab exports the results as a PDF.
 */
import { and, eq } from 'drizzle-orm';
import { request, type APIRequestContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments, units, users } from '../server/db/schema';
import type { Framework } from '../shared/frameworks/framework.schema';
import { formatDateRange, formatScore } from '../shared/format/format';
import { indicatorDefinitions } from '../shared/frameworks/indicator-definitions';
import { checkA11y } from './axe';
import { DEMO_PASSWORD, loginAs, startE2E, type E2E } from './support';

/** A 1×1 PNG: real image bytes, so the server's content sniffing accepts it. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => e2e?.close());

/** An API session (cookie + CSRF token) for set-up steps the journey does not click through. */
async function apiSession(email: string) {
  const req = await request.newContext({ baseURL: e2e.baseUrl });
  const me = (await (await req.get('/api/auth/me')).json()) as { csrfToken: string | null };
  const login = await req.post('/api/auth/login', {
    data: { email, password: DEMO_PASSWORD },
    headers: me.csrfToken ? { 'x-csrf-token': me.csrfToken } : {},
  });
  expect(login.status()).toBe(200);
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  const send = async (method: 'POST' | 'PUT', path: string, data: unknown = {}) => {
    const res = await req.fetch(`/api${path}`, { method, data, headers: { 'x-csrf-token': csrf } });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return res.json();
  };
  return { req, send, get: async (path: string) => (await req.get(`/api${path}`)).json() };
}

async function confirm(page: Page) {
  await page.getByTestId('confirm-ok').click();
  await expect.poll(() => page.getByTestId('confirm-ok').count()).toBe(0);
}

describe('assessment cycle in the browser', () => {
  let head: Awaited<ReturnType<typeof apiSession>> & { req: APIRequestContext };
  let cycleId = '';
  let balanganId = '';
  let unitId = '';

  it('the head plans a cycle with Balangan and Disdukcapil sampled', async () => {
    const [balangan] = await e2e.database.db
      .select()
      .from(governments)
      .where(eq(governments.regionCode, '63.11'));
    const [disdukcapil] = await e2e.database.db
      .select()
      .from(units)
      .where(
        and(eq(units.governmentId, balangan!.id), eq(units.name, 'Dinas Kependudukan dan Pencatatan Sipil')),
      );
    const [assessor] = await e2e.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'asesor.kalsel@patuh.local'));
    balanganId = balangan!.id;
    unitId = disdukcapil!.id;
    head = await apiSession('kepala.kalsel@patuh.local');
    const cycle = (await head.send('POST', '/cycles', {
      year: 2031,
      name: 'Spot check E2E 2031',
      frameworkId: 'spot-check-2024',
      productsPerUnit: 1,
      selfStart: '2031-03-01',
      selfEnd: '2031-05-31',
      verifyStart: '2031-06-02',
      verifyEnd: '2031-08-29',
      appealStart: '2031-09-01',
      appealEnd: '2031-09-15',
      finalDate: '2031-10-31',
    })) as { id: string };
    cycleId = cycle.id;
    await head.send('POST', `/cycles/${cycleId}/governments`, { governmentIds: [balanganId] });
    await head.send('POST', `/cycles/${cycleId}/units`, { unitId, withProducts: true });
    await head.send('PUT', `/cycles/${cycleId}/governments/${balanganId}/assessors`, {
      userIds: [assessor!.id],
    });

    // The head sees the plan in the browser and opens self-assessment from there.
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    await checkA11y(page, { context: 'home (head)' });
    await page.getByTestId('nav-cycles').click();
    await page.getByTestId(`cycle-row-${cycleId}`).getByRole('link').click();
    await expect.poll(() => page.getByTestId(`sample-unit-${unitId}`).isVisible()).toBe(true);
    await checkA11y(page, { context: 'cycle page (head, planning)' });
    // The phase windows read as the format layer writes them, not as ISO dates.
    const stepper = (await page.getByTestId('phase-stepper').textContent()) ?? '';
    expect(stepper).toContain(formatDateRange('2031-03-01', '2031-05-31', 'id'));
    expect(stepper).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.getByTestId('cycle-advance').click();
    await confirm(page);
    await expect
      .poll(() => page.getByTestId('phase-stepper').getAttribute('data-status'))
      .toBe('self_assessment');
    await page.context().close();
  });

  it('the PIC answers every item, uploads a photo and submits', async () => {
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'pic.disdukcapil.balangan@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}`);
    await checkA11y(page, { context: 'cycle page (unit PIC)' });
    await page.getByTestId(`open-checklist-${unitId}`).click();
    const items = page.locator('[data-testid^="checklist-item-"]');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    await checkA11y(page, { context: 'checklist' });
    const ids = (await items.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid')!.replace('checklist-item-', '')),
    )) as string[];
    // Each card shows its indicator's definition, which the page reads once from the framework the
    // checklist names (not from the checklist): the name, every level's rubric and the evidence expected.
    const fetchJson = (url: string) => page.evaluate(async (u) => (await fetch(u)).json(), url);
    const list = (await fetchJson(`/api/cycles/${cycleId}/units/${unitId}/checklist`)) as {
      framework: { id: string; version: string };
      items: Array<{ answerId: string; indicator: string }>;
    };
    expect(list).not.toHaveProperty('indicators');
    const framework = (await fetchJson(`/api/frameworks/${list.framework.id}`)) as {
      version: string;
      definition: Framework;
    };
    expect(framework.version).toBe(list.framework.version);
    const defs = indicatorDefinitions(framework.definition);
    expect(list.items.map((i) => i.answerId).sort()).toEqual([...ids].sort());
    for (const item of [list.items[0]!, list.items[list.items.length - 1]!]) {
      const def = defs.get(item.indicator)!;
      const text = (await page.getByTestId(`checklist-item-${item.answerId}`).textContent()) ?? '';
      expect(text).toContain(def.name.id);
      for (const level of def.scale.levels) expect(text).toContain(level.rubric.id);
      if (def.evidenceExpected) expect(text).toContain(def.evidenceExpected.id);
    }
    // Level 2 everywhere (on 0–3 scales), so the assessor has something to adjust.
    for (const id of ids) await page.getByTestId(`answer-${id}-2`).check();
    await expect.poll(() => page.getByTestId('checklist-dirty').isVisible()).toBe(true);
    await checkA11y(page, { context: 'checklist with unsaved answers' });
    await page.getByTestId(`evidence-date-${ids[0]}`).fill('2031-03-10');
    await page
      .getByTestId(`evidence-input-${ids[0]}`)
      .setInputFiles({ name: 'loket-pelayanan.png', mimeType: 'image/png', buffer: PNG });
    await expect
      .poll(() => page.getByTestId(`evidence-list-${ids[0]}`).getByText('loket-pelayanan.png').isVisible())
      .toBe(true);
    // Typed answers survived the upload's refetch and are still unsaved until "Simpan".
    await page.getByTestId('checklist-save').click();
    await expect.poll(() => page.getByTestId('checklist-dirty').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('checklist-progress-text').textContent())
      .toContain(`${ids.length} dari ${ids.length}`);
    await page.getByTestId('checklist-submit').click();
    await confirm(page);
    await expect.poll(() => page.getByTestId('checklist-locked').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('checklist-submit').count()).toBe(0);
    expect(await page.getByTestId(`answer-${ids[1]}-2`).isDisabled()).toBe(true);
    await page.context().close();
    await head.send('POST', `/cycles/${cycleId}/advance`, { to: 'verification' });
  });

  it('the assessor accepts all and adjusts one item with a reason', async () => {
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'asesor.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}`);
    await page.getByTestId(`open-verification-${balanganId}`).click();
    const rows = page.locator('[data-testid^="verify-row-"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('loket-pelayanan.png').first().isVisible()).toBe(true);
    await checkA11y(page, { context: 'verification' });
    await page.getByTestId('verify-accept-all').click();
    await confirm(page);
    await expect
      .poll(() => page.locator('[data-testid^="verify-row-"][data-status="pending"]').count())
      .toBe(0);

    const first = rows.first();
    const answerId = (await first.getAttribute('data-testid'))!.replace('verify-row-', '');
    await first.getByTestId('verify-value').selectOption('1');
    await first.getByTestId('verify-adjust').click();
    // The API refuses a different value without a reason; its message shows under the input.
    const row = page.getByTestId(`verify-row-${answerId}`);
    await expect
      .poll(() => row.locator('.mantine-InputWrapper-error, [class*="error"]').count())
      .toBeGreaterThan(0);
    await row
      .getByTestId('verify-reason')
      .fill('Maklumat pelayanan tidak terpasang di ruang tunggu saat kunjungan.');
    await row.getByTestId('verify-adjust').click();
    await expect
      .poll(() => page.getByTestId(`verify-row-${answerId}`).getAttribute('data-status'))
      .toBe('adjusted');
    await checkA11y(page, { context: 'verification after an adjustment' });
    await page.context().close();
  });

  it('the head advances through appeal and final, approves, and the rapor shows the published score', async () => {
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}`);
    for (const to of ['appeal', 'final']) {
      await expect.poll(() => page.getByTestId('cycle-advance').getAttribute('data-to')).toBe(to);
      await page.getByTestId('cycle-advance').click();
      await confirm(page);
      await expect.poll(() => page.getByTestId('phase-stepper').getAttribute('data-status')).toBe(to);
    }
    await page.getByTestId('cycle-approve').click();
    await confirm(page);
    await expect.poll(() => page.getByTestId('phase-stepper').getAttribute('data-status')).toBe('published');
    await checkA11y(page, { context: 'cycle page (published)' });

    const result = (await head.get(`/cycles/${cycleId}/governments/${balanganId}/result`)) as {
      score: number;
      band: { zone: string };
    };
    expect(result.score).not.toBeNull();
    // A unit's gaps are fetched only when the reader opens the unit.
    const gapRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/rapor/units/')) gapRequests.push(r.url());
    });
    await page.getByTestId(`open-rapor-${balanganId}`).click();
    await expect.poll(() => page.getByTestId('rapor-score').isVisible()).toBe(true);
    await checkA11y(page, { context: 'rapor' });
    // The page writes the score as the format layer does (and so as the PDF and the chart do).
    const shown = await page.getByTestId('rapor-score').textContent();
    expect(shown).toBe(formatScore(result.score, 'id'));
    expect(Number(await page.getByTestId('rapor-score').getAttribute('data-score')).toFixed(2)).toBe(
      result.score.toFixed(2),
    );
    expect(await page.getByTestId('rapor-zone').getAttribute('data-zone')).toBe(result.band.zone);

    // Disdukcapil, answered 2 of 3 everywhere, starts collapsed with its number of gaps shown.
    const gapCount = Number(
      await page.getByTestId(`rapor-unit-gap-count-${unitId}`).getAttribute('data-count'),
    );
    expect(gapCount).toBeGreaterThan(0);
    expect(await page.getByTestId(`rapor-gaps-${unitId}`).count()).toBe(0);
    expect(gapRequests).toEqual([]);
    await page.getByTestId(`rapor-unit-open-${unitId}`).click();
    const table = page.getByTestId(`rapor-gaps-${unitId}`);
    await expect.poll(() => table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(gapCount);
    expect(gapRequests).toHaveLength(1);
    expect(gapRequests[0]).toContain(`/rapor/units/${unitId}`);
    await checkA11y(page, { context: 'rapor with a unit open' });
    await page.context().close();
  });

  it('the head exports the published results as PDF from the Hasil tab and downloads the file', async () => {
    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'kepala.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}`);
    await page.getByTestId('tab-results').click();
    await expect.poll(() => page.getByTestId('results-table').isVisible()).toBe(true);
    await checkA11y(page, { context: 'results dashboard' });
    await page.getByTestId('results-export-pdf').click();
    const link = page.getByTestId('results-export-link');
    await expect.poll(() => link.isVisible(), { timeout: 20_000 }).toBe(true);
    const href = (await link.getAttribute('href'))!;
    expect(await link.getAttribute('download')).toMatch(/^hasil-.*\.pdf$/);
    // The link works with the head's own session (cookies of the page's context).
    const file = await page.context().request.get(new URL(href, e2e.baseUrl).toString());
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('application/pdf');
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
    await head.req.dispose();
  });
});
