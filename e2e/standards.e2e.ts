/**
 * Issue 15 in Chromium: a unit PIC drafts a product's service standard on a 390 px phone (the
 * guided editor, autosaved; a concurrent save by someone else is never overwritten) and submits
 * it; the Balangan coordinator finds it in the to-do list, sets it by decree with an SK file, and
 * the history shows version 1. Every page passes axe.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { request, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceProducts, userUnits, users } from '../server/db/schema';
import { checkA11y, expectNoHorizontalOverflow } from './axe';
import { DEMO_PASSWORD, loginAs, startE2E, type E2E } from './support';

let e2e: E2E;
/** The product the first journey drafts and sets (the later steps read it). */
let journey: { productId: string; unitId: string; governmentId: string } | null = null;
beforeAll(async () => {
  e2e = await startE2E();
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

/** A small, real PDF: the server sniffs the bytes of the SK file. */
const SK_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

describe('service standards: draft on a phone, submit, set with an SK, history', () => {
  it('PIC drafts and submits; the coordinator sets it; version 1 is in the history', async () => {
    const db = e2e.database.db;
    const [pic] = await db
      .select({ governmentId: users.governmentId, unitId: userUnits.unitId })
      .from(users)
      .innerJoin(userUnits, eq(userUnits.userId, users.id))
      .where(eq(users.email, 'pic.disdukcapil.balangan@patuh.local'));
    // A product of its own, so demo standards seeded for the unit cannot change the journey.
    const [product] = await db
      .insert(serviceProducts)
      .values({
        unitId: pic!.unitId,
        governmentId: pic!.governmentId!,
        name: 'Penerbitan Akta Kelahiran (uji)',
        type: 'administratif',
      })
      .returning({ id: serviceProducts.id });
    const productId = product!.id;
    journey = { productId, unitId: pic!.unitId, governmentId: pic!.governmentId! };

    // The PIC, on a phone.
    const p = await phone();
    await loginAs(p, e2e.baseUrl, 'pic.disdukcapil.balangan@patuh.local');
    // Their to-do (the nav's "Standar pelayanan"): the new product has no standard yet.
    await p.goto(`${e2e.baseUrl}/standards`);
    const mine = p.getByTestId('todo-product').filter({ hasText: 'Penerbitan Akta Kelahiran (uji)' });
    await expect.poll(() => mine.getAttribute('data-state')).toBe('belum_ada');
    await checkA11y(p, { context: 'standards to-do (phone)' });
    await expectNoHorizontalOverflow(p, 'standards to-do (phone)');
    await mine.getByRole('link').click();
    await p.waitForURL(`**/standards/${productId}`);
    await p.getByTestId('standard-start').click();
    await expect.poll(() => p.getByTestId('draft-editor').isVisible()).toBe(true);

    await p
      .getByRole('textbox', { name: 'Dasar hukum', exact: true })
      .fill('UU No. 24 Tahun 2013\nPerpres No. 96 Tahun 2018');
    await p.getByTestId('requirement-add').click();
    await p.getByRole('textbox', { name: 'Dokumen/syarat 1', exact: true }).fill('Surat keterangan lahir');
    await p.getByTestId('step-add').click();
    await p.getByRole('textbox', { name: 'Langkah 1', exact: true }).fill('Pemohon menyerahkan berkas');
    await p.getByTestId('step-add').click();
    await p.getByRole('textbox', { name: 'Langkah 2', exact: true }).fill('Petugas menerbitkan akta');
    await p.getByRole('textbox', { name: 'Lama', exact: true }).fill('1');
    await p.getByRole('checkbox', { name: 'Gratis (tanpa biaya)' }).check();
    await p
      .getByRole('textbox', { name: 'Dasar hukum biaya', exact: true })
      .fill('UU No. 24 Tahun 2013 Pasal 79A');
    await p.getByTestId('product-item-add').click();
    await p.getByRole('textbox', { name: 'Produk 1', exact: true }).fill('Akta kelahiran');
    await p.getByTestId('channel-add').click();
    await p.getByRole('textbox', { name: 'Rincian', exact: true }).fill('0812-0000-1111');
    await p.getByRole('textbox', { name: 'Kompetensi pelaksana' }).fill('Memahami aplikasi SIAK');
    await p.getByRole('textbox', { name: 'Kompetensi pelaksana' }).blur();

    await expect
      .poll(() => p.getByTestId('save-status').getAttribute('data-state'), { timeout: 10_000 })
      .toBe('saved');
    expect(await p.getByTestId('save-status').textContent()).toMatch(
      /^Tersimpan \d{2}\.\d{2} (WIB|WITA|WIT)$/,
    );
    expect(await p.getByTestId('flow-step').count()).toBe(2);
    expect(await p.getByTestId('completeness-count').textContent()).toBe('8 dari 14 komponen terisi');
    await p.getByRole('button', { name: 'Lihat contoh' }).first().click();
    await checkA11y(p, { context: 'standards editor (phone)' });
    await expectNoHorizontalOverflow(p, 'standards editor (phone)');

    // Meanwhile the coordinator saves the same draft (another tab, another person): the PIC's
    // next save is refused, the editor says who saved and when, and nothing of theirs is lost.
    const c = await e2e.newPage();
    await loginAs(c, e2e.baseUrl, 'koordinator.balangan@patuh.local');
    const me = (await (await c.request.get(`${e2e.baseUrl}/api/auth/me`)).json()) as {
      csrfToken: string;
      user: { name: string };
    };
    const read = async () =>
      (
        (await (await c.request.get(`${e2e.baseUrl}/api/products/${productId}/standard`)).json()) as {
          draft: { id: string; rowVersion: number; content: Record<string, unknown> };
        }
      ).draft;
    const open = await read();
    const theirs = await c.request.put(`${e2e.baseUrl}/api/standards/${open.id}`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        rowVersion: open.rowVersion,
        content: { ...open.content, pengawasan: 'Diawasi Kepala Dinas setiap bulan' },
        publishManufacturing: false,
      },
    });
    expect(theirs.status()).toBe(200);
    const staffing = p.getByRole('textbox', { name: 'Jumlah pelaksana', exact: true });
    await staffing.fill('3 orang petugas loket');
    await staffing.blur();
    const conflict = p.getByTestId('standard-conflict');
    await expect.poll(() => conflict.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await conflict.textContent()).toContain(`${me.user.name} menyimpan draf ini pada`);
    await checkA11y(p, { context: 'standards conflict (phone)' });
    expect((await read()).content).not.toHaveProperty('jumlah_pelaksana');
    await p.getByTestId('standard-reload').click();
    await expect
      .poll(() => p.getByRole('textbox', { name: 'Pengawasan internal', exact: true }).inputValue())
      .toBe('Diawasi Kepala Dinas setiap bulan');
    expect(await conflict.count()).toBe(0);

    await p.getByTestId('standard-submit').click();
    await expect.poll(() => p.getByTestId('submitted-note').isVisible()).toBe(true);
    expect(await p.getByTestId('draft-status').textContent()).toBe('Diajukan');
    await checkA11y(p, { context: 'submitted standard (phone)' });
    await expectNoHorizontalOverflow(p, 'submitted standard (phone)');

    // The coordinator: the to-do list, then setting it by decree.
    await c.goto(`${e2e.baseUrl}/`);
    await c.getByTestId('nav-standards').click();
    const row = c.getByTestId('todo-product').filter({ hasText: 'Penerbitan Akta Kelahiran (uji)' });
    await expect.poll(() => row.getAttribute('data-state')).toBe('draf');
    await checkA11y(c, { context: 'standards to-do' });
    // The search keeps only the services whose name (or unit's name) holds the words.
    const all = await c.getByTestId('todo-product').count();
    await c.getByTestId('todo-search').fill('akta kelahiran (UJI)');
    await expect.poll(() => c.getByTestId('todo-product').count()).toBe(1);
    expect(all).toBeGreaterThan(1);
    await row.getByRole('link').click();
    await c.waitForURL(`**/standards/${productId}`);

    await c.getByTestId('standard-set').click();
    const dialog = c.getByRole('dialog');
    await dialog.getByLabel('Nomor SK').fill('188.45/123/DISDUKCAPIL/2026');
    await dialog.getByLabel('Penandatangan SK').fill('Bupati Balangan');
    await dialog.getByLabel('Tanggal konsultasi publik').fill('2026-11-20');
    await dialog
      .getByLabel('Peserta konsultasi (unsur masyarakat)')
      .fill('Tokoh masyarakat, LSM, perwakilan RT');
    await dialog.getByLabel('Ringkasan notulen konsultasi').fill('Peserta setuju jangka waktu 1 hari kerja.');
    await c
      .locator('input[type="file"]')
      .setInputFiles({ name: 'sk.pdf', mimeType: 'application/pdf', buffer: SK_PDF });
    // The review date follows the SK date, a year later.
    const skDate = await dialog.getByLabel('Tanggal SK').inputValue();
    expect(await dialog.getByLabel('Tanggal tinjau ulang').inputValue()).toBe(
      `${Number(skDate.slice(0, 4)) + 1}${skDate.slice(4)}`,
    );
    await checkA11y(c, { context: 'set dialog' });
    await dialog.getByTestId('set-submit').click();

    await expect.poll(() => c.getByTestId('current-version').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await c.getByTestId('published-state').textContent()).toBe('Dipublikasikan');
    expect(await c.getByTestId('decree-facts').textContent()).toContain('188.45/123/DISDUKCAPIL/2026');
    await checkA11y(c, { context: 'set standard' });

    await c.getByTestId('tab-history').click();
    const entry = c.getByTestId('history-entry').first();
    await expect.poll(() => entry.getAttribute('data-version')).toBe('1');
    expect(await entry.textContent()).toContain('Ditetapkan oleh');
    await checkA11y(c, { context: 'standard history' });

    const api = await c.request.get(`${e2e.baseUrl}/api/products/${productId}/standard`);
    const overview = (await api.json()) as {
      current: {
        version: number;
        status: string;
        skFile: { name: string } | null;
        content: { prosedur: unknown[] };
      };
      draft: unknown;
    };
    expect(overview.current).toMatchObject({ version: 1, status: 'ditetapkan', skFile: { name: 'sk.pdf' } });
    expect(overview.current.content.prosedur).toHaveLength(2);
    expect(overview.draft).toBeNull();

    // The unit page lists the unit's products with the state of their standards (8 of 14 filled).
    await p.goto(`${e2e.baseUrl}/units/${pic!.unitId}`);
    const unitRow = p.getByTestId('unit-standard-row').filter({ hasText: 'Penerbitan Akta Kelahiran (uji)' });
    await expect
      .poll(() => unitRow.getByTestId('state-badge').getAttribute('data-state'))
      .toBe('tidak_lengkap');
    await checkA11y(p, { context: 'unit page with standards (phone)' });
    await expectNoHorizontalOverflow(p, 'unit page with standards (phone)');

    // The office's view on the government's page: the roll-up and the way to the full list.
    await c.goto(`${e2e.baseUrl}/governments/${pic!.governmentId}`);
    await expect.poll(() => c.getByTestId('government-standards-section').isVisible()).toBe(true);
    await checkA11y(c, { context: 'government page with standards' });
  });
  it('the public sees the set standard on a phone, and its A3 board carries it and the page’s address', async () => {
    expect(journey).not.toBeNull();
    const { productId } = journey!;
    // A visitor without an account, on a phone.
    const visitor = await phone();
    await visitor.goto(`${e2e.baseUrl}/publik/layanan/${productId}`);
    const main = visitor.locator('main');
    await expect.poll(() => main.textContent()).toContain('Penerbitan Akta Kelahiran (uji)');
    const text = (await main.textContent()) ?? '';
    expect(text).toContain('Surat keterangan lahir');
    expect(text).toContain('Pemohon menyerahkan berkas');
    expect(text).toContain('188.45/123/DISDUKCAPIL/2026');
    // The eight manufacturing components stay off the public page unless the unit publishes them.
    expect(text).not.toContain('Memahami aplikasi SIAK');
    await checkA11y(visitor, { context: 'public service page (phone)' });
    await expectNoHorizontalOverflow(visitor, 'public service page (phone)');
    // The catalogue finds it by the service's name.
    await visitor.goto(`${e2e.baseUrl}/publik/layanan?q=${encodeURIComponent('Akta Kelahiran (uji)')}`);
    await expect.poll(() => visitor.locator(`a[href="/publik/layanan/${productId}"]`).count()).toBe(1);

    const board = await visitor.request.get(`${e2e.baseUrl}/publik/layanan/${productId}/papan.pdf`);
    expect(board.status()).toBe(200);
    expect(board.headers()['content-type']).toBe('application/pdf');
    const bytes = await board.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // Read back with poppler (installed by .ci/run, like the other PDF tests need).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'board-'));
    fs.writeFileSync(path.join(dir, 'b.pdf'), bytes);
    const boardText = execFileSync('pdftotext', [path.join(dir, 'b.pdf'), '-'], { encoding: 'utf8' });
    expect(boardText).toContain('Penerbitan Akta Kelahiran (uji)');
    expect(boardText).toContain('Surat keterangan lahir');
    expect(boardText).toContain(`/publik/layanan/${productId}`);
    await visitor.context().close();
  });

  it('the assessor sees the set standard beside the indicator in verification (context, not a value)', async () => {
    expect(journey).not.toBeNull();
    const { productId, unitId, governmentId } = journey!;
    // The head samples the product in a cycle and assigns the office's assessor.
    const req = await request.newContext({ baseURL: e2e.baseUrl });
    const me = (await (await req.get('/api/auth/me')).json()) as { csrfToken: string | null };
    const login = await req.post('/api/auth/login', {
      data: { email: 'kepala.kalsel@patuh.local', password: DEMO_PASSWORD },
      headers: me.csrfToken ? { 'x-csrf-token': me.csrfToken } : {},
    });
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const send = async (url: string, data: unknown, method: 'POST' | 'PUT' = 'POST') => {
      const res = await req.fetch(`/api${url}`, { method, data, headers: { 'x-csrf-token': csrf } });
      expect(res.status(), `${url}: ${await res.text()}`).toBeLessThan(300);
      return (await res.json()) as { id: string };
    };
    const cycleId = (
      await send('/cycles', {
        year: 2033,
        name: 'Kepatuhan standar E2E 2033',
        frameworkId: 'ombudsman-2022-2024',
        productsPerUnit: 1,
        selfStart: '2033-03-01',
        selfEnd: '2033-05-31',
        verifyStart: '2033-06-01',
        verifyEnd: '2033-08-31',
        appealStart: '2033-09-01',
        appealEnd: '2033-09-15',
        finalDate: '2033-10-29',
      })
    ).id;
    await send(`/cycles/${cycleId}/governments`, { governmentIds: [governmentId] });
    await send(`/cycles/${cycleId}/units`, { unitId, withProducts: false });
    await send(`/cycles/${cycleId}/products`, { productId });
    const [assessor] = await e2e.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'asesor.kalsel@patuh.local'));
    await send(
      `/cycles/${cycleId}/governments/${governmentId}/assessors`,
      { userIds: [assessor!.id] },
      'PUT',
    );
    await send(`/cycles/${cycleId}/advance`, { to: 'self_assessment' });
    await send(`/cycles/${cycleId}/advance`, { to: 'verification' });
    await req.dispose();

    const page = await e2e.newPage();
    await loginAs(page, e2e.baseUrl, 'asesor.kalsel@patuh.local');
    await page.goto(`${e2e.baseUrl}/cycles/${cycleId}/governments/${governmentId}/verification`);
    const toggle = page.getByTestId('context-toggle-PROSES.1').first();
    await expect.poll(() => toggle.isVisible(), { timeout: 20_000 }).toBe(true);
    await toggle.click();
    const panel = page.getByTestId('context-PROSES.1');
    await expect.poll(() => panel.textContent()).toContain('Standar versi 1');
    expect(await panel.textContent()).toContain('Surat keterangan lahir');
    await checkA11y(page, { context: 'verification: the standard beside PROSES.1' });
    await page.context().close();
  });
});
