/**
 * Releasing results to the public portal (issue 13 part 2): the state of each government through
 * release, re-release, withdrawal and release again; 409 before publication; an internal cycle and
 * another office's cycle look missing; field errors in both languages; the audit entries; the
 * read cache emptied by a release.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../../shared/contracts/audit';
import type { ReleaseList } from '../../../shared/contracts/public';
import { auditChange } from '../../test/audit-helpers';
import { auditLog, governments } from '../../db/schema';
import { resultReleases } from '../../db/schema-public';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { makeTenant } from '../../test/factories';
import { publicResults } from '../public/public.service';
import { makeReleaseFixture, officialCycle, type ReleaseFixture } from './release-fixture';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
}, 60_000);
afterAll(async () => ctx?.close());

const stateOf = (list: ReleaseList) => Object.fromEntries(list.items.map((i) => [i.governmentId, i.state]));

async function inEnglish<T>(agent: Agent, fn: () => Promise<T>): Promise<T> {
  await agent.patch('/api/auth/me', { locale: 'en' });
  try {
    return await fn();
  } finally {
    await agent.patch('/api/auth/me', { locale: 'id' });
  }
}

const releaseAudits = (f: ReleaseFixture) =>
  ctx.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'result_release'), eq(auditLog.entityId, f.cycleId)))
    .orderBy(auditLog.id);

describe('release and withdrawal', () => {
  it('lists every government of the cycle with its computed figure, unreleased at first', async () => {
    const f = await makeReleaseFixture(ctx);
    const head = await f.t.as('oversight_head');
    const res = await head.get(`/api/cycles/${f.cycleId}/releases`);
    expect(res.statusCode).toBe(200);
    const list = res.json<ReleaseList>();
    expect(list).toMatchObject({ cycleId: f.cycleId, year: 2023, releasable: true });
    expect(stateOf(list)).toEqual({ [f.govA]: 'unreleased', [f.govB]: 'unreleased' });
    const a = list.items.find((i) => i.governmentId === f.govA)!;
    expect(a.computed).toEqual({ score: 80.58, band: 'B', zone: 'hijau', opinion: null });
    expect(a.official).toBeNull();
  });

  it('walks the states: release one, again (no change), withdraw with a reason, release all', async () => {
    const f = await makeReleaseFixture(ctx);
    const head = await f.t.as('oversight_head');
    const url = `/api/cycles/${f.cycleId}/releases`;
    type Step = {
      do: () => Promise<{ statusCode: number; json: () => ReleaseList }>;
      states: [string, string];
      audits: number;
    };
    const steps: Step[] = [
      {
        do: () => head.post(url, { governmentIds: [f.govA] }),
        states: ['released', 'unreleased'],
        audits: 1,
      },
      {
        do: () => head.post(url, { governmentIds: [f.govA] }),
        states: ['released', 'unreleased'],
        audits: 1,
      },
      {
        do: () =>
          head.post(`${url}/withdraw`, { governmentIds: [f.govA, f.govB], reason: 'Salah unggah data' }),
        states: ['withdrawn', 'unreleased'],
        audits: 2,
      },
      { do: () => head.post(url, {}), states: ['released', 'released'], audits: 4 },
      { do: () => head.post(url, {}), states: ['released', 'released'], audits: 4 },
    ];
    let firstReleasedAt: string | null = null;
    for (const [i, step] of steps.entries()) {
      const res = await step.do();
      expect(res.statusCode, `step ${i}`).toBe(200);
      const list = res.json();
      expect(stateOf(list), `step ${i}`).toEqual({ [f.govA]: step.states[0], [f.govB]: step.states[1] });
      expect(await releaseAudits(f), `audits after step ${i}`).toHaveLength(step.audits);
      const a = list.items.find((x) => x.governmentId === f.govA)!;
      if (i === 0) firstReleasedAt = a.releasedAt;
      if (i === 1) expect(a.releasedAt, 'a live release is left as it was').toBe(firstReleasedAt);
      if (i === 2) expect(a).toMatchObject({ withdrawReason: 'Salah unggah data' });
      if (i >= 3) expect(a).toMatchObject({ withdrawnAt: null, withdrawReason: null });
    }
    const rows = await ctx.database.db
      .select()
      .from(resultReleases)
      .where(eq(resultReleases.cycleId, f.cycleId));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.withdrawnAt === null && r.withdrawnBy === null)).toBe(true);
    // The audit log says it in words, per government.
    const audits = await releaseAudits(f);
    expect(
      audits.map((a) => [a.action, a.governmentId, (a.after as { publicRelease: string }).publicRelease]),
    ).toEqual([
      ['create', f.govA, 'dirilis ke publik'],
      ['update', f.govA, 'ditarik dari publik'],
      ...[
        ['update', f.govA, 'dirilis ke publik'],
        ['create', f.govB, 'dirilis ke publik'],
      ].sort((x, y) => (String(x[1]) < String(y[1]) ? -1 : 1)),
    ]);
    expect(audits[1]!.after).toMatchObject({ withdrawReason: 'Salah unggah data' });
    expect(audits.every((a) => a.actorId === head.userId && a.officeId === f.t.officeId)).toBe(true);
    // As the audit log page reads it: the record by name, the change in words.
    const admin = await f.t.as('admin');
    const page = (
      await admin.get(`/api/audit?governmentId=${f.govA}&entityType=result_release`)
    ).json<AuditPage>();
    const withdrawal = page.items.find((e) => e.changes.some((c) => c.after === 'ditarik dari publik'))!;
    expect(withdrawal.entityLabel).toMatch(/ — Penilaian Kepatuhan 2023/);
    expect(auditChange(withdrawal, 'publicRelease')).toMatchObject({
      before: 'dirilis ke publik',
      after: 'ditarik dari publik',
    });
    expect(auditChange(withdrawal, 'withdrawReason').after).toBe('Salah unggah data');
  });

  it('an admin releases for the nation; the head of another office sees nothing (404)', async () => {
    const f = await makeReleaseFixture(ctx);
    const other = await makeTenant(ctx);
    const otherHead = await other.as('oversight_head');
    for (const res of [
      await otherHead.get(`/api/cycles/${f.cycleId}/releases`),
      await otherHead.post(`/api/cycles/${f.cycleId}/releases`, {}),
      await otherHead.post(`/api/cycles/${f.cycleId}/releases/withdraw`, {
        governmentIds: [f.govA],
        reason: 'Coba tarik',
      }),
    ])
      expect(res.statusCode).toBe(404);
    const admin = await other.as('admin');
    const res = await admin.post(`/api/cycles/${f.cycleId}/releases`, {});
    expect(res.statusCode).toBe(200);
    expect(stateOf(res.json())).toEqual({ [f.govA]: 'released', [f.govB]: 'released' });
  });

  it('refuses before publication (409, in words) and lists the cycle as not releasable', async () => {
    for (const status of ['planning', 'self_assessment', 'verification', 'appeal', 'final'] as const) {
      const f = await makeReleaseFixture(ctx, status);
      const head = await f.t.as('oversight_head');
      const res = await head.post(`/api/cycles/${f.cycleId}/releases`, {});
      expect(res.statusCode, status).toBe(409);
      expect(res.json().error.message).toBe(
        'Hasil hanya dapat dirilis setelah siklus disetujui dan diterbitkan.',
      );
      const en = await inEnglish(head, () => head.post(`/api/cycles/${f.cycleId}/releases`, {}));
      expect(en.json().error.message).toBe(
        'Results can be released only after the cycle is approved and published.',
      );
      expect((await head.get(`/api/cycles/${f.cycleId}/releases`)).json()).toMatchObject({
        releasable: false,
      });
      expect(
        await ctx.database.db.select().from(resultReleases).where(eq(resultReleases.cycleId, f.cycleId)),
      ).toEqual([]);
    }
  });

  it('an internal cycle is never releasable: 404 for the head and the admin, even published and shared', async () => {
    const f = await makeReleaseFixture(ctx);
    for (const role of ['oversight_head', 'admin'] as const) {
      const agent = await f.t.as(role);
      expect((await agent.get(`/api/cycles/${f.internalCycleId}/releases`)).statusCode).toBe(404);
      expect((await agent.post(`/api/cycles/${f.internalCycleId}/releases`, {})).statusCode).toBe(404);
    }
    const assessor = await f.t.as('assessor');
    expect((await assessor.get(`/api/cycles/${f.cycleId}/releases`)).statusCode).toBe(403);
  });

  it('a government outside the cycle or the reach is a field error on governmentIds (id and en)', async () => {
    const f = await makeReleaseFixture(ctx);
    const head = await f.t.as('oversight_head');
    const other = await makeTenant(ctx);
    const [outsider] = await ctx.database.db
      .insert(governments)
      .values({ type: 'pemkot', name: 'Kota Luar Siklus', officeId: f.t.officeId })
      .returning();
    for (const id of [other.governmentId, outsider!.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await head.post(`/api/cycles/${f.cycleId}/releases`, { governmentIds: [f.govA, id] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({
        governmentIds: 'Pemerintah ini tidak termasuk dalam siklus atau di luar kewenangan Anda.',
      });
    }
    const en = await inEnglish(head, () =>
      head.post(`/api/cycles/${f.cycleId}/releases/withdraw`, {
        governmentIds: [other.governmentId],
        reason: 'Keliru',
      }),
    );
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields).toEqual({
      governmentIds: 'This government is not in the cycle, or outside your reach.',
    });
    // Nothing was released by the refused requests.
    expect(stateOf((await head.get(`/api/cycles/${f.cycleId}/releases`)).json())).toEqual({
      [f.govA]: 'unreleased',
      [f.govB]: 'unreleased',
    });
  });

  it('a withdrawal needs a reason (field error in id and en)', async () => {
    const f = await makeReleaseFixture(ctx);
    const head = await f.t.as('oversight_head');
    const url = `/api/cycles/${f.cycleId}/releases/withdraw`;
    const id = await head.post(url, { governmentIds: [f.govA] });
    expect(id.statusCode).toBe(400);
    expect(id.json().error.fields.reason).toBe('Wajib diisi.');
    const en = await inEnglish(head, () => head.post(url, { governmentIds: [f.govA], reason: ' ab ' }));
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields.reason).toBe('At least 5 characters.');
  });

  it('a release empties the read cache the public pages are served from', async () => {
    const f = await makeReleaseFixture(ctx);
    const head = await f.t.as('oversight_head');
    const cache = ctx.app.readCaches.responses;
    const probe = {
      payload: Buffer.from('lama'),
      contentType: 'text/html',
      compressed: Promise.resolve(null),
    };
    for (const change of [
      () => head.post(`/api/cycles/${f.cycleId}/releases`, {}),
      () =>
        head.post(`/api/cycles/${f.cycleId}/releases/withdraw`, {
          governmentIds: [f.govB],
          reason: 'Data keliru',
        }),
    ]) {
      expect(cache.set('/publik', probe, cache.generation)).toBe(true);
      expect(cache.get('/publik')).toBeDefined();
      expect((await change()).statusCode).toBe(200);
      expect(cache.get('/publik')).toBeUndefined();
    }
  });

  it('shows the official figure of the cycle year beside the computed one, and ties it to the cycle', async () => {
    const f = await makeReleaseFixture(ctx);
    const head = await f.t.as('oversight_head');
    // A figure recorded before the cycle existed stands alone until the cycle is released.
    const earlier = await officialCycle(ctx, f, 'published', 2022);
    const put = await head.request('PUT', `/api/governments/${f.govA}/official-figures/2023`, {
      score: 81.2,
      band: 'B',
      source: 'Siaran pers Ombudsman RI',
      note: 'Selisih karena banding',
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ method: 'skor', cycleId: f.cycleId, score: 81.2 });
    const list = (await head.get(`/api/cycles/${f.cycleId}/releases`)).json<ReleaseList>();
    expect(list.items.find((i) => i.governmentId === f.govA)!.official).toEqual({
      score: 81.2,
      band: 'B',
      zone: null,
      opinion: null,
      source: 'Siaran pers Ombudsman RI',
      note: 'Selisih karena banding',
    });
    // Another year's cycle does not show it.
    const other = (await head.get(`/api/cycles/${earlier}/releases`)).json<ReleaseList>();
    expect(other.items.every((i) => i.official === null)).toBe(true);
  });

  it('what the public reads follows the release: none, released, withdrawn (with its official figure)', async () => {
    const f = await makeReleaseFixture(ctx);
    const head = await f.t.as('oversight_head');
    const mine = async () =>
      (await publicResults(ctx.database.db, { year: 2023 }))
        .filter((r) => r.governmentId === f.govA || r.governmentId === f.govB)
        .map((r) => [r.governmentId, r.source, r.shown.score])
        .sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1));
    // An official figure of the cycle's year, recorded before the release: tied to the cycle, so hidden.
    expect(
      (await head.request('PUT', `/api/governments/${f.govA}/official-figures/2023`, { score: 81.2 }))
        .statusCode,
    ).toBe(200);
    expect(await mine()).toEqual([]);
    await head.post(`/api/cycles/${f.cycleId}/releases`, {});
    const both = [
      [f.govA, 'official', 81.2],
      [f.govB, 'patuh', 50],
    ].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1));
    expect(await mine()).toEqual(both);
    await head.post(`/api/cycles/${f.cycleId}/releases/withdraw`, {
      governmentIds: [f.govA],
      reason: 'Ralat angka',
    });
    expect(await mine()).toEqual([[f.govB, 'patuh', 50]]);
  });
});
