/**
 * The demo's surveys (issue 16 "Done means"): Pemkab Balangan's SKM — a finished (closed) 2023
 * period over its seed units, most of which reached their Krejcie–Morgan sample, with a few
 * flagged responses (reviewed: accepted or excluded, each with its reason), some typed in by staff
 * from paper forms, and suggestions in Indonesian; and an open 2024 period part of the way there,
 * its flagged responses still waiting for review. And Ombudsman Kalsel's perception interviews on
 * its 2023 cycle (30 per government), applied to that cycle through the survey feed: the
 * interviews were drawn so that each Output indicator's share lands in the band of the value the
 * cycle already holds, so the published scores do not move and the explain drawer shows where the
 * values came from.
 *
 * Responses are bulk-inserted with explicit flags (survey-bulk.repository), not one by one through
 * the surveys module's insertResponse: a thousand rows in a few statements, and the flags the
 * demo means to show. Deterministic (seeded PRNG); once, behind its own marker.
 */
import type { Database, Executor } from '../../db/client';
import { inTransaction } from '../../lib/transaction';
import { requiredSample } from '../../../shared/surveys/krejcie-morgan';
import { sampleOfGovernment } from '../assessments/cycles/cycles.repository';
import {
  ensureInstruments,
  insertPeriod,
  insertResponses,
  insertReview,
  PERCEPTION,
  SKM,
  type ResponseSpec,
} from '../survey-feed/survey-bulk.repository';
import { findPeriod, instrumentDefinition } from '../survey-feed/survey-feed.repository';
import { computeFeed, writeFeed } from '../survey-feed/survey-feed.service';
import { findOfficeIdByCode, findUserIdByEmail, governmentsOfRegions } from './demo-assessments.repository';
import { BALANGAN_SKM_UNITS, SHARE_FOR_LEVEL, unitResponses, type DraftResponse } from './demo-surveys-data';
import * as repo from './demo-surveys.repository';
import { prng } from './demo-values';
import { hasMarker, insertMarker } from './demo.repository';

const KEY = 'demo_surveys_seeded';
/** Kalimantan Selatan is on WITA (UTC+8); units open at 07:30 local. */
const OPEN_UTC_MS = (7.5 - 8) * 3_600_000;

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A working day (Monday–Friday) `index` days into the period, at `minute` after opening. */
function at(startsOn: string, index: number, minute: number): Date {
  let day = shift(startsOn, index);
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  if (dow === 0) day = shift(day, 1);
  if (dow === 6) day = shift(day, 2);
  return new Date(Date.parse(`${day}T00:00:00Z`) + OPEN_UTC_MS + minute * 60_000);
}

const hex = (r: () => number) =>
  Array.from({ length: 4 }, () =>
    Math.floor(r() * 0xffffffff)
      .toString(16)
      .padStart(8, '0'),
  ).join('');

interface Balangan {
  governmentId: string;
  coordinatorId: string | null;
  units: Array<{ id: string; code: string; population: number; spec: (typeof BALANGAN_SKM_UNITS)[number] }>;
  products: Map<string, string[]>;
}

async function balangan(db: Executor): Promise<Balangan | null> {
  const [gov] = await governmentsOfRegions(db, ['63.11']);
  if (!gov) return null;
  const all = await repo.unitsOfGovernment(db, gov.id);
  const units = BALANGAN_SKM_UNITS.flatMap((spec) => {
    const u = all.find((x) => x.code === spec.code);
    return u ? [{ id: u.id, code: spec.code, population: spec.population, spec }] : [];
  });
  const products = new Map<string, string[]>();
  for (const p of await repo.productsOfUnits(
    db,
    units.map((u) => u.id),
  ))
    products.set(p.unitId, [...(products.get(p.unitId) ?? []), p.id]);
  return {
    governmentId: gov.id,
    coordinatorId: (await findUserIdByEmail(db, 'koordinator.balangan@patuh.local')) ?? null,
    units,
    products,
  };
}

