/**
 * Follow-up items on a real database: the LHP's corrective actions due 30 working days after the
 * LHP (PO 58/2023 Pasal 54, hand-computed), the body's answer with evidence (a PIC's answer goes
 * through the coordinator's send; the coordinator's own goes straight to the office), the office's
 * verification and reopening (with a reason), the history of each step, a stale version → 409,
 * overdue computed, and each side's reach (another government / office → 404).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES } from '../../../shared/complaints/deadline-rules';
import { inTransaction } from '../../lib/transaction';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { DESCRIPTION, makeCase, multipart, SECRETS } from '../complaint-letters/letters.fixture';
import { createCorrectiveActions } from './followups.service';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let caseId: string;
let itemId: string;
let lateId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
  other = await makeTenant(ctx);
  caseId = (await makeCase(ctx, t)).id;
  const rows = await inTransaction(ctx.database.db, (tx) =>
    createCorrectiveActions(tx, {
      complaintId: caseId,
      officeId: t.officeId,
      lhpDate: '2026-07-01',
      items: [
        {
          addressee: 'Kepala Disdukcapil',
          governmentId: t.governmentId,
          action: 'Terbitkan KTP-el yang tertunda dan umumkan standar waktu layanan.',
          evidenceExpected: 'Tanda terima KTP-el; foto papan standar layanan',
        },
        {
          addressee: 'Sekretaris Daerah',
          governmentId: t.governmentId,
          action: 'Tegur petugas loket.',
          dueOn: '2026-07-10',
        },
      ],
      ruleSet: DEFAULT_DEADLINE_RULES,
      provinceCode: '63',
      actorId: t.userIds.assessor,
    }),
  );
  itemId = rows[0]!.id;
  lateId = rows[1]!.id;
});
afterAll(async () => ctx.close());

const answer = (
  agent: Agent,
  id: string,
  version: string,
  note = 'KTP-el sudah terbit.',
  withFile = true,
) => {
  const m = multipart(
    { version, note },
    withFile
      ? { name: 'bukti.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n%bukti\n%%EOF\n') }
      : undefined,
  );
  return agent.request('POST', `/api/followups/${id}/answer`, m.body, m.headers);
};
const detail = async (agent: Agent, id: string) => (await agent.get(`/api/followups/${id}`)).json();

describe('follow-up items', () => {
  it('are due 30 working days after the LHP unless given, each with a history row', async () => {
    const office = await t.as('assessor');
    const res = await office.get(`/api/followups?complaintId=${caseId}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    // Wed 1 July 2026 + 30 working days, no holiday in between: 2–3 July (2), 6 July – 7 Aug (27),
    // 10, 11, 12 August (30).
    expect(items.find((i: { id: string }) => i.id === itemId)).toMatchObject({
      dueOn: '2026-08-12',
      status: 'terbuka',
      complaintId: caseId,
      version: 0,
    });
    // The list carries no history; the item's page does.
    expect(items.find((i: { id: string }) => i.id === itemId).history).toBeUndefined();
    expect((await detail(office, itemId)).history).toMatchObject([{ action: 'dibuat' }]);
    // Overdue: due date passed and not done (today is after 10 July 2026 in every run of this suite).
    expect(items.find((i: { id: string }) => i.id === lateId)).toMatchObject({
      dueOn: '2026-07-10',
      overdue: true,
    });
  });

  it('the body sees its government’s items, action text only; other governments and offices see none', async () => {
    const coord = await t.as('gov_coordinator');
    const res = await coord.get('/api/followups');
    expect(res.statusCode).toBe(200);
    const mine = res.json().items.find((i: { id: string }) => i.id === itemId);
    expect(mine.action).toContain('Terbitkan KTP-el');
    expect(mine.complaintId).toBeNull();
    expect(mine.source).toMatchObject({ type: 'complaint', id: null, link: null });
    for (const s of [...SECRETS, caseId, DESCRIPTION]) expect(res.body).not.toContain(s);
    expect((await (await other.as('gov_coordinator')).get('/api/followups')).json().items).toEqual([]);
    expect((await (await other.as('assessor')).get('/api/followups')).json().items).toEqual([]);
    expect((await answer(await other.as('gov_coordinator'), itemId, '0')).statusCode).toBe(404);
    const verifyOther = await (
      await other.as('assessor')
    ).post(`/api/followups/${itemId}/verify`, {
      decision: 'selesai',
      version: 0,
    });
    expect(verifyOther.statusCode).toBe(404);
  });

  it('assign → PIC answers → coordinator sends → reopen with a reason → coordinator answers → done, each in the history; stale versions get 409', async () => {
    const coord = await t.as('gov_coordinator');
    const pic = await t.as('unit_pic');
    const office = await t.as('assessor');
    const missing = await answer(coord, itemId, 'x', '', false);
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields).sort()).toEqual(['note', 'version']);
    // The item names no unit: the PIC sees it only once it is theirs.
    expect((await answer(pic, itemId, '0')).statusCode).toBe(404);
    const assigned = await coord.post('/api/followups/assign', {
      items: [{ id: itemId, version: 0 }],
      ownerId: t.userIds.unit_pic,
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json().items[0]).toMatchObject({
      status: 'terbuka',
      version: 1,
      owner: { id: t.userIds.unit_pic },
    });
    const a1 = await answer(pic, itemId, '1');
    expect(a1.statusCode, a1.body).toBe(200);
    expect(a1.json()).toMatchObject({ status: 'dijawab', version: 2 });
    expect((await answer(pic, itemId, '1')).statusCode).toBe(409);
    // The PIC's answer waits for the coordinator: the office cannot verify it yet.
    const early = await office.post(`/api/followups/${itemId}/verify`, { decision: 'selesai', version: 2 });
    expect(early.statusCode).toBe(409);
    const sent = await coord.post('/api/followups/send', { items: [{ id: itemId, version: 2 }] });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().items[0]).toMatchObject({ status: 'dikirim', version: 3 });
    const noReason = await office.post(`/api/followups/${itemId}/verify`, {
      decision: 'buka_kembali',
      version: 3,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.reason).toBeTruthy();
    const reopened = await office.post(`/api/followups/${itemId}/verify`, {
      decision: 'buka_kembali',
      reason: 'Foto papan standar layanan belum dilampirkan.',
      version: 3,
    });
    expect(reopened.json()).toMatchObject({ status: 'dibuka_kembali', version: 4 });
    expect(
      (await office.post(`/api/followups/${itemId}/verify`, { decision: 'selesai', version: 3 })).statusCode,
    ).toBe(409);
    // The coordinator's own answer goes straight to the office.
    expect((await answer(coord, itemId, '4', 'Foto terlampir.')).json().status).toBe('dikirim');
    const done = await office.post(`/api/followups/${itemId}/verify`, { decision: 'selesai', version: 5 });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'selesai', overdue: false, version: 6 });
    expect(done.json().history.map((h: { action: string }) => h.action)).toEqual([
      'diverifikasi',
      'dijawab',
      'dibuka_kembali',
      'dikirim',
      'dijawab',
      'ditugaskan',
      'dibuat',
    ]);
    const evidence = done.json().history.find((h: { file: unknown }) => h.file).file;
    const file = await office.get(`/api/followups/${itemId}/files/${evidence.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await (await other.as('assessor')).get(`/api/followups/${itemId}/files/${evidence.id}`)).statusCode,
    ).toBe(404);
    // Done is done: no more answers.
    expect((await answer(coord, itemId, '6')).statusCode).toBe(409);
  });

  it('two officers verifying at once on the same version: one wins, the other gets 409', async () => {
    const sent = await answer(
      await t.as('gov_coordinator'),
      lateId,
      '0',
      'Petugas loket sudah ditegur tertulis.',
    );
    expect(sent.json()).toMatchObject({ status: 'dikirim', version: 1 });
    const [a, b] = await Promise.all([
      (await t.as('assessor')).post(`/api/followups/${lateId}/verify`, { decision: 'selesai', version: 1 }),
      (await t.as('oversight_head')).post(`/api/followups/${lateId}/verify`, {
        decision: 'selesai',
        version: 1,
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const item = await detail(await t.as('assessor'), lateId);
    expect(item.history.filter((h: { action: string }) => h.action === 'diverifikasi')).toHaveLength(1);
    expect(item).toMatchObject({ status: 'selesai', version: 2, overdue: false });
  });

  it('an unknown government in the LHP’s actions is refused on the field', async () => {
    await expect(
      inTransaction(ctx.database.db, (tx) =>
        createCorrectiveActions(tx, {
          complaintId: caseId,
          officeId: t.officeId,
          lhpDate: '2026-07-01',
          items: [{ addressee: 'X', governmentId: '00000000-0000-4000-8000-000000000000', action: 'Y' }],
          ruleSet: { rules: DEFAULT_DEADLINE_RULES },
          provinceCode: null,
          actorId: t.userIds.assessor,
        }),
      ),
    ).rejects.toMatchObject({
      status: 400,
      fields: { 'lhp.correctiveActions.0.governmentId': expect.anything() },
    });
  });
});
