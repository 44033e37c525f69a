/**
 * The contract layer (issue 11): every API route answers with a response schema exported from
 * shared/contracts — the same object the web app takes its `z.infer` types from — and an answer
 * that does not match its schema is an error (500), never a silently different shape.
 *
 * The identity check compares schema objects, not shapes: a route that declares an inline
 * `z.object({ … })`, even one equal to a contract's, fails, because the web app cannot see it.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UnitDetailSchema, UnitListSchema } from '../../shared/contracts/registry';
import { makeTenant } from './factories';
import { createTestContext, type TestContext } from './harness';
import { NOT_YET_CONVERTED } from './contracts-pending';

const CONTRACTS_DIR = fileURLToPath(new URL('../../shared/contracts/', import.meta.url));

/** Every zod schema exported by a file of shared/contracts, named `file:export`. */
async function contractSchemas(): Promise<Map<unknown, string>> {
  const out = new Map<unknown, string>();
  const files = fs.readdirSync(CONTRACTS_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  for (const file of files) {
    const mod = (await import(`${CONTRACTS_DIR}${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (value instanceof z.ZodType) out.set(value, `${file}:${name}`);
  }
  return out;
}

let ctx: TestContext;
let shared: Map<unknown, string>;
beforeAll(async () => {
  ctx = await createTestContext();
  shared = await contractSchemas();
});
afterAll(() => ctx.close());

function apiRoutes() {
  return ctx.app.routeCatalog.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
}

/** Why a route breaks the contract rule, or null when every 2xx answer it declares is a shared schema. */
function violation(route: (typeof ctx.app.routeCatalog)[number]): string | null {
  const success = Object.entries(route.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
  if (success.length === 0) return 'declares no 2xx response schema';
  const inline = success.filter(([, schema]) => !shared.has(schema)).map(([status]) => status);
  return inline.length ? `${inline.join(', ')} not from shared/contracts` : null;
}

describe('contract layer', () => {
  it('finds the shared contracts it checks against', () => {
    // Guards the check below against passing because nothing was loaded.
    expect(shared.get(UnitDetailSchema)).toBe('registry.ts:UnitDetailSchema');
    expect(shared.size).toBeGreaterThan(20);
  });

  it("every route's 2xx response schema is exported from shared/contracts", () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(50);
    const broken = routes
      .filter((r) => !NOT_YET_CONVERTED.has(`${r.method} ${r.url}`))
      .map((r) => [`${r.method} ${r.url}`, violation(r)] as const)
      .filter(([, why]) => why !== null)
      .map(([key, why]) => `${key}: ${why}`);
    expect(broken, 'routes whose answer is not a shared contract').toEqual([]);
  });

  it('the allow-list of unconverted routes names only routes that exist and still break the rule', () => {
    const routes = new Map(apiRoutes().map((r) => [`${r.method} ${r.url}`, r]));
    const stale = [...NOT_YET_CONVERTED].filter((key) => {
      const route = routes.get(key);
      return !route || violation(route) === null;
    });
    expect(stale, 'remove these from server/test/contracts-pending.ts').toEqual([]);
  });

  it('the registry and regions routes answer with the very schemas the web app types come from', () => {
    const find = (method: string, url: string) =>
      ctx.app.routeCatalog.find((r) => r.method === method && r.url === url)?.responses;
    expect(find('GET', '/api/units/:id')?.['200']).toBe(UnitDetailSchema);
    expect(find('GET', '/api/governments/:id/units')?.['200']).toBe(UnitListSchema);
    for (const url of [
      '/api/offices',
      '/api/governments',
      '/api/governments/:id/units',
      '/api/units/:id/products',
      '/api/units/:id/contacts',
      '/api/governments/:id/agreements',
      '/api/regions',
    ])
      expect(shared.has(find('GET', url)?.['200']), url).toBe(true);
  });

  it('an answer that does not match its shared schema is a 500, not a silently different shape', async () => {
    const t = await makeTenant(ctx);
    const admin = await t.as('admin');
    // Positive control: the unit as stored matches UnitDetailSchema and is served.
    const ok = await admin.get(`/api/units/${t.unitId}`);
    expect(ok.statusCode).toBe(200);
    expect(UnitDetailSchema.safeParse(ok.json()).success).toBe(true);

    // units.type is a text column: the database accepts a value outside UNIT_TYPES; the response
    // schema (z.enum(UNIT_TYPES)) does not, so the handler's answer no longer matches the contract.
    await ctx.database.query(`update units set type = 'bukan-jenis' where id = $1`, [t.unitId]);
    const bad = await admin.get(`/api/units/${t.unitId}`);
    expect(bad.statusCode).toBe(500);
    expect(bad.body).not.toContain('bukan-jenis');
    expect(bad.json()).toMatchObject({ error: { code: expect.any(String) } });
    const list = await admin.get(`/api/governments/${t.governmentId}/units`);
    expect(list.statusCode).toBe(500);
  });
});
