/**
 * The demo's follow-up backlog (issue 17 "Done means"): Pemkab Balangan and Pemprov Kalimantan
 * Selatan get items from their 2023 results (saran perbaikan on indicators of ombudsman-2022-2024,
 * each a new improvement point of Ombudsman Kalsel's 2023 cycle), their complaints' LHPs
 * (tindakan korektif) and the PPDB case's rekomendasi (one published by headquarters, one not), the
 * actions of Balangan's bimtek and of a coordination visit to Kalsel (kegiatan), and Balangan's 2023
 * SKM (survei: each unit's three weakest elements) — in every state (demo-followups-data.ts).
 *
 * Each item's steps are played through the state machine (shared/followups/machine.ts: a step it
 * would refuse throws), written as one history row each in the order taken (followup_events is
 * append-only), answers with their evidence (links; photos as stored files when a data directory is
 * given). An activity action or survey element that already has an item (a source hook made it) is
 * left alone. Deterministic; once, behind its own marker; after the other demo seeds.
 */
import { DEFAULT_DEADLINE_RULES, ruleOf } from '../../../shared/complaints/deadline-rules';
import { ISSUER_OF } from '../../../shared/followups/kinds';
import { nextStatus, type FollowupPart, type FollowupStatus } from '../../../shared/followups/machine';
import type { Database, Executor } from '../../db/client';
import type { followupItems } from '../../db/schema-complaints';
import { inTransaction } from '../../lib/transaction';
import { dueOf, todayWib } from '../complaints/complaints.create';
import { instrumentDefinition } from '../survey-feed/survey-feed.repository';
import { POINTS } from './demo-assessments';
import { findOfficeIdByCode, governmentsOfRegions } from './demo-assessments.repository';
import { atWib } from './demo-complaint-stage';
import { daysAgo } from './demo-complaints';
import {
  COORDINATORS,
  DEMO_FOLLOWUPS,
  HEADQUARTERS,
  ISSUER,
  KALSEL_VISIT,
  PIC_DINKES,
  PIC_DISDUKCAPIL,
  type Day,
  type DemoItem,
} from './demo-followups-data';
import * as repo from './demo-followups.repository';
import { storeDemoFile, tinyPng } from './demo-standard-files';
import { insertActivity, insertFile } from './demo-standards.repository';
import { officialCycleOf, unitsOfGovernment } from './demo-surveys.repository';
import { hasMarker, insertMarker } from './demo.repository';

const KEY = 'demo_followups_seeded';
const REGION = { balangan: '63.11', kalsel: '63' } as const;

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Ctx {
  today: string;
  dataDir: string | undefined;
  officeId: string;
  cycleId: string;
  govs: Record<'balangan' | 'kalsel', { id: string; units: Map<string, string> } | undefined>;
  users: Map<string, string>;
}

type ItemRow = typeof followupItems.$inferInsert;

