/**
 * Confidentiality through the core routes (issue 14, Pasal 3 huruf h / 24(2)): another office's
 * assessor gets 404 on every route of the case, the government's coordinator and PIC 403; the list,
 * the detail and every other answer never carry the reporter's name, NIK, phone or e-mail (the
 * bytes are searched); only an assigned officer, the head of the case's office or an admin opens
 * the identity, and each opening is audited — without the identity in the audit entry.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { complaintEvents } from '../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { REPORTER, SECRETS, staffReport } from './complaints-fixtures';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let caseId: string;
let openId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
  other = await makeTenant(ctx, { provinceCodes: ['64'] });
  const head = await t.as('oversight_head');
  const res = await head.post('/api/complaints', staffReport(t, { confidential: true }));
  caseId = res.json().id;
  const res2 = await head.post('/api/complaints', staffReport(t, { confidential: false }));
  openId = res2.json().id;
});
afterAll(async () => ctx.close());

const noSecrets = (label: string, body: string) => {
  for (const s of SECRETS) expect(body, `${label} carries "${s}"`).not.toContain(s);
};

/** Every core route of one case, with a body that would pass validation. */
const routes = (id: string): [string, string, unknown?][] => [
  ['GET', `/api/complaints/${id}`],
  ['POST', `/api/complaints/${id}/transitions`, { action: 'catat_register', version: 0 }],
  [
    'PUT',
    `/api/complaints/${id}/officers`,
    { version: 0, officers: [{ userId: t.userIds.assessor, lead: true }] },
  ],
  ['PUT', `/api/complaints/${id}/classification`, { version: 0, forms: ['penundaan_berlarut'] }],
  ['POST', `/api/complaints/${id}/identity`],
  ['POST', `/api/complaints/${id}/messages`, { body: 'Halo' }],
  ['PUT', `/api/complaints/${id}/recommendation`, { version: 0, issuedOn: '2026-07-01' }],
  ['GET', `/api/complaints/${id}/attachments/${id}`],
];

describe('out of reach', () => {
  it('another office’s assessor and head: 404 on every route, the list does not show the case', async () => {
    for (const role of ['assessor', 'oversight_head'] as const) {
      const agent = await other.as(role);
      for (const [method, url, body] of routes(caseId)) {
        const res = await agent.request(method, url, body);
        expect(res.statusCode, `${role} ${method} ${url}`).toBe(404);
        noSecrets(url, res.body);
      }
      const list = await agent.get('/api/complaints?limit=100');
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(caseId);
    }
  });

  it('the government’s coordinator and PIC: 403 everywhere, the list included', async () => {
    for (const role of ['gov_coordinator', 'unit_pic'] as const) {
      const agent = await t.as(role);
      for (const [method, url, body] of [...routes(caseId), ['GET', '/api/complaints'] as [string, string]]) {
        const res = await agent.request(method, url, body);
        expect(res.statusCode, `${role} ${method} ${url}`).toBe(403);
        noSecrets(url, res.body);
      }
    }
  });
});

describe('in reach', () => {
  it('list, detail and every write answer carry no identity', async () => {
    const assessor = await t.as('assessor');
    const list = await assessor.get('/api/complaints?limit=100');
    expect(list.body).toContain(caseId);
    noSecrets('list', list.body);
    for (const id of [caseId, openId]) {
      const detail = await assessor.get(`/api/complaints/${id}`);
      expect(detail.statusCode).toBe(200);
      noSecrets('detail', detail.body);
    }
    expect((await assessor.get(`/api/complaints/${caseId}`)).json().reporter.label).toBe(
      'Identitas dirahasiakan',
    );
    expect((await assessor.get(`/api/complaints/${openId}`)).json().reporter.label).toBe(
      'Identitas tersimpan terenkripsi — buka untuk melihat',
    );
    const cls = await assessor.request('PUT', `/api/complaints/${openId}/classification`, {
      version: 0,
      forms: ['penundaan_berlarut'],
    });
    noSecrets('classification', cls.body);
    const tr = await assessor.post(`/api/complaints/${openId}/transitions`, {
      action: 'catat_register',
      version: 1,
    });
    expect(tr.statusCode).toBe(200);
    noSecrets('transition', tr.body);
    // A search by the reporter's name finds nothing.
    const byName = await assessor.get(`/api/complaints?q=${encodeURIComponent(REPORTER.fullName)}`);
    expect(byName.json().total).toBe(0);
  });

  it('an unassigned assessor may not reveal; the head may, and the opening is audited without the identity', async () => {
    const assessor = await t.as('assessor');
    const refused = await assessor.post(`/api/complaints/${caseId}/identity`);
    expect(refused.statusCode).toBe(403);
    noSecrets('refused reveal', refused.body);
    const head = await t.as('oversight_head');
    const res = await head.post(`/api/complaints/${caseId}/identity`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json().identity).toMatchObject({ fullName: REPORTER.fullName, nik: REPORTER.nik });
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, caseId), eq(auditLog.action, 'reveal')));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: head.userId,
      entityType: 'complaint_identity',
      officeId: t.officeId,
    });
    noSecrets('audit entry', JSON.stringify(audits));
    const events = await ctx.database.db
      .select()
      .from(complaintEvents)
      .where(and(eq(complaintEvents.complaintId, caseId), eq(complaintEvents.action, 'identitas_dibuka')));
    expect(events).toHaveLength(1);
    expect(events[0]!.visibleToReporter).toBe(false);
    noSecrets('history', JSON.stringify(events));
    // Once assigned, the assessor may open it too.
    const detail = await head.get(`/api/complaints/${caseId}`);
    await head.request('PUT', `/api/complaints/${caseId}/officers`, {
      version: detail.json().version,
      officers: [{ userId: t.userIds.assessor, lead: true }],
    });
    expect((await assessor.post(`/api/complaints/${caseId}/identity`)).statusCode).toBe(200);
    // The detail after the reveals still carries no identity.
    noSecrets('detail after reveal', (await assessor.get(`/api/complaints/${caseId}`)).body);
  });
});
