/**
 * The respondent's form over HTTP as a browser without JavaScript sends it (url-encoded): the
 * counter QR opens it with the unit (and the service, when the link names it) chosen; it renders
 * the nine questions as radio groups with the regulation's wording, in Bahasa Indonesia and
 * English, with no script at all; a plain POST records one response and redirects to the thanks
 * page; refusals come back with every choice kept and a message at the field.
 */
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { Visitor } from '../complaints-public/lapor-test-helpers';
import { counterToken, dayBefore, localDateOf } from './counter-token';
import {
  answerFields,
  counterUrl,
  flat,
  makePeriod,
  openForm,
  responsesOf,
  type TestPeriod,
} from './survei-test-helpers';

let ctx: TestContext;
let t: Tenant;
let period: TestPeriod;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  period = await makePeriod(ctx.database.db, {
    governmentId: t.governmentId,
    unitId: t.unitId,
    productIds: [t.productId],
  });
});
afterAll(async () => ctx?.close());

const db = () => ctx.database.db;
const post = (v: Visitor, url: string, fields: Record<string, string>) => v.postForm(url, fields);

describe('the counter form', () => {
  it('renders the unit, nine radio groups with the worded answers, the profile and "saran"; no script', async () => {
    const v = new Visitor(ctx.app);
    const opened = await openForm(ctx, v, counterUrl(period));
    const { formToken, mulai } = opened;
    const page = flat(opened.page);
    expect(page).toContain('<html lang="id"');
    expect(page).toContain('Survei Kepuasan Masyarakat');
    expect(page).toContain('Dinas Uji');
    expect(page.match(/<fieldset class="sv-q"/g)).toHaveLength(9);
    expect(page.match(/<legend>/g)!.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i <= 9; i++)
      for (let a = 1; a <= 4; a++) expect(page).toContain(`name="q.U${i}" value="${a}"`);
    expect(page).toContain('Sangat sesuai');
    expect(page).toContain('Dikelola dengan baik');
    for (const f of ['profil.jenis_kelamin', 'profil.usia', 'profil.pendidikan', 'profil.pekerjaan', 'saran'])
      expect(page).toContain(`name="${f}"`);
    // No `p` in the link: the period's products of the unit as a select.
    expect(page).toContain('name="layanan"');
    expect(page).toContain(t.productId);
    expect(formToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(mulai).toMatch(/^\d{13}\.[A-Za-z0-9_-]+$/);
    expect(page).not.toMatch(/<script/i);
    // The device cookie: random, HttpOnly.
    expect(v.cookies.patuh_sv).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const res = await v.get(counterUrl(period));
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('with `p` the service is already chosen; in English with lang=en', async () => {
    const v = new Visitor(ctx.app);
    const page = flat((await openForm(ctx, v, counterUrl(period, 'WIB', `&p=${t.productId}&lang=en`))).page);
    expect(page).toContain('<html lang="en"');
    expect(page).toContain('Public Satisfaction Survey');
    expect(page).toContain('Very appropriate');
    expect(page).not.toContain('name="layanan"');
    expect(page).toContain('Layanan Uji');
    expect(page).toContain(`&amp;p=${t.productId}&amp;lang=en`); // the form posts back to the same link
  });

  it('posts with JavaScript off: one response, 303 to thanks; the device kept only as a hash', async () => {
    const p = await makePeriod(db(), { governmentId: t.governmentId, unitId: t.unitId });
    const url = counterUrl(p, 'WIB', '&lang=en');
    const v = new Visitor(ctx.app);
    const form = await openForm(ctx, v, url, { period: p, seconds: 90 });
    const res = await post(v, url, { ...answerFields([1, 2, 3, 4, 4, 3, 2, 1, 3]), ...form.fields });
    expect(res.statusCode, res.body.slice(0, 400)).toBe(303);
    expect(res.headers.location).toBe('/publik/survei/terima-kasih?lang=en');
    const thanks = await v.get(res.headers.location as string);
    expect(thanks.statusCode).toBe(200);
    expect(thanks.body).toContain('Thank you');
    const [row, ...more] = await responsesOf(db(), p.id);
    expect(more).toHaveLength(0);
    expect(row!.channel).toBe('counter');
    expect(row!.answers).toEqual([1, 2, 3, 4, 4, 3, 2, 1, 3]);
    expect(row!.profile).toEqual({
      jenis_kelamin: 'P',
      usia: '30-39',
      pendidikan: 's1',
      pekerjaan: 'swasta',
    });
    expect(row!.suggestion).toBe('Antrean <b>lebih</b> tertib & ruang tunggu diperluas.');
    expect(row!.productId).toBeNull(); // the unit as a whole: no products listed
    expect(row!.flags).toEqual([]);
    expect(row!.durationMs).toBeGreaterThanOrEqual(90_000);
    expect(row!.deviceHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row!.deviceHash).not.toContain(v.cookies.patuh_sv);
    // The same form sent again (a double tap): still one response.
    const again = await post(v, url, { ...answerFields([1, 2, 3, 4, 4, 3, 2, 1, 3]), ...form.fields });
    expect(again.statusCode).toBe(303);
    expect(await responsesOf(db(), p.id)).toHaveLength(1);
  });

  it('records the chosen product; the fixed one when the link names it', async () => {
    const v = new Visitor(ctx.app);
    const url = counterUrl(period);
    const form = await openForm(ctx, v, url, { period, seconds: 60 });
    const res = await post(v, url, { ...answerFields(4), layanan: t.productId, ...form.fields });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
    const rows = await responsesOf(db(), period.id);
    expect(rows.at(-1)!.productId).toBe(t.productId);
  });

  it('a refused form keeps every choice and says what is wrong at the field (values 0 and 5, no product)', async () => {
    const v = new Visitor(ctx.app);
    const url = counterUrl(period);
    const form = await openForm(ctx, v, url, { period, seconds: 60 });
    const before = (await responsesOf(db(), period.id)).length;
    const fields = { ...answerFields(2), 'q.U1': '0', 'q.U2': '5', saran: 'x'.repeat(2_500), ...form.fields };
    delete (fields as Record<string, string>)['q.U9'];
    const res = await post(v, url, fields);
    const body = flat(res.body);
    expect(res.statusCode).toBe(400);
    expect(body).toContain('role="alert"');
    expect(body).toMatch(/id="f-q-U1-err">Isian tidak valid/);
    expect(body).toMatch(/id="f-q-U2-err">Isian tidak valid/);
    expect(body).toMatch(/id="f-q-U9-err">Pilih salah satu jawaban/);
    expect(body).toMatch(/id="f-layanan-err">Wajib diisi/);
    expect(body).toMatch(/id="f-saran-err">Maksimal 2000 karakter/);
    expect(body).toContain('name="q.U3" value="2" checked');
    expect(body).toContain('value="30-39" selected');
    expect(body).toContain(`name="mulai" value="${form.mulai}"`); // the start is kept
    expect((await responsesOf(db(), period.id)).length).toBe(before);
  });

  it('a POST not made from our page (no form token) or with a forged start is refused, answers kept', async () => {
    const v = new Visitor(ctx.app);
    const url = counterUrl(period);
    const form = await openForm(ctx, v, url);
    const noToken = await post(v, url, { ...answerFields(3), layanan: t.productId, mulai: form.mulai });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.body).toContain('kedaluwarsa');
    expect(flat(noToken.body)).toContain('name="q.U1" value="3" checked');
    const forged = await post(v, url, {
      ...answerFields(3),
      layanan: t.productId,
      formToken: form.formToken,
      mulai: `${Date.now() - 600_000}.${'A'.repeat(43)}`,
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('kedaluwarsa');
    expect(flat(forged.body)).toContain('name="q.U1" value="3" checked');
  });
});

describe('refusals are pages, never a 500', () => {
  it('missing or wrong token → 403; yesterday’s token → 403; unknown unit → 404', async () => {
    const v = new Visitor(ctx.app);
    const base = `/publik/survei/u/${period.unitId}`;
    const yesterday = counterToken(
      period.tokenSecret,
      period.unitId,
      dayBefore(localDateOf('WIB', new Date())),
    );
    for (const url of [
      base,
      `${base}?k=`,
      `${base}?k=0123456789abcdef`,
      `${base}?k=${yesterday}`,
      `${base}?k[]=x&k=y`,
    ]) {
      const res = await v.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.body).toContain('Kode QR ini sudah tidak berlaku');
    }
    const en = await v.get(`${base}?k=nope&lang=en`);
    expect(en.body).toContain('This QR code is no longer valid');
    for (const url of [
      `/publik/survei/u/${t.otherUnitId}?k=0123456789abcdef`,
      '/publik/survei/u/00000000-0000-4000-8000-000000000000?k=0123456789abcdef',
      '/publik/survei/u/not-a-unit?k=1',
    ]) {
      const res = await v.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain('Survei ini tidak ditemukan');
    }
    const postUnknown = await v.postForm('/publik/survei/u/not-a-unit', answerFields(3));
    expect(postUnknown.statusCode).toBe(404);
  });

  it('a closed period or one over → 410 "Survei sudah ditutup", also for a POST', async () => {
    for (const o of [{ status: 'closed' as const }, { startsOn: '2020-01-01', endsOn: '2020-12-31' }]) {
      const p = await makePeriod(db(), { governmentId: t.governmentId, unitId: t.childUnitId, ...o });
      const v = new Visitor(ctx.app);
      const res = await v.get(counterUrl(p));
      expect(res.statusCode).toBe(410);
      expect(res.body).toContain('Survei sudah ditutup');
      const sent = await v.postForm(counterUrl(p), answerFields(3));
      expect(sent.statusCode).toBe(410);
      expect(await responsesOf(db(), p.id)).toHaveLength(0);
    }
  });

  it('a huge body, another content type, odd fields: a page with a message, no response', async () => {
    const v = new Visitor(ctx.app);
    const url = counterUrl(period);
    const form = await openForm(ctx, v, url, { period, seconds: 60 });
    const before = (await responsesOf(db(), period.id)).length;
    const huge = await post(v, url, {
      ...answerFields(3),
      layanan: t.productId,
      ...form.fields,
      saran: 'y'.repeat(200_000),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toContain('text/html');
    expect(huge.body).toContain('terlalu panjang');
    const json = await v.post(url, {
      payload: JSON.stringify({ 'q.U1': 3, formToken: [1], mulai: { a: 1 } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(json.statusCode).toBeGreaterThanOrEqual(400);
    expect(json.statusCode).toBeLessThan(500);
    const odd = await post(v, url, {
      ...answerFields(3),
      ...form.fields,
      layanan: '00000000-0000-4000-8000-000000000000',
      'profil.usia': '<script>',
      'q.U99': '4',
      __proto__: 'x',
    });
    expect(odd.statusCode).toBe(400);
    // A NUL or a lone surrogate in a field: refused before anything (the input guard), as a page.
    for (const bad of ['a\u0000b', 'x\uD800y']) {
      const res = await post(v, url, { ...answerFields(3), ...form.fields, saran: bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.headers['content-type']).toContain('text/html');
    }
    expect(odd.body).not.toContain('<script>');
    expect(odd.body).toMatch(/id="f-layanan-err"/);
    expect(odd.body).toMatch(/id="f-profil-usia-err"/);
    expect((await responsesOf(db(), period.id)).length).toBe(before);
  });
});

describe('weight', () => {
  it('the form loads no script (≤ 60 KB gzipped allowed; none used) and a small stylesheet', async () => {
    const v = new Visitor(ctx.app);
    const page = flat((await openForm(ctx, v, counterUrl(period))).page);
    const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    let gz = 0;
    for (const src of scripts) gz += zlib.gzipSync((await v.get(src)).rawPayload).length;
    expect(gz).toBeLessThanOrEqual(60 * 1024);
    expect(scripts).toEqual([]);
    const css = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(css.some((c) => c.startsWith('/publik/survei/aset/survei.'))).toBe(true);
    let cssGz = 0;
    for (const href of css) {
      const res = await v.get(href);
      expect(res.statusCode, href).toBe(200);
      cssGz += zlib.gzipSync(res.rawPayload).length;
    }
    expect(cssGz).toBeLessThan(12 * 1024);
    console.log(
      `survey form: ${scripts.length} script(s), ${gz} B JS gz; CSS ${cssGz} B gz; HTML ${zlib.gzipSync(page).length} B gz`,
    );
    expect(zlib.gzipSync(page).length).toBeLessThan(12 * 1024);
  });
});
