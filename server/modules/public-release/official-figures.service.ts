/**
 * The official figures an office records for a government (issue 13 part 2): the score, band,
 * zone or opinion the Ombudsman announced in a year. For a year Patuh assessed in an official
 * cycle the figure is tied to that cycle and shown on the public page instead of Patuh's computed
 * one while the cycle's release is live; for an earlier year it stands alone (already announced,
 * public once recorded). An office head records them for the office's governments, an admin for
 * any; everyone else gets 403 (permission) or 404 (out of reach, like a missing government).
 */
import type { OfficialFigure } from '../../../shared/contracts/public';
import { methodOfYear } from '../../../shared/contracts/public-methods';
import type { Executor } from '../../db/client';
import { NotFoundError, ValidationError } from '../../lib/errors';
import { reachesGovernment, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import * as repo from './official-figures.repository';
import { lockReleases } from './release.repository';
import { checkOfficialFigure, type FigureInput } from './official-figures.rules';

/** The year now in Indonesia's easternmost zone (WIT, UTC+9): a figure may be for this year at most. */
export function currentYear(now = new Date()): number {
  return new Date(now.getTime() + 9 * 3_600_000).getUTCFullYear();
}

async function figureGovernment(db: Executor, actor: Actor, governmentId: string) {
  if (!reachesGovernment(actor.reach, governmentId)) throw new NotFoundError();
  const gov = await repo.findGovernment(db, governmentId);
  if (!gov) throw new NotFoundError();
  return gov;
}

function toDto(r: repo.OfficialFigureRow): OfficialFigure {
  return {
    id: r.id,
    governmentId: r.governmentId,
    year: r.year,
    method: r.method,
    cycleId: r.cycleId,
    score: r.score,
    band: r.band,
    zone: (r.zone as OfficialFigure['zone']) ?? null,
    opinion: r.opinion,
    source: r.source,
    note: r.note,
    recordedAt: r.recordedAt.toISOString(),
  };
}

/** The audit snapshot: the figure in words, named by the government and the year. */
function snapshot(govName: string, r: repo.OfficialFigureRow) {
  return {
    name: `Angka resmi ${r.year} — ${govName}`,
    year: r.year,
    method: r.method,
    score: r.score,
    band: r.band,
    zone: r.zone,
    opinion: r.opinion,
    source: r.source,
    note: r.note,
  };
}

/** The government's official figures, newest year first. */
export async function listOfficialFigures(
  db: Executor,
  actor: Actor,
  governmentId: string,
): Promise<OfficialFigure[]> {
  await figureGovernment(db, actor, governmentId);
  return (await repo.listFigures(db, governmentId)).map(toDto);
}

/**
 * Records (or replaces) the figure of a year, checked per method (official-figures.rules.ts); the
 * method defaults to the year's. Tied to the government's official cycle of that year when there
 * is one (published first), so it stays private until that cycle's result is released.
 */
export async function putOfficialFigure(
  db: Executor,
  actor: Actor,
  governmentId: string,
  year: number,
  input: FigureInput,
  now = new Date(),
): Promise<OfficialFigure> {
  const gov = await figureGovernment(db, actor, governmentId);
  const fields = checkOfficialFigure(year, input, currentYear(now));
  if (Object.keys(fields).length) throw new ValidationError(fields);
  const row = await inTransaction(db, async (tx) => {
    await lockReleases(tx, `figures:${governmentId}`);
    const before = await repo.findFigure(tx, governmentId, year);
    const cycleId = await repo.cycleOfYear(tx, governmentId, year);
    const saved = await repo.upsertFigure(
      tx,
      governmentId,
      year,
      {
        method: input.method ?? methodOfYear(year),
        cycleId,
        score: input.score ?? null,
        band: input.band ?? null,
        zone: input.zone ?? null,
        opinion: input.opinion ?? null,
        source: input.source || null,
        note: input.note || null,
      },
      actor.id,
    );
    await recordAudit(tx, actor, {
      action: before ? 'update' : 'create',
      entityType: 'official_figure',
      entityId: saved.id,
      governmentId,
      officeId: gov.officeId,
      before: before ? snapshot(gov.name, before) : undefined,
      after: snapshot(gov.name, saved),
    });
    return saved;
  });
  return toDto(row);
}

/** Removes the figure of a year; idempotent (nothing recorded: nothing to do, still 204). */
export async function deleteOfficialFigure(
  db: Executor,
  actor: Actor,
  governmentId: string,
  year: number,
): Promise<void> {
  const gov = await figureGovernment(db, actor, governmentId);
  await inTransaction(db, async (tx) => {
    await lockReleases(tx, `figures:${governmentId}`);
    const removed = await repo.deleteFigure(tx, governmentId, year);
    if (!removed) return;
    await recordAudit(tx, actor, {
      action: 'delete',
      entityType: 'official_figure',
      entityId: removed.id,
      governmentId,
      officeId: gov.officeId,
      before: snapshot(gov.name, removed),
    });
  });
}
