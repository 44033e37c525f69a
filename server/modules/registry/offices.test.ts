import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfficeListSchema } from '../../../shared/contracts/registry';
import { makeTenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('offices', () => {
  it('archived offices are listed only with includeArchived=true', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    const code = `ARS-${Date.now().toString(36).toUpperCase()}`;
    const created = await admin.post('/api/offices', {
      name: 'Perwakilan Arsip',
      code,
      provinceCodes: ['63'],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect((await admin.post(`/api/offices/${id}/archive`)).statusCode).toBe(200);

    const ids = async (url: string) => {
      const res = await admin.get(url);
      expect(res.statusCode).toBe(200);
      return OfficeListSchema.parse(res.json()).items.map((o) => o.id);
    };
    expect(await ids('/api/offices')).not.toContain(id);
    expect(await ids('/api/offices?includeArchived=false')).not.toContain(id);
    expect(await ids('/api/offices?includeArchived=true')).toContain(id);
    expect((await admin.get('/api/offices?includeArchived=yes')).statusCode).toBe(400);
  });

  it('office staff read their own office only; another office answers 404 like a missing one', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const head = await t.as('oversight_head');
    const list = OfficeListSchema.parse((await head.get('/api/offices?includeArchived=true')).json());
    expect(list.items.map((o) => o.id)).toEqual([t.officeId]);
    expect((await head.get(`/api/offices/${t.officeId}`)).statusCode).toBe(200);
    const foreign = await head.get(`/api/offices/${other.officeId}`);
    const missing = await head.get('/api/offices/00000000-0000-4000-8000-000000000000');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(missing.body);
  });
});
