/**
 * Hostile input is refused before it reaches a service or the database (issue 8, finding 6):
 * NUL and lone surrogates anywhere in body, query or path, JSON nested absurdly deep, multipart
 * without a boundary or with a broken body — each a 400 with a field error in the user's
 * language. A unique-key race answers 409 without SQL, and router errors keep the error shape.
 */
import crypto from 'node:crypto';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offices } from '../db/schema';
import { findUnsafeInput, isSafeText, multipartBoundary } from '../lib/safe-text';
import {
  makeAssessmentFixture,
  type AssessmentFixture,
} from '../modules/assessments/common/assessment-fixtures';
import { makeTenant, type Tenant } from '../test/factories';
import { createTestContext, type Agent, type TestContext } from '../test/harness';
import { errorsPlugin } from './errors.plugin';

let ctx: TestContext;
let t: Tenant;
let fx: AssessmentFixture;
let admin: Agent;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  fx = await makeAssessmentFixture(ctx, t);
  admin = await t.as('admin');
}, 120_000);
afterAll(() => ctx.close());

const BAD_ID = /karakter NUL atau Unicode yang tidak utuh/;

describe('safe text', () => {
  it('refuses NUL and lone surrogates, keeps real text and emoji', () => {
    expect(isSafeText('Dinas Kesehatan — 🏥 Puskesmas')).toBe(true);
    expect(isSafeText('a\u0000b')).toBe(false);
    expect(isSafeText('x\uD800')).toBe(false);
    expect(isSafeText('\uDC00x')).toBe(false);
    expect(isSafeText('\uDFFF\uD800')).toBe(false);
    expect(findUnsafeInput({ a: [{ b: 'ok' }, { c: 'x\u0000' }], ['k\uD800']: 1 })).toEqual(
      expect.arrayContaining([
        { path: 'a.1.c', problem: 'characters' },
        { path: '_key', problem: 'characters' },
      ]),
    );
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(findUnsafeInput(deep)).toEqual([{ path: expect.any(String), problem: 'depth' }]);
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(multipartBoundary('multipart/form-data')).toBeNull();
    expect(multipartBoundary('multipart/form-data; boundary=')).toBeNull();
    expect(multipartBoundary(`multipart/form-data; boundary=${'x'.repeat(71)}`)).toBeNull();
  });
});

describe('the input guard', () => {
  it('answers NUL in a body field with a field error (id and en), and changes nothing', async () => {
    const res = await admin.post(`/api/units/${t.unitId}/products`, { name: 'Layanan\u0000X', type: 'jasa' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { name: expect.stringMatching(BAD_ID) } },
    });
    const en = await admin.request(
      'PATCH',
      `/api/products/${t.productId}`,
      { description: 'x\uD800' },
      { 'accept-language': 'en' },
    );
    expect(en.statusCode).toBe(400);
    expect(Object.keys(en.json().error.fields)).toEqual(['description']);
  });

  it('answers NUL in a query or path parameter with a field error', async () => {
    for (const url of [
      '/api/regions?q=%00',
      '/api/users?q=a%00b',
      '/api/audit?entityType=%00',
      '/api/governments?q=%00',
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(Object.values(res.json().error.fields as Record<string, string>)[0], url).toMatch(BAD_ID);
    }
    const contacts = await admin.get(`/api/governments/${t.governmentId}/contacts?q=Budi%00`);
    expect(contacts.json().error.fields.q).toMatch(BAD_ID);
    const path = await admin.post('/api/frameworks/kerangka%00/duplicate', {
      id: 'salinan-uji',
      version: '1',
    });
    expect(path.statusCode).toBe(400);
    expect(path.json().error.fields.id).toMatch(BAD_ID);
  });

  it('answers a 10,000-level JSON body with a 400, not a crash', async () => {
    const res = await admin.request(
      'POST',
      `/api/units/${t.unitId}/products`,
      '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
      {
        'content-type': 'application/json',
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers multipart without a boundary, or with a broken body, on every upload route with a 400 on `file`', async () => {
    const coord = await t.as('gov_coordinator');
    const uploads: [Agent, string][] = [
      [coord, `/api/answers/${fx.answerId}/evidence`],
      [coord, `/api/appeals/${fx.appealId}/files`],
      [await t.as('assessor'), `/api/visits/${fx.visitId}/photos`],
      [admin, `/api/agreements/${crypto.randomUUID()}/document`],
      [admin, `/api/governments/${t.governmentId}/imports`],
    ];
    for (const [agent, url] of uploads) {
      const none = await agent.request('POST', url, '--x\r\n\r\n', { 'content-type': 'multipart/form-data' });
      expect(none.statusCode, url).toBe(400);
      expect(none.json().error.fields.file, url).toMatch(/boundary/);
    }
    const broken = await coord.request('POST', `/api/answers/${fx.answerId}/evidence`, 'bukan multipart', {
      'content-type': 'multipart/form-data; boundary=patuh',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.fields.file).toMatch(/rusak atau terpotong/);
  });

  it('answers router errors (bad percent-encoding, over-long parameter) in the error shape without echoing the path', async () => {
    for (const url of ['/api/cycles/%ED%A0%80', `/api/cycles/${'x'.repeat(3000)}`]) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, url).toBeLessThan(500);
      expect(res.json().error).toMatchObject({ code: 'BAD_REQUEST', message: expect.any(String) });
      expect(res.body).not.toContain('xxxxxxxx');
    }
  });
});

describe('a unique-key race', () => {
  it('answers 409 with a generic message: no SQL, constraint or value leaks', async () => {
    const app = Fastify();
    await app.register(errorsPlugin);
    const code = `RACE-${crypto.randomBytes(3).toString('hex')}`;
    app.post('/race', async () => {
      // Two inserts of one code: what two concurrent requests past the service's own check do.
      const values = { name: 'Kantor Balapan', code, provinceCodes: [] };
      await ctx.database.db.insert(offices).values(values);
      await ctx.database.db.insert(offices).values(values);
      return { ok: true };
    });
    const res = await app.inject({ method: 'POST', url: '/race' });
    await app.close();
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      error: {
        code: 'CONFLICT',
        message:
          'Data yang sama sudah ada (mungkin baru saja disimpan dari tempat lain). Muat ulang lalu periksa.',
      },
    });
    expect(res.body).not.toMatch(/insert|offices|unique|key|RACE/i);
  });
});
