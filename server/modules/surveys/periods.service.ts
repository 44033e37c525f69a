/**
 * Survey periods: a government's SKM (its coordinator opens it over its units and products) and
 * an Ombudsman office's perception interviews for the governments of one of its official cycles
 * (the head opens it; ~30 interviews per government spread over that cycle's units). Detail shows
 * the sample each unit needs (Krejcie–Morgan's printed row for its population, or the target)
 * and progress toward it from the accepted responses.
 */
import crypto from 'node:crypto';
import type { Executor } from '../../db/client';
import { AppError, NotFoundError, ValidationError, type FieldProblem } from '../../lib/errors';
import { reachesGovernment, reachesOffice, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import type {
  CreatePerceptionPeriodSchema,
  CreateSkmPeriodSchema,
  PeriodDetail,
  PeriodListQuerySchema,
  PeriodSummary,
  PeriodUnit,
  UpdatePeriodSchema,
} from '../../../shared/contracts/surveys';
import { requiredSample } from '../../../shared/surveys/krejcie-morgan';
import type { z } from 'zod';
import { parsedInstrument } from './instrument-cache';
import { freezeInstrument, lockInstrument } from './instruments.repository';
import * as repo from './periods.repository';
import { raiseSurveyItems } from '../followups/sources/survey.source';
import { assertManage, assertRead, visibleUnitIds } from './surveys.access';

type CreateSkm = z.output<typeof CreateSkmPeriodSchema>;
type CreatePerception = z.output<typeof CreatePerceptionPeriodSchema>;
type UpdatePeriod = z.output<typeof UpdatePeriodSchema>;

const sampleOf = (u: { population: number | null; sampleTarget: number | null }) =>
  u.sampleTarget ?? requiredSample(u.population ?? 0);

function summaryOf(row: repo.PeriodSummaryRow, required: number, units: number): PeriodSummary {
  const instrument = parsedInstrument(row.instrumentId, row.instrumentUpdatedAt, row.instrumentDefinition);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    instrumentId: row.instrumentId,
    instrumentName: instrument.name,
    governmentId: row.governmentId,
    governmentName: row.governmentName,
    officeId: row.officeId,
    cycleId: row.cycleId,
    cycleName: row.cycleName,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status,
    interimVisible: row.interimVisible,
    slipsEnabled: row.slipsEnabled,
    rowVersion: row.rowVersion,
    units,
    responses: row.responses,
    required,
  };
}

export async function listPeriods(
  db: Executor,
  actor: Actor,
  q: z.output<typeof PeriodListQuerySchema>,
): Promise<{ items: PeriodSummary[] }> {
  const rows = await repo.listPeriods(db, actor.reach, actor.role, q);
  const samples = await repo.unitSamples(
    db,
    rows.map((r) => r.id),
  );
  const agg = new Map<string, { required: number; units: number }>();
  for (const s of samples) {
    const a = agg.get(s.periodId) ?? { required: 0, units: 0 };
    a.required += sampleOf(s);
    a.units += 1;
    agg.set(s.periodId, a);
  }
  return {
    items: rows.map((r) => summaryOf(r, agg.get(r.id)?.required ?? 0, agg.get(r.id)?.units ?? 0)),
  };
}

export async function getPeriod(db: Executor, actor: Actor, id: string): Promise<PeriodDetail> {
  const owner = await repo.periodOwner(db, id);
  assertRead(actor, owner);
  return periodDetail(db, owner, visibleUnitIds(actor, owner));
}

async function periodDetail(
  db: Executor,
  owner: NonNullable<Awaited<ReturnType<typeof repo.periodOwner>>>,
  unitIds: string[],
): Promise<PeriodDetail> {
  const row = await repo.periodSummary(db, owner.period.id);
  if (!row) throw new NotFoundError();
  const unitRows = await repo.periodUnits(db, owner.period.id, unitIds);
  const units: PeriodUnit[] = unitRows.map((u) => {
    const required = sampleOf(u);
    return {
      unitId: u.unitId,
      unitName: u.unitName,
      governmentId: u.governmentId,
      governmentName: u.governmentName,
      population: u.population,
      required,
      sampleSource: u.sampleTarget !== null ? 'target' : 'krejcie_morgan',
      responses: u.counts.responses,
      accepted: u.counts.accepted,
      flagged: u.counts.flagged,
      staffEntered: u.counts.staff,
      progressPercent:
        required > 0 ? Math.min(100, Math.round((u.counts.accepted / required) * 1000) / 10) : 100,
      products: u.products,
    };
  });
  const summary = summaryOf(
    row,
    units.reduce((s, u) => s + u.required, 0),
    units.length,
  );
  // A PIC sees their own units' responses only.
  summary.responses = units.reduce((s, u) => s + u.responses, 0);
  const instrument = parsedInstrument(row.instrumentId, row.instrumentUpdatedAt, row.instrumentDefinition);
  return { ...summary, units, instrument };
}

function checkDates(startsOn: string, endsOn: string, fields: Record<string, FieldProblem>) {
  if (endsOn < startsOn) fields.endsOn = { message: 'survey.endsBeforeStart' };
}

/** The instrument, locked, of the wanted kind (else a field error); frozen by the new period. */
async function useInstrument(
  tx: Executor,
  id: string,
  kind: 'skm' | 'persepsi_maladministrasi',
  fields: Record<string, FieldProblem>,
) {
  const inst = await lockInstrument(tx, id);
  if (!inst) fields.instrumentId = { message: 'error.notFound' };
  else if (inst.kind !== kind) fields.instrumentId = { message: 'survey.instrumentKind' };
}

