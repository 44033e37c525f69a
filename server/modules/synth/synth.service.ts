/**
 * `npx patuh synth`: loads a deterministic synthetic Indonesia into the configured database —
 * registry, accounts, one published cycle on ombudsman-2022-2024 with self and verified answers
 * and evidence metadata, and per government its own internal cycle on spot-check-2024 over all
 * its units and products (synth-internal.ts) — then computes every roll-up with the assessments
 * module's recomputeCycle. One transaction for the load (COPY on both engines); progress on stderr.
 */
import { hashPassword } from '../auth/auth.service';
import type { Database } from '../../db/client';
import { getFramework } from '../../frameworks/framework-catalog';
import { recomputeCycle } from '../assessments/results/scoring.service';
import { syncBuiltInFrameworks } from '../frameworks/frameworks.sync';
import { importRegions } from '../regions/regions.service';
import { Prng } from './prng';
import {
  ANSWER_COLUMNS,
  EVIDENCE_COLUMNS,
  FILE_COLUMNS,
  emitGovernmentAnswers,
  expectedAnswerCount,
  leafLevels,
} from './synth-answers';
import { INTERNAL_FRAMEWORK_ID, loadInternalCycles } from './synth-internal';
import { buildModel, type ScaleName, type SynthModel } from './synth-model';
import { copyBlobSink, copyRows, copyStdinSink, insertSink, type Row, type Sink } from './synth-sink';
import * as repo from './synth.repository';
import { releasePublishedCycles } from '../public-release/release.repository';
import type { IdentityKeys } from '../../lib/identity-crypto';
import { currentRuleSet, syncComplaintReferenceData } from '../complaints/complaints.sync';
import { todayWib } from '../complaints/complaints.create';
import { COMPLAINTS_PER_SCALE, fixedSynthKeys, loadComplaints } from './synth-complaints';
import { loadStandards } from './synth-standards';
import { ensureSynthInstrument, loadSurveys, RESPONSES_PER_SCALE } from './synth-surveys';
import { FOLLOWUPS_PER_SCALE, loadFollowups } from './synth-followups';
import { frameworkLeaves } from '../../../shared/frameworks/framework.schema';

export const FRAMEWORK_ID = 'ombudsman-2022-2024';
/** Every synthetic account signs in with this password (they are test accounts on a throwaway database). */
export const SYNTH_PASSWORD = 'patuh-synth-2024';

export interface SynthOptions {
  scale: ScaleName;
  seed: number;
  /** Add another batch to a database that already has data (see SynthRefusedError). */
  force?: boolean;
  /** PostgreSQL URL for a dedicated COPY connection; without it PostgreSQL gets batched INSERTs. */
  databaseUrl?: string | undefined;
  log?: (line: string) => void;
  /** Seals the synthetic reporters (the CLI: the data directory's key); default fixedSynthKeys(seed). */
  identityKeys?: IdentityKeys;
  /** Reports of maladministration to add; default COMPLAINTS_PER_SCALE[scale]. */
  complaints?: number;
  /** SKM survey responses to add; default RESPONSES_PER_SCALE[scale] (~1,000,000 national). */
  surveyResponses?: number;
  /** Follow-up items to add; default FOLLOWUPS_PER_SCALE[scale] (~200,000 national). */
  followups?: number;
}

export interface PhaseTiming {
  phase: string;
  rows: number;
  ms: number;
}

export interface SynthReport {
  batch: number;
  cycleId: string;
  /** Every government's internal cycle (penilaian mandiri), in government order. */
  internalCycleIds: string[];
  loader: Sink['kind'];
  phases: PhaseTiming[];
  counts: Record<string, number>;
  totalMs: number;
}

/** The database already holds data and --force was not given. */
export class SynthRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SynthRefusedError';
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Loads one synthetic batch. Refuses when the database already has a batch or any government,
 * unless `force`: then it adds batch n+1 (codes and e-mails suffixed, a fresh seed stream) and
 * archives the active governments of the same regions first, since a region has one active
 * government.
 */
