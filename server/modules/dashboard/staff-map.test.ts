/**
 * The staff dashboard map (issue 13 item 8): reach as every results read — an office's staff its
 * own cycles' governments, released or not (flagged), never another office's; a coordinator only
 * their own government and only once published; an internal cycle never.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffMap } from '../../../shared/contracts/open-data';
import { createTestContext, signIn, type TestContext } from '../../test/harness';
import { seedDemoAssessments } from '../demo/demo-assessments';
import { DEMO_PASSWORD } from '../demo/demo-data';
import { BABAR_COORDINATOR } from '../demo/demo-internal';
import { seedDemo } from '../demo/demo.service';

let ctx: TestContext;
let seeded: Awaited<ReturnType<typeof seedDemoAssessments>>;
let kalsel2023: string;
let kalsel2024: string;
let balangan: string;

const q = <T>(text: string, params: unknown[] = []) => ctx.database.query<T>(text, params);
const as = (email: string) => signIn(ctx.app, email, DEMO_PASSWORD);
const codes = (m: StaffMap) => m.items.map((i) => i.code).sort();

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  seeded = await seedDemoAssessments(ctx.database);
  await q('delete from result_releases');
  [{ id: balangan }] = (await q<{ id: string }>(
    `select id from governments where region_code = '63.11'`,
  )) as [{ id: string }];
  const cycles = await q<{ id: string; year: number }>(
    `select c.id, c.year from cycles c join cycle_governments cg on cg.cycle_id = c.id
     where cg.government_id = $1 and c.kind = 'official'`,
    [balangan],
  );
  kalsel2023 = cycles.find((c) => c.year === 2023)!.id;
  kalsel2024 = cycles.find((c) => c.year === 2024)!.id;
}, 240_000);
afterAll(async () => ctx?.close());

describe('staff dashboard map', () => {
  it('an office head sees the office’s governments with their results, unreleased flagged, no other office’s', async () => {
    const head = await as('kepala.kalsel@patuh.local');
    const before = (await head.get(`/api/dashboard/map?cycleId=${kalsel2023}`)).json() as StaffMap;
    expect(before.cycle).toMatchObject({ id: kalsel2023, year: 2023, status: 'published' });
    expect(codes(before)).toEqual(['63', '63.11']);
    expect(before.items.every((i) => i.score !== null && i.zone !== null && !i.released)).toBe(true);
    const [stored] = await q<{ rounded: number; band: string; zone: string }>(
      `select rounded, band, zone from government_results where cycle_id = $1 and government_id = $2`,
      [kalsel2023, balangan],
    );
    expect(before.items.find((i) => i.code === '63.11')).toMatchObject({
      score: stored!.rounded,
      band: stored!.band,
      zone: stored!.zone,
    });
    // Every official cycle of the office, the open 2024 one too; never another office's.
    expect(before.cycles.map((c) => c.id).sort()).toEqual([kalsel2023, kalsel2024].sort());
    // Without a cycle: the newest one that has a score (a cycle still being filled is all grey).
    const [scored] = await q<{ id: string }>(
      `select c.id from cycles c where c.id = any($1::uuid[]) and exists (select 1 from government_results gr
         where gr.cycle_id = c.id and gr.rounded is not null) order by c.year desc limit 1`,
      [[kalsel2023, kalsel2024]],
    );
    expect(((await head.get('/api/dashboard/map')).json() as StaffMap).cycle?.id).toBe(scored!.id);

    await q(`insert into result_releases (cycle_id, government_id) values ($1, $2)`, [kalsel2023, balangan]);
    ctx.app.readCaches.responses.invalidate();
    const after = (await head.get(`/api/dashboard/map?cycleId=${kalsel2023}`)).json() as StaffMap;
    expect(after.items.map((i) => [i.code, i.released]).sort()).toEqual([
      ['63', false],
      ['63.11', true],
    ]);
  });

  it('another office’s staff get 404 for the cycle, and their own default map holds none of it', async () => {
    const sulbar = await as('asesor.sulbar@patuh.local');
    expect((await sulbar.get(`/api/dashboard/map?cycleId=${kalsel2023}`)).statusCode).toBe(404);
    const own = (await sulbar.get('/api/dashboard/map')).json() as StaffMap;
    expect(own.cycle).not.toBeNull();
    expect(codes(own)).toEqual(['76.06']);
    expect(own.cycles.map((c) => c.id)).not.toContain(kalsel2023);
  });

  it('a coordinator sees only their own government, and only published cycles', async () => {
    const coord = await as('koordinator.balangan@patuh.local');
    const map = (await coord.get('/api/dashboard/map')).json() as StaffMap;
    expect(map.cycle?.id).toBe(kalsel2023);
    expect(map.cycles.map((c) => c.id)).toEqual([kalsel2023]);
    expect(map.items.map((i) => [i.code, i.released])).toEqual([['63.11', true]]);
    const open = await coord.get(`/api/dashboard/map?cycleId=${kalsel2024}`);
    expect(open.statusCode).toBe(409);
    expect(open.body).not.toContain('"score"');
  });

  it('an internal cycle is never on the map, not even for an admin', async () => {
    const admin = await as('admin@patuh.local');
    const internal = seeded.internal[0]!;
    expect((await admin.get(`/api/dashboard/map?cycleId=${internal}`)).statusCode).toBe(404);
    const map = (await admin.get('/api/dashboard/map')).json() as StaffMap;
    expect(map.cycles.length).toBeGreaterThanOrEqual(6);
    expect(map.cycles.map((c) => c.id)).not.toContain(internal);
    // The owner government's coordinator reads the internal cycle elsewhere, but not on this map.
    const owner = await as(BABAR_COORDINATOR);
    expect((await owner.get(`/api/cycles/${internal}/internal/ranking`)).statusCode).not.toBe(404);
    expect((await owner.get(`/api/dashboard/map?cycleId=${internal}`)).statusCode).toBe(404);
  });

  it('bad input: a malformed cycle id is a 400 naming the field', async () => {
    const admin = await as('admin@patuh.local');
    const res = await admin.get('/api/dashboard/map?cycleId=bukan-id');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.cycleId).toEqual(expect.any(String));
  });
});
