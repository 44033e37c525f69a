/**
 * Demo assessments for the seed governments (Pemprov Kalsel, Pemkab Balangan, Mamuju Tengah,
 * Bangka Barat): per office a finished, published 2023 cycle on the Ombudsman 2022–2024 framework
 * and an open 2024 cycle in the self-assessment phase. Answers come from a seeded PRNG, so every
 * run yields the same data; every score is computed by the engine (scoring.service), never typed in.
 */
import type { Database, Executor } from '../../db/client';
import { inTransaction } from '../../lib/transaction';
import * as cyclesRepo from '../assessments/cycles/cycles.repository';
import { materialiseAnswerCells } from '../assessments/cycles/cycles.service';
import { defaultSampleUnits } from '../assessments/common/sample';
import { recomputeCycle, recomputeGovernment } from '../assessments/results/scoring.service';
import { freezeFramework } from '../frameworks/frameworks.repository';
import { syncBuiltInFrameworks } from '../frameworks/frameworks.sync';
import { createUser } from '../users/users.service';
import * as repo from './demo-assessments.repository';
import type { Cell } from './demo-assessments.repository';
import { DEMO_PASSWORD } from './demo-data';
import { adjustReason, pickValue, prng } from './demo-values';
import { seedDemoInternal } from './demo-internal';
import { seedDemoReleases } from './demo-releases';
import { hasMarker, insertMarker } from './demo.repository';

const KEY = 'demo_assessments_seeded';
const FRAMEWORK = 'ombudsman-2022-2024';

/** How well each demo government does (share of items fully met), so the zones differ. */
const QUALITY: Record<string, number> = { '63': 0.78, '63.11': 0.62, '76.06': 0.42, '19.05': 0.55 };
const GOVERNMENTS: Record<string, string[]> = {
  KALSEL: ['63', '63.11'],
  SULBAR: ['76.06'],
  BABEL: ['19.05'],
};
const ASSESSORS: Record<string, string> = {
  KALSEL: 'asesor.kalsel@patuh.local',
  SULBAR: 'asesor.sulbar@patuh.local',
  BABEL: 'asesor.babel@patuh.local',
};
const HEADS: Record<string, string> = { KALSEL: 'kepala.kalsel@patuh.local' };

export const POINTS = [
  'Tetapkan dan publikasikan standar pelayanan untuk seluruh produk layanan yang disampel.',
  'Sediakan sarana bagi pengguna berkebutuhan khusus: ramp, kursi roda, loket prioritas.',
  'Tunjuk pengelola pengaduan dan umumkan kanal pengaduan di ruang layanan.',
  'Lakukan survei kepuasan masyarakat secara berkala dan umumkan hasilnya.',
];

interface Ids {
  officeId: string;
  governmentIds: Array<{ id: string; regionCode: string }>;
  assessorId: string;
  headId: string | null;
}

async function resolve(db: Executor, code: string): Promise<Ids | null> {
  const officeId = await repo.findOfficeIdByCode(db, code);
  if (!officeId) return null;
  const govs = await repo.governmentsOfRegions(db, GOVERNMENTS[code]!);
  if (govs.length === 0) return null;
  let assessorId = await repo.findUserIdByEmail(db, ASSESSORS[code]!);
  if (!assessorId) {
    const created = await createUser(db, null, {
      email: ASSESSORS[code]!,
      name: `Asesor ${code[0]}${code.slice(1).toLowerCase()}`,
      password: DEMO_PASSWORD,
      role: 'assessor',
      officeId,
    });
    assessorId = created.id;
  }
  const headId = HEADS[code] ? await repo.findUserIdByEmail(db, HEADS[code]) : undefined;
  return {
    officeId,
    governmentIds: govs.map((g) => ({ id: g.id, regionCode: g.regionCode! })),
    assessorId,
    headId: headId ?? null,
  };
}

/** Creates a cycle with its governments, default sample, assessors and answer cells. */
async function planCycle(tx: Executor, ids: Ids, year: number, dates: string[]) {
  const [selfStart, selfEnd, verifyStart, verifyEnd, appealStart, appealEnd, finalDate] = dates as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const cycle = await cyclesRepo.insertCycle(tx, {
    officeId: ids.officeId,
    year,
    name: `Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik ${year}`,
    frameworkId: FRAMEWORK,
    selfStart,
    selfEnd,
    verifyStart,
    verifyEnd,
    appealStart,
    appealEnd,
    finalDate,
    createdBy: ids.headId,
  });
  await freezeFramework(tx, FRAMEWORK);
  await cyclesRepo.addCycleGovernments(
    tx,
    cycle.id,
    ids.governmentIds.map((g) => g.id),
  );
  for (const g of ids.governmentIds) {
    const unitIds = defaultSampleUnits(await cyclesRepo.activeUnitsOfGovernment(tx, g.id));
    const products = await cyclesRepo.firstProductsOfUnits(tx, unitIds, cycle.productsPerUnit);
    await cyclesRepo.addSampleUnits(
      tx,
      cycle.id,
      unitIds.map((unitId) => ({ unitId, governmentId: g.id })),
    );
    await cyclesRepo.addSampleProducts(
      tx,
      cycle.id,
      products.map((p) => ({ productId: p.id, unitId: p.unitId, governmentId: g.id })),
    );
    await cyclesRepo.replaceAssessors(tx, cycle.id, g.id, [ids.assessorId]);
  }
  await materialiseAnswerCells(tx, cycle);
  return cycle;
}

