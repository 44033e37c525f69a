/**
 * Verification with items the units left blank (issue 10): bulk accept covers what the view
 * shows (one unit, the entity level, or the whole government), items come in the framework's
 * order, the head can move on with blank items left unverified (every answered one must be
 * verified, and the refusal counts both), and the closed score counts the blanks as 0
 * (REFERENCE §10 rule 2) without any verified 0 written in an assessor's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnanswered, RaporUnitGapsSchema } from '../../../../shared/contracts/rapor';
import type { Framework } from '../../../../shared/frameworks/framework.schema';
import { indicatorDefinitions } from '../../../../shared/frameworks/indicator-definitions';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../../test/harness';
import { syncBuiltInFrameworks } from '../../frameworks/frameworks.sync';
import { PHASE_DATES } from '../common/assessment-fixtures';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
});
afterAll(async () => ctx.close());

const json = <T>(res: { statusCode: number; body: string; json: () => T }, status = 200): T => {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(status);
  return res.json();
};

interface VerifyItem {
  answerId: string;
  indicator: string;
  unitId: string | null;
  productId: string | null;
  selfValue: number | null;
  selfNa: boolean;
  verifyStatus: string;
  verifiedValue: number | null;
  scaleMax: number;
}

/** Every expected item answered at its maximum, except the ones `blank` picks. */
async function fill(agent: Agent, cycleId: string, path: string, blank: (n: number) => boolean) {
  const list = json<{ items: Array<{ answerId: string; indicator: string }> }>(await agent.get(path));
  const fw = json<{ definition: Framework }>(await agent.get('/api/frameworks/ombudsman-2022-2024'));
  const defs = indicatorDefinitions(fw.definition);
  const answers = list.items
    .filter((_i, n) => !blank(n))
    .map((i) => ({ answerId: i.answerId, value: defs.get(i.indicator)!.scale.max }));
  json(await agent.request('PUT', `/api/cycles/${cycleId}/answers`, { answers }));
  return { total: list.items.length, blank: list.items.length - answers.length };
}

