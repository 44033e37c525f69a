/**
 * File reads under attack (issue 8, finding 10): an evidence item, appeal or field visit of another
 * tenant answers exactly like a missing id — same status, same body, same number of database
 * queries — and downloads are named by the type recognised from their bytes, never by the
 * extension the uploader chose.
 */
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files } from '../../../db/schema';
import { evidence } from '../../../db/schema-assessments';
import type { Role } from '../../../lib/reach';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../../test/harness';
import { downloadName } from '../../files/files.service';
import {
  makeAssessmentFixture,
  multipartFile,
  PDF_MIN,
  PNG_1PX,
  type AssessmentFixture,
} from '../common/assessment-fixtures';

let ctx: TestContext;
let t: Tenant;
let fx: AssessmentFixture;
let foreign: AssessmentFixture;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  fx = await makeAssessmentFixture(ctx, t);
  foreign = await makeAssessmentFixture(ctx, await makeTenant(ctx));
}, 120_000);
afterAll(() => ctx.close());

/** Uploads PDF bytes as evidence of the fixture's answer under `name`; the 201 reply. */
async function uploadEvidence(agent: Agent, name: string, mimeType: string) {
  const file = multipartFile(name, PDF_MIN, mimeType);
  const up = await agent.request(
    'POST',
    `/api/answers/${fx.answerId}/evidence?madeOn=2024-03-11`,
    file.body,
    file.headers,
  );
  expect(up.statusCode, up.body).toBe(201);
  return up;
}

/** Status, body and database queries of one GET (the session is warmed up first). */
async function probe(agent: Agent, url: string) {
  const before = ctx.database.stats.queries;
  const res = await agent.get(url);
  return { status: res.statusCode, body: res.body, queries: ctx.database.stats.queries - before };
}

const ROUTES: { name: string; url: (f: AssessmentFixture | null) => string }[] = [
  { name: 'evidence file', url: (f) => `/api/evidence/${f?.evidenceId ?? crypto.randomUUID()}/file` },
  { name: 'appeal files', url: (f) => `/api/appeals/${f?.appealId ?? crypto.randomUUID()}/files` },
  { name: 'visit photos', url: (f) => `/api/visits/${f?.visitId ?? crypto.randomUUID()}/photos` },
  {
    name: 'appeal file download',
    url: (f) =>
      `/api/appeals/${f?.appealId ?? crypto.randomUUID()}/files/${f?.appealFileId ?? crypto.randomUUID()}`,
  },
  {
    name: 'visit photo download',
    url: (f) =>
      `/api/visits/${f?.visitId ?? crypto.randomUUID()}/photos/${f?.visitPhotoId ?? crypto.randomUUID()}`,
  },
];

describe('a foreign id reads exactly like a missing one', () => {
  const roles: Role[] = ['oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'];
  for (const role of roles)
    it(`as ${role}: same status, body and query count`, async () => {
      const agent = await t.as(role);
      await agent.get('/api/auth/me');
      for (const route of ROUTES) {
        const missing = await probe(agent, route.url(null));
        const other = await probe(agent, route.url(foreign));
        expect(missing.status, route.name).toBe(404);
        expect(other, route.name).toEqual(missing);
      }
    });

  it('uploads to a foreign appeal or visit answer like a missing one, in status, body and queries', async () => {
    const png = multipartFile('foto.png', PNG_1PX, 'image/png');
    const cases: [Role, (f: AssessmentFixture | null) => string][] = [
      ['assessor', (f) => `/api/visits/${f?.visitId ?? crypto.randomUUID()}/photos`],
      ['oversight_head', (f) => `/api/visits/${f?.visitId ?? crypto.randomUUID()}/photos`],
      ['gov_coordinator', (f) => `/api/appeals/${f?.appealId ?? crypto.randomUUID()}/files`],
    ];
    for (const [role, url] of cases) {
      const agent = await t.as(role);
      const post = async (u: string) => {
        const before = ctx.database.stats.queries;
        const res = await agent.request('POST', u, png.body, png.headers);
        return { status: res.statusCode, body: res.body, queries: ctx.database.stats.queries - before };
      };
      const missing = await post(url(null));
      expect(missing.status, `${role} ${url(null)}`).toBe(404);
      expect(await post(url(foreign)), role).toEqual(missing);
    }
  });

  it('still serves the rows in reach (head of the owning office)', async () => {
    const head = await t.as('oversight_head');
    for (const route of ROUTES) expect((await head.get(route.url(fx))).statusCode, route.name).toBe(200);
  });
});

describe('download names follow the recognised type', () => {
  it('keeps the base name and replaces the extension', () => {
    expect(downloadName('evil.html', 'application/pdf')).toBe('evil.pdf');
    expect(downloadName('foto.JPEG', 'image/jpeg')).toBe('foto.jpg');
    expect(downloadName('laporan.final.svg', 'image/png')).toBe('laporan.final.png');
    expect(downloadName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(downloadName('C:\\Users\\a\\scan.exe', 'image/webp')).toBe('scan.webp');
    expect(downloadName('.htaccess', 'application/pdf')).toBe('dokumen.pdf');
    expect(downloadName('a\u0000b\u202e\uD800c.pdf', 'application/pdf')).toBe('abc.pdf');
    expect(downloadName('bukti "1" <x>.pdf', 'application/pdf')).toBe('bukti _1_ _x_.pdf');
  });

  it('an uploaded evil.html that is a PDF is listed and downloaded as evil.pdf, nosniff', async () => {
    const coord = await t.as('gov_coordinator');
    const up = await uploadEvidence(coord, 'evil.html', 'text/html');
    const dl = await coord.get(`/api/evidence/${up.json<{ id: string }>().id}/file`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['content-disposition']).toMatch(
      /^attachment; filename="evil\.pdf"; filename\*=UTF-8''evil\.pdf$/,
    );
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    const [row] = await ctx.database.db
      .select({ name: files.originalName })
      .from(files)
      .innerJoin(evidence, eq(evidence.fileId, files.id))
      .where(eq(evidence.id, up.json<{ id: string }>().id));
    expect(row!.name).toBe('evil.pdf');
  });

  it('a file stored before under a misleading name downloads with the type extension', async () => {
    const [ev] = await ctx.database.db.select().from(evidence).where(eq(evidence.id, fx.evidenceId));
    await ctx.database.db.update(files).set({ originalName: 'lama.html' }).where(eq(files.id, ev!.fileId));
    const dl = await (await t.as('oversight_head')).get(`/api/evidence/${fx.evidenceId}/file`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-disposition']).toMatch(/^attachment; filename="lama\.pdf"/);
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
  });

  it('a file whose bytes are not stored (a synth placeholder, a file gone from disk) is a 404 that says so, not a 500', async () => {
    const coord = await t.as('gov_coordinator');
    const up = await uploadEvidence(coord, 'hilang.pdf', 'application/pdf');
    const id = up.json<{ id: string }>().id;
    const [ev] = await ctx.database.db.select().from(evidence).where(eq(evidence.id, id));
    for (const storageName of [`synth/${crypto.randomUUID()}`, crypto.randomUUID()]) {
      await ctx.database.db.update(files).set({ storageName }).where(eq(files.id, ev!.fileId));
      const dl = await coord.get(`/api/evidence/${id}/file`);
      expect(dl.statusCode, storageName).toBe(404);
      expect(dl.json<{ error: { code: string; message: string } }>().error).toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('tidak tersimpan di server'),
      });
    }
  });
});