/** The finished 2023 cycle: every item answered and verified, visits, points, one answered appeal, published. */
async function seed2023(db: Executor, ids: Ids): Promise<string> {
  const cycle = await inTransaction(db, async (tx) => {
    const c = await planCycle(tx, ids, 2023, [
      '2023-03-01',
      '2023-04-30',
      '2023-05-02',
      '2023-07-31',
      '2023-08-01',
      '2023-08-15',
      '2023-09-30',
    ]);
    const cells = await repo.cellsOf(tx, c.id);
    const regionOf = new Map(ids.governmentIds.map((g) => [g.id, g.regionCode]));
    const rand = new Map(ids.governmentIds.map((g) => [g.id, prng(`2023:${g.regionCode}`)]));
    const rows = cells.map((cell) => {
      const r = rand.get(cell.governmentId)!;
      const quality = QUALITY[regionOf.get(cell.governmentId)!] ?? 0.5;
      const selfNa = r() < 0.01;
      const self = selfNa ? null : Math.min(3, pickValue(r, Math.min(0.95, quality + 0.12)));
      const adjust = !selfNa && self! > 0 && r() < 0.12;
      // The draw that once picked a reason stays, so the demo's values (and its scores) do not move.
      if (adjust) r();
      const reason = adjust ? adjustReason(cell.indicator) : null;
      return {
        id: cell.id,
        self,
        selfNa,
        status: adjust ? ('adjusted' as const) : ('accepted' as const),
        verified: adjust ? self! - 1 : self,
        verifiedNa: selfNa,
        reason,
      };
    });
    await repo.writeValues(tx, rows, null, ids.assessorId);
    await repo.markUnitsSubmitted(tx, c.id, '2023-04-28');
    for (const g of ids.governmentIds) {
      const sample = await cyclesRepo.sampleOfGovernment(tx, c.id, g.id);
      const first = sample.units[0];
      if (first) {
        await repo.insertFieldVisit(tx, {
          cycleId: c.id,
          governmentId: g.id,
          unitId: first.unitId,
          visitedOn: '2023-06-14',
          unannounced: true,
          notes: 'Kunjungan tanpa pemberitahuan: ruang tunggu, maklumat, dan loket pengaduan diperiksa.',
          createdBy: ids.assessorId,
        });
        await repo.insertImprovementPoints(tx, [
          {
            cycleId: c.id,
            governmentId: g.id,
            unitId: first.unitId,
            text: POINTS[1]!,
            createdBy: ids.assessorId,
          },
        ]);
      }
      await repo.insertImprovementPoints(tx, [
        { cycleId: c.id, governmentId: g.id, text: POINTS[0]!, createdBy: ids.assessorId },
        { cycleId: c.id, governmentId: g.id, text: POINTS[2]!, createdBy: ids.assessorId },
      ]);
    }
    await repo.setCycleStatus(tx, c.id, 'verification');
    return c;
  });
  // Scores after verification (versions with reason 'verifikasi').
  await recomputeCycle(db, cycle.id, 'verifikasi', null, { force: true });

  // One appeal per office, accepted: the verified value of an adjusted item goes back up.
  await inTransaction(db, async (tx) => {
    await repo.setCycleStatus(tx, cycle.id, 'appeal');
    const g = ids.governmentIds[0]!;
    const target = await repo.firstAdjustedAnswer(tx, cycle.id, g.id);
    if (target) {
      await repo.insertAppeal(
        tx,
        {
          cycleId: cycle.id,
          governmentId: g.id,
          answerId: target.id,
          reason: 'Dokumen penetapan standar pelayanan sudah ditandatangani; salinan terlampir.',
          requestedValue: target.self,
          status: 'accepted',
          response: 'Dokumen sah; nilai dikembalikan sesuai penilaian mandiri.',
          respondedBy: ids.assessorId,
        },
        '2023-08-10',
      );
      await repo.restoreVerifiedValue(
        tx,
        target.id,
        target.self,
        'Banding diterima: dokumen penetapan standar pelayanan sah.',
      );
      await recomputeGovernment(tx, cycle.id, g.id, 'banding', null, { force: true });
    }
    await repo.setCycleStatus(tx, cycle.id, 'final');
  });
  await recomputeCycle(db, cycle.id, 'final', null, { force: true });
  await repo.publishCycle(db, cycle.id, ids.headId, '2023-10-02');
  await recomputeCycle(db, cycle.id, 'persetujuan', null, { force: true });
  await repo.backdate2023(db, cycle.id);
  return cycle.id;
}

