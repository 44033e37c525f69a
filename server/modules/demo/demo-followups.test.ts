/**
 * The demo's follow-up backlog: Pemkab Balangan has items in every state (open, answered, sent,
 * done on time and late, reopened with a reason) and overdue ones, of every source (2023 results
 * with indicator codes of ombudsman-2022-2024, its complaints' corrective actions, the bimtek's
 * actions, its 2023 SKM); Pemprov Kalsel holds the rekomendasi (one published, one not). Every
 * item's history replays to its status through the state machine; answers carry evidence; seeded once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkNode } from '../../../shared/frameworks/framework.schema';
import { FOLLOWUP_STATUSES, nextStatus, type FollowupStatus } from '../../../shared/followups/machine';
import { files, governments, users } from '../../db/schema';
import { improvementPoints } from '../../db/schema-assessments';
import { followupEvents, followupItems } from '../../db/schema-complaints';
import { followupEvidence } from '../../db/schema-followups';
import { getFramework } from '../../frameworks/framework-catalog';
import { loadConfig } from '../../config';
import { identityKeysOf } from '../../lib/identity-crypto';
import { createTestContext, type TestContext } from '../../test/harness';
import { todayWib } from '../complaints/complaints.create';
import { uploadsDir } from '../files/files.service';
import { seedDemoAssessments } from './demo-assessments';
import { seedDemoComplaints } from './demo-complaints';
import { DEMO_FOLLOWUPS, PIC_DINKES, PIC_DISDUKCAPIL } from './demo-followups-data';
import { seedDemoFollowups } from './demo-followups';
import { seedDemoStandards } from './demo-standards';
import { seedDemoSurveys } from './demo-surveys';
import { seedDemo } from './demo.service';

let ctx: TestContext;
let made: number;
type Item = typeof followupItems.$inferSelect;
type Event = typeof followupEvents.$inferSelect;
let items: Item[];
let history: Map<string, Event[]>;
let balanganId: string;
let kalselId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  await seedDemoAssessments(ctx.database);
  await seedDemoComplaints(
    ctx.database,
    identityKeysOf(loadConfig({ PATUH_DATA_DIR: ctx.dataDir } as NodeJS.ProcessEnv)),
  );
  await seedDemoStandards(ctx.database, { dataDir: ctx.dataDir });
  await seedDemoSurveys(ctx.database);
  made = await seedDemoFollowups(ctx.database, { dataDir: ctx.dataDir });
  const db = ctx.database.db;
  const govs = await db
    .select()
    .from(governments)
    .where(inArray(governments.regionCode, ['63', '63.11']));
  balanganId = govs.find((g) => g.regionCode === '63.11')!.id;
  kalselId = govs.find((g) => g.regionCode === '63')!.id;
  // Only the items this seed made (a source hook may have made others, e.g. at the 2023 release).
  items = await db
    .select()
    .from(followupItems)
    .where(inArray(followupItems.governmentId, [balanganId, kalselId]));
  const events = await db.select().from(followupEvents).orderBy(asc(followupEvents.id));
  history = new Map(items.map((i) => [i.id, events.filter((e) => e.itemId === i.id)]));
}, 600_000);
afterAll(async () => ctx.close());

const overdue = (i: Item, today: string) => i.status !== 'selesai' && !!i.dueOn && i.dueOn < today;
const wibDay = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

function codesOf(nodes: FrameworkNode[]): string[] {
  return nodes.flatMap((n) => [n.code, ...codesOf(n.children ?? [])]);
}

describe('demo follow-ups', () => {
  it('seeds every scripted item and an item for each of the 2023 cycle’s own points, once', async () => {
    // No source hook ran in this test: every item of the two governments is the seed's.
    expect(made).toBe(items.length);
    const points = await ctx.database.db
      .select()
      .from(improvementPoints)
      .where(inArray(improvementPoints.governmentId, [balanganId, kalselId]));
    const cyclePoints = points.filter((p) => p.cycleId === items.find((i) => i.cycleId)!.cycleId);
    expect(made).toBe(DEMO_FOLLOWUPS.length + cyclePoints.length - 7);
    for (const p of cyclePoints) {
      expect(
        items.filter((i) => i.improvementPointId === p.id),
        p.text,
      ).toHaveLength(1);
      expect(p.indicatorCode, p.text).toBeTruthy();
    }
    expect(await seedDemoFollowups(ctx.database, { dataDir: ctx.dataDir })).toBe(0);
  });

  it('gives Balangan an item in every state, overdue ones, and done on time and late', () => {
    const today = todayWib();
    const mine = items.filter((i) => i.governmentId === balanganId && history.get(i.id)!.length > 0);
    for (const status of FOLLOWUP_STATUSES)
      expect(mine.filter((i) => i.status === status).length, status).toBeGreaterThanOrEqual(1);
    const late = mine.filter((i) => overdue(i, today));
    expect(late.length).toBeGreaterThanOrEqual(2);
    expect(new Set(late.map((i) => i.status)).size).toBeGreaterThanOrEqual(2);
    // Some open items are not overdue yet (the recent complaint and the bimtek's actions).
    expect(mine.some((i) => i.status !== 'selesai' && !overdue(i, today))).toBe(true);
    const done = mine.filter((i) => i.status === 'selesai');
    expect(done.some((i) => wibDay(i.sentAt!) <= i.dueOn!)).toBe(true);
    expect(done.some((i) => wibDay(i.sentAt!) > i.dueOn!)).toBe(true);
    expect(new Set(mine.map((i) => i.kind))).toEqual(
      new Set(['saran_perbaikan', 'tindakan_korektif', 'kegiatan', 'survei']),
    );
  });

  it('links saran perbaikan to the 2023 cycle, its improvement points and codes of the 2022–2024 framework', async () => {
    const codes = new Set(codesOf(getFramework('ombudsman-2022-2024')!.nodes));
    const saran = items.filter((i) => i.kind === 'saran_perbaikan' && i.improvementPointId);
    expect(saran.length).toBeGreaterThanOrEqual(7);
    const points = await ctx.database.db
      .select()
      .from(improvementPoints)
      .where(
        inArray(
          improvementPoints.id,
          saran.map((i) => i.improvementPointId!),
        ),
      );
    for (const i of saran) {
      expect(codes.has(i.indicatorCode!), i.indicatorCode!).toBe(true);
      const p = points.find((x) => x.id === i.improvementPointId)!;
      expect(p).toMatchObject({
        cycleId: i.cycleId,
        indicatorCode: i.indicatorCode,
        governmentId: i.governmentId,
      });
      expect(i.sourceType).toBe('cycle');
    }
  });

  it('takes the other sources: LHPs, the rekomendasi (one published), activities and the SKM', () => {
    const korektif = items.filter((i) => i.kind === 'tindakan_korektif');
    expect(korektif.every((i) => i.complaintId && i.sourceType === 'complaint' && i.dueOn)).toBe(true);
    const rek = items.filter((i) => i.kind === 'rekomendasi');
    expect(rek).toHaveLength(2);
    expect(rek.filter((i) => i.publishedAt && i.publishedBy)).toHaveLength(1);
    const kegiatan = items.filter((i) => i.kind === 'kegiatan');
    expect(kegiatan.every((i) => i.activityActionId && i.issuer === 'office')).toBe(true);
    expect(new Set(kegiatan.map((i) => i.governmentId))).toEqual(new Set([balanganId, kalselId]));
    const survei = items.filter((i) => i.kind === 'survei');
    expect(survei).toHaveLength(6);
    for (const i of survei) {
      expect(i).toMatchObject({ issuer: 'government', officeId: null, sourceType: 'survey_period' });
      expect(i.surveyElement).toMatch(/^U\d$/);
    }
    // Three different elements per unit.
    expect(new Set(survei.map((i) => `${i.unitId}:${i.surveyElement}`)).size).toBe(6);
  });

  it('sets owners to the demo PICs (the coordinator where a unit has none)', async () => {
    const people = await ctx.database.db.select({ id: users.id, email: users.email }).from(users);
    const email = new Map(people.map((p) => [p.id, p.email]));
    const scripted = items.filter((i) => history.get(i.id)!.length > 0);
    expect(scripted.every((i) => i.ownerId)).toBe(true);
    const owners = new Set(scripted.map((i) => email.get(i.ownerId!)));
    expect(owners).toContain(PIC_DINKES);
    expect(owners).toContain(PIC_DISDUKCAPIL);
  });

  it('keeps a history consistent with every status, in order, through the state machine', () => {
    for (const i of items) {
      const events = history.get(i.id)!;
      expect(events.length, i.id).toBeGreaterThan(0);
      expect(events[0]).toMatchObject({ action: 'dibuat', toStatus: 'terbuka' });
      let status: FollowupStatus = 'terbuka';
      let answeredBy: string | null = null;
      for (const [n, e] of events.slice(1).entries()) {
        expect(e.at.getTime(), `${i.id} #${n}`).toBeGreaterThanOrEqual(events[n]!.at.getTime());
        expect(e.fromStatus).toBe(status);
        if (e.action === 'dipublikasikan' || e.action === 'ditugaskan') {
          // The status stays (written on both sides, as the backlog's own assign and publish do).
          expect(e.toStatus).toBe(status);
          continue;
        }
        const action = {
          dijawab: 'answer',
          dikirim: 'send',
          diverifikasi: 'verify',
          dibuka_kembali: 'reopen',
        }[e.action] as 'answer' | 'send' | 'verify' | 'reopen';
        expect(action, e.action).toBeDefined();
        const part =
          action === 'verify' || action === 'reopen'
            ? 'issuer'
            : e.toStatus === 'dijawab'
              ? 'pic'
              : 'coordinator';
        expect(nextStatus(status, action, part, i.kind)).toBe(e.toStatus);
        if (action === 'answer') answeredBy = e.actorId;
        if (action === 'verify') expect(e.actorId).not.toBe(answeredBy);
        if (action === 'reopen') expect(e.note!.length).toBeGreaterThan(20);
        status = e.toStatus as FollowupStatus;
      }
      expect(i.status, i.id).toBe(status);
      expect(i.version).toBe(events.length - 1);
      expect(i.answeredBy).toBe(answeredBy);
      if (i.status === 'selesai') expect(i.verifiedBy && i.verifiedAt).toBeTruthy();
      else expect(i.verifiedBy).toBeNull();
    }
  });

  it('attaches evidence to every answer: a link or a stored photo', async () => {
    const db = ctx.database.db;
    const evidence = await db.select().from(followupEvidence);
    const answers = [...history.values()].flat().filter((e) => e.action === 'dijawab');
    expect(answers.length).toBeGreaterThanOrEqual(8);
    for (const a of answers)
      expect(
        evidence.some((x) => x.eventId === a.id),
        String(a.id),
      ).toBe(true);
    const withFile = evidence.filter((x) => x.fileId);
    expect(withFile.length).toBeGreaterThanOrEqual(2);
    const [f] = await db.select().from(files).where(eq(files.id, withFile[0]!.fileId!));
    expect(fs.existsSync(path.join(uploadsDir(ctx.dataDir), f!.storageName))).toBe(true);
    expect(evidence.filter((x) => x.url).every((x) => x.url!.startsWith('https://'))).toBe(true);
  });
});
