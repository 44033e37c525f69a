/**
 * The demo's penilaian mandiri (issue 12, seed 004): after its 2023 result, Pemkab Bangka Barat's
 * Inspektorat assesses every OPD and UPT itself before the Ombudsman comes. One internal 2024
 * cycle on the spot-check set over all the regency's units, opened through the internal-cycles
 * service; a work plan spread over the verification weeks with a team of two of the three
 * Inspektorat auditors per unit; every unit's self-assessment by its PIC; part of the units
 * verified (on time, late, begun, not begun, two not yet scheduled), improvement points on a few,
 * scores computed by the engine, and the cycle shared with the Babel office. Every value comes
 * from a seeded PRNG and every day is a fixed day of 2024, so each fresh demo is the same.
 */
import { DEFAULT_INTERNAL_FRAMEWORK } from '../../../shared/contracts/assessments-internal';
import { isWorkingDay } from '../../../shared/calendar/workdays';
import type { Database, Executor } from '../../db/client';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import * as cyclesRepo from '../assessments/cycles/cycles.repository';
import { materialiseAnswerCells } from '../assessments/cycles/cycles.service';
import { createInternalCycle } from '../assessments/cycles/internal-cycles.service';
import { recomputeCycle } from '../assessments/results/scoring.service';
import { hashPassword } from '../auth/auth.service';
import { adjustReason, pickValue, prng } from './demo-values';
import * as repo from './demo-assessments.repository';
import { DEMO_PASSWORD } from './demo-data';
import * as internal from './demo-internal.repository';
import { hasMarker, insertMarker } from './demo.repository';

const KEY = 'demo_internal_seeded';
const REGION = '19.05';
export const INTERNAL_CYCLE_NAME = 'Penilaian Mandiri 2024';
export const BABAR_COORDINATOR = 'koordinator.babar@patuh.local';
/** The Inspektorat team: the internal verifiers of Pemkab Bangka Barat. */
export const BABAR_VERIFIERS = [
  'inspektorat1.babar@patuh.local',
  'inspektorat2.babar@patuh.local',
  'inspektorat3.babar@patuh.local',
];

const DATES = {
  selfStart: '2024-02-05',
  selfEnd: '2024-03-01',
  verifyStart: '2024-03-04',
  verifyEnd: '2024-05-03',
  finalDate: '2024-05-31',
};
/** National days and cuti bersama of March–May 2024 (SKB 3 Menteri 2023), off the work plan. */
const HOLIDAYS_2024 = new Set([
  '2024-03-11',
  '2024-03-12',
  '2024-03-29',
  '2024-04-08',
  '2024-04-09',
  '2024-04-10',
  '2024-04-11',
  '2024-04-12',
  '2024-04-15',
  '2024-05-01',
]);
/** WIB: Bangka Barat's zone. */
const at = (day: string, time = '10:00') => `${day} ${time}:00+07`;

/** Where each unit of the plan stands (by its place in the schedule). */
type Progress = 'on_time' | 'late' | 'begun' | 'not_begun';
const progressAt = (i: number): Progress =>
  i < 14 ? 'on_time' : i < 20 ? 'late' : i < 24 ? 'begun' : 'not_begun';
/** Units left unscheduled at the end of the plan (the Inspektorat has not fixed their day yet). */
const UNSCHEDULED = 2;
/** The visit order: the Ombudsman's locus first, then the other OPD, RSUD, Puskesmas, UPT, kecamatan. */
const LOCUS = ['DINKES', 'DISDIK', 'DINSOS', 'DPMPTSP', 'DISDUKCAPIL'];
const TYPE_ORDER = ['opd', 'rsud', 'puskesmas', 'upt', 'kecamatan'];

const POINTS = [
  'Tetapkan standar pelayanan dengan keputusan kepala perangkat daerah dan tempelkan di ruang layanan.',
  'Lengkapi maklumat pelayanan dengan tanda tangan kepala unit dan publikasikan di situs web.',
  'Sediakan kursi roda, ramp, dan loket prioritas bagi pengguna berkebutuhan khusus.',
  'Jadwalkan pelatihan standar pelayanan dan maladministrasi bagi seluruh pelaksana layanan.',
  'Cantumkan biaya/tarif (atau keterangan gratis) pada setiap produk layanan.',
];

