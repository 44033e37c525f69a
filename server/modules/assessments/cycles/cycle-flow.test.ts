/**
 * The whole cycle through the API with its roles: plan → sample → PIC fills + evidence + submit →
 * lock → assessor verifies (accept, adjust with reason) → field visit → appeal → answer → new
 * score version → head approves → published → rapor. Plus tenancy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RaporSchema, RaporUnitGapsSchema } from '../../../../shared/contracts/rapor';
import type { Framework } from '../../../../shared/frameworks/framework.schema';
import { indicatorDefinitions } from '../../../../shared/frameworks/indicator-definitions';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../../test/harness';
import { syncBuiltInFrameworks } from '../../frameworks/frameworks.sync';
import { multipartFile, PDF_MIN, PHASE_DATES, PNG_1PX } from '../common/assessment-fixtures';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
});
afterAll(async () => ctx.close());

interface Item {
  answerId: string;
  indicator: string;
  answered: boolean;
  evidence: unknown[];
  verified: { status: string; value: number | null } | null;
}
interface Checklist {
  editable: boolean;
  progress: { answered: number; total: number };
  framework: { id: string; version: string };
  items: Item[];
  unit: { selfStatus: string } | null;
}

const json = <T>(res: { statusCode: number; body: string; json: () => T }, status = 200): T => {
  expect(res.statusCode, res.body.slice(0, 400)).toBe(status);
  return res.json();
};

async function fill(
  agent: Agent,
  cycleId: string,
  items: Item[],
  value: (i: Item, n: number) => number | 'NA',
) {
  const answers = items.map((i, n) => {
    const v = value(i, n);
    return v === 'NA' ? { answerId: i.answerId, na: true } : { answerId: i.answerId, value: v };
  });
  json(await agent.request('PUT', `/api/cycles/${cycleId}/answers`, { answers }));
}

describe('an assessment cycle end to end', () => {
  let t: Tenant;
  let other: Tenant;
  let cycleId: string;

  it('plans a cycle: ordered phase dates, governments of the office, default sample, assessors', async () => {
    t = await makeTenant(ctx);
    other = await makeTenant(ctx);
    const head = await t.as('oversight_head');
    const bad = await head.post('/api/cycles', {
      year: 2024,
      name: 'Uji',
      frameworkId: 'ombudsman-2022-2024',
      ...PHASE_DATES,
      selfEnd: '2024-02-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.selfEnd).toMatch(/berurutan/);
    const unknown = await head.post('/api/cycles', {
      year: 2024,
      name: 'Uji',
      frameworkId: 'tidak-ada',
      ...PHASE_DATES,
    });
    expect(unknown.json().error.fields.frameworkId).toBeTruthy();

    const cycle = json<{ id: string; status: string }>(
      await head.post('/api/cycles', {
        year: 2024,
        name: 'Penilaian Kepatuhan 2024',
        frameworkId: 'ombudsman-2022-2024',
        ...PHASE_DATES,
      }),
      201,
    );
    cycleId = cycle.id;
    expect(cycle.status).toBe('planning');
    // A government overseen by another office cannot be added.
    const foreign = await head.post(`/api/cycles/${cycleId}/governments`, {
      governmentIds: [other.governmentId],
    });
    expect(foreign.statusCode).toBe(400);
    json(await head.post(`/api/cycles/${cycleId}/governments`, { governmentIds: [t.governmentId] }));
    const sample = json<{ units: Array<{ unitId: string; products: unknown[] }> }>(
      await head.post(`/api/cycles/${cycleId}/governments/${t.governmentId}/sample/default`),
    );
    // REFERENCE §1.3: the health OPD with its Puskesmas, and the education OPD.
    expect(sample.units.map((u) => u.unitId).sort()).toEqual([t.unitId, t.childUnitId, t.otherUnitId].sort());
    expect(sample.units.find((u) => u.unitId === t.unitId)!.products).toHaveLength(1);
    const notAssessor = await head.request(
      'PUT',
      `/api/cycles/${cycleId}/governments/${t.governmentId}/assessors`,
      { userIds: [t.userIds.gov_coordinator] },
    );
    expect(notAssessor.statusCode).toBe(400);
    json(
      await head.request('PUT', `/api/cycles/${cycleId}/governments/${t.governmentId}/assessors`, {
        userIds: [t.userIds.assessor],
      }),
    );
    // Skipping a phase is refused.
    expect((await head.post(`/api/cycles/${cycleId}/advance`, { to: 'verification' })).statusCode).toBe(409);
    json(await head.post(`/api/cycles/${cycleId}/advance`, { to: 'self_assessment' }));
  });

  it('the PIC fills the checklist of their unit, uploads evidence and submits; the unit is then locked', async () => {
    const pic = await t.as('unit_pic');
    const list = json<Checklist>(await pic.get(`/api/cycles/${cycleId}/units/${t.unitId}/checklist`));
    expect(list.editable).toBe(true);
    // 15 input + 6 complaint indicators per unit, 12 process indicators × 1 product; no entity-level items.
    expect(list.progress).toEqual({ answered: 0, total: 33 });
    // The definitions come from the cycle's framework, read once; the checklist names it.
    expect(list.framework.id).toBe('ombudsman-2022-2024');
    const fw = json<{ definition: Framework }>(await pic.get(`/api/frameworks/${list.framework.id}`));
    const defs = indicatorDefinitions(fw.definition);
    const levels = new Set(list.items.map((i) => defs.get(i.indicator)?.level));
    expect([...levels].sort()).toEqual(['product', 'unit']);
    expect(new Set(list.items.map((i) => i.indicator)).size).toBe(33); // one product: one cell per indicator
    expect(list.items.every((i) => i.verified === null)).toBe(true);

    const outOfScale = await pic.request('PUT', `/api/cycles/${cycleId}/answers`, {
      answers: [{ answerId: list.items[0]!.answerId, value: 4 }],
    });
    expect(outOfScale.statusCode).toBe(400);
    expect(outOfScale.json().error.fields['answers.0.value']).toMatch(/0 dan 3/);

    await fill(pic, cycleId, list.items, (_i, n) => (n % 5 === 0 ? 2 : 3));
    const file = multipartFile('maklumat.pdf', PDF_MIN, 'application/pdf');
    const ev = await pic.request(
      'POST',
      `/api/answers/${list.items[0]!.answerId}/evidence?madeOn=2024-03-05`,
      file.body,
      file.headers,
    );
    expect(ev.statusCode, ev.body).toBe(201);
    expect(ev.json().madeOn).toBe('2024-03-05');
    const photo = multipartFile('foto.png', PNG_1PX, 'image/png');
    expect(
      (
        await pic.request(
          'POST',
          `/api/answers/${list.items[0]!.answerId}/evidence`,
          photo.body,
          photo.headers,
        )
      ).statusCode,
    ).toBe(201);
    const text = multipartFile('catatan.txt', Buffer.from('bukan bukti'), 'text/plain');
    expect(
      (await pic.request('POST', `/api/answers/${list.items[0]!.answerId}/evidence`, text.body, text.headers))
        .statusCode,
    ).toBe(415);

    const after = json<Checklist>(await pic.get(`/api/cycles/${cycleId}/units/${t.unitId}/checklist`));
    expect(after.progress).toEqual({ answered: 33, total: 33 });
    expect(after.items[0]!.evidence).toHaveLength(2);
    const dl = await pic.get(`/api/evidence/${ev.json().id}/file`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');

    json(await pic.post(`/api/cycles/${cycleId}/units/${t.unitId}/submit`));
    const locked = await pic.request('PUT', `/api/cycles/${cycleId}/answers`, {
      answers: [{ answerId: list.items[1]!.answerId, value: 1 }],
    });
    expect(locked.statusCode).toBe(409);
    expect((await pic.post(`/api/cycles/${cycleId}/units/${t.unitId}/submit`)).statusCode).toBe(409);
  });

  it('keeps other units and other tenants out (404)', async () => {
    const pic = await t.as('unit_pic');
    expect((await pic.get(`/api/cycles/${cycleId}/units/${t.otherUnitId}/checklist`)).statusCode).toBe(404);
    // The PIC's unit includes the Puskesmas below it.
    expect((await pic.get(`/api/cycles/${cycleId}/units/${t.childUnitId}/checklist`)).statusCode).toBe(200);
    expect((await pic.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/checklist`)).statusCode).toBe(
      404,
    );
    // A batch of answers is checked as one set: a single cell of a unit the PIC does not hold
    // refuses the whole batch as missing, even beside a cell the PIC may fill.
    const coord = await t.as('gov_coordinator');
    const theirs = json<{ items: Array<{ answerId: string }> }>(
      await coord.get(`/api/cycles/${cycleId}/units/${t.otherUnitId}/checklist`),
    );
    const mine = json<{ items: Array<{ answerId: string }> }>(
      await pic.get(`/api/cycles/${cycleId}/units/${t.childUnitId}/checklist`),
    );
    const cell = (answerId: string) => ({ answerId, na: true });
    const mixed = await pic.request('PUT', `/api/cycles/${cycleId}/answers`, {
      answers: [cell(mine.items[0]!.answerId), cell(theirs.items[0]!.answerId)],
    });
    expect(mixed.statusCode).toBe(404);
    for (const role of ['unit_pic', 'gov_coordinator', 'oversight_head', 'assessor'] as const) {
      const stranger = await other.as(role);
      expect((await stranger.get(`/api/cycles/${cycleId}`)).statusCode, role).toBe(404);
      expect(
        (await stranger.get(`/api/cycles/${cycleId}/units/${t.unitId}/checklist`)).statusCode,
        role,
      ).toBe(404);
      const cycles = json<{ items: Array<{ id: string }> }>(await stranger.get('/api/cycles'));
      expect(cycles.items.map((c) => c.id)).not.toContain(cycleId);
    }
  });

  it('the coordinator fills the other units and the entity-level items and follows progress', async () => {
    const coord = await t.as('gov_coordinator');
    for (const unitId of [t.childUnitId, t.otherUnitId]) {
      const list = json<Checklist>(await coord.get(`/api/cycles/${cycleId}/units/${unitId}/checklist`));
      await fill(coord, cycleId, list.items, (_i, n) => (n === 3 ? 'NA' : n % 4 === 0 ? 1 : 3));
      json(await coord.post(`/api/cycles/${cycleId}/units/${unitId}/submit`));
    }
    const entity = json<Checklist>(
      await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/checklist`),
    );
    expect(entity.items).toHaveLength(5);
    await fill(coord, cycleId, entity.items, () => 2);
    const progress = json<{
      units: Array<{ answered: number; total: number; selfStatus: string }>;
      entity: { answered: number; total: number };
    }>(await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/progress`));
    expect(progress.units).toHaveLength(3);
    expect(progress.units.every((u) => u.answered === u.total && u.selfStatus === 'submitted')).toBe(true);
    expect(progress.entity).toEqual({ answered: 5, total: 5 });
    // Before publication government roles see no scores.
    expect((await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/result`)).statusCode).toBe(
      409,
    );
  });

  let adjustedId: string;
  it('the assigned assessor verifies: accept, adjust with a required reason, bulk accept, field visit, improvement points', async () => {
    const head = await t.as('oversight_head');
    const assessor = await t.as('assessor');
    const early = await assessor.post(`/api/answers/${(await firstItem(assessor)).answerId}/verify`, {
      action: 'accept',
    });
    expect(early.statusCode).toBe(409);
    json(await head.post(`/api/cycles/${cycleId}/advance`, { to: 'verification' }));

    const items = json<{
      items: Array<{
        answerId: string;
        selfValue: number | null;
        verifyStatus: string;
        unitId: string | null;
      }>;
    }>(await assessor.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/verification`)).items;
    expect(items.length).toBe(33 * 3 + 5);
    const [first, second] = items.filter((i) => i.unitId === t.unitId && i.selfValue === 3);
    const accepted = json<{ verifyStatus: string; verifiedValue: number }>(
      await assessor.post(`/api/answers/${first!.answerId}/verify`, { action: 'accept' }),
    );
    expect(accepted).toMatchObject({ verifyStatus: 'accepted', verifiedValue: 3 });
    const noReason = await assessor.post(`/api/answers/${second!.answerId}/verify`, {
      action: 'adjust',
      value: 1,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.reason).toMatch(/Alasan wajib/);
    const adjusted = json<{ verifyStatus: string; verifiedValue: number; verifyReason: string }>(
      await assessor.post(`/api/answers/${second!.answerId}/verify`, {
        action: 'adjust',
        value: 1,
        reason: 'Maklumat tidak terpampang saat kunjungan',
      }),
    );
    expect(adjusted).toMatchObject({ verifyStatus: 'adjusted', verifiedValue: 1 });
    adjustedId = second!.answerId;
    const bulk = json<{ accepted: number; score: number }>(
      await assessor.post(`/api/cycles/${cycleId}/governments/${t.governmentId}/verification/accept`, {}),
    );
    expect(bulk.accepted).toBe(items.length - 2);
    const visit = json<{ id: string }>(
      await assessor.post(`/api/cycles/${cycleId}/governments/${t.governmentId}/visits`, {
        unitId: t.unitId,
        visitedOn: '2024-05-14',
        unannounced: true,
        notes: 'Ruang tunggu tanpa kursi prioritas',
      }),
      201,
    );
    const photo = multipartFile('kunjungan.png', PNG_1PX, 'image/png');
    expect(
      (await assessor.request('POST', `/api/visits/${visit.id}/photos`, photo.body, photo.headers))
        .statusCode,
    ).toBe(201);
    json(
      await assessor.post(`/api/cycles/${cycleId}/governments/${t.governmentId}/improvements`, {
        text: 'Sediakan kursi prioritas bagi kelompok rentan',
        unitId: t.unitId,
      }),
      201,
    );
    json(
      await assessor.post(`/api/cycles/${cycleId}/governments/${t.governmentId}/improvements`, {
        text: 'Tetapkan standar pelayanan untuk semua produk',
      }),
      201,
    );
    // Versions are written at events, not at edits (issue 10). Closing self-assessment wrote none
    // here (this framework does not let self values stand in, so there was no score yet), and the
    // verification edits above none either, though each of them updated the live score.
    const history = json<{ items: Array<{ reason: string }> }>(
      await head.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/history`),
    );
    expect(history.items).toEqual([]);
    const live = json<{ score: number; version: number }>(
      await head.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/result`),
    );
    expect(live.score).toBe(bulk.score);
    expect(live.score).toBeGreaterThan(0);
    expect(live.version).toBe(0);
  });

  async function firstItem(agent: Agent) {
    const list = json<{ items: Array<{ answerId: string }> }>(
      await agent.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/verification`),
    );
    return list.items[0]!;
  }

  it('appeal: the coordinator contests an adjusted item, the assessor accepts, a new score version is written', async () => {
    const head = await t.as('oversight_head');
    const coord = await t.as('gov_coordinator');
    const assessor = await t.as('assessor');
    json(await head.post(`/api/cycles/${cycleId}/advance`, { to: 'appeal' }));
    // From the appeal phase on, government roles see the verified values they may contest.
    const pic = await t.as('unit_pic');
    const list = json<Checklist>(await pic.get(`/api/cycles/${cycleId}/units/${t.unitId}/checklist`));
    expect(list.items.find((i) => i.answerId === adjustedId)!.verified).toMatchObject({
      status: 'adjusted',
      value: 1,
    });

    // Closing verification wrote its version.
    const closed = json<{ items: Array<{ version: number; reason: string }> }>(
      await head.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/history`),
    ).items;
    expect(closed.map((h) => h.reason)).toEqual(['verifikasi']);
    const before = closed[0]!.version;
    const appeal = json<{ id: string; status: string }>(
      await coord.post(`/api/answers/${adjustedId}/appeals`, {
        reason: 'Maklumat terpasang di loket 2, foto terlampir',
        requestedValue: 3,
      }),
      201,
    );
    const file = multipartFile('loket2.png', PNG_1PX, 'image/png');
    expect(
      (await coord.request('POST', `/api/appeals/${appeal.id}/files`, file.body, file.headers)).statusCode,
    ).toBe(201);
    expect((await coord.post(`/api/answers/${adjustedId}/appeals`, { reason: 'lagi' })).statusCode).toBe(409);
    // Final phase waits for open appeals.
    expect((await head.post(`/api/cycles/${cycleId}/advance`, { to: 'final' })).statusCode).toBe(409);
    const answered = json<{ status: string; version: number }>(
      await assessor.post(`/api/appeals/${appeal.id}/respond`, {
        decision: 'accept',
        response: 'Foto membuktikan maklumat terpasang',
      }),
    );
    expect(answered.status).toBe('accepted');
    expect(answered.version).toBe(before + 1);
    const history = json<{ items: Array<{ version: number; reason: string }> }>(
      await head.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/history`),
    );
    expect(history.items[0]).toMatchObject({ version: before + 1, reason: 'banding' });
    const appeals = json<{ items: Array<{ status: string; fileCount: number }> }>(
      await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/appeals`),
    );
    expect(appeals.items[0]).toMatchObject({ status: 'accepted', fileCount: 1 });
  });

  it('the head approves; results are published with rank among peers; the rapor has the contract shape', async () => {
    const head = await t.as('oversight_head');
    const coord = await t.as('gov_coordinator');
    expect((await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/rapor`)).statusCode).toBe(
      409,
    );
    json(await head.post(`/api/cycles/${cycleId}/advance`, { to: 'final' }));
    expect((await head.post(`/api/cycles/${cycleId}/advance`, { to: 'published' })).statusCode).toBe(409);
    const published = json<{ status: string; approvedAt: string | null }>(
      await head.post(`/api/cycles/${cycleId}/approve`),
    );
    expect(published.status).toBe('published');
    expect(published.approvedAt).not.toBeNull();

    const result = json<{
      score: number;
      band: { code: string; zone: string };
      rank: number;
      peers: number;
      dimensions: Array<{ code: string; score: number }>;
    }>(await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/result`));
    expect(result.score).toBeGreaterThan(0);
    expect(result.rank).toBe(1);
    expect(result.peers).toBe(1);
    expect(result.dimensions.map((d) => d.code)).toEqual(['INPUT', 'PROSES', 'OUTPUT', 'PENGADUAN']);
    const history = json<{ items: Array<{ reason: string }> }>(
      await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/history`),
    );
    // One version per event: verification closed, the appeal decided, the final phase, approval.
    expect(history.items.map((h) => h.reason)).toEqual(['persetujuan', 'final', 'banding', 'verifikasi']);

    const rapor = RaporSchema.parse(
      json(await coord.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/rapor`)),
    );
    expect(rapor.score).toBe(result.score);
    expect(rapor.units).toHaveLength(3);
    expect(rapor.views[0]!.groups.map((g) => g.code)).toEqual(['patuh', 'bersih', 'baik', 'taat']);
    expect(rapor.improvementPoints).toEqual(['Tetapkan standar pelayanan untuk semua produk']);
    const opd = rapor.units.find((u) => u.unitId === t.unitId)!;
    expect(opd.improvementPoints).toEqual(['Sediakan kursi prioritas bagi kelompok rentan']);
    // Items answered 2 by the PIC are below the maximum of 3: pemetaan kekurangan, loaded per unit.
    // Grouped per indicator: each group counts the answers below the maximum among those assessed.
    const unitGapsUrl = (unitId: string) =>
      `/api/cycles/${cycleId}/governments/${t.governmentId}/rapor/units/${unitId}`;
    const { gaps } = RaporUnitGapsSchema.parse(json(await coord.get(unitGapsUrl(t.unitId))));
    expect(gaps.length).toBeGreaterThan(0);
    expect(opd.gapCount).toBe(gaps.length);
    expect(opd.shortfallCount).toBe(gaps.reduce((n, g) => n + g.count, 0));
    expect(
      gaps.every((g) => g.count > 0 && g.count <= g.assessed && (g.min === null || g.min < g.scaleMax)),
    ).toBe(true);
    // The PIC, once published: their unit's gaps, not the sibling unit's.
    const pic = await t.as('unit_pic');
    expect(RaporUnitGapsSchema.parse(json(await pic.get(unitGapsUrl(t.unitId)))).gaps).toEqual(gaps);
    expect((await pic.get(unitGapsUrl(t.otherUnitId))).statusCode).toBe(404);

    const explain = json<{
      rounded: number;
      nodes: Array<{ code: string; children?: Array<{ answers?: unknown[] }> }>;
    }>(await head.get(`/api/cycles/${cycleId}/governments/${t.governmentId}/explain`));
    expect(explain.rounded).toBe(result.score);
    expect(explain.nodes.find((n) => n.code === 'PROSES')!.children![0]!.answers!.length).toBe(3);
    const summary = json<{
      zones: Record<string, number>;
      progress: {
        unitsSubmitted: number;
        unitsTotal: number;
        openAppeals: number;
        itemsTotal: number;
        itemsVerified: number;
      };
      officeMean: number;
    }>(await head.get(`/api/cycles/${cycleId}/summary`));
    expect(summary.progress).toMatchObject({ unitsSubmitted: 3, unitsTotal: 3, openAppeals: 0 });
    // The item counts come from answer_counts (kept by triggers); they must equal a count of the answers.
    const [counted] = await ctx.database.query<{ total: number; verified: number }>(
      `select count(*)::int as total, count(*) filter (where verify_status <> 'pending')::int as verified
         from answers where cycle_id = $1`,
      [cycleId],
    );
    expect(counted!.verified).toBeGreaterThan(0);
    expect(summary.progress).toMatchObject({ itemsTotal: counted!.total, itemsVerified: counted!.verified });
    expect(summary.officeMean).toBe(result.score);
    const rows = json<{ items: Array<{ governmentId: string; score: number }> }>(
      await coord.get(`/api/cycles/${cycleId}/results`),
    );
    expect(rows.items).toEqual([
      expect.objectContaining({ governmentId: t.governmentId, score: result.score }),
    ]);
  });
});