/** The source columns, the action text and the default due date of an item. */
async function resolveSource(
  tx: Executor,
  ctx: Ctx,
  item: DemoItem,
  governmentId: string,
  unitId: string | null,
  createdOn: string,
): Promise<{ row: Partial<ItemRow>; dueOn: string | null; createdOn: string } | null> {
  const s = item.source;
  switch (s.type) {
    case 'cycle': {
      const dueOn = item.dueOn === null ? shift(createdOn, 60) : day(ctx, item.dueOn);
      const pointId = await repo.insertImprovementPoint(tx, {
        cycleId: ctx.cycleId,
        governmentId,
        unitId,
        indicatorCode: s.indicatorCode,
        text: item.action,
        dueOn,
        createdBy: ctx.users.get(ISSUER) ?? null,
        createdAt: atWib(createdOn, 9),
      });
      return {
        row: {
          sourceType: 'cycle',
          sourceId: ctx.cycleId,
          cycleId: ctx.cycleId,
          indicatorCode: s.indicatorCode,
          improvementPointId: pointId,
        },
        dueOn,
        createdOn,
      };
    }
    case 'complaint': {
      const c = await repo.complaintBySubject(tx, s.subject);
      if (!c?.lhpDate) return null;
      const issued = item.kind === 'tindakan_korektif' ? c.lhpDate : createdOn;
      const dueOn =
        item.dueOn !== null
          ? day(ctx, item.dueOn)
          : item.kind === 'tindakan_korektif'
            ? await dueOf(
                tx,
                ruleOf(DEFAULT_DEADLINE_RULES, 'tindakan_korektif'),
                c.lhpDate,
                c.regionCode?.slice(0, 2) ?? null,
              )
            : shift(issued, 60);
      return {
        row: { sourceType: 'complaint', sourceId: c.id, complaintId: c.id, officeId: c.officeId },
        dueOn,
        createdOn: issued,
      };
    }
    case 'activity': {
      const kind = s.activity === 'bimtek' ? 'bimtek' : 'kunjungan_koordinasi';
      const a = await repo.activityAction(tx, governmentId, kind, s.position);
      if (!a || (await repo.existingItem(tx, { activityActionId: a.id }))) return null;
      return {
        row: {
          sourceType: 'activity',
          sourceId: a.activityId,
          activityActionId: a.id,
          action: a.description,
        },
        dueOn: a.dueOn,
        createdOn: a.heldOn,
      };
    }
    case 'survey': {
      const p = await repo.closedSkmPeriod(tx, governmentId, 2023);
      const instrument = p ? await instrumentDefinition(tx, p.instrumentId) : null;
      if (!p || !instrument || !unitId) return null;
      const weakest = (await repo.elementMeans(tx, p.id, unitId))[s.rank];
      const q = weakest ? instrument.questions[weakest.index] : undefined;
      if (!weakest || !q) return null;
      if (await repo.existingItem(tx, { survey: { periodId: p.id, unitId, element: q.code } })) return null;
      const mean = weakest.mean.toFixed(2).replace('.', ',');
      return {
        row: {
          sourceType: 'survey_period',
          sourceId: p.id,
          surveyPeriodId: p.id,
          surveyElement: q.code,
          action: `Perbaiki unsur ${q.code} "${q.element.id}" — rata-rata ${mean} dari 4 pada SKM 2023, terendah ke-${s.rank + 1} di unit ini.`,
        },
        dueOn: shift(p.endsOn, 90),
        createdOn: shift(p.endsOn, 1),
      };
    }
  }
}

function day(ctx: Ctx, d: Day): string {
  return typeof d === 'number' ? daysAgo(ctx.today, d) : d;
}

interface Played {
  status: FollowupStatus;
  events: Array<{
    at: Date;
    actorId: string | null;
    action: string;
    fromStatus: FollowupStatus | null;
    toStatus: FollowupStatus | null;
    note: string | null;
    link?: string;
    photo?: string;
  }>;
  fields: Partial<ItemRow>;
}

/** The item's steps through the state machine: history rows and the item's final columns. */
function play(ctx: Ctx, item: DemoItem, createdAt: Date, who: Record<string, string | null>): Played {
  let status: FollowupStatus = 'terbuka';
  const fields: Partial<ItemRow> = {};
  const events: Played['events'] = [
    {
      at: createdAt,
      actorId: who.issuer!,
      action: 'dibuat',
      fromStatus: null,
      toStatus: 'terbuka',
      note: null,
    },
  ];
  let last = createdAt;
  item.steps.forEach((step, i) => {
    const onDay = day(ctx, step.on);
    const at = new Date(Math.max(atWib(onDay, 9 + (i % 7)).getTime(), last.getTime() + 60_000));
    last = at;
    if (step.do === 'publish') {
      // As the backlog's own publish does: the status stays, written on both sides.
      events.push({
        at,
        actorId: who.admin!,
        action: 'dipublikasikan',
        fromStatus: status,
        toStatus: status,
        note: null,
      });
      fields.publishedAt = at;
      fields.publishedBy = who.admin!;
      return;
    }
    const part: FollowupPart =
      step.do === 'answer'
        ? step.by
        : step.do === 'verify' || step.do === 'reopen'
          ? 'issuer'
          : 'coordinator';
    const actor =
      part === 'pic' ? who.owner! : part === 'coordinator' ? who.coordinator! : (who.verifier ?? null);
    if (!actor) throw new Error(`demo followups: ${item.key}: nobody to ${step.do}`);
    const to = nextStatus(status, step.do, part, item.kind);
    if (!to) throw new Error(`demo followups: ${item.key}: ${step.do} not allowed in ${status}`);
    const base = { at, actorId: actor, fromStatus: status, toStatus: to };
    if (step.do === 'assign')
      events.push({ ...base, action: 'ditugaskan', note: 'Ditugaskan kepada pemilik item.' });
    else if (step.do === 'answer') {
      events.push({ ...base, action: 'dijawab', note: step.note, link: step.link, photo: step.photo });
      fields.answeredBy = actor;
      fields.answeredAt = at;
      if (to === 'dikirim') fields.sentAt = at;
    } else if (step.do === 'send') {
      events.push({ ...base, action: 'dikirim', note: null });
      fields.sentAt = at;
    } else if (step.do === 'verify') {
      if (actor === fields.answeredBy) throw new Error(`demo followups: ${item.key}: verifier answered`);
      events.push({ ...base, action: 'diverifikasi', note: null });
      fields.verifiedBy = actor;
      fields.verifiedAt = at;
    } else {
      events.push({ ...base, action: 'dibuka_kembali', note: step.reason });
      fields.verifiedBy = null;
      fields.verifiedAt = null;
    }
    status = to;
  });
  return { status, events, fields: { ...fields, updatedAt: last } };
}