export async function runSynth(database: Database, opts: SynthOptions): Promise<SynthReport> {
  const log = opts.log ?? (() => undefined);
  const started = performance.now();
  const phases: PhaseTiming[] = [];
  const phase = async <T>(name: string, fn: () => Promise<{ rows: number; value: T }>): Promise<T> => {
    const t0 = performance.now();
    const { rows, value } = await fn();
    const ms = performance.now() - t0;
    phases.push({ phase: name, rows, ms: Math.round(ms) });
    const rate = ms > 0 ? ` (${fmt(Math.round((rows / ms) * 1000))} rows/s)` : '';
    log(`[synth] ${name}: ${fmt(rows)} rows in ${(ms / 1000).toFixed(1)} s${rate}`);
    return value;
  };

  await phase('reference data', async () => {
    const r = await importRegions(database);
    await syncBuiltInFrameworks(database.db);
    await syncComplaintReferenceData(database.db);
    return { rows: r.provinces + r.regencies, value: undefined };
  });

  const batches = await repo.loadedBatches(database);
  const governmentsBefore = await repo.activeGovernmentCount(database);
  if ((batches.length > 0 || governmentsBefore > 0) && !opts.force) {
    const what =
      batches.length > 0
        ? `a synthetic batch (seed ${batches.at(-1)!.seed}, scale ${batches.at(-1)!.scale}, ${batches.at(-1)!.at})`
        : `${governmentsBefore} governments`;
    throw new SynthRefusedError(
      `The database already holds ${what}. Use a fresh database (another PATUH_DATA_DIR or DATABASE_URL), or pass --force to add another batch (archives the active governments of the same regions).`,
    );
  }
  const batch = batches.length + 1;

  const framework = getFramework(FRAMEWORK_ID);
  if (!framework) throw new Error(`built-in framework ${FRAMEWORK_ID} missing`);
  const levels = leafLevels(framework);
  const internalFramework = getFramework(INTERNAL_FRAMEWORK_ID);
  if (!internalFramework) throw new Error(`built-in framework ${INTERNAL_FRAMEWORK_ID} missing`);
  const internalLevels = leafLevels(internalFramework);
  const model = await phase('model', async () => {
    const m = buildModel(opts.scale, opts.seed, batch);
    return { rows: m.governments.length + m.units.length + m.products.length + m.users.length, value: m };
  });
  const expected = expectedAnswerCount(model, levels);
  const expectedInternal = expectedAnswerCount(model, internalLevels);
  log(
    `[synth] batch ${batch}, seed ${opts.seed}, scale ${opts.scale}: ${fmt(model.governments.length)} governments, ${fmt(model.units.length)} units, ` +
      `${fmt(model.products.length)} products, ${fmt(model.users.length)} accounts, ${fmt(expected)} answers expected ` +
      `(+ ${fmt(expectedInternal)} in ${fmt(model.governments.length)} internal cycles)`,
  );
  if (batch > 1) {
    const archived = await repo.archiveGovernmentsOfRegions(database, model.regionCodes);
    log(`[synth] --force: batch ${batch}; archived ${archived} active governments of the same regions`);
  }

  const sink: Sink =
    database.engine === 'pglite'
      ? copyBlobSink(database.pglite!)
      : opts.databaseUrl
        ? await copyStdinSink(opts.databaseUrl)
        : insertSink(database);
  const cycleId = new Prng(opts.seed, `cycle:${batch}`).uuid();
  const passwordHash = await hashPassword(SYNTH_PASSWORD);
  let internalCycleIds: string[] = [];
  const skmInstrument = await ensureSynthInstrument(database);
  try {
    await sink.begin();
    await loadRegistry(model, sink, passwordHash, phase);
    await loadCycle(model, levels, cycleId, sink, phase, log, expected);
    internalCycleIds = await loadInternalCycles(model, internalLevels, sink, phase);
    const ruleSetId = (await currentRuleSet(database.db)).id;
    await phase('complaints (cases, forms, events, clocks)', async () => {
      const w = await loadComplaints(model, sink, {
        count: opts.complaints ?? COMPLAINTS_PER_SCALE[opts.scale],
        seed: opts.seed,
        batch,
        keys: opts.identityKeys ?? fixedSynthKeys(opts.seed),
        ruleSetId,
        today: todayWib(),
      });
      return { rows: Object.values(w).reduce((a, b) => a + b, 0), value: w };
    });
    await phase('service standards and maklumat', async () => {
      const w = await loadStandards(model, sink, todayWib());
      return { rows: w.standards + w.maklumat, value: w };
    });
    await phase('SKM surveys (periods, responses, reviews)', async () => {
      const w = await loadSurveys(
        model,
        sink,
        skmInstrument,
        opts.surveyResponses ?? RESPONSES_PER_SCALE[opts.scale],
      );
      log(
        `[synth] SKM: ${fmt(w.responses)} responses, ${fmt(w.flagged)} flagged (${((100 * w.flagged) / Math.max(1, w.responses)).toFixed(1)} %), ${fmt(w.staff)} staff-entered, ${fmt(w.reviews)} reviews`,
      );
      return { rows: w.periods + w.responses + w.reviews, value: w };
    });
    await phase('follow-up items (items, history)', async () => {
      const w = await loadFollowups(model, sink, {
        count: opts.followups ?? FOLLOWUPS_PER_SCALE[opts.scale],
        cycleId,
        indicatorCodes: frameworkLeaves(framework).map((n) => n.code),
        today: todayWib(),
      });
      log(
        `[synth] follow-ups: ${fmt(w.items)} items (${Object.entries(w.byStatus)
          .map(([k, v]) => `${k} ${fmt(v)}`)
          .join(', ')}; ${fmt(w.overdue)} overdue), ${fmt(w.events)} history rows`,
      );
      return { rows: w.items + w.events, value: w };
    });
    await sink.commit();
  } catch (err) {
    await sink.rollback().catch(() => undefined);
    throw err;
  } finally {
    await sink.end();
  }
  await repo.recordBatch(database, [
    ...batches,
    { batch, seed: opts.seed, scale: opts.scale, cycleId, at: new Date().toISOString() },
  ]);

  await phase('analyze', async () => {
    await database.exec('analyze');
    return { rows: 0, value: undefined };
  });
  await phase('roll-ups (recomputeCycle)', async () => {
    const r = await recomputeCycle(database.db, cycleId, 'final', null, { force: true });
    return { rows: r.governments, value: undefined };
  });
  await phase('internal roll-ups (recomputeCycle each)', async () => {
    let rows = 0;
    for (const id of internalCycleIds)
      rows += (await recomputeCycle(database.db, id, 'final', null, { force: true })).governments;
    return { rows, value: undefined };
  });
  // The published official cycle's governments released to the public portal, as the office head
  // would, so the bench reads public pages of the whole nation (issue 13).
  await phase('public releases', async () => ({
    rows: await releasePublishedCycles(database.db, [cycleId], null),
    value: undefined,
  }));
  const counts = await repo.tableCounts(database);
  return {
    batch,
    cycleId,
    internalCycleIds,
    loader: sink.kind,
    phases,
    counts,
    totalMs: Math.round(performance.now() - started),
  };
}

