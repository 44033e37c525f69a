/**
 * The 2025 opinion ships as a draft (issue 17 §6): weights and bands unconfirmed, so no cycle may
 * use it — official or internal — until an admin sets them in a copy and clears the mark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkDetail, FrameworkSummary } from '../../../shared/contracts/frameworks';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { syncBuiltInFrameworks } from './frameworks.sync';

let ctx: TestContext;
let t: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
  t = await makeTenant(ctx);
}, 120_000);
afterAll(async () => ctx?.close());

const DATES = {
  selfStart: '2025-02-01',
  selfEnd: '2025-03-15',
  verifyStart: '2025-03-18',
  verifyEnd: '2025-04-30',
  appealStart: '2025-05-02',
  appealEnd: '2025-05-09',
  finalDate: '2025-05-20',
};

describe('a draft framework', () => {
  it('is listed as a draft, and no official or internal cycle may use it (field error, nothing created)', async () => {
    const head = await t.as('oversight_head');
    const list = (await head.get('/api/frameworks')).json<FrameworkSummary[]>();
    const drafts = list.filter((f) => f.draft).map((f) => f.id);
    expect(drafts).toEqual(['opini-ombudsman-2025']);

    const before = (await head.get('/api/cycles')).json<{ items: unknown[] }>().items.length;
    const official = await head.post('/api/cycles', {
      year: 2025,
      name: 'Opini 2025',
      frameworkId: 'opini-ombudsman-2025',
      ...DATES,
    });
    expect(official.statusCode).toBe(400);
    expect(official.json().error.fields.frameworkId).toMatch(/masih draf/);
    expect((await head.get('/api/cycles')).json<{ items: unknown[] }>().items).toHaveLength(before);

    const coord = await t.as('gov_coordinator');
    const internal = await coord.post(`/api/governments/${t.governmentId}/internal-cycles`, {
      year: 2025,
      name: 'Mandiri 2025',
      frameworkId: 'opini-ombudsman-2025',
      allUnits: true,
      selfStart: DATES.selfStart,
      selfEnd: DATES.selfEnd,
      verifyStart: DATES.verifyStart,
      verifyEnd: DATES.verifyEnd,
      finalDate: DATES.finalDate,
    });
    expect(internal.statusCode).toBe(400);
    expect(internal.json().error.fields, internal.body).toEqual({
      frameworkId: expect.stringMatching(/masih draf/),
    });
  });

  it('an admin’s copy keeps the draft mark until the admin clears it; then a cycle may use it', async () => {
    const admin = await t.as('admin');
    const dup = await admin.post('/api/frameworks/opini-ombudsman-2025/duplicate', {
      id: 'opini-2025-kalsel',
      version: '2025 (bobot ditetapkan)',
      name: 'Opini 2025 Kalsel',
    });
    expect(dup.statusCode, dup.body).toBe(201);
    const copy = dup.json<FrameworkDetail>();
    expect(copy.draft).toBe(true);
    const head = await t.as('oversight_head');
    const refused = await head.post('/api/cycles', {
      year: 2025,
      name: 'Opini 2025',
      frameworkId: copy.id,
      ...DATES,
    });
    expect(refused.statusCode).toBe(400);

    const set = await admin.request('PUT', `/api/frameworks/${copy.id}`, {
      definition: { ...copy.definition, draft: false },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<FrameworkDetail>().draft).toBe(false);
    const ok = await head.post('/api/cycles', {
      year: 2025,
      name: 'Opini 2025',
      frameworkId: copy.id,
      ...DATES,
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