/** Writes one item and its history; returns 1, or 0 when its source is missing or already has an item. */
async function seedItem(tx: Executor, ctx: Ctx, item: DemoItem): Promise<number> {
  const gov = ctx.govs[item.gov];
  if (!gov) return 0;
  const unitId = item.unit ? (gov.units.get(item.unit) ?? null) : null;
  const source = await resolveSource(tx, ctx, item, gov.id, unitId, day(ctx, item.createdOn));
  if (!source) return 0;
  const issuer = ISSUER_OF[item.kind];
  const coordinator = ctx.users.get(COORDINATORS[item.gov]) ?? null;
  const owner = item.owner === 'coordinator' ? coordinator : (ctx.users.get(item.owner) ?? null);
  const issuerUser = issuer === 'office' ? (ctx.users.get(ISSUER) ?? null) : null;
  const createdAt = atWib(source.createdOn, 8);
  const played = play(ctx, item, createdAt, {
    issuer: issuerUser,
    verifier: issuerUser,
    coordinator,
    owner,
    admin: ctx.users.get(HEADQUARTERS) ?? null,
  });
  const itemId = await repo.insertItem(tx, {
    kind: item.kind,
    issuer,
    officeId: issuer === 'office' ? ctx.officeId : null,
    governmentId: gov.id,
    unitId,
    addressee: item.addressee,
    action: item.action,
    evidenceExpected: item.evidenceExpected,
    ...source.row,
    dueOn: source.dueOn,
    status: played.status,
    ownerId: owner,
    createdBy: issuerUser,
    createdAt,
    version: item.steps.length,
    ...played.fields,
  });
  for (const e of played.events) {
    let fileId: string | null = null;
    if (e.photo && ctx.dataDir) {
      const stored = await storeDemoFile(ctx.dataDir, tinyPng(), e.photo, 'image/png');
      fileId = await insertFile(tx, {
        ...stored,
        governmentId: gov.id,
        createdBy: e.actorId,
        createdAt: e.at,
      });
    }
    const { link, photo, ...row } = e;
    void photo;
    const eventId = await repo.insertEvent(tx, { itemId, ...row, fileId });
    if (fileId)
      await repo.insertEvidence(tx, { itemId, eventId, fileId, label: e.photo ?? null, createdAt: e.at });
    if (link)
      await repo.insertEvidence(tx, { itemId, eventId, url: link, label: 'Tautan bukti', createdAt: e.at });
  }
  return 1;
}

/** The indicators (ombudsman-2022-2024) the 2023 cycle's own points concern (demo-assessments.ts). */
const POINT_CODES: Record<string, string> = {
  [POINTS[0]!]: 'INPUT.SARPRAS.6',
  [POINTS[1]!]: 'INPUT.SARPRAS.8',
  [POINTS[2]!]: 'PENGADUAN.1',
};

/**
 * The points the 2023 cycle already held (demo-assessments.ts) become open saran perbaikan too, as
 * the release would have made them on 2 October 2023 (the demo releases in bulk, without the
 * source hook): their indicator named, due 60 days after, owned by the coordinator, untouched since.
 */
