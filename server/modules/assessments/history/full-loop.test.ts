/**
 * Issue 17's full loop, through the HTTP API: the 2023 cycle is released with a saran perbaikan on
 * an indicator → the item exists → the unit's PIC answers with a file → the coordinator sends it →
 * the office verifies it done → the 2024 cycle, on a copy of the framework where that indicator's
 * code changed and a custom crosswalk row maps it, shows beside its checklist the 2023 value and
 * the item done. Reach is the checklist's.
 */
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreviousCycle, SinceLastYear } from '../../../../shared/contracts/crosswalk';
import type { FrameworkDetail } from '../../../../shared/contracts/frameworks';
import type { Framework, FrameworkNode } from '../../../../shared/frameworks/framework.schema';
import { followupItems } from '../../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../../test/harness';
import { syncBuiltInFrameworks } from '../../frameworks/frameworks.sync';
import { PDF_MIN, PHASE_DATES } from '../common/assessment-fixtures';

let ctx: TestContext;
let t: Tenant;
let head: Agent;
let coord: Agent;
let pic: Agent;
beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
  t = await makeTenant(ctx);
  head = await t.as('oversight_head');
  coord = await t.as('gov_coordinator');
  pic = await t.as('unit_pic');
});
afterAll(async () => ctx?.close());

const OLD = 'INPUT.SARPRAS.4';
const NEW = 'INPUT.SARPRAS.4B';

function ok<T>(res: { statusCode: number; body: string; json: () => T }, what: string): T {
  expect(res.statusCode, `${what}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

/** A cycle with the tenant's government and its unit, opened for self-assessment. */
async function openCycle(year: number, frameworkId: string): Promise<string> {
  const cycle = ok<{ id: string }>(
    await head.post('/api/cycles', { year, name: `Loop ${year}`, frameworkId, ...PHASE_DATES }),
    'cycle',
  );
  ok(await head.post(`/api/cycles/${cycle.id}/governments`, { governmentIds: [t.governmentId] }), 'gov');
  ok(await head.post(`/api/cycles/${cycle.id}/units`, { unitId: t.unitId }), 'unit');
  ok(await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'self_assessment' }), 'self');
  return cycle.id;
}

function answerForm(fields: Record<string, string>, file: { name: string; type: string; body: Buffer }) {
  const b = `loop${crypto.randomBytes(4).toString('hex')}`;
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  parts.push(
    Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.body,
    Buffer.from(`\r\n--${b}--\r\n`),
  );
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${b}` } };
}

type Item = { id: string; status: string; version: number };