const newSecret = () => crypto.randomBytes(32).toString('hex');

export async function createSkmPeriod(db: Executor, actor: Actor, input: CreateSkm): Promise<PeriodDetail> {
  if (actor.role !== 'gov_coordinator' || !reachesGovernment(actor.reach, input.governmentId))
    throw new NotFoundError();
  const id = await inTransaction(db, async (tx) => {
    const fields: Record<string, FieldProblem> = {};
    checkDates(input.startsOn, input.endsOn, fields);
    await useInstrument(tx, input.instrumentId, 'skm', fields);
    const ids = input.units.map((u) => u.unitId);
    const own = await repo.unitsOfGovernment(tx, input.governmentId, ids);
    const productUnit = await repo.productUnits(
      tx,
      input.units.flatMap((u) => u.productIds),
    );
    const seen = new Set<string>();
    input.units.forEach((u, i) => {
      if (!own.has(u.unitId)) fields[`units.${i}.unitId`] = { message: 'survey.unitNotOfGovernment' };
      else if (seen.has(u.unitId)) fields[`units.${i}.unitId`] = { message: 'survey.unitTwice' };
      seen.add(u.unitId);
      u.productIds.forEach((p, j) => {
        if (productUnit.get(p) !== u.unitId)
          fields[`units.${i}.productIds.${j}`] = { message: 'survey.productNotOfUnit' };
      });
    });
    if (Object.keys(fields).length) throw new ValidationError(fields);
    const periodId = await repo.insertPeriod(tx, {
      kind: 'skm',
      instrumentId: input.instrumentId,
      title: input.title,
      governmentId: input.governmentId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      interimVisible: input.interimVisible,
      slipsEnabled: input.slipsEnabled,
      tokenSecret: newSecret(),
      createdBy: actor.id,
    });
    await repo.insertPeriodUnits(
      tx,
      input.units.map((u) => ({
        periodId,
        unitId: u.unitId,
        governmentId: input.governmentId,
        population: u.population,
        productIds: [...new Set(u.productIds)],
      })),
    );
    await freezeInstrument(tx, input.instrumentId);
    return periodId;
  });
  return getPeriod(db, actor, id);
}

export async function createPerceptionPeriod(
  db: Executor,
  actor: Actor,
  input: CreatePerception,
): Promise<PeriodDetail> {
  if (actor.role !== 'admin' && actor.role !== 'oversight_head') throw new NotFoundError();
  const id = await inTransaction(db, async (tx) => {
    const cycle = await repo.cycleRow(tx, input.cycleId);
    if (!cycle || !reachesOffice(actor.reach, cycle.officeId)) throw new NotFoundError();
    const fields: Record<string, FieldProblem> = {};
    if (cycle.kind !== 'official') fields.cycleId = { message: 'survey.cycleNotOfficial' };
    checkDates(input.startsOn, input.endsOn, fields);
    await useInstrument(tx, input.instrumentId, 'persepsi_maladministrasi', fields);
    const govIds = [...new Set(input.governmentIds)];
    const byGov = await repo.cycleUnitsByGovernment(tx, input.cycleId, govIds);
    input.governmentIds.forEach((g, i) => {
      const unitIds = byGov.get(g);
      if (!unitIds) fields[`governmentIds.${i}`] = { message: 'survey.governmentNotInCycle' };
      else if (unitIds.length === 0) fields[`governmentIds.${i}`] = { message: 'survey.noCycleUnits' };
    });
    if (Object.keys(fields).length) throw new ValidationError(fields);
    const periodId = await repo.insertPeriod(tx, {
      kind: 'persepsi_maladministrasi',
      instrumentId: input.instrumentId,
      title: input.title,
      officeId: cycle.officeId,
      cycleId: cycle.id,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      tokenSecret: newSecret(),
      createdBy: actor.id,
    });
    await repo.insertPeriodUnits(
      tx,
      govIds.flatMap((g) => {
        const unitIds = byGov.get(g)!;
        const target = Math.ceil(input.targetPerGovernment / unitIds.length);
        return unitIds.map((unitId) => ({ periodId, unitId, governmentId: g, sampleTarget: target }));
      }),
    );
    await freezeInstrument(tx, input.instrumentId);
    return periodId;
  });
  return getPeriod(db, actor, id);
}

export async function updatePeriod(
  db: Executor,
  actor: Actor,
  id: string,
  input: UpdatePeriod,
): Promise<PeriodDetail> {
  const owner = await repo.periodOwner(db, id);
  assertManage(actor, owner);
  const p = owner.period;
  const endsOn = input.endsOn ?? p.endsOn;
  if (endsOn < p.startsOn) throw new ValidationError({ endsOn: { message: 'survey.endsBeforeStart' } });
  const status = input.status ?? p.status;
  const closedAt = status === 'closed' ? (p.closedAt ?? new Date()) : null;
  await inTransaction(db, async (tx) => {
    const ok = await repo.updatePeriod(tx, id, input.rowVersion, {
      title: input.title,
      endsOn: input.endsOn,
      interimVisible: input.interimVisible,
      slipsEnabled: input.slipsEnabled,
      status,
      closedAt,
    });
    if (!ok) throw new AppError('CONFLICT', 409, 'survey.staleVersion');
    // Issue 17: closing an SKM period raises its units' three weakest elements as follow-ups (once each).
    if (closedAt && p.status !== 'closed' && p.kind === 'skm')
      await raiseSurveyItems(tx, id, actor.id, closedAt);
  });
  return getPeriod(db, actor, id);
}