export type PhaseFn = <T>(name: string, fn: () => Promise<{ rows: number; value: T }>) => Promise<T>;

async function loadRegistry(
  model: SynthModel,
  sink: Sink,
  passwordHash: string,
  phase: PhaseFn,
): Promise<void> {
  const { offices, governments, units, products, users } = model;
  await phase('offices', async () => ({
    rows: await copyRows(
      sink,
      'offices',
      ['id', 'name', 'code', 'is_head_office', 'address', 'province_codes'],
      offices.map((o) => [o.id, o.name, o.code, o.isHeadOffice, null, o.provinceCodes]),
    ),
    value: undefined,
  }));
  await phase('governments', async () => ({
    rows: await copyRows(
      sink,
      'governments',
      ['id', 'type', 'name', 'region_code', 'office_id', 'website'],
      governments.map((g) => [
        g.id,
        g.type,
        g.name,
        g.regionCode,
        g.officeId,
        `https://g${g.index}.synth.patuh.test`,
      ]),
    ),
    value: undefined,
  }));
  await phase('units', async () => ({
    rows: await copyRows(
      sink,
      'units',
      ['id', 'government_id', 'parent_id', 'code', 'name', 'type', 'sector'],
      units.map((u) => [
        u.id,
        governments[u.governmentIndex]!.id,
        u.parentId,
        u.code,
        u.name,
        u.type,
        u.sector,
      ]),
    ),
    value: undefined,
  }));
  await phase('service products', async () => ({
    rows: await copyRows(
      sink,
      'service_products',
      ['id', 'unit_id', 'government_id', 'name', 'type'],
      products.map((p) => {
        const unit = units[p.unitIndex]!;
        return [p.id, unit.id, governments[unit.governmentIndex]!.id, p.name, p.type];
      }),
    ),
    value: undefined,
  }));
  await phase('accounts, PIC links, contacts', async () => {
    let rows = await copyRows(
      sink,
      'users',
      ['id', 'email', 'name', 'password_hash', 'role', 'office_id', 'government_id', 'locale'],
      users.map((u) => [u.id, u.email, u.name, passwordHash, u.role, u.officeId, u.governmentId, 'id']),
    );
    const pics = users.filter((u) => u.role === 'unit_pic');
    rows += await copyRows(
      sink,
      'user_units',
      ['user_id', 'unit_id'],
      pics.map((u) => [u.id, u.unitId!]),
    );
    const rng = new Prng(model.seed, `contacts:${model.batch}`);
    rows += await copyRows(
      sink,
      'contacts',
      ['id', 'unit_id', 'government_id', 'name', 'position', 'phone', 'email', 'user_id'],
      pics.map((u) => [
        rng.uuid(),
        u.unitId!,
        u.governmentId!,
        u.name,
        'Kepala Subbagian Pelayanan',
        `08${rng.int(11, 59)}${rng.int(10_000_000, 99_999_999)}`,
        u.email,
        u.id,
      ]),
    );
    return { rows, value: undefined };
  });
}