/** Appeals are listed in the framework's order whatever order they were made in. */
async function appealsInFrameworkOrderFor(t: Tenant, cycleId: string, items: VerifyItem[]) {
  const coord = await t.as('gov_coordinator');
  const assessor = await t.as('assessor');
  const answered = items.filter((i) => i.unitId === t.unitId && i.productId && i.selfValue !== null);
  const p10 = answered.find((i) => i.indicator === 'PROSES.10')!;
  const p2 = answered.find((i) => i.indicator === 'PROSES.2')!;
  const ids: string[] = [];
  // PROSES.2 first: newest-first (the old order) would list PROSES.10 first
  for (const item of [p2, p10])
    ids.push(
      json<{ id: string }>(
        await coord.post(`/api/answers/${item.answerId}/appeals`, { reason: 'Bukti baru terlampir' }),
        201,
      ).id,
    );
  const list = json<{ items: Array<{ id: string; indicator: string }> }>(
    await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/appeals`),
  ).items;
  expect(list.map((a) => a.indicator)).toEqual(['PROSES.2', 'PROSES.10']);
  for (const id of ids)
    json(await assessor.post(`/api/appeals/${id}/respond`, { decision: 'reject', response: 'Tetap' }));
}

describe('verification with blank items', () => {
  let t: Tenant;
  let cycleId: string;
  let blanks = 0;
  let items: VerifyItem[];
  const verification = () => `/api/cycles/${cycleId}/governments/${t.governmentId}/verification`;
  const appealsInFrameworkOrder = () => appealsInFrameworkOrderFor(t, cycleId, items);

  it('the units answer every item at its maximum but leave some blank', async () => {
    t = await makeTenant(ctx);
    const head = await t.as('oversight_head');
    cycleId = json<{ id: string }>(
      await head.post('/api/cycles', {
        year: 2024,
        name: 'Kosong',
        frameworkId: 'ombudsman-2022-2024',
        ...PHASE_DATES,
      }),
      201,
    ).id;
    json(await head.post(`/api/cycles/${cycleId}/governments`, { governmentIds: [t.governmentId] }));
    json(await head.post(`/api/cycles/${cycleId}/governments/${t.governmentId}/sample/default`));
    json(
      await head.request('PUT', `/api/cycles/${cycleId}/governments/${t.governmentId}/assessors`, {
        userIds: [t.userIds.assessor],
      }),
    );
    json(await head.post(`/api/cycles/${cycleId}/advance`, { to: 'self_assessment' }));
    const coord = await t.as('gov_coordinator');
    for (const unitId of [t.unitId, t.childUnitId, t.otherUnitId])
      blanks += (
        await fill(coord, cycleId, `/api/cycles/${cycleId}/units/${unitId}/checklist`, (n) => n % 7 === 2)
      ).blank;
    blanks += (
      await fill(
        coord,
        cycleId,
        `/api/cycles/${cycleId}/governments/${t.governmentId}/checklist`,
        (n) => n === 0,
      )
    ).blank;
    expect(blanks).toBeGreaterThan(3);
    json(await head.post(`/api/cycles/${cycleId}/advance`, { to: 'verification' }));
  });

  it('lists the items of each unit and product in the framework’s order, not by code text', async () => {
    const assessor = await t.as('assessor');
    items = json<{ items: VerifyItem[] }>(await assessor.get(verification())).items;
    const fw = json<{ definition: Framework }>(await assessor.get('/api/frameworks/ombudsman-2022-2024'));
    const order = (code: string) => indicatorDefinitions(fw.definition).get(code)!.order;
    const groups = new Map<string, number[]>();
    for (const i of items) {
      const key = `${i.unitId}|${i.productId}`;
      groups.set(key, [...(groups.get(key) ?? []), order(i.indicator)]);
    }
    for (const orders of groups.values()) expect(orders).toEqual([...orders].sort((a, b) => a - b));
    // PROSES.2 comes before PROSES.10 (as text they would not)
    const codes = items.filter((i) => i.unitId === t.unitId && i.productId).map((i) => i.indicator);
    expect(codes.indexOf('PROSES.2')).toBeLessThan(codes.indexOf('PROSES.10'));
    expect(codes.indexOf('PROSES.10')).toBeGreaterThan(-1);
  });

  it('bulk accept covers what the view shows: one unit, then the entity level', async () => {
    const assessor = await t.as('assessor');
    const answered = (i: VerifyItem) => i.selfValue !== null || i.selfNa;
    const both = await assessor.post(`${verification()}/accept`, { entity: true, unitId: t.unitId });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.fields.unitId).toMatch(/tidak keduanya/);
    const one = json<{ accepted: number }>(
      await assessor.post(`${verification()}/accept`, { unitId: t.otherUnitId }),
    );
    expect(one.accepted).toBe(items.filter((i) => i.unitId === t.otherUnitId && answered(i)).length);
    let now = json<{ items: VerifyItem[] }>(await assessor.get(verification())).items;
    expect(now.filter((i) => i.verifyStatus !== 'pending').every((i) => i.unitId === t.otherUnitId)).toBe(
      true,
    );
    const entity = json<{ accepted: number }>(
      await assessor.post(`${verification()}/accept`, { entity: true }),
    );
    expect(entity.accepted).toBe(items.filter((i) => i.unitId === null && answered(i)).length);
    now = json<{ items: VerifyItem[] }>(await assessor.get(verification())).items;
    const accepted = now.filter((i) => i.verifyStatus !== 'pending');
    expect(accepted).toHaveLength(one.accepted + entity.accepted);
    expect(accepted.every((i) => i.unitId === t.otherUnitId || i.unitId === null)).toBe(true);
  });

  it('refuses the appeal phase while answered items are unverified, and counts them apart from blanks', async () => {
    const head = await t.as('oversight_head');
    const now = json<{ items: VerifyItem[] }>(await (await t.as('assessor')).get(verification())).items;
    const unverified = now.filter((i) => i.verifyStatus === 'pending' && (i.selfValue !== null || i.selfNa));
    const res = await head.post(`/api/cycles/${cycleId}/advance`, { to: 'appeal' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toBe('Masih ada butir yang dijawab tetapi belum diverifikasi.');
    expect(res.json().error.fields.to).toBe(
      `${unverified.length} butir yang dijawab belum diverifikasi (terima atau tetapkan nilainya). ` +
        `${blanks} butir tidak dijawab tidak perlu diverifikasi: dihitung 0.`,
    );
  });

  it('with every answered item verified the head moves on; blank items stay unverified, never a verified 0', async () => {
    const head = await t.as('oversight_head');
    const assessor = await t.as('assessor');
    json(await assessor.post(`${verification()}/accept`, {}));
    const before = json<{ score: number | null }>(
      await head.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/result`),
    );
    // every answer is at its maximum and blanks are left out while the cycle is open
    expect(before.score).toBe(100);
    json(await head.post(`/api/cycles/${cycleId}/advance`, { to: 'appeal' }));
    await appealsInFrameworkOrder();
    json(await head.post(`/api/cycles/${cycleId}/advance`, { to: 'final' }));
    const now = json<{ items: VerifyItem[] }>(await assessor.get(verification())).items;
    const left = now.filter((i) => i.verifyStatus === 'pending');
    expect(left).toHaveLength(blanks);
    expect(left.every((i) => i.selfValue === null && !i.selfNa && i.verifiedValue === null)).toBe(true);
    // closed: the blanks count 0 (REFERENCE §10 rule 2)
    const after = json<{ score: number | null; missing: number }>(
      await head.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/result`),
    );
    expect(after.score).toBeLessThan(100);
    expect(after.missing).toBe(blanks);
    // the rapor names a blank item as unanswered, not as a verified value
    const gaps = RaporUnitGapsSchema.parse(
      json(await head.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/rapor/units/${t.unitId}`)),
    ).gaps;
    const examples = gaps.flatMap((g) => g.examples);
    expect(examples.length).toBeGreaterThan(0);
    expect(examples.every(isUnanswered)).toBe(true);
  });
});
