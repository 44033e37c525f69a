/**
 * The A3 display board and the QR code of a service, read back: the PDF's text (pdftotext) holds
 * the service, a requirement, the unit and the maklumat; the QR code, rasterised (pdftoppm) and
 * decoded (zbarimg), is the service page's absolute URL; the SVG QR, drawn into a PDF, decodes to the same. With
 * PATUH_PUBLIC_URL set, a forged Host changes nothing. Runs on PostgreSQL in the integration run.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { makeTenant, type Tenant } from '../../test/factories';
import { requireTools } from '../../test/tools';
import { pdfmake } from '../reports/pdf-engine';
import { addService, fullContent, setMaklumat, setStandard } from './catalog-test-helpers';

let ctx: TestContext;
let fixed: TestContext;
let t: Tenant;
let productId: string;
let tmp: string;

beforeAll(async () => {
  ctx = await createTestContext();
  fixed = await createTestContext({
    PATUH_PUBLIC_URL: 'https://layanan.patuh.example/',
    PATUH_PUBLIC_RATE_LIMIT: '4',
  });
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-board-'));
  t = await makeTenant(ctx);
  productId = await addService(ctx, t.unitId, t.governmentId, 'Penerbitan Akta Kelahiran');
  await setStandard(ctx, productId, { version: 1, status: 'ditetapkan', content: fullContent('papan') });
  await setMaklumat(
    ctx,
    t.unitId,
    t.governmentId,
    'Dengan ini kami menyatakan sanggup MAKLUMAT-PAPAN.',
    true,
  );
  ctx.app.readCaches.responses.invalidate();
}, 120_000);
afterAll(async () => {
  await ctx?.close();
  await fixed?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** The QR codes zbarimg finds in a PNG, one per line. */
function decodeQr(file: string): string[] {
  return execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' }).trim().split('\n');
}

function pdfFacts(pdf: Buffer, name: string): { text: string; qr: string[] } {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, path.join(tmp, name)]);
  const png = fs.readdirSync(tmp).find((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))!;
  return { text: text.replace(/\s+/g, ' '), qr: decodeQr(path.join(tmp, png)) };
}

describe('the display board', () => {
  it('is an A3 PDF with the service, its components, the maklumat, and a QR code of its page', async ({
    skip,
  }) => {
    requireTools(skip, 'pdftotext', 'pdftoppm', 'pdfinfo', 'zbarimg');
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/publik/layanan/${productId}/papan.pdf`,
      headers: { host: 'patuh.example:8080' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('inline');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, qr } = pdfFacts(pdf, 'id');
    expect(text).toContain('STANDAR PELAYANAN');
    expect(text).toContain('Penerbitan Akta Kelahiran');
    expect(text).toContain('Kartu Keluarga — Fotokopi, 2 lembar');
    expect(text).toContain('Pemohon menyerahkan berkas papan');
    expect(text).toContain('14 hari kerja');
    expect(text).toContain('Gratis');
    expect(text).toContain('MAKLUMAT-PAPAN');
    // Only the six service-delivery components go on the board.
    expect(text).not.toContain('SARANA-RAHASIA');
    const url = `http://patuh.example:8080/publik/layanan/${productId}`;
    expect(qr).toEqual([url]);
    expect(text).toContain(url);
    // A3 portrait: 842 × 1191 pt.
    const info = execFileSync('pdfinfo', [path.join(tmp, 'id.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 1190\.55 pts/);
  }, 120_000);

  it('in English, the QR opens the English page; the second request comes from the cache', async ({
    skip,
  }) => {
    requireTools(skip, 'pdftotext', 'pdftoppm', 'zbarimg');
    const url = `/publik/layanan/${productId}/papan.pdf?lang=en`;
    const res = await ctx.app.inject({ method: 'GET', url, headers: { host: 'patuh.example' } });
    expect(res.statusCode).toBe(200);
    const { text, qr } = pdfFacts(res.rawPayload, 'en');
    expect(text).toContain('Completion time');
    expect(text).toContain('Kartu Keluarga — Copy, 2 sheet(s)');
    expect(qr).toEqual([`http://patuh.example/publik/layanan/${productId}?lang=en`]);
    const again = await ctx.app.inject({
      method: 'GET',
      url,
      headers: { host: 'patuh.example', 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  }, 120_000);

  it('with PATUH_PUBLIC_URL set, a forged Host does not change the QR code', async ({ skip }) => {
    requireTools(skip, 'zbarimg', 'pdftoppm', 'pdftotext');
    const t2 = await makeTenant(fixed);
    const p = await addService(fixed, t2.unitId, t2.governmentId, 'Layanan Tetap');
    await setStandard(fixed, p, { version: 1, status: 'ditetapkan', content: fullContent('tetap') });
    const res = await fixed.app.inject({
      method: 'GET',
      url: `/publik/layanan/${p}/papan.pdf`,
      headers: { host: 'penipu.example' },
    });
    expect(res.statusCode).toBe(200);
    expect(pdfFacts(res.rawPayload, 'tetap').qr).toEqual([
      `https://layanan.patuh.example/publik/layanan/${p}`,
    ]);
  }, 120_000);
});

describe('the board’s rate limit', () => {
  it('a visitor walking service ids is held back (429, Retry-After); another address is not', async () => {
    const ask = (ip: string) =>
      fixed.app.inject({
        method: 'GET',
        url: `/publik/layanan/${crypto.randomUUID()}/papan.pdf`,
        remoteAddress: ip,
      });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await ask('198.51.100.7')).statusCode);
    expect(codes).toEqual([404, 404, 404, 404]);
    const limited = await ask('198.51.100.7');
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await ask('198.51.100.8')).statusCode).toBe(404);
  });
});

describe('the QR code alone', () => {
  it('is an SVG that decodes to the service page URL', async ({ skip }) => {
    requireTools(skip, 'pdftotext', 'pdftoppm', 'zbarimg');
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/publik/layanan/${productId}/qr.svg`,
      headers: { host: 'patuh.example' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.body).toMatch(/^<svg/);
    // zbarimg reads no SVG: draw it into a PDF (pdfmake's svg node), rasterise and decode that.
    const pdf = await pdfmake()
      .createPdf({ content: [{ svg: res.body, width: 300 }] })
      .getBuffer();
    expect(pdfFacts(pdf, 'svg').qr).toEqual([`http://patuh.example/publik/layanan/${productId}`]);
  });
});
