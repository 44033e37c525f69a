/**
 * Synthetic SKM surveys (issue 16): every government ran a closed 2024 period over all its units,
 * and its users answered — ~1,000,000 responses at national scale, answers drawn around the
 * government's `quality`, a few elements skipped, ~4–5 % flagged (too fast, same device, identical
 * bursts, outside hours; a third of them reviewed: mostly excluded, some accepted) and ~8 % typed
 * in by staff from paper forms. Deterministic by seed and batch; streamed through the synth's bulk
 * sink (COPY), a unit at a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InstrumentSchema, type Instrument } from '../../../shared/surveys/instrument.schema';
import type { Database } from '../../db/client';
import { Prng } from './prng';
import type { SynthModel } from './synth-model';
import type { Sink, TableWriter } from './synth-sink';

export const SYNTH_SKM_INSTRUMENT = 'skm-permenpan-14-2017';
export const RESPONSES_PER_SCALE = { national: 1_000_000, medium: 150_000, small: 3_000 } as const;
/** Share of respondent answers flagged, and of flagged ones a reviewer decided on. */
export const FLAGGED_SHARE = 0.045;
const REVIEWED_SHARE = 0.33;
const STAFF_SHARE = 0.08;
const FLAG_MIX: Array<[string, number]> = [
  ['too_fast', 0.4],
  ['device_reuse', 0.3],
  ['identical_burst', 0.2],
  ['outside_hours', 0.1],
];
const SUGGESTIONS = [
  'Antrean agar lebih tertib dan ada nomor antrean.',
  'Ruang tunggu diperluas dan diberi kipas angin.',
  'Petugas ramah, pertahankan.',
  'Informasi persyaratan dipasang di papan pengumuman.',
  'Layanan daring sering gangguan.',
  'Waktu penyelesaian lebih cepat.',
];