/** Working days from `from`, skipping weekends and HOLIDAYS_2024. */
function workingDays(from: string, count: number): string[] {
  const out: string[] = [];
  const d = new Date(`${from}T00:00:00Z`);
  while (out.length < count) {
    const day = d.toISOString().slice(0, 10);
    if (isWorkingDay(day, HOLIDAYS_2024)) out.push(day);
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

function coordinatorActor(id: string, email: string, governmentId: string): Actor {
  return {
    id,
    name: 'Bagian Organisasi Bangka Barat',
    email,
    role: 'gov_coordinator',
    officeId: null,
    governmentId,
    locale: 'id',
    reach: { all: false, officeIds: [], governmentIds: [governmentId], unitIds: null },
    acting: 'internal.manage',
  };
}

interface Plan {
  unitId: string;
  code: string;
  scheduledDate: string | null;
  team: string[];
  progress: Progress;
  pic: string | null;
}

/** The work plan: units in visit order, one working day each from the start of verification. */
function drawPlan(
  units: Array<{ id: string; code: string | null; type: string }>,
  verifiers: string[],
  pics: Map<string, string>,
): Plan[] {
  const rank = (u: { code: string | null; type: string }) => {
    const locus = LOCUS.indexOf(u.code ?? '');
    return locus >= 0 ? locus : LOCUS.length + TYPE_ORDER.indexOf(u.type) * 100;
  };
  const ordered = [...units].sort((a, b) => rank(a) - rank(b) || (a.code ?? '').localeCompare(b.code ?? ''));
  const scheduled = ordered.length - UNSCHEDULED;
  const days = workingDays(DATES.verifyStart, scheduled);
  return ordered.map((u, i) => ({
    unitId: u.id,
    code: u.code ?? u.id,
    scheduledDate: i < scheduled ? days[i]! : null,
    team: [verifiers[i % verifiers.length]!, verifiers[(i + 1) % verifiers.length]!],
    progress: i < scheduled ? progressAt(i) : 'not_begun',
    pic: pics.get(u.id) ?? null,
  }));
}

/** The day a unit's verification ended: on its scheduled day, or 3 working days after when late. */
function verifiedDay(p: Plan): string | null {
  if (!p.scheduledDate || p.progress === 'not_begun') return null;
  return p.progress === 'late' ? workingDays(p.scheduledDate, 4)[3]! : p.scheduledDate;
}

/** Answers of one unit: its PIC's self values, then the Inspektorat's verification as planned. */
async function answerUnit(tx: Executor, cycleId: string, plan: Plan, cells: repo.Cell[], index: number) {
  const r = prng(`internal:2024:${plan.code}`);
  const quality = Math.min(0.92, 0.5 + 0.35 * r());
  const draft = plan.scheduledDate === null;
  const verifiedCount =
    plan.progress === 'on_time' || plan.progress === 'late'
      ? cells.length
      : plan.progress === 'begun'
        ? Math.ceil(cells.length / 2)
        : 0;
  const rows = cells.flatMap((cell, i): repo.CellValues[] => {
    if (draft && r() > 0.6) return [];
    const self = pickValue(r, quality);
    if (i >= verifiedCount)
      return [
        {
          id: cell.id,
          self,
          selfNa: false,
          status: 'pending',
          verified: null,
          verifiedNa: false,
          reason: null,
        },
      ];
    const adjust = self > 0 && r() < 0.15;
    return [
      {
        id: cell.id,
        self,
        selfNa: false,
        status: adjust ? 'adjusted' : 'accepted',
        verified: adjust ? self - 1 : self,
        verifiedNa: false,
        reason: adjust ? adjustReason(cell.indicator) : null,
      },
    ];
  });
  await repo.writeValues(tx, rows, plan.pic, plan.team[0]!);
  const selfDay = `2024-02-${String(12 + (index % 13)).padStart(2, '0')}`;
  if (!draft) await repo.markUnitsSubmitted(tx, cycleId, at(selfDay, '15:00'), plan.unitId);
  const verified = verifiedDay(plan);
  await internal.backdateUnitAnswers(
    tx,
    cycleId,
    plan.unitId,
    at(selfDay),
    at(verified ?? DATES.verifyStart, '14:00'),
  );
}

/**
 * Seeds the internal cycle once (after seedDemo and the office's cycles): returns its id, or null
 * when already seeded or the demo's Bangka Barat accounts are missing.
 */
export async function seedDemoInternal(database: Database): Promise<string | null> {
  const db = database.db;
  if (await hasMarker(db, KEY)) return null;
  const [government] = await repo.governmentsOfRegions(db, [REGION]);
  const coordinatorId = await repo.findUserIdByEmail(db, BABAR_COORDINATOR);
  const verifiers = (await Promise.all(BABAR_VERIFIERS.map((e) => repo.findUserIdByEmail(db, e)))).filter(
    (id): id is string => id !== undefined,
  );
  if (!government || !coordinatorId || verifiers.length === 0) return null;
  const governmentId = government.id;
  const actor = coordinatorActor(coordinatorId, BABAR_COORDINATOR, governmentId);

  const created = await createInternalCycle(db, actor, governmentId, {
    year: 2024,
    name: INTERNAL_CYCLE_NAME,
    frameworkId: DEFAULT_INTERNAL_FRAMEWORK,
    allUnits: true,
    unitIds: [],
    ...DATES,
  });
  const cycleId = created.id;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const lastDay = await inTransaction(db, async (tx) => {
    const cycle = (await cyclesRepo.findCycle(tx, cycleId))!;
    if ((await internal.answerCount(tx, cycleId)) === 0) await materialiseAnswerCells(tx, cycle);
    const pics = await internal.ensurePicAccounts(tx, governmentId, passwordHash);
    const units = await internal.unitsOfGovernment(tx, governmentId);
    const plan = drawPlan(units, verifiers, pics);
    await internal.writeWorkPlan(tx, cycleId, plan);
    const cells = await repo.cellsOf(tx, cycleId);
    for (const [i, p] of plan.entries())
      await answerUnit(
        tx,
        cycleId,
        p,
        cells.filter((c) => c.unitId === p.unitId),
        i,
      );
    // The Inspektorat's improvement points and field visits on a few verified units.
    const noted = [0, 3, 8, 15].flatMap((i) => (plan[i]?.scheduledDate ? [plan[i]] : []));
    for (const [k, p] of noted.entries()) {
      const day = verifiedDay(p)!;
      await internal.insertPointsOn(
        tx,
        [POINTS[k % POINTS.length]!, POINTS[(k + 2) % POINTS.length]!].map((text) => ({
          cycleId,
          governmentId,
          unitId: p.unitId,
          text,
          createdBy: p.team[0]!,
        })),
        at(day, '16:00'),
      );
      await repo.insertFieldVisit(tx, {
        cycleId,
        governmentId,
        unitId: p.unitId,
        visitedOn: p.scheduledDate!,
        unannounced: k % 2 === 1,
        notes: 'Ruang layanan, maklumat, papan standar pelayanan dan sarana berkebutuhan khusus diperiksa.',
        createdBy: p.team[0]!,
      });
    }
    await repo.setCycleStatus(tx, cycleId, 'verification');
    return plan
      .map(verifiedDay)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1)!;
  });
  // The coordinator recomputes the scores after the last verification so far, and shares the
  // cycle with the Babel office the same afternoon (for pendampingan).
  await recomputeCycle(db, cycleId, 'hitung-ulang', null, { force: true });
  await internal.backdateScoreVersions(db, cycleId, 'hitung-ulang', at(lastDay, '16:00'));
  await internal.markShared(db, cycleId, coordinatorId, at(lastDay, '16:30'));
  await insertMarker(db, KEY, { at: new Date().toISOString(), cycleId });
  return cycleId;
}
