/**
 * The citizen's report form over HTTP as a browser without JavaScript sends it (multipart): it
 * renders, posts, and answers the receipt with the tracking number and the PIN once; a double
 * submit makes one case; refusals come back with every typed value and field-level messages in
 * Bahasa Indonesia and English; a refused file (too large, an .exe named .pdf) costs no text and
 * leaves no case and no file; the POST is rate-limited per client address.
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files } from '../../db/schema';
import { complaintAttachments, complaints } from '../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { EXE, hidden, multipart, PDF, PNG, reportFields, Visitor } from './lapor-test-helpers';

let ctx: TestContext;
let t: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
});
afterAll(async () => ctx?.close());

/** Opens the form and returns its tokens (the visitor keeps the form cookie). */
async function openForm(v: Visitor, url = '/publik/lapor') {
  const res = await v.get(url);
  expect(res.statusCode).toBe(200);
  return {
    page: res.body,
    submissionKey: hidden(res.body, 'submissionKey'),
    formToken: hidden(res.body, 'formToken'),
  };
}

const proof = { field: 'priorProof', filename: 'bukti-aduan.pdf', content: PDF };
const photo = { field: 'attachments', filename: 'foto.png', content: PNG, type: 'image/png' };

const casesWithKey = async (key: string) =>
  ctx.database.db.select().from(complaints).where(eq(complaints.submissionKey, key));

const uploads = () => {
  const dir = path.join(ctx.dataDir, 'uploads');
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0;
};

