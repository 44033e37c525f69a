/**
 * The assessment context: a mapped indicator shows the product's current SET standard (its
 * version and SK), never a draft; "no set standard" while only a draft exists; the maklumat and
 * profile fields; the library's photos of the display. Readable by whoever may open the checklist.
 */
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceProducts } from '../../db/schema';
import { answers } from '../../db/schema-assessments';
import { serviceStandards } from '../../db/schema-standards';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import type { AssessmentContext, ContextItem } from '../../../shared/contracts/unit-profile';
import {
  makeAssessmentFixture,
  multipartFile,
  PNG_1PX,
  type AssessmentFixture,
} from '../assessments/common/assessment-fixtures';

let ctx: TestContext;
let t: Tenant;
let foreign: Tenant;
let fx: AssessmentFixture;

const v1 = { persyaratan: [{ document: 'KTP', form: 'fotokopi', count: 1, note: null }], pengaduan: [] };
const draft = { persyaratan: [{ document: 'DRAF-BELUM-DITETAPKAN', form: 'asli', count: 1, note: null }] };

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  foreign = await makeTenant(ctx);
  fx = await makeAssessmentFixture(ctx, t);
  const db = ctx.database.db;
  const base = { productId: t.productId, unitId: t.unitId, governmentId: t.governmentId };
  await db.insert(serviceStandards).values([
    {
      ...base,
      version: 1,
      status: 'ditetapkan',
      content: v1 as never,
      skNumber: '100/12/2025',
      skDate: '2025-12-01',
      setAt: new Date('2025-12-02T03:00:00Z'),
    },
    { ...base, version: 2, status: 'draft', content: draft as never },
  ]);
}, 180_000);
afterAll(() => ctx.close());

const url = (unitId = t.unitId, q = '') => `/api/cycles/${fx.cycleId}/units/${unitId}/standards-context${q}`;
const find = (c: AssessmentContext, indicator: string, productId: string | null = t.productId) =>
  c.items.find((i) => i.indicator === indicator && (i.productId === productId || productId === null));

describe('standards context', () => {
  it('shows the set version with its SK and never the draft', async () => {
    const res = await (await t.as('unit_pic')).get(url());
    expect(res.statusCode, res.body).toBe(200);
    const item = find(res.json(), 'PROSES.1') as Extract<ContextItem, { source: 'standard' }>;
    expect(item, 'the fixture cycle holds PROSES.1 for the product').toBeDefined();
    expect(item.component).toBe('persyaratan');
    const product = item.products.find((p) => p.productId === t.productId)!;
    expect(product.standard).toMatchObject({ version: 1, skNumber: '100/12/2025', skDate: '2025-12-01' });
    expect(product.value).toEqual(v1.persyaratan);
    expect(res.body).not.toContain('DRAF-BELUM-DITETAPKAN');
  });

  it('a product with only a draft shows no set standard', async () => {
    const db = ctx.database.db;
    const [p2] = await db
      .insert(serviceProducts)
      .values({
        unitId: t.unitId,
        governmentId: t.governmentId,
        name: 'Layanan Tanpa Standar',
        type: 'administratif',
      })
      .returning();
    await db.insert(serviceStandards).values({
      productId: p2!.id,
      unitId: t.unitId,
      governmentId: t.governmentId,
      version: 1,
      status: 'diajukan',
      content: draft as never,
    });
    const [cell] = await db
      .select({ id: answers.id })
      .from(answers)
      .where(
        and(
          eq(answers.cycleId, fx.cycleId),
          eq(answers.productId, t.productId),
          eq(answers.indicator, 'PROSES.3'),
        ),
      );
    // Point one cell at the new product: the context follows the cell's product.
    await db.update(answers).set({ productId: p2!.id }).where(eq(answers.id, cell!.id));
    const c = (
      await (await t.as('assessor')).get(url(t.unitId, `?productId=${p2!.id}`))
    ).json() as AssessmentContext;
    expect(c.items.map((i) => i.indicator)).toEqual(['PROSES.3']);
    const item = c.items[0] as Extract<ContextItem, { source: 'standard' }>;
    expect(item.products[0]).toMatchObject({ productId: p2!.id, standard: null, value: null });
    expect(JSON.stringify(c)).not.toContain('DRAF-BELUM-DITETAPKAN');
  });

  it('shows the maklumat, the profile fields and the photos of the display', async () => {
    const coord = await t.as('gov_coordinator');
    await coord.request('PUT', `/api/units/${t.unitId}/maklumat`, {
      rowVersion: 0,
      body: 'Kami sanggup …',
      signatory: 'Kepala',
      signedOn: '2026-01-02',
      published: true,
    });
    await coord.request('PUT', `/api/units/${t.unitId}/profile`, {
      rowVersion: 0,
      openingHours: [],
      vision: 'Visi uji',
      mission: null,
      motto: 'Moto uji',
      specialServices: [{ group: 'disabilitas', description: 'Kursi roda' }],
      integratedServices: null,
      facilities: [],
    });
    const png = multipartFile('m.png', PNG_1PX, 'image/png');
    const photo = (
      await coord.request(
        'POST',
        `/api/units/${t.unitId}/documents?kind=foto_maklumat&title=Maklumat%20di%20loket`,
        png.body,
        png.headers,
      )
    ).json();
    const std = multipartFile('s.png', PNG_1PX, 'image/png');
    const stdPhoto = (
      await coord.request(
        'POST',
        `/api/units/${t.unitId}/documents?kind=foto_standar&title=Papan&productId=${t.productId}`,
        std.body,
        std.headers,
      )
    ).json();
    const c = (await coord.get(url())).json() as AssessmentContext;
    const mak = c.items.find((i) => i.indicator === 'PROSES.6.A') as Extract<
      ContextItem,
      { source: 'maklumat' }
    >;
    expect(mak.maklumat).toMatchObject({ signatory: 'Kepala', published: true });
    expect(mak.photos.map((p) => p.id)).toContain(photo.id);
    const motto = c.items.find((i) => i.indicator === 'PROSES.9') as Extract<
      ContextItem,
      { source: 'profile' }
    >;
    expect(motto.value).toBe('Moto uji');
    const special = c.items.find((i) => i.indicator === 'PROSES.7') as Extract<
      ContextItem,
      { source: 'profile' }
    >;
    expect(special.value).toEqual([{ group: 'disabilitas', description: 'Kursi roda' }]);
    const req = find(c, 'PROSES.1') as Extract<ContextItem, { source: 'standard' }>;
    expect(req.products[0]!.photos.map((p) => p.id)).toContain(stdPhoto.id);
  });

  it('out of reach is 404 like the checklist: another government, a PIC’s sibling unit, a unit not in the cycle', async () => {
    const other = await foreign.as('gov_coordinator');
    expect((await other.get(url())).statusCode).toBe(404);
    expect((await (await t.as('unit_pic')).get(url(t.otherUnitId))).statusCode).toBe(404);
    expect((await (await t.as('gov_coordinator')).get(url(crypto.randomUUID()))).statusCode).toBe(404);
    expect((await (await t.as('gov_coordinator')).get(url(t.unitId, '?productId=x'))).statusCode).toBe(400);
  });
});