async function loadCycle(
  model: SynthModel,
  levels: ReturnType<typeof leafLevels>,
  cycleId: string,
  sink: Sink,
  phase: PhaseFn,
  log: (l: string) => void,
  expected: number,
): Promise<void> {
  const { governments, units, products } = model;
  const head = model.offices[0]!;
  const headOfHead = model.users.find((u) => u.role === 'oversight_head' && u.officeId === head.id)!;
  const admin = model.users.find((u) => u.role === 'admin')!;
  await phase('cycle and sample', async () => {
    let rows = await copyRows(
      sink,
      'cycles',
      [
        'id',
        'office_id',
        'year',
        'name',
        'framework_id',
        'status',
        'self_start',
        'self_end',
        'verify_start',
        'verify_end',
        'appeal_start',
        'appeal_end',
        'final_date',
        'products_per_unit',
        'approved_by',
        'approved_at',
        'published_at',
        'created_by',
      ],
      [
        [
          cycleId,
          head.id,
          2024,
          `Penilaian Kepatuhan 2024 (sintetis, batch ${model.batch})`,
          FRAMEWORK_ID,
          'published',
          '2024-04-01',
          '2024-05-31',
          '2024-06-01',
          '2024-08-31',
          '2024-09-01',
          '2024-09-30',
          '2024-10-15',
          model.scale.productsPerUnit[1],
          headOfHead.id,
          '2024-10-15 10:00:00+07',
          '2024-10-20 10:00:00+07',
          admin.id,
        ],
      ],
    );
    rows += await copyRows(
      sink,
      'cycle_governments',
      ['cycle_id', 'government_id'],
      governments.map((g) => [cycleId, g.id]),
    );
    rows += await copyRows(
      sink,
      'cycle_units',
      ['cycle_id', 'unit_id', 'government_id', 'self_status', 'submitted_at', 'submitted_by'],
      units.map((u, i) => [
        cycleId,
        u.id,
        governments[u.governmentIndex]!.id,
        'submitted',
        '2024-05-31 16:00:00+07',
        model.picOfUnit.get(units[i]!.topIndex)!,
      ]),
    );
    rows += await copyRows(
      sink,
      'cycle_products',
      ['cycle_id', 'product_id', 'unit_id', 'government_id'],
      products.map((p) => {
        const unit = units[p.unitIndex]!;
        return [cycleId, p.id, unit.id, governments[unit.governmentIndex]!.id];
      }),
    );
    rows += await copyRows(
      sink,
      'cycle_assessors',
      ['cycle_id', 'government_id', 'user_id'],
      governments.map((g) => [cycleId, g.id, model.assessorOf[g.index]!]),
    );
    return { rows, value: undefined };
  });

  const files: Row[] = [];
  const links: Row[] = [];
  await phase('answers (self + verified)', async () => {
    const w = await sink.open('answers', ANSWER_COLUMNS);
    let next = Math.min(expected, 500_000);
    let written = 0;
    const t0 = performance.now();
    for (const gov of governments) {
      await emitGovernmentAnswers(
        model,
        levels,
        cycleId,
        gov.index,
        (row) => {
          written++;
          return w.push(row);
        },
        (file, link) => {
          files.push(file);
          links.push(link);
        },
      );
      if (written >= next && written < expected) {
        const s = (performance.now() - t0) / 1000;
        log(`[synth]   answers: ${fmt(written)} / ${fmt(expected)} (${fmt(Math.round(written / s))} rows/s)`);
        next += 500_000;
      }
    }
    return { rows: await w.close(), value: undefined };
  });
  await phase('evidence metadata (files + evidence)', async () => {
    const rows =
      (await copyRows(sink, 'files', FILE_COLUMNS, files)) +
      (await copyRows(sink, 'evidence', EVIDENCE_COLUMNS, links));
    return { rows, value: undefined };
  });
}
