/**
 * Cycle sample: the governments of a cycle, the sampled units and products (REFERENCE §1.3 defaults)
 * and the assessors assigned to each government. Changes are allowed while the cycle is being planned.
 */
import type { Executor } from '../../../db/client';
import { ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../../../lib/errors';
import { reachesGovernment, reachesOffice, type Actor } from '../../../lib/reach';
import { inTransaction } from '../../../lib/transaction';
import { recordAudit } from '../../audit/audit.repository';
import {
  assertStatus,
  cycleForActor,
  cycleGovernmentForActor,
  seesAsAssessor,
  type CycleRow,
} from '../assessments.access';
import { internalVerifierOptions } from './internal-cycles.service';

/** An internal cycle has one government, all its units and a work plan instead of assessors. */
function assertOfficial(cycle: CycleRow): void {
  if (cycle.kind === 'internal') throw new ConflictError('conflict.internalCycle');
}
import * as repo from './cycles.repository';
import { getCycleForActor } from './cycles.service';
import { defaultSampleUnits } from '../common/sample';

/** One audit entry per sample change, on the cycle, scoped to the government it touches. */
function auditSample(
  tx: Executor,
  actor: Actor,
  cycle: { id: string; officeId: string },
  governmentId: string,
  after: Record<string, unknown>,
) {
  return recordAudit(tx, actor, {
    action: 'update',
    entityType: 'cycle_sample',
    entityId: cycle.id,
    governmentId,
    officeId: cycle.officeId,
    after,
  });
}

/** Adds governments overseen by the cycle's office (planning only). */
export async function addGovernments(db: Executor, actor: Actor, id: string, governmentIds: string[]) {
  const cycle = await cycleForActor(db, actor, id);
  assertOfficial(cycle);
  assertStatus(cycle, ['planning']);
  const found = await repo.findGovernmentsByIds(db, governmentIds);
  const fields: Record<string, FieldProblem> = {};
  governmentIds.forEach((gid, i) => {
    const g = found.find((f) => f.id === gid);
    if (!g || g.archivedAt || g.officeId !== cycle.officeId || !reachesOffice(actor.reach, g.officeId))
      fields[`governmentIds.${i}`] = { message: 'field.notOverseen' };
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  await inTransaction(db, async (tx) => {
    await repo.addCycleGovernments(tx, id, governmentIds);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'cycle',
      entityId: id,
      officeId: cycle.officeId,
      after: { addedGovernments: governmentIds },
    });
  });
  return getCycleForActor(db, actor, id);
}

export async function removeGovernment(db: Executor, actor: Actor, id: string, governmentId: string) {
  const cycle = await cycleGovernmentForActor(db, actor, id, governmentId);
  assertOfficial(cycle);
  assertStatus(cycle, ['planning']);
  await inTransaction(db, async (tx) => {
    await repo.removeCycleGovernment(tx, id, governmentId);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'cycle',
      entityId: id,
      governmentId,
      officeId: cycle.officeId,
      after: { removedGovernment: governmentId },
    });
  });
  return getCycleForActor(db, actor, id);
}

/** The sampled units (with products) and assessors of one government in the cycle. */
export async function getSample(db: Executor, actor: Actor, id: string, governmentId: string) {
  const cycle = await cycleGovernmentForActor(db, actor, id, governmentId);
  const sample = await repo.sampleOfGovernment(db, id, governmentId);
  const assessors = seesAsAssessor(actor, cycle) ? await repo.listAssessors(db, id, governmentId) : [];
  const picUnits = actor.reach.unitIds;
  return {
    governmentId,
    units: sample.units
      .filter((u) => picUnits === null || actor.reach.all || picUnits.includes(u.unitId))
      .map((u) => ({
        unitId: u.unitId,
        name: u.name,
        type: u.type,
        sector: u.sector,
        selfStatus: u.selfStatus,
        products: sample.products
          .filter((p) => p.unitId === u.unitId)
          .map((p) => ({ productId: p.productId, name: p.name, type: p.type })),
      })),
    assessors: assessors.map((a) => ({ userId: a.userId, name: a.name, email: a.email })),
  };
}

/**
 * Replaces a government's sample with the default locus of REFERENCE §1.3: the five sectors'
 * OPD (Dinkes with up to two Puskesmas, Dinas Pendidikan, Dinas Sosial, DPMPTSP, Disdukcapil) and
 * the first N active products of each (N = the cycle's products per unit).
 */
export async function applyDefaultSample(db: Executor, actor: Actor, id: string, governmentId: string) {
  const cycle = await cycleGovernmentForActor(db, actor, id, governmentId);
  assertOfficial(cycle);
  assertStatus(cycle, ['planning']);
  await inTransaction(db, async (tx) => {
    const unitIds = defaultSampleUnits(await repo.activeUnitsOfGovernment(tx, governmentId));
    const products = await repo.firstProductsOfUnits(tx, unitIds, cycle.productsPerUnit);
    await repo.clearSample(tx, id, governmentId);
    await repo.addSampleUnits(
      tx,
      id,
      unitIds.map((unitId) => ({ unitId, governmentId })),
    );
    await repo.addSampleProducts(
      tx,
      id,
      products.map((p) => ({ productId: p.id, unitId: p.unitId, governmentId })),
    );
    await auditSample(tx, actor, cycle, governmentId, { unitIds, productIds: products.map((p) => p.id) });
  });
  return getSample(db, actor, id, governmentId);
}