describe('the full loop: 2023 saran perbaikan → answered, sent, verified → seen by 2024 through the crosswalk', () => {
  let cycle2023: string;
  let cycle2024: string;
  let itemId: string;

  it('2023: answered, verified, a saran perbaikan on INPUT.SARPRAS.4, published and released → an item exists', async () => {
    cycle2023 = await openCycle(2023, 'ombudsman-2022-2024');
    type Cell = { answerId: string; indicator: string };
    const cells = [
      ...ok<{ items: Cell[] }>(
        await coord.get(`/api/cycles/${cycle2023}/units/${t.unitId}/checklist`),
        'list',
      ).items,
      ...ok<{ items: Cell[] }>(
        await coord.get(`/api/cycles/${cycle2023}/governments/${t.governmentId}/checklist`),
        'entity',
      ).items,
    ];
    ok(
      await coord.request('PUT', `/api/cycles/${cycle2023}/answers`, {
        answers: cells.map((c) => ({ answerId: c.answerId, value: c.indicator === OLD ? 2 : 3 })),
      }),
      'answers',
    );
    ok(await head.post(`/api/cycles/${cycle2023}/advance`, { to: 'verification' }), 'verification');
    ok(
      await head.post(`/api/cycles/${cycle2023}/governments/${t.governmentId}/verification/accept`, {}),
      'accept',
    );
    // The assessor's saran perbaikan names the indicator (and its due date).
    const point = ok<{ id: string; indicatorCode: string | null }>(
      await head.post(`/api/cycles/${cycle2023}/governments/${t.governmentId}/improvements`, {
        unitId: t.unitId,
        indicatorCode: OLD,
        dueOn: '2024-03-31',
        text: 'Sediakan jaminan keamanan dan keselamatan pelayanan yang tertulis',
      }),
      'improvement point',
    );
    expect(point.indicatorCode).toBe(OLD);
    ok(await head.post(`/api/cycles/${cycle2023}/advance`, { to: 'appeal' }), 'appeal');
    ok(await head.post(`/api/cycles/${cycle2023}/advance`, { to: 'final' }), 'final');
    ok(await head.post(`/api/cycles/${cycle2023}/approve`), 'approve');
    const itemsOfPoint = () =>
      ctx.database.db
        .select()
        .from(followupItems)
        .where(and(eq(followupItems.cycleId, cycle2023), eq(followupItems.improvementPointId, point.id)));
    expect(await itemsOfPoint()).toHaveLength(0);
    // The release raises the point's saran perbaikan (server/modules/followups/sources).
    ok(await head.post(`/api/cycles/${cycle2023}/releases`, {}), 'release');
    const items = await itemsOfPoint();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      dueOn: '2024-03-31',
      kind: 'saran_perbaikan',
      issuer: 'office',
      sourceType: 'cycle',
      indicatorCode: OLD,
      unitId: t.unitId,
      status: 'terbuka',
    });
    itemId = items[0]!.id;
  });

  it('the PIC answers with a file, the coordinator sends, the office verifies it done', async () => {
    const before = ok<Item>(await pic.get(`/api/followups/${itemId}`), 'detail');
    const form = answerForm(
      { version: String(before.version), note: 'SOP keamanan dan keselamatan pelayanan sudah ditetapkan' },
      { name: 'sop.pdf', type: 'application/pdf', body: PDF_MIN },
    );
    const answered = ok<Item>(
      await pic.request('POST', `/api/followups/${itemId}/answer`, form.body, form.headers),
      'answer',
    );
    expect(answered.status).toBe('dijawab');
    const sent = ok<{ items: Item[] }>(
      await coord.post('/api/followups/send', { items: [{ id: itemId, version: answered.version }] }),
      'send',
    );
    expect(sent.items[0]!.status).toBe('dikirim');
    const verified = ok<Item>(
      await head.post(`/api/followups/${itemId}/verify`, {
        decision: 'selesai',
        version: sent.items[0]!.version,
      }),
      'verify',
    );
    expect(verified.status).toBe('selesai');
  });

  it('2024 on a copy where the code changed: without a crosswalk row no history; with it, 2: 2 / 3 and done', async () => {
    const admin = await t.as('admin');
    const copy = ok<FrameworkDetail>(
      await admin.post('/api/frameworks/ombudsman-2022-2024/duplicate', {
        id: `uji-loop-${crypto.randomBytes(3).toString('hex')}`,
        version: '2024.1',
        name: 'Penilaian Kepatuhan 2024 (salinan uji)',
      }),
      'duplicate',
    );
    const def = structuredClone(copy.definition) as unknown as Framework;
    const find = (nodes: FrameworkNode[]): FrameworkNode | undefined =>
      nodes.map((n) => (n.code === OLD ? n : n.children ? find(n.children) : undefined)).find(Boolean);
    find(def.nodes)!.code = NEW;
    ok(await admin.request('PUT', `/api/frameworks/${copy.id}`, { definition: def }), 'rename');
    cycle2024 = await openCycle(2024, copy.id);

    const url = `/api/cycles/${cycle2024}/units/${t.unitId}/previous`;
    const unmapped = ok<PreviousCycle>(await pic.get(url), 'previous');
    expect(unmapped.previous).toMatchObject({ id: cycle2023, year: 2023 });
    expect(unmapped.indicators.find((i) => i.indicator === NEW)).toMatchObject({
      previousCodes: [],
      items: [],
    });
    // Unchanged codes of a copy find their history without a row.
    expect(unmapped.indicators.find((i) => i.indicator === 'INPUT.SARPRAS.1')).toMatchObject({
      previousCodes: ['INPUT.SARPRAS.1'],
      value: 3,
      max: 3,
      items: [],
    });

    ok(
      await admin.post(`/api/frameworks/${copy.id}/crosswalk`, {
        fromFrameworkId: 'ombudsman-2022-2024',
        fromCode: OLD,
        toCode: NEW,
        note: 'kode diganti pada salinan 2024',
      }),
      'crosswalk',
    );
    for (const agent of [pic, coord, head]) {
      const seen = ok<PreviousCycle>(await agent.get(url), 'previous');
      const row = seen.indicators.find((i) => i.indicator === NEW);
      expect(row).toMatchObject({ previousCodes: [OLD], value: 2, max: 3 });
      expect(row!.items).toEqual([
        expect.objectContaining({
          id: itemId,
          kind: 'saran_perbaikan',
          status: 'selesai',
          done: true,
          indicatorCode: OLD,
        }),
      ]);
    }
    const since = ok<SinceLastYear>(
      await head.get(`/api/cycles/${cycle2024}/governments/${t.governmentId}/since-last-year`),
      'since',
    );
    expect(since.previous?.year).toBe(2023);
    expect(since.units).toEqual([expect.objectContaining({ unitId: t.unitId, done: 1, notDone: 0 })]);
  });

  it('is reach-scoped like the checklist: another office 404, a PIC on the government view 404', async () => {
    const other = await makeTenant(ctx);
    const stranger = await other.as('oversight_head');
    expect((await stranger.get(`/api/cycles/${cycle2024}/units/${t.unitId}/previous`)).statusCode).toBe(404);
    expect(
      (await stranger.get(`/api/cycles/${cycle2024}/governments/${t.governmentId}/since-last-year`))
        .statusCode,
    ).toBe(404);
    expect(
      (await pic.get(`/api/cycles/${cycle2024}/governments/${t.governmentId}/previous`)).statusCode,
    ).toBe(404);
    const entity = ok<PreviousCycle>(
      await coord.get(`/api/cycles/${cycle2024}/governments/${t.governmentId}/previous`),
      'entity',
    );
    expect(entity.indicators.find((i) => i.indicator === 'OUTPUT.1')).toMatchObject({ value: 3, items: [] });
    // The 2023 cycle has no earlier one.
    const first = ok<PreviousCycle>(
      await pic.get(`/api/cycles/${cycle2023}/units/${t.unitId}/previous`),
      'first',
    );
    expect(first).toEqual({ cycleId: cycle2023, previous: null, indicators: [] });
  });
});