async function raiseCyclePoints(tx: Executor, ctx: Ctx): Promise<number> {
  const published = '2023-10-02';
  const dueOn = shift(published, 60);
  const assessor = ctx.users.get(ISSUER) ?? null;
  let made = 0;
  for (const key of ['balangan', 'kalsel'] as const) {
    const gov = ctx.govs[key];
    if (!gov) continue;
    for (const p of await repo.pointsWithoutItem(tx, ctx.cycleId, gov.id)) {
      const code = p.indicator_code ?? POINT_CODES[p.text] ?? null;
      if (code && !p.indicator_code) await repo.setPointIndicator(tx, p.id, code, dueOn);
      const createdAt = atWib(published, 8);
      const itemId = await repo.insertItem(tx, {
        kind: 'saran_perbaikan',
        issuer: 'office',
        sourceType: 'cycle',
        sourceId: ctx.cycleId,
        officeId: ctx.officeId,
        governmentId: gov.id,
        unitId: p.unit_id,
        cycleId: ctx.cycleId,
        indicatorCode: code,
        improvementPointId: p.id,
        addressee: p.unit_name ?? p.government_name,
        action: p.text,
        dueOn,
        ownerId: ctx.users.get(COORDINATORS[key]) ?? null,
        createdBy: assessor,
        createdAt,
        updatedAt: createdAt,
      });
      await repo.insertEvent(tx, {
        itemId,
        at: createdAt,
        actorId: assessor,
        action: 'dibuat',
        toStatus: 'terbuka',
      });
      made += 1;
    }
  }
  return made;
}

/** Kalsel's coordination visit after the 2023 results; its actions become `kegiatan` items. */
async function kalselVisit(tx: Executor, ctx: Ctx) {
  const gov = ctx.govs.kalsel;
  if (!gov) return;
  const held = daysAgo(ctx.today, KALSEL_VISIT.heldAgo);
  const assessor = ctx.users.get(ISSUER) ?? null;
  await insertActivity(
    tx,
    {
      governmentId: gov.id,
      officeId: ctx.officeId,
      kind: 'kunjungan_koordinasi',
      title: KALSEL_VISIT.title,
      heldOn: held,
      place: KALSEL_VISIT.place,
      people: [
        { name: 'Asesor Kalsel', role: 'Asisten Ombudsman', side: 'ombudsman' },
        { name: 'Biro Organisasi Kalsel', role: 'Koordinator kepatuhan', side: 'pemerintah' },
      ],
      topics: 'Tindak lanjut saran perbaikan hasil penilaian kepatuhan 2023.',
      minutes: 'Dua tindakan disepakati: papan informasi RSUD Ulin dan loket prioritas Samsat Banjarmasin.',
      createdBy: assessor,
      createdAt: atWib(held, 15),
      updatedBy: assessor,
      updatedAt: atWib(held, 15),
    },
    KALSEL_VISIT.actions.flatMap((a) => (gov.units.get(a.unit) ? [gov.units.get(a.unit)!] : [])),
    KALSEL_VISIT.actions.map((a, position) => ({
      governmentId: gov.id,
      unitId: gov.units.get(a.unit) ?? null,
      description: a.description,
      dueOn: shift(held, a.dueAfter),
      owner: 'Biro Organisasi Setda Provinsi',
      position,
    })),
  );
}

/**
 * Seeds the demo's follow-up items once (after the other demo seeds): the 2023 cycle's own points,
 * then the scripted items (demo-followups-data.ts); returns how many were made.
 */
export async function seedDemoFollowups(
  database: Database,
  opts: { dataDir?: string } = {},
): Promise<number> {
  const db = database.db;
  if (await hasMarker(db, KEY)) return 0;
  const officeId = await findOfficeIdByCode(db, 'KALSEL');
  const cycle = officeId ? await officialCycleOf(db, officeId, 2023) : null;
  if (!officeId || !cycle) return 0;
  const govs: Ctx['govs'] = { balangan: undefined, kalsel: undefined };
  for (const g of await governmentsOfRegions(db, Object.values(REGION))) {
    const units = new Map((await unitsOfGovernment(db, g.id)).map((u) => [u.code ?? '', u.id] as const));
    govs[g.regionCode === REGION.kalsel ? 'kalsel' : 'balangan'] = { id: g.id, units };
  }
  if (!govs.balangan) return 0;
  const ctx: Ctx = {
    today: todayWib(),
    dataDir: opts.dataDir,
    officeId,
    cycleId: cycle.id,
    govs,
    users: await repo.userIdsByEmail(db, [
      ...Object.values(COORDINATORS),
      ISSUER,
      HEADQUARTERS,
      PIC_DINKES,
      PIC_DISDUKCAPIL,
    ]),
  };
  return inTransaction(db, async (tx) => {
    await kalselVisit(tx, ctx);
    let made = await raiseCyclePoints(tx, ctx);
    for (const item of DEMO_FOLLOWUPS) made += await seedItem(tx, ctx, item);
    await insertMarker(tx, KEY, { at: new Date().toISOString(), items: made });
    return made;
  });
}