const inCycleAndReach = async (db: Executor, actor: Actor, id: string, governmentId: string) =>
  reachesGovernment(actor.reach, governmentId) && (await repo.hasCycleGovernment(db, id, governmentId));

/** Adds one unit of a government in the cycle to the sample (with its first N products unless told otherwise). */
export async function addSampleUnit(
  db: Executor,
  actor: Actor,
  id: string,
  unitId: string,
  withProducts: boolean,
) {
  const cycle = await cycleForActor(db, actor, id);
  const unit = await repo.findUnit(db, unitId);
  if (!unit || unit.archivedAt || !(await inCycleAndReach(db, actor, id, unit.governmentId)))
    throw new ValidationError({ unitId: { message: 'field.unitUnknown' } });
  assertStatus(cycle, ['planning']);
  await inTransaction(db, async (tx) => {
    await repo.addSampleUnits(tx, id, [{ unitId, governmentId: unit.governmentId }]);
    if (withProducts) {
      const products = await repo.firstProductsOfUnits(tx, [unitId], cycle.productsPerUnit);
      await repo.addSampleProducts(
        tx,
        id,
        products.map((p) => ({ productId: p.id, unitId, governmentId: unit.governmentId })),
      );
    }
    await auditSample(tx, actor, cycle, unit.governmentId, { addedUnit: unitId });
  });
  return getSample(db, actor, id, unit.governmentId);
}

export async function removeSampleUnit(db: Executor, actor: Actor, id: string, unitId: string) {
  const cycle = await cycleForActor(db, actor, id);
  const cu = await repo.findCycleUnit(db, id, unitId);
  if (!cu) throw new NotFoundError();
  await cycleGovernmentForActor(db, actor, id, cu.governmentId);
  assertStatus(cycle, ['planning']);
  await inTransaction(db, async (tx) => {
    await repo.removeSampleUnit(tx, id, unitId);
    await auditSample(tx, actor, cycle, cu.governmentId, { removedUnit: unitId });
  });
  return getSample(db, actor, id, cu.governmentId);
}

/** Adds a product of a sampled unit to the sample. */
export async function addSampleProduct(db: Executor, actor: Actor, id: string, productId: string) {
  const cycle = await cycleForActor(db, actor, id);
  const product = await repo.findProduct(db, productId);
  if (!product || product.archivedAt || !(await inCycleAndReach(db, actor, id, product.governmentId)))
    throw new ValidationError({ productId: { message: 'field.productUnknown' } });
  assertStatus(cycle, ['planning']);
  if (!(await repo.findCycleUnit(db, id, product.unitId)))
    throw new ValidationError({ productId: { message: 'field.unitNotSampled' } });
  await inTransaction(db, async (tx) => {
    await repo.addSampleProducts(tx, id, [
      { productId, unitId: product.unitId, governmentId: product.governmentId },
    ]);
    await auditSample(tx, actor, cycle, product.governmentId, { addedProduct: productId });
  });
  return getSample(db, actor, id, product.governmentId);
}

export async function removeSampleProduct(db: Executor, actor: Actor, id: string, productId: string) {
  const cycle = await cycleForActor(db, actor, id);
  const cp = await repo.findCycleProduct(db, id, productId);
  if (!cp) throw new NotFoundError();
  await cycleGovernmentForActor(db, actor, id, cp.governmentId);
  assertStatus(cycle, ['planning']);
  await inTransaction(db, async (tx) => {
    await repo.removeSampleProduct(tx, id, productId);
    await auditSample(tx, actor, cycle, cp.governmentId, { removedProduct: productId });
  });
  return getSample(db, actor, id, cp.governmentId);
}

/**
 * The accounts a head may assign as assessors of the cycle: active assessors of the cycle's
 * office (the user list itself is admin-only). Out of reach reads as 404.
 */
export async function listAssessorOptions(db: Executor, actor: Actor, id: string) {
  const cycle = await cycleForActor(db, actor, id);
  if (cycle.kind === 'internal') return internalVerifierOptions(db, cycle);
  return { items: await repo.activeAssessorsOfOffice(db, cycle.officeId) };
}

/** Assigns the assessors of a government: accounts with the assessor role in the cycle's office. */
export async function setAssessors(
  db: Executor,
  actor: Actor,
  id: string,
  governmentId: string,
  userIds: string[],
) {
  const cycle = await cycleGovernmentForActor(db, actor, id, governmentId);
  assertOfficial(cycle);
  assertStatus(cycle, ['planning', 'self_assessment', 'verification', 'appeal']);
  const users = await repo.findUsersByIds(db, userIds);
  const fields: Record<string, FieldProblem> = {};
  userIds.forEach((uid, i) => {
    const u = users.find((x) => x.id === uid);
    if (!u || u.archivedAt || u.role !== 'assessor' || u.officeId !== cycle.officeId)
      fields[`userIds.${i}`] = { message: 'field.notAssessor' };
  });
  if (Object.keys(fields).length) throw new ValidationError(fields);
  await inTransaction(db, async (tx) => {
    await repo.replaceAssessors(tx, id, governmentId, [...new Set(userIds)]);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'cycle_assessors',
      entityId: id,
      governmentId,
      officeId: cycle.officeId,
      after: { userIds },
    });
  });
  return getSample(db, actor, id, governmentId);
}
