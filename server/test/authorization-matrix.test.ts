/**
 * The authorization matrix: every API route × every role of the owning tenant, and the same roles
 * of another tenant. A route missing from the table fails the suite, so no route ships unchecked.
 *
 * Expectations: 'ok' = passes authorization (any answer but 401/403/404 and never 5xx);
 * 403 = the role lacks the permission; 404 = out of reach (same answer as a missing id).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreements, imports } from '../db/schema';
import type { Role } from '../lib/reach';
import { ROLES } from '../lib/reach';
import { createUser } from '../modules/users/users.service';
import { makeTenant, type Tenant } from './factories';
import { createTestContext, type TestContext } from './harness';

type Expect = 'ok' | 403 | 404;
type ByRole = Record<Role, Expect>;

const R = (admin: Expect, head: Expect, assessor: Expect, coord: Expect, pic: Expect): ByRole => ({
  admin,
  oversight_head: head,
  assessor,
  gov_coordinator: coord,
  unit_pic: pic,
});
const ALL = R('ok', 'ok', 'ok', 'ok', 'ok');

interface Entry {
  /** Concrete path with placeholders :gov :unit :otherUnit :product :contact :office :agreement :import :user. */
  path: string;
  body?: unknown;
  multipart?: boolean;
  roles: ByRole;
  /** True when the route addresses one tenant's record: another tenant's users get 404 (or 403). */
  scoped: boolean;
  /** When the path holds :unit, a PIC asking for the sibling unit (:otherUnit) must get this. */
  picSibling?: Expect;
  /** Routes that public (anonymous) callers may use. */
  anonymous?: boolean;
}

