/**
 * An office's own spot-check set (issue 12, REFERENCE §1.5) on both engines: the built-in set says
 * it is Patuh's compilation; an oversight head copies it into their office, edits the copy until a
 * cycle uses it and marks it as the office's set; the internal cycles of that office's governments
 * then default to it, while other offices neither see nor change it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FrameworkDetail,
  FrameworkSummary,
  InternalFramework,
} from '../../../shared/contracts/frameworks';
import { cycles } from '../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { defaultInternalFrameworkId } from './frameworks-office.service';

let ctx: TestContext;
let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  a = await makeTenant(ctx);
  b = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

const rand = () => Math.random().toString(36).slice(2, 8);

async function headCopy(t: Tenant, body: Record<string, unknown> = {}) {
  const head = await t.as('oversight_head');
  const res = await head.post('/api/frameworks/spot-check-2024/duplicate', {
    id: `spot-check-kantor-${rand()}`,
    version: '2025.1',
    name: { id: 'Spot check Kantor Uji 2025', en: 'Office spot check 2025' },
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<FrameworkDetail>();
}

describe("an office's spot-check set", () => {
  it('the built-in set is labelled as Patuh’s compilation; a copy is not', async () => {
    const pic = await a.as('unit_pic');
    const builtin = (await pic.get('/api/frameworks/spot-check-2024')).json<FrameworkDetail>();
    expect(builtin.compiledBy).toBe('patuh');
    const listed = (await pic.get('/api/frameworks')).json<FrameworkSummary[]>();
    expect(listed.find((f) => f.id === 'spot-check-2024')?.compiledBy).toBe('patuh');
    expect(listed.find((f) => f.id === 'ombudsman-2022-2024')?.compiledBy).toBeNull();
    const copy = await headCopy(a);
    expect(copy).toMatchObject({ compiledBy: null, officeId: a.officeId, basedOn: 'spot-check-2024' });
    expect(copy.definition.compiledBy).toBeUndefined();
  });

  it('its head edits it, marks it, and the office’s governments default to it; other offices get 404', async () => {
    const copy = await headCopy(a);
    const head = await a.as('oversight_head');
    // An edit that claims Patuh's label keeps the office's name and drops the claim.
    const edited = { ...copy.definition, compiledBy: 'patuh', issuer: 'Ombudsman RI Perwakilan Uji' };
    const put = await head.request('PUT', `/api/frameworks/${copy.id}`, { definition: edited });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json<FrameworkDetail>()).toMatchObject({ compiledBy: null, mayChange: true });
    expect(put.json<FrameworkDetail>().definition.issuer).toBe('Ombudsman RI Perwakilan Uji');

    // Before marking, the government's internal cycles default to the built-in set.
    const coord = await a.as('gov_coordinator');
    const before = (
      await coord.get(`/api/governments/${a.governmentId}/internal-framework`)
    ).json<InternalFramework>();
    expect(before).toMatchObject({
      origin: 'builtin',
      framework: { id: 'spot-check-2024', compiledBy: 'patuh' },
    });

    const mark = await head.request('PUT', `/api/frameworks/${copy.id}/spot-check`, { spotCheck: true });
    expect(mark.statusCode, mark.body).toBe(200);
    expect(mark.json<FrameworkSummary>()).toMatchObject({ officeSpotCheck: true, officeId: a.officeId });
    const after = await coord.get(`/api/governments/${a.governmentId}/internal-framework`);
    expect(after.statusCode).toBe(200);
    expect(after.json<InternalFramework>()).toMatchObject({ origin: 'office', framework: { id: copy.id } });
    expect(await defaultInternalFrameworkId(ctx.database.db, a.governmentId)).toBe(copy.id);
    // The office's assessor reads it but does not change it; the coordinator sees it, unchangeable.
    const assessor = await a.as('assessor');
    expect((await assessor.get(`/api/frameworks/${copy.id}`)).json<FrameworkDetail>().mayChange).toBe(false);
    expect(
      (await assessor.request('PUT', `/api/frameworks/${copy.id}`, { definition: edited })).statusCode,
    ).toBe(403);
    expect((await coord.get('/api/frameworks')).json<FrameworkSummary[]>().map((f) => f.id)).toContain(
      copy.id,
    );

    // Another office: not listed, 404 on read, edit, mark and the government's default.
    const otherHead = await b.as('oversight_head');
    expect(
      (await otherHead.get('/api/frameworks')).json<FrameworkSummary[]>().map((f) => f.id),
    ).not.toContain(copy.id);
    expect((await otherHead.get(`/api/frameworks/${copy.id}`)).statusCode).toBe(404);
    expect(
      (await otherHead.request('PUT', `/api/frameworks/${copy.id}`, { definition: edited })).statusCode,
    ).toBe(404);
    expect(
      (await otherHead.request('PUT', `/api/frameworks/${copy.id}/spot-check`, { spotCheck: false }))
        .statusCode,
    ).toBe(404);
    expect((await otherHead.post(`/api/frameworks/${copy.id}/duplicate`, { version: 'x' })).statusCode).toBe(
      404,
    );
    // Nor can another office run a cycle on it (which would freeze the office's draft).
    const theirCycle = await otherHead.post('/api/cycles', {
      year: 2025,
      name: 'Siklus kantor lain',
      frameworkId: copy.id,
      selfStart: '2025-02-03',
      selfEnd: '2025-03-31',
      verifyStart: '2025-04-01',
      verifyEnd: '2025-05-30',
      appealStart: '2025-06-02',
      appealEnd: '2025-06-13',
      finalDate: '2025-06-30',
    });
    expect(theirCycle.statusCode).toBe(400);
    expect(theirCycle.json().error.fields.frameworkId).toBe('Kerangka penilaian tidak ditemukan.');
    expect((await head.get(`/api/frameworks/${copy.id}`)).json<FrameworkDetail>().frozen).toBe(false);
    const otherCoord = await b.as('gov_coordinator');
    expect((await otherCoord.get(`/api/governments/${a.governmentId}/internal-framework`)).statusCode).toBe(
      404,
    );
    expect((await otherCoord.get(`/api/frameworks/${copy.id}`)).statusCode).toBe(404);
    const theirs = (
      await otherCoord.get(`/api/governments/${b.governmentId}/internal-framework`)
    ).json<InternalFramework>();
    expect(theirs).toMatchObject({ origin: 'builtin', framework: { id: 'spot-check-2024' } });
  });

  it('frozen once a cycle uses it; a newer version takes over the mark; unmarking falls back to the built-in', async () => {
    const first = await headCopy(a, { spotCheck: true });
    expect(first.officeSpotCheck).toBe(true);
    await ctx.database.db.insert(cycles).values({
      officeId: a.officeId,
      year: 2025,
      name: 'Penilaian Mandiri 2025',
      frameworkId: first.id,
      kind: 'internal',
      ownerGovernmentId: a.governmentId,
    });
    const head = await a.as('oversight_head');
    const frozen = await head.request('PUT', `/api/frameworks/${first.id}`, { definition: first.definition });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.message).toMatch(/dibekukan/);

    const second = await headCopy(a, { spotCheck: true });
    const listed = (await head.get('/api/frameworks')).json<FrameworkSummary[]>();
    expect(listed.find((f) => f.id === first.id)?.officeSpotCheck).toBe(false);
    expect(listed.find((f) => f.id === second.id)?.officeSpotCheck).toBe(true);
    expect(await defaultInternalFrameworkId(ctx.database.db, a.governmentId)).toBe(second.id);

    // An archived set is not a default; unmarking returns the governments to Patuh's set.
    expect((await head.post(`/api/frameworks/${second.id}/archive`)).statusCode).toBe(200);
    expect(await defaultInternalFrameworkId(ctx.database.db, a.governmentId)).toBe('spot-check-2024');
    expect((await head.post(`/api/frameworks/${second.id}/restore`)).statusCode).toBe(200);
    expect(await defaultInternalFrameworkId(ctx.database.db, a.governmentId)).toBe(second.id);
    const unmark = await head.request('PUT', `/api/frameworks/${second.id}/spot-check`, { spotCheck: false });
    expect(unmark.statusCode).toBe(200);
    expect(await defaultInternalFrameworkId(ctx.database.db, a.governmentId)).toBe('spot-check-2024');
  });

  it('refuses a mark without an office and a copy into another office, with field errors', async () => {
    const admin = await a.as('admin');
    const noOffice = await admin.post('/api/frameworks/spot-check-2024/duplicate', {
      version: `x-${rand()}`,
      spotCheck: true,
    });
    expect(noOffice.statusCode).toBe(400);
    expect(noOffice.json().error.fields.spotCheck).toMatch(/kantor perwakilan/);
    const builtinMark = await admin.request('PUT', '/api/frameworks/spot-check-2024/spot-check', {
      spotCheck: true,
    });
    expect(builtinMark.statusCode).toBe(400);
    // An admin may make a copy for an office; a head may not for another one.
    const forB = await admin.post('/api/frameworks/spot-check-2024/duplicate', {
      version: `x-${rand()}`,
      officeId: b.officeId,
      spotCheck: true,
    });
    expect(forB.statusCode, forB.body).toBe(201);
    expect(forB.json<FrameworkDetail>()).toMatchObject({ officeId: b.officeId, officeSpotCheck: true });
    const head = await a.as('oversight_head');
    const cross = await head.post('/api/frameworks/spot-check-2024/duplicate', {
      version: `x-${rand()}`,
      officeId: b.officeId,
    });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().error.fields.officeId).toBe('Di luar wilayah kewenangan Anda.');
    const bad = await head.request('PUT', '/api/frameworks/spot-check-2024/spot-check', { spotCheck: 'ya' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.spotCheck).toBeTruthy();
    const badGov = await head.get('/api/governments/bukan-uuid/internal-framework');
    expect(badGov.statusCode).toBe(400);
  });
});