/** One SKM period of Balangan; returns the flagged responses (id, unit, flag) for the reviews. */
async function skmPeriod(
  tx: Executor,
  b: Balangan,
  year: 2023 | 2024,
): Promise<{
  periodId: string;
  count: number;
  flagged: Array<{ id: string; unitId: string; flag: string }>;
}> {
  const startsOn = `${year}-02-01`;
  const closed = year === 2023;
  const periodId = await insertPeriod(tx, {
    kind: 'skm',
    title: `Survei Kepuasan Masyarakat Kabupaten Balangan ${year}`,
    governmentId: b.governmentId,
    startsOn,
    // The open period runs to the end of the current year, so its counter QR and slips can be
    // answered in the demo today (a period whose dates have passed refuses respondents).
    endsOn: closed ? `${year}-11-30` : `${Math.max(year, new Date().getUTCFullYear())}-12-31`,
    status: closed ? 'closed' : 'open',
    createdBy: b.coordinatorId,
    units: b.units.map((u) => ({
      unitId: u.id,
      governmentId: b.governmentId,
      population: u.population,
      productIds: b.products.get(u.id) ?? [],
    })),
  });
  const specs: ResponseSpec[] = [];
  const flaggedAt: Array<{ index: number; unitId: string; flag: string }> = [];
  for (const u of b.units) {
    const r = prng(`skm:${year}:${u.code}`);
    const reached = closed ? u.spec.reached2023 : u.spec.reached2024;
    const count = Math.round(requiredSample(u.population) * reached);
    // 2023 runs the whole period; 2024 is four months in.
    const drafts = unitResponses(r, u.spec.mood, count, closed ? 290 : 120);
    const products = b.products.get(u.id) ?? [];
    let lastDevice = hex(r);
    drafts.forEach((d: DraftResponse) => {
      const device = d.staff ? null : d.flags.includes('device_reuse') ? lastDevice : hex(r);
      if (device) lastDevice = device;
      if (d.flags.length) flaggedAt.push({ index: specs.length, unitId: u.id, flag: d.flags[0]! });
      specs.push({
        unitId: u.id,
        governmentId: b.governmentId,
        productId: products.length ? products[Math.floor(r() * products.length)]! : null,
        answers: d.answers,
        profile: d.profile,
        suggestion: d.suggestion,
        channel: d.channel,
        enteredBy: d.staff ? b.coordinatorId : null,
        flags: d.flags,
        durationMs: d.durationMs,
        deviceHash: device,
        submittedAt: at(startsOn, d.dayIndex, d.minuteOfDay),
      });
    });
  }
  // In time order, as they would have arrived (the sequence is the arrival order).
  const order = specs
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.submittedAt!.getTime() - b.s.submittedAt!.getTime());
  const ids = await insertResponses(
    tx,
    periodId,
    SKM,
    order.map((o) => o.s),
  );
  const idOf = new Map(order.map((o, k) => [o.i, ids[k]!]));
  return {
    periodId,
    count: ids.length,
    flagged: flaggedAt.map((f) => ({ id: idOf.get(f.index)!, unitId: f.unitId, flag: f.flag })),
  };
}

/** The coordinator's reviews of a closed period's flagged responses, each with its reason. */
const REVIEWS: Record<string, { decision: 'accept' | 'exclude'; reason: string }> = {
  too_fast: { decision: 'exclude', reason: 'Diisi terlalu cepat untuk sembilan pertanyaan; tidak dihitung.' },
  device_reuse: {
    decision: 'accept',
    reason: 'Tablet di loket dipakai bergantian oleh responden yang berbeda (dicek dengan buku tamu).',
  },
  outside_hours: {
    decision: 'accept',
    reason: 'Layanan jemput bola malam hari di kecamatan; responden memang dilayani saat itu.',
  },
  identical_burst: { decision: 'exclude', reason: 'Tiga jawaban identik dalam dua menit dari satu loket.' },
};