/**
 * The one unit whose 2024 self-assessment the demo shows as already submitted: the first by
 * (region code, unit code or name) that no README demo account (@patuh.local) is PIC of, so the
 * demo PICs always start with an open checklist and every fresh start looks the same.
 */
async function unitToSubmit(
  tx: Executor,
  cells: Cell[],
  regionOf: Map<string, string>,
): Promise<{ unitId: string; key: string } | null> {
  const unitIds = [...new Set(cells.map((c) => c.unitId).filter((u): u is string => u !== null))];
  if (unitIds.length === 0) return null;
  const rows = await repo.unitsByIds(tx, unitIds);
  const withDemoPic = await repo.unitsWithDemoPic(tx, unitIds);
  const keyed = rows
    .filter((u) => !withDemoPic.has(u.id))
    .map((u) => ({ unitId: u.id, key: `${regionOf.get(u.governmentId) ?? ''}:${u.code ?? u.name}` }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return keyed[0] ?? null;
}

/** The open 2024 cycle: self-assessment running, about 60% of the items answered, one unit submitted. */
async function seed2024(db: Executor, ids: Ids): Promise<string> {
  return inTransaction(db, async (tx) => {
    const c = await planCycle(tx, ids, 2024, [
      '2024-03-01',
      '2024-05-31',
      '2024-06-03',
      '2024-08-30',
      '2024-09-02',
      '2024-09-16',
      '2024-10-31',
    ]);
    await repo.setCycleStatus(tx, c.id, 'self_assessment');
    const cells = await repo.cellsOf(tx, c.id);
    const regionOf = new Map(ids.governmentIds.map((g) => [g.id, g.regionCode]));
    const rand = new Map(ids.governmentIds.map((g) => [g.id, prng(`2024:${g.regionCode}`)]));
    const rows = cells.flatMap((cell) => {
      const r = rand.get(cell.governmentId)!;
      if (r() > 0.6) return [];
      const quality = Math.min(0.95, (QUALITY[regionOf.get(cell.governmentId)!] ?? 0.5) + 0.15);
      return [
        {
          id: cell.id,
          self: pickValue(r, quality),
          selfNa: false,
          status: 'pending' as const,
          verified: null,
          verifiedNa: false,
          reason: null,
        },
      ];
    });
    await repo.writeValues(tx, rows, null, null);
    const firstUnit = await unitToSubmit(tx, cells, regionOf);
    if (firstUnit) {
      const unitCells = cells.filter((cell) => cell.unitId === firstUnit.unitId);
      const r = prng(`2024:submitted:${firstUnit.key}`);
      await repo.writeValues(
        tx,
        unitCells.map((cell) => ({
          id: cell.id,
          self: pickValue(r, 0.8),
          selfNa: false,
          status: 'pending' as const,
          verified: null,
          verifiedNa: false,
          reason: null,
        })),
        null,
        null,
      );
      await repo.markUnitsSubmitted(tx, c.id, '2024-04-15', firstUnit.unitId);
    }
    return c.id;
  });
}

/**
 * Seeds the demo assessments once (after seedDemo): for KALSEL, SULBAR and BABEL a published 2023
 * cycle and an open 2024 cycle, then Pemkab Bangka Barat's internal 2024 cycle (demo-internal.ts),
 * then the 2023 results released to the public portal (demo-releases.ts).
 * Creates the Bangka Belitung assessor when missing. Returns the cycle ids.
 */
export async function seedDemoAssessments(
  database: Database,
): Promise<{ cycles2023: string[]; cycles2024: string[]; internal: string[] }> {
  const db = database.db;
  await syncBuiltInFrameworks(db);
  if (await hasMarker(db, KEY)) return { cycles2023: [], cycles2024: [], internal: [] };
  const cycles2023: string[] = [];
  const cycles2024: string[] = [];
  for (const code of Object.keys(GOVERNMENTS)) {
    const ids = await resolve(db, code);
    if (!ids) continue;
    cycles2023.push(await seed2023(db, ids));
    cycles2024.push(await seed2024(db, ids));
  }
  await insertMarker(db, KEY, { at: new Date().toISOString(), cycles2023, cycles2024 });
  // Pemkab Bangka Barat's own penilaian mandiri over all its units (seed 004).
  const internalId = await seedDemoInternal(database);
  // The published 2023 results released to the public portal, as the offices would (issue 13).
  await seedDemoReleases(database);
  return { cycles2023, cycles2024, internal: internalId ? [internalId] : [] };
}
