/**
 * The reported body's side on a real database: its coordinator and PICs see the sent letters
 * addressed to their government and nothing of the case (the bytes of every answer are searched
 * for the reporter's identity, the case's description and ids); another government's users get
 * 404; the signed reply meets the reply clock, is kept as the case's attachment and shows in its
 * history; two replies at once: the first wins, the second answers 409 and leaves nothing behind.
 */
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../db/schema';
import { complaintAttachments, complaintDeadlines, complaintEvents } from '../../db/schema-complaints';
import { gpsLatitudeBytes } from '../../lib/strip-metadata.fixture';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { uploadsDir } from '../files/files.service';
import { todayWib } from '../complaints/complaints.create';
import { draftBody, makeCase, multipart, SECRETS, sentLetter, SIGNED_PDF } from './letters.fixture';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let officer: Agent;
let caseId: string;
let trackingNumber: string;
let letterId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
  other = await makeTenant(ctx);
  officer = await t.as('assessor');
  const c = await makeCase(ctx, t);
  caseId = c.id;
  trackingNumber = c.trackingNumber;
  letterId = await sentLetter(ctx, t, officer, caseId);
});
afterAll(async () => ctx.close());

function expectNoCaseData(body: string | Buffer) {
  const s = Buffer.isBuffer(body) ? body : Buffer.from(body);
  for (const secret of [...SECRETS, trackingNumber, caseId])
    expect(s.includes(Buffer.from(secret)), secret).toBe(false);
}

const reply = (agent: Agent, id: string, note = 'Terlampir jawaban kami.', bytes = SIGNED_PDF) => {
  const m = multipart({ note }, { name: 'balasan.pdf', type: 'application/pdf', bytes });
  return agent.request('POST', `/api/body/letters/${id}/reply`, m.body, m.headers);
};

describe('the body’s inbox', () => {
  it('lists only sent letters addressed to the government, for its coordinator and PIC', async () => {
    const draft = (await officer.post(`/api/complaints/${caseId}/letters`, draftBody(t))).json().id;
    for (const role of ['gov_coordinator', 'unit_pic'] as const) {
      const agent = await t.as(role);
      const list = await agent.get('/api/body/letters');
      expect(list.statusCode).toBe(200);
      const ids = list.json().items.map((i: { id: string }) => i.id);
      expect(ids).toContain(letterId);
      expect(ids).not.toContain(draft);
      expectNoCaseData(list.body);
      expect((await agent.get(`/api/body/letters/${draft}`)).statusCode).toBe(404);
    }
  });

  it('shows the letter and its stripped attachments, never the case; the PDF names nobody', async () => {
    const coord = await t.as('gov_coordinator');
    const res = await coord.get(`/api/body/letters/${letterId}`);
    expect(res.statusCode).toBe(200);
    const letter = res.json();
    expect(letter.subject).toBe('Permintaan klarifikasi pelayanan KTP-el');
    expect(letter.files).toHaveLength(1);
    expect(Object.keys(letter)).not.toContain('complaintId');
    expectNoCaseData(res.body);
    const file = await coord.get(`/api/body/letters/${letterId}/files/${letter.files[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.includes(gpsLatitudeBytes())).toBe(false);
    expectNoCaseData(file.rawPayload);
    const pdf = await coord.get(`/api/body/letters/${letterId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expectNoCaseData(pdf.rawPayload);
    // Office-side routes stay closed to the body (no permission), and so do the case's files.
    expect((await coord.get(`/api/complaints/${caseId}/letters`)).statusCode).toBe(403);
  });

  it('another government’s users get 404 on every body route of the letter', async () => {
    for (const role of ['gov_coordinator', 'unit_pic'] as const) {
      const stranger = await other.as(role);
      expect((await stranger.get('/api/body/letters')).json().items).toEqual([]);
      expect((await stranger.get(`/api/body/letters/${letterId}`)).statusCode).toBe(404);
      expect((await stranger.get(`/api/body/letters/${letterId}/pdf`)).statusCode).toBe(404);
      expect((await reply(stranger, letterId)).statusCode).toBe(404);
    }
  });
});

describe('the signed reply', () => {
  it('meets the reply clock, is kept as the case’s attachment and shows in its history', async () => {
    const coord = await t.as('gov_coordinator');
    const bad = await reply(coord, letterId, 'x', Buffer.from('<html>bukan pdf</html>'));
    expect(bad.statusCode).toBe(415);
    const res = await reply(coord, letterId);
    expect(res.statusCode).toBe(201);
    const [clock] = await ctx.database.db
      .select()
      .from(complaintDeadlines)
      .where(eq(complaintDeadlines.letterId, letterId));
    expect(clock).toMatchObject({ status: 'terpenuhi', metOn: todayWib() });
    const [att] = await ctx.database.db
      .select()
      .from(complaintAttachments)
      .where(and(eq(complaintAttachments.complaintId, caseId), eq(complaintAttachments.kind, 'balasan')));
    expect(att).toMatchObject({ source: 'terlapor' });
    const events = await ctx.database.db
      .select()
      .from(complaintEvents)
      .where(eq(complaintEvents.complaintId, caseId));
    expect(events.some((e) => e.action === 'surat_dibalas' && e.actorKind === 'terlapor')).toBe(true);
    const staff = (await officer.get(`/api/complaints/${caseId}/letters`)).json();
    const mine = staff.items.find((l: { id: string }) => l.id === letterId);
    expect(mine).toMatchObject({
      status: 'dibalas',
      replyNote: 'Terlampir jawaban kami.',
      replyAttachmentId: att!.id,
    });
    // The officer who sent it is told; the coordinator was told when it arrived; neither names the reporter.
    const told = await ctx.database.db.select().from(notifications);
    const sent = told.filter(
      (n) => n.kind === 'complaintLetter.received' && n.userId === t.userIds.gov_coordinator,
    );
    expect(sent.length).toBeGreaterThan(0);
    expect(told.some((n) => n.kind === 'complaintLetter.replied' && n.userId === t.userIds.assessor)).toBe(
      true,
    );
    expect(told.some((n) => n.userId === other.userIds.gov_coordinator)).toBe(false);
    expectNoCaseData(JSON.stringify(told));
    const inbox = await coord.get('/api/notifications');
    expect(inbox.body).toContain('Surat Ombudsman B/');
    expectNoCaseData(inbox.body);
    // A second reply is refused.
    expect((await reply(coord, letterId)).statusCode).toBe(409);
  });

  it('two replies at once: one wins, the other gets 409 and leaves no file behind', async () => {
    const id = await sentLetter(ctx, t, officer, caseId);
    const before = fs.readdirSync(uploadsDir(ctx.dataDir)).length;
    const [a, b] = await Promise.all([
      reply(await t.as('gov_coordinator'), id, 'A'),
      reply(await t.as('unit_pic'), id, 'B'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const kept = await ctx.database.db
      .select()
      .from(complaintAttachments)
      .where(and(eq(complaintAttachments.complaintId, caseId), eq(complaintAttachments.kind, 'balasan')));
    expect(kept).toHaveLength(2); // the first letter's reply and this one's winner
    expect(fs.readdirSync(uploadsDir(ctx.dataDir)).length).toBe(before + 1);
  });

  it('a note longer than 2,000 characters is refused on the field', async () => {
    const id = await sentLetter(ctx, t, officer, caseId);
    const res = await reply(await t.as('gov_coordinator'), id, 'x'.repeat(2_001));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.note).toBeTruthy();
  });
});