const M: Record<string, Entry> = {
  'GET /api/health': { path: '/api/health', roles: ALL, scoped: false, anonymous: true },
  'POST /api/auth/login': { path: '/api/auth/login', body: { email: 'x@uji.test', password: 'salah-sekali' }, roles: ALL, scoped: false, anonymous: true },
  'GET /api/auth/me': { path: '/api/auth/me', roles: ALL, scoped: false, anonymous: true },
  'PATCH /api/auth/me': { path: '/api/auth/me', body: { locale: 'id' }, roles: ALL, scoped: false },
  'POST /api/auth/logout': { path: '/api/auth/logout', roles: ALL, scoped: false },
  'GET /api/regions': { path: '/api/regions?level=province', roles: ALL, scoped: false },
  'GET /api/offices': { path: '/api/offices', roles: ALL, scoped: false },
  'GET /api/offices/:id': { path: '/api/offices/:office', roles: R('ok', 'ok', 'ok', 404, 404), scoped: true },
  'POST /api/offices': { path: '/api/offices', body: { name: 'Kantor Matriks', code: 'MTX-:rand' }, roles: R('ok', 403, 403, 403, 403), scoped: false },
  'PATCH /api/offices/:id': { path: '/api/offices/:office', body: { address: 'Jl. Uji' }, roles: R('ok', 403, 403, 403, 403), scoped: true },
  'POST /api/offices/:id/archive': { path: '/api/offices/:office/archive', roles: R('ok', 403, 403, 403, 403), scoped: true },
  'POST /api/offices/:id/restore': { path: '/api/offices/:office/restore', roles: R('ok', 403, 403, 403, 403), scoped: true },
  'GET /api/governments': { path: '/api/governments', roles: ALL, scoped: false },
  'GET /api/governments/:id': { path: '/api/governments/:gov', roles: ALL, scoped: true },
  'POST /api/governments': { path: '/api/governments', body: { type: 'lembaga', name: 'Lembaga Matriks', officeId: ':office' }, roles: R('ok', 'ok', 403, 403, 403), scoped: false },
  'PATCH /api/governments/:id': { path: '/api/governments/:gov', body: { address: 'Jl. Uji' }, roles: R('ok', 'ok', 403, 403, 403), scoped: true },
  'POST /api/governments/:id/archive': { path: '/api/governments/:gov/archive', roles: R('ok', 'ok', 403, 403, 403), scoped: true },
  'POST /api/governments/:id/restore': { path: '/api/governments/:gov/restore', roles: R('ok', 'ok', 403, 403, 403), scoped: true },
  'GET /api/audit': { path: '/api/audit?governmentId=:gov', roles: R('ok', 403, 403, 'ok', 403), scoped: true },
  // Units
  'GET /api/governments/:id/units': { path: '/api/governments/:gov/units', roles: ALL, scoped: true },
  'POST /api/governments/:id/units': { path: '/api/governments/:gov/units', body: { name: 'Unit Matriks', type: 'opd', sector: 'sosial' }, roles: R('ok', 'ok', 403, 'ok', 403), scoped: true },
  'GET /api/units/:id': { path: '/api/units/:unit', roles: ALL, scoped: true, picSibling: 404 },
  'PATCH /api/units/:id': { path: '/api/units/:unit', body: { address: 'Jl. Uji' }, roles: R('ok', 'ok', 403, 'ok', 403), scoped: true, picSibling: 403 },
  'POST /api/units/:id/archive': { path: '/api/units/:otherUnit/archive', roles: R('ok', 'ok', 403, 'ok', 403), scoped: true },
  'POST /api/units/:id/restore': { path: '/api/units/:otherUnit/restore', roles: R('ok', 'ok', 403, 'ok', 403), scoped: true },
  // Products
  'GET /api/units/:id/products': { path: '/api/units/:unit/products', roles: ALL, scoped: true, picSibling: 404 },
  'GET /api/governments/:id/products': { path: '/api/governments/:gov/products', roles: ALL, scoped: true },
  'POST /api/units/:id/products': { path: '/api/units/:unit/products', body: { name: 'Layanan Matriks', type: 'jasa' }, roles: R('ok', 'ok', 403, 'ok', 'ok'), scoped: true, picSibling: 404 },
  'PATCH /api/products/:id': { path: '/api/products/:product', body: { description: 'uji' }, roles: R('ok', 'ok', 403, 'ok', 'ok'), scoped: true },
  'POST /api/products/:id/archive': { path: '/api/products/:product/archive', roles: R('ok', 'ok', 403, 'ok', 'ok'), scoped: true },
  'POST /api/products/:id/restore': { path: '/api/products/:product/restore', roles: R('ok', 'ok', 403, 'ok', 'ok'), scoped: true },
  // Contacts
  'GET /api/units/:id/contacts': { path: '/api/units/:unit/contacts', roles: ALL, scoped: true, picSibling: 404 },
  'GET /api/governments/:id/contacts': { path: '/api/governments/:gov/contacts', roles: ALL, scoped: true },
  'POST /api/units/:id/contacts': { path: '/api/units/:unit/contacts', body: { name: 'PIC Matriks' }, roles: R('ok', 'ok', 403, 'ok', 'ok'), scoped: true, picSibling: 404 },
  'PATCH /api/contacts/:id': { path: '/api/contacts/:contact', body: { position: 'Staf' }, roles: R('ok', 'ok', 403, 'ok', 'ok'), scoped: true },
  'POST /api/contacts/:id/archive': { path: '/api/contacts/:contact/archive', roles: R('ok', 'ok', 403, 'ok', 'ok'), scoped: true },
  'POST /api/contacts/:id/restore': { path: '/api/contacts/:contact/restore', roles: R('ok', 'ok', 403, 'ok', 'ok'), scoped: true },
  'POST /api/contacts/:id/account': { path: '/api/contacts/:contact/account', body: {}, roles: R('ok', 'ok', 403, 'ok', 403), scoped: true },
  // Agreements
  'GET /api/governments/:id/agreements': { path: '/api/governments/:gov/agreements', roles: R('ok', 'ok', 'ok', 'ok', 403), scoped: true },
  'POST /api/governments/:id/agreements': {
    path: '/api/governments/:gov/agreements',
    body: { kind: 'pks', number: 'PKS/1', title: 'PKS Matriks', parties: 'A; B', signedOn: '2024-01-02', unitIds: [] },
    roles: R('ok', 'ok', 403, 403, 403),
    scoped: true,
  },
  'GET /api/agreements/:id': { path: '/api/agreements/:agreement', roles: R('ok', 'ok', 'ok', 'ok', 403), scoped: true },
  'PATCH /api/agreements/:id': { path: '/api/agreements/:agreement', body: { scope: 'uji' }, roles: R('ok', 'ok', 403, 403, 403), scoped: true },
  'POST /api/agreements/:id/archive': { path: '/api/agreements/:agreement/archive', roles: R('ok', 'ok', 403, 403, 403), scoped: true },
  'POST /api/agreements/:id/restore': { path: '/api/agreements/:agreement/restore', roles: R('ok', 'ok', 403, 403, 403), scoped: true },
  'POST /api/agreements/:id/document': { path: '/api/agreements/:agreement/document', multipart: true, roles: R('ok', 'ok', 403, 403, 403), scoped: true },
  'GET /api/agreements/:id/document': { path: '/api/agreements/:agreement/document', roles: R('ok', 'ok', 'ok', 'ok', 403), scoped: true },
  // Users
  'GET /api/users': { path: '/api/users', roles: R('ok', 403, 403, 403, 403), scoped: false },
  'POST /api/users': { path: '/api/users', body: { email: 'baru-:rand@uji.test', name: 'Baru', password: 'rahasia-baru-123', role: 'admin' }, roles: R('ok', 403, 403, 403, 403), scoped: false },
  'PATCH /api/users/:id': { path: '/api/users/:user', body: { name: 'Nama Baru' }, roles: R('ok', 403, 403, 403, 403), scoped: false },
  'POST /api/users/:id/archive': { path: '/api/users/:user/archive', roles: R('ok', 403, 403, 403, 403), scoped: false },
  'POST /api/users/:id/restore': { path: '/api/users/:user/restore', roles: R('ok', 403, 403, 403, 403), scoped: false },
  // Import / export
  'GET /api/governments/:id/import-template': { path: '/api/governments/:gov/import-template', roles: R('ok', 'ok', 403, 'ok', 403), scoped: true },
  'POST /api/governments/:id/imports': { path: '/api/governments/:gov/imports', multipart: true, roles: R('ok', 'ok', 403, 'ok', 403), scoped: true },
  'GET /api/imports/:id': { path: '/api/imports/:import', roles: R('ok', 'ok', 403, 'ok', 403), scoped: true },
  'POST /api/imports/:id/commit': { path: '/api/imports/:import/commit', roles: R('ok', 'ok', 403, 'ok', 403), scoped: true },
  'GET /api/governments/:id/export': { path: '/api/governments/:gov/export?format=xlsx', roles: ALL, scoped: true },
};

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