/** Ombudsman Kalsel's 2023 perception interviews, applied to its 2023 cycle. */
async function perception2023(tx: Executor): Promise<number> {
  const db = tx;
  const officeId = await findOfficeIdByCode(db, 'KALSEL');
  const cycle = officeId ? await repo.officialCycleOf(db, officeId, 2023) : null;
  const assessorId = await findUserIdByEmail(db, 'asesor.kalsel@patuh.local');
  const headId = await findUserIdByEmail(db, 'kepala.kalsel@patuh.local');
  if (!officeId || !cycle || !assessorId || !headId) return 0;
  const govs = await governmentsOfRegions(db, ['63', '63.11']);
  {
    const samples = await Promise.all(
      govs.map(async (g) => ({ g, sample: await sampleOfGovernment(tx, cycle.id, g.id) })),
    );
    const periodId = await insertPeriod(tx, {
      kind: 'persepsi_maladministrasi',
      title: 'Wawancara Persepsi Maladministrasi Pengguna Layanan 2023',
      officeId,
      cycleId: cycle.id,
      startsOn: '2023-05-02',
      endsOn: '2023-07-31',
      status: 'closed',
      createdBy: headId,
      units: samples.flatMap(({ g, sample }) =>
        sample.units.map((u) => ({
          unitId: u.unitId,
          governmentId: g.id,
          sampleTarget: Math.ceil(30 / Math.max(1, sample.units.length)),
        })),
      ),
    });
    let total = 0;
    for (const { g, sample } of samples) {
      if (sample.units.length === 0) continue;
      const r = prng(`persepsi:2023:${g.regionCode}`);
      const values = await repo.entityValues(tx, cycle.id, g.id, 'OUTPUT.');
      const byCode = new Map(values.map((v) => [v.indicator, v]));
      const specs: ResponseSpec[] = Array.from({ length: 30 }, (_, i) => ({
        unitId: sample.units[i % sample.units.length]!.unitId,
        governmentId: g.id,
        channel: 'interview' as const,
        enteredBy: assessorId,
        profile: { jenis_kelamin: r() < 0.5 ? 'L' : 'P' },
        answers: [1, 2, 3, 4, 5].map((k) => {
          const v = byCode.get(`OUTPUT.${k}`);
          if (!v || v.na || v.value === null || SHARE_FOR_LEVEL[v.value] === undefined) return null;
          // The first n interviews (in a shuffled order per indicator) answered "Tidak pernah".
          return (i * 7 + k * 11) % 30 < SHARE_FOR_LEVEL[v.value]! ? 4 : 1 + Math.floor(r() * 3);
        }),
        submittedAt: at('2023-05-08', Math.floor(i / 3), 60 + (i % 3) * 90),
        durationMs: null,
      }));
      await insertResponses(tx, periodId, PERCEPTION, specs);
      total += specs.length;
    }
    // Applied as the head did then: through the feed's own write path, values unchanged.
    const period = (await findPeriod(tx, periodId))!;
    const { values } = await computeFeed(tx, period, cycle);
    const instrument = (await instrumentDefinition(tx, PERCEPTION))!;
    await writeFeed(tx, null, headId, cycle, period, instrument, values, undefined);
    return total;
  }
}

/** Seeds the demo surveys once (after the demo and its assessments); returns the responses written. */
export async function seedDemoSurveys(database: Database): Promise<number> {
  const db = database.db;
  await ensureInstruments(db);
  if (await hasMarker(db, KEY)) return 0;
  const b = await balangan(db);
  if (!b) return 0;
  return inTransaction(db, async (tx) => {
    let total = 0;
    for (const year of [2023, 2024] as const) {
      const { periodId, count, flagged } = await skmPeriod(tx, b, year);
      total += count;
      if (year !== 2023 || !b.coordinatorId) continue;
      for (const f of flagged) {
        const review = REVIEWS[f.flag];
        if (review)
          await insertReview(tx, {
            responseId: f.id,
            periodId,
            unitId: f.unitId,
            by: b.coordinatorId,
            ...review,
          });
      }
    }
    total += await perception2023(tx);
    await insertMarker(tx, KEY, { responses: total });
    return total;
  });
}