describe('the report form', () => {
  it('renders in Bahasa Indonesia (English with ?lang=en), every field, a one-time key, no inline script', async () => {
    const v = new Visitor(ctx.app);
    const { page, submissionKey } = await openForm(v);
    expect(page).toContain('<html lang="id"');
    expect(page).toContain('Laporkan maladministrasi');
    for (const name of Object.keys(reportFields(t.governmentId)))
      expect(page, name).toContain(`name="${name}"`);
    expect(page).toContain('name="attachments"');
    expect(page).toContain('name="priorProof"');
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toContain(t.governmentId); // the registry picker
    expect(submissionKey).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await openForm(v)).submissionKey).not.toBe(submissionKey);
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(v.cookies.patuh_lapor_form).toBeTruthy();
    const en = await openForm(new Visitor(ctx.app), '/publik/lapor?lang=en');
    expect(en.page).toContain('<html lang="en"');
    expect(en.page).toContain('Report maladministration');
    // The portal's header links to the form.
    expect((await v.get('/publik/tentang')).body).toContain('href="/publik/lapor"');
  });

  it('posts with JavaScript off: one case with all its files, the receipt shows the PIN once', async () => {
    const v = new Visitor(ctx.app);
    const { submissionKey, formToken } = await openForm(v);
    const body = multipart({ ...reportFields(t.governmentId), submissionKey, formToken }, [proof, photo]);
    const res = await v.post('/publik/lapor', body);
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const tracking = /id="nomor-laporan">([^<]+)</.exec(res.body)?.[1];
    const pin = /id="pin">(\d{6})</.exec(res.body)?.[1];
    expect(tracking).toMatch(/^LM-\d{4}-[2-9A-HJ-NP-Z]{8}$/);
    expect(pin).toMatch(/^\d{6}$/);
    expect(res.body).toContain('Ombudsman Uji');
    const [row] = await casesWithKey(submissionKey);
    expect(row!.channel).toBe('web');
    expect(row!.confidential).toBe(true);
    expect(row!.bodyGovernmentId).toBe(t.governmentId);
    const atts = await ctx.database.db
      .select({ kind: complaintAttachments.kind, source: complaintAttachments.source, mime: files.mimeType })
      .from(complaintAttachments)
      .innerJoin(files, eq(files.id, complaintAttachments.fileId))
      .where(eq(complaintAttachments.complaintId, row!.id));
    expect(atts.map((a) => `${a.source}:${a.kind}:${a.mime}`).sort()).toEqual([
      'pelapor:bukti:image/png',
      'pelapor:bukti_pengaduan:application/pdf',
    ]);

    // The same form sent again (a double click, a reload): the same case, no PIN.
    const again = await v.post(
      '/publik/lapor',
      multipart({ ...reportFields(t.governmentId), submissionKey, formToken }, [proof]),
    );
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('Laporan ini sudah diterima');
    expect(again.body).toContain(tracking);
    expect(again.body).not.toContain('id="pin"');
    expect(again.body).not.toContain(pin);
    expect(await casesWithKey(submissionKey)).toHaveLength(1);
    const attsAfter = await ctx.database.db
      .select()
      .from(complaintAttachments)
      .where(eq(complaintAttachments.complaintId, row!.id));
    expect(attsAfter).toHaveLength(2);
  });

  it('two sendings of one form at the same moment make one case', async () => {
    const v = new Visitor(ctx.app);
    const { submissionKey, formToken } = await openForm(v);
    const body = () => multipart({ ...reportFields(t.governmentId), submissionKey, formToken }, [proof]);
    const [a, b] = await Promise.all([v.post('/publik/lapor', body()), v.post('/publik/lapor', body())]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(await casesWithKey(submissionKey)).toHaveLength(1);
    const pins = [a, b].filter((r) => r.body.includes('id="pin"'));
    expect(pins).toHaveLength(1);
  });

  it('a refused form keeps every typed value and says what is wrong per field (id and en)', async () => {
    for (const lang of ['id', 'en'] as const) {
      const v = new Visitor(ctx.app);
      const url = lang === 'en' ? '/publik/lapor?lang=en' : '/publik/lapor';
      const { submissionKey, formToken } = await openForm(v, url);
      const fields = {
        ...reportFields(t.governmentId),
        'identity.nik': '12345',
        subject: '',
        consent: '',
        submissionKey,
        formToken,
      };
      const res = await v.post(url, multipart(fields, [proof]));
      expect(res.statusCode).toBe(400);
      const page = res.body;
      // Field-level: the message sits under its field, which is marked invalid.
      expect(page).toMatch(/id="f-identity-nik"[^>]*aria-invalid="true"/);
      expect(page).toMatch(/id="f-subject"[^>]*aria-invalid="true"/);
      expect(page).toContain('id="f-identity-nik-err"');
      expect(page).toContain('id="f-consent-err"');
      if (lang === 'id') {
        expect(page).toContain('NIK terdiri atas 16 angka.');
        expect(page).toContain('Wajib diisi.');
        expect(page).toContain('Centang persetujuan');
        expect(page).toContain('pilih lagi berkas Anda');
      } else {
        expect(page).toContain('The NIK has 16 digits.');
        expect(page).toContain('Required.');
        expect(page).toContain('Tick the consent');
        expect(page).toContain('choose your files again');
      }
      // Every value kept (escaped), the same one-time key.
      expect(page).toContain('value="Siti Rahmawati"');
      expect(page).toContain('value="12345"');
      expect(page).toContain(
        'Sudah tiga bulan menunggu KTP-el &lt;b&gt;tanpa&lt;/b&gt; kabar &amp; tanpa alasan.',
      );
      expect(page).toContain('<option value="kawin" selected>');
      // Exactly what was typed: one newline after the tag (dropped by the parser), nothing more.
      expect(page).toMatch(/<textarea[^>]*id="f-description"[^>]*>\nSudah tiga bulan/);
      expect(page).toMatch(/id="f-confidential"[^>]*checked/);
      expect(hidden(page, 'submissionKey')).toBe(submissionKey);
      expect(await casesWithKey(submissionKey)).toHaveLength(0);
    }
  });

  it('a file refused after the text passed keeps the text: too large, or an .exe named .pdf', async () => {
    const before = uploads();
    const big = {
      field: 'attachments',
      filename: 'besar.pdf',
      content: Buffer.concat([PDF, Buffer.alloc(3 * 1024 * 1024)]),
    };
    const exe = { field: 'attachments', filename: 'laporan.pdf', content: EXE };
    for (const [file, message] of [
      [big, 'Berkas terlalu besar'],
      [exe, 'Jenis berkas tidak didukung'],
    ] as const) {
      const v = new Visitor(ctx.app);
      const { submissionKey, formToken } = await openForm(v);
      const res = await v.post(
        '/publik/lapor',
        multipart({ ...reportFields(t.governmentId), submissionKey, formToken }, [proof, file]),
      );
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(message);
      expect(res.body).toContain(file.filename);
      expect(res.body).toContain('id="f-files-err"');
      expect(res.body).toContain('value="KTP-el tidak kunjung terbit"');
      expect(res.body).toContain('Saya sudah mengadu ke loket pengaduan pada bulan lalu.');
      expect(await casesWithKey(submissionKey)).toHaveLength(0);
    }
    // The accepted proof of the refused sendings was removed again.
    expect(uploads()).toBe(before);
  });

  it('no file at all, or more than five: the files field says 1 to 5', async () => {
    const v = new Visitor(ctx.app);
    const { submissionKey, formToken } = await openForm(v);
    const fields = { ...reportFields(t.governmentId), submissionKey, formToken };
    const none = await v.post('/publik/lapor', multipart(fields));
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Lampirkan 1 sampai 5 berkas');
    const six = await v.post(
      '/publik/lapor',
      multipart(
        fields,
        Array.from({ length: 6 }, () => proof),
      ),
    );
    expect(six.statusCode).toBe(400);
    expect(six.body).toContain('Lampirkan 1 sampai 5 berkas');
    expect(await casesWithKey(submissionKey)).toHaveLength(0);
  });

  it('a POST without the form cookie (another site, an expired form) is refused with the values kept', async () => {
    const v = new Visitor(ctx.app);
    const { submissionKey, formToken } = await openForm(v);
    const stranger = new Visitor(ctx.app);
    const res = await stranger.post(
      '/publik/lapor',
      multipart({ ...reportFields(t.governmentId), submissionKey, formToken }, [proof]),
    );
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('kedaluwarsa');
    expect(res.body).toContain('value="Siti Rahmawati"');
    expect(await casesWithKey(submissionKey)).toHaveLength(0);
  });

  it('junk never answers 500: NUL bytes, a url-encoded body, a broken multipart body, an unknown body', async () => {
    const v = new Visitor(ctx.app);
    const { submissionKey, formToken } = await openForm(v);
    const nul = await v.post(
      '/publik/lapor',
      multipart(
        {
          ...reportFields(t.governmentId),
          subject: 'a\u0000b\ud800',
          'body.governmentId': 'x',
          submissionKey,
          formToken,
        },
        [proof],
      ),
    );
    expect(nul.statusCode).toBe(400);
    const urlencoded = await v.postForm('/publik/lapor', { subject: 'x', formToken });
    expect([400, 403]).toContain(urlencoded.statusCode);
    expect(urlencoded.headers['content-type']).toContain('text/html');
    const broken = await v.post('/publik/lapor', {
      payload: '--x\r\nContent-Disposition: form-data; name="subject"\r\n\r\nabc',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(broken.statusCode).toBeLessThan(500);
    const json = await v.post('/publik/lapor', {
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(json.statusCode).toBeLessThan(500);
    const unknownGov = await v.post(
      '/publik/lapor',
      multipart({ ...reportFields('00000000-0000-4000-8000-000000000000'), submissionKey, formToken }, [
        proof,
      ]),
    );
    expect(unknownGov.statusCode).toBe(400);
    expect(unknownGov.body).toMatch(/id="f-body-governmentId"[^>]*aria-invalid="true"/);
  });
});

describe('the routes', () => {
  // The authorization matrix covers /api; these pages live outside it, so they are checked here:
  // every one is declared public and answers an anonymous caller without 401/403/5xx.
  it('every /publik/lapor route is public and answers anonymous callers', async () => {
    const routes = ctx.app.routeCatalog.filter((r) => r.url.startsWith('/publik/lapor'));
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual([
      'GET /publik/lapor',
      'GET /publik/lapor/aset/:file',
      'GET /publik/lapor/status',
      'POST /publik/lapor',
      'POST /publik/lapor/status',
      'POST /publik/lapor/status/dokumen',
      'POST /publik/lapor/status/keluar',
      'POST /publik/lapor/status/pesan',
    ]);
    for (const r of routes) {
      expect(r.access, r.url).toBe('public');
      const res = await ctx.app.inject({ method: r.method as 'GET', url: r.url.replace(':file', 'x.js') });
      expect([401, 403].includes(res.statusCode) && r.method === 'GET', r.url).toBe(false);
      expect(res.statusCode, r.url).toBeLessThan(500);
    }
  });
});

describe('the rate limit', () => {
  let limited: TestContext;
  beforeAll(async () => {
    limited = await createTestContext({ PATUH_LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(async () => limited?.close());

  it('limits the report POST per client address, in HTML, with Retry-After', async () => {
    const v = new Visitor(limited.app, '198.51.100.1');
    const { submissionKey, formToken } = await openForm(v);
    const send = (who: Visitor) =>
      who.post('/publik/lapor', multipart({ subject: 'x', submissionKey, formToken }));
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await send(v)).statusCode);
    expect(codes).toEqual([400, 400, 400]);
    const res = await send(v);
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBeTruthy();
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Terlalu banyak permintaan');
    // Another address is not held back.
    const other = new Visitor(limited.app, '198.51.100.2');
    other.cookies = { ...v.cookies };
    expect((await send(other)).statusCode).toBe(400);
  });
});