interface Fixture {
  t: Tenant;
  agreementId: string;
  importId: string;
  /** An account no agent signs in with, so archiving it cannot disturb the run. */
  spareUserId: string;
}

async function fixture(): Promise<Fixture> {
  const t = await makeTenant(ctx);
  const db = ctx.database.db;
  const [agreement] = await db
    .insert(agreements)
    .values({ governmentId: t.governmentId, officeId: t.officeId, kind: 'mou', number: 'MOU/1', title: 'MoU Uji', parties: 'A; B', signedOn: '2023-01-01' })
    .returning();
  const [imp] = await db
    .insert(imports)
    .values({ governmentId: t.governmentId, fileName: 'uji.xlsx', status: 'invalid', errors: [] })
    .returning();
  const admin = await t.as('admin');
  const pdf = Buffer.concat([
    Buffer.from(`--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="mou.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    Buffer.from('%PDF-1.4\n%uji\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    Buffer.from(`\r\n--${MULTIPART_BOUNDARY}--\r\n`),
  ]);
  const up = await admin.request('POST', `/api/agreements/${agreement!.id}/document`, pdf, {
    'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`,
  });
  if (up.statusCode >= 300) throw new Error(`fixture upload failed: ${up.statusCode} ${up.body}`);
  const spare = await createUser(db, null, {
    email: `cadangan-${Math.random().toString(36).slice(2, 10)}@uji.test`,
    name: 'Akun Cadangan',
    password: 'rahasia-cadangan-1',
    role: 'gov_coordinator',
    governmentId: t.governmentId,
  });
  return { t, agreementId: agreement!.id, importId: imp!.id, spareUserId: spare.id };
}

function fill(path: string, f: Fixture, userId: string): string {
  const rand = Math.random().toString(36).slice(2, 8).toUpperCase();
  return path
    .replaceAll(':gov', f.t.governmentId)
    .replaceAll(':otherUnit', f.t.otherUnitId)
    .replaceAll(':unit', f.t.unitId)
    .replaceAll(':product', f.t.productId)
    .replaceAll(':contact', f.t.contactId)
    .replaceAll(':office', f.t.officeId)
    .replaceAll(':agreement', f.agreementId)
    .replaceAll(':import', f.importId)
    .replaceAll(':user', userId)
    .replaceAll(':rand', rand);
}

const MULTIPART_BOUNDARY = 'patuhmatrix';
const multipartBody = Buffer.from(
  `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="uji.txt"\r\nContent-Type: text/plain\r\n\r\nbukan berkas yang didukung\r\n--${MULTIPART_BOUNDARY}--\r\n`,
);

/** Error codes that mean "authorization said no" (a wrong password on the login route is not one). */
const DENIALS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CSRF_INVALID'];

function errorCode(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

function check(label: string, status: number, expected: Expect, body: string) {
  const msg = `${label} → ${status} ${body.slice(0, 200)}`;
  expect(status, msg).toBeLessThan(500);
  if (expected === 'ok') expect(DENIALS, msg).not.toContain(errorCode(body) ?? '');
  else expect(status, msg).toBe(expected);
}

describe('authorization matrix', () => {
  it('covers every API route, and every route declares its access', () => {
    const routes = ctx.app.routeCatalog.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    const keys = routes.map((r) => `${r.method} ${r.url}`);
    const undeclared = routes.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`);
    expect(undeclared, 'routes without config.access').toEqual([]);
    const missing = keys.filter((k) => !M[k]);
    expect(missing, 'routes missing from the authorization matrix').toEqual([]);
    const stale = Object.keys(M).filter((k) => !keys.includes(k));
    expect(stale, 'matrix rows for routes that do not exist').toEqual([]);
  });

  it('anonymous callers get 401 everywhere except the public routes', async () => {
    const f = await fixture();
    for (const [key, e] of Object.entries(M)) {
      const method = key.split(' ')[0]!;
      const res = await ctx.app.inject({ method: method as 'GET', url: fill(e.path, f, f.t.contactId), payload: e.body as object });
      if (e.anonymous) expect(errorCode(res.body), key).not.toBe('UNAUTHENTICATED');
      else {
        expect(res.statusCode, key).toBe(401);
        expect(errorCode(res.body), key).toBe('UNAUTHENTICATED');
      }
    }
  });

  for (const [key, e] of Object.entries(M)) {
    it(key, async () => {
      const method = key.split(' ')[0]!;
      const a = await fixture();
      const b = await fixture();
      const send = async (role: Role, tenant: Tenant, path: string) => {
        const agent = await tenant.as(role);
        const body = e.multipart ? multipartBody : e.body === undefined ? undefined : JSON.parse(fill(JSON.stringify(e.body), a, ''));
        const headers: Record<string, string> = e.multipart ? { 'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` } : {};
        return agent.request(method, path, body, headers);
      };
      // Users of another tenant first (read-only for A's records), then A's own roles.
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const res = await send(role, b.t, fill(e.path, a, a.spareUserId));
        const own = e.roles[role];
        const expected: Expect = e.scoped ? (own === 403 ? 403 : 404) : own;
        check(`other tenant ${role}`, res.statusCode, expected, res.body);
        if (res.statusCode < 300) {
          for (const id of [a.t.governmentId, a.t.unitId, a.t.productId, a.t.contactId]) expect(res.body, `${role} sees tenant A data`).not.toContain(id);
        }
      }
      const coordinatorId = a.spareUserId;
      for (const role of ROLES) {
        const res = await send(role, a.t, fill(e.path, a, coordinatorId));
        check(`own tenant ${role}`, res.statusCode, e.roles[role], res.body);
        if (role === 'unit_pic' && e.picSibling && e.path.includes(':unit')) {
          const sib = await send(role, a.t, fill(e.path.replace(':unit', ':otherUnit'), a, coordinatorId));
          check('PIC on a sibling unit', sib.statusCode, e.picSibling, sib.body);
        }
      }
    });
  }
});