function instrumentFile(): Instrument {
  const file = path.join(process.cwd(), 'instruments', `${SYNTH_SKM_INSTRUMENT}.json`);
  return InstrumentSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** The built-in SKM instrument row (the surveys module syncs it at start; the synth may run first). */
export async function ensureSynthInstrument(database: Database): Promise<Instrument> {
  const def = instrumentFile();
  await database.query(
    `insert into survey_instruments (id, version, kind, name, definition, source, frozen_at)
     values ($1, $2, $3, $4, $5::jsonb, 'builtin', now()) on conflict (id) do nothing`,
    [def.id, def.version, def.kind, def.name.id, JSON.stringify(def)],
  );
  return def;
}

/** One answer 1–4 around `mean` (the government's quality moves it). */
function answer(rng: Prng, mean: number): number {
  const v = Math.round(mean + (rng.next() + rng.next() + rng.next() - 1.5) * 1.1);
  return Math.min(4, Math.max(1, v));
}

const RESPONSE_COLUMNS = [
  'id',
  'period_id',
  'unit_id',
  'government_id',
  'product_id',
  'instrument_id',
  'answers',
  'suggestion',
  'profile',
  'channel',
  'entered_by',
  'device_hash',
  'started_at',
  'submitted_at',
  'duration_ms',
  'flags',
];

export interface SurveysLoad {
  periods: number;
  responses: number;
  flagged: number;
  staff: number;
  reviews: number;
}

async function put(w: TableWriter, row: Parameters<TableWriter['push']>[0]) {
  const wait = w.push(row);
  if (wait) await wait;
}

/** Streams one closed 2024 SKM period per government and its responses into the sink. */
export async function loadSurveys(
  model: SynthModel,
  sink: Sink,
  instrument: Instrument,
  target: number,
): Promise<SurveysLoad> {
  const rng = new Prng(model.seed, `surveys:${model.batch}`);
  const questions = instrument.questions.length;
  const profile = instrument.profile.filter((p) => p.options && p.options.length > 0);
  const perUnit = Math.max(1, target / Math.max(1, model.units.length));
  const coordinatorOf = new Map<string, string>();
  for (const u of model.users)
    if (u.role === 'gov_coordinator' && u.governmentId && !coordinatorOf.has(u.governmentId))
      coordinatorOf.set(u.governmentId, u.id);

  const periods = await sink.open('survey_periods', [
    'id',
    'kind',
    'instrument_id',
    'title',
    'government_id',
    'starts_on',
    'ends_on',
    'status',
    'interim_visible',
    'token_secret',
    'closed_at',
  ]);
  const periodIds = model.governments.map(() => rng.uuid());
  for (const gov of model.governments)
    await put(periods, [
      periodIds[gov.index]!,
      'skm',
      SYNTH_SKM_INSTRUMENT,
      'SKM 2024',
      gov.id,
      '2024-01-01',
      '2024-12-31',
      'closed',
      true,
      rng.hex(32),
      '2025-01-02 09:00:00+07',
    ]);
  await periods.close();

  // One COPY at a time: the PostgreSQL sink has one connection, so a second open writer would wait
  // behind the first and its backpressure would never drain. The period's units (one small row per
  // unit) are kept and written after the responses.
  const unitRows: Array<[string, string, string, number, string[]]> = [];
  const responses = await sink.open('survey_responses', RESPONSE_COLUMNS);
  const reviewRows: Array<[string, string, string, string, string, string]> = [];
  const load: SurveysLoad = {
    periods: model.governments.length,
    responses: 0,
    flagged: 0,
    staff: 0,
    reviews: 0,
  };
  for (const unit of model.units) {
    const gov = model.governments[unit.governmentIndex]!;
    const periodId = periodIds[gov.index]!;
    const products = model.products.slice(unit.productStart, unit.productEnd).slice(0, 3);
    unitRows.push([periodId, unit.id, gov.id, rng.int(200, 20_000), products.map((p) => p.id)]);
    const mean = 2.4 + 1.4 * gov.quality;
    const count = Math.max(1, Math.round(perUnit * (0.6 + 0.8 * rng.next())));
    const by = coordinatorOf.get(gov.id) ?? null;
    for (let i = 0; i < count; i++) {
      const staff = by !== null && rng.chance(STAFF_SHARE);
      const answers = Array.from({ length: questions }, (): number | null =>
        rng.chance(0.02) ? null : answer(rng, mean),
      );
      if (!answers.some((a) => a !== null)) answers[0] = answer(rng, mean);
      const flags: string[] = [];
      if (!staff && rng.chance(FLAGGED_SHARE)) {
        let r = rng.next();
        for (const [flag, p] of FLAG_MIX) {
          if ((r -= p) < 0) {
            flags.push(flag);
            break;
          }
        }
        if (flags.length === 0) flags.push('too_fast');
      }
      const day = rng.int(0, 364);
      const at = new Date(Date.UTC(2024, 0, 1 + day, rng.int(1, 8), rng.int(0, 59), rng.int(0, 59)));
      const duration = flags[0] === 'too_fast' ? rng.int(4_000, 20_000) : rng.int(45_000, 400_000);
      const id = rng.uuid();
      const prof: Record<string, string> = {};
      for (const p of profile) if (rng.chance(0.95)) prof[p.code] = rng.pick(p.options!).code;
      await put(responses, [
        id,
        periodId,
        unit.id,
        gov.id,
        products.length > 0 && rng.chance(0.8) ? rng.pick(products).id : null,
        SYNTH_SKM_INSTRUMENT,
        `{${answers.map((a) => (a === null ? 'NULL' : String(a))).join(',')}}`,
        rng.chance(0.06) ? rng.pick(SUGGESTIONS) : null,
        JSON.stringify(prof),
        staff ? 'staff' : rng.chance(0.85) ? 'counter' : 'link',
        staff ? by : null,
        staff ? null : rng.hex(16),
        staff ? null : new Date(at.getTime() - duration).toISOString(),
        at.toISOString(),
        staff ? null : duration,
        flags,
      ]);
      load.responses++;
      if (staff) load.staff++;
      if (flags.length > 0) {
        load.flagged++;
        if (by && rng.chance(REVIEWED_SHARE)) {
          const accept = rng.chance(0.3);
          reviewRows.push([
            id,
            periodId,
            unit.id,
            accept ? 'accept' : 'exclude',
            accept ? 'Dicek petugas: responden asli' : 'Pola tidak wajar',
            by,
          ]);
        }
      }
    }
  }
  await responses.close();
  const units = await sink.open('survey_period_units', [
    'period_id',
    'unit_id',
    'government_id',
    'population',
    'product_ids',
  ]);
  for (const r of unitRows) await put(units, r);
  await units.close();
  const reviews = await sink.open('survey_response_reviews', [
    'response_id',
    'period_id',
    'unit_id',
    'decision',
    'reason',
    'decided_by',
  ]);
  for (const r of reviewRows) await put(reviews, r);
  load.reviews = await reviews.close();
  return load;
}
