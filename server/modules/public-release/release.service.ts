/**
 * Releasing a cycle's results to the public portal, and withdrawing them (issue 13 part 2).
 * Release is a decision, not a side effect: an office head releases the governments of their
 * office, an admin any (for the nation), and only from an official cycle that is approved and
 * published. An internal cycle (penilaian mandiri) is never releasable and reads as missing here.
 * Each change is audited per government in words; being an authenticated write it empties the read
 * cache (read-cache.plugin), across processes too, so the public pages stop serving the old state.
 */
import type { ReleaseList, ReleaseRow } from '../../../shared/contracts/public';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors';
import { reachesOffice, type Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudits, type AuditEntry } from '../audit/audit.repository';
import { raiseReleasedCycleItems } from '../followups/sources/cycle.source';
import * as repo from './release.repository';
import type { CycleRow, ReleaseRowRecord } from './release.repository';

/** How the audit log words a release's state. */
export const RELEASE_WORDS = {
  released: 'dirilis ke publik',
  withdrawn: 'ditarik dari publik',
  unreleased: 'belum dirilis',
} as const;

/**
 * The official cycle whose results the actor may release: their office's (admins: any). Missing,
 * archived, internal and another office's cycles all answer 404.
 */
async function releaseCycle(db: Executor, actor: Actor, cycleId: string): Promise<CycleRow> {
  const cycle = await repo.findCycle(db, cycleId);
  if (!cycle || cycle.archivedAt || cycle.kind !== 'official') throw new NotFoundError();
  if (!reachesOffice(actor.reach, cycle.officeId)) throw new NotFoundError();
  return cycle;
}

/** The governments of the cycle the actor releases: an admin every one, a head their office's. */
const reachIds = (actor: Actor): string[] | null => (actor.reach.all ? null : actor.reach.governmentIds);

function stateOf(r: ReleaseRowRecord): ReleaseRow['state'] {
  if (!r.releasedAt) return 'unreleased';
  return r.withdrawnAt ? 'withdrawn' : 'released';
}

function toRow(r: ReleaseRowRecord): ReleaseRow {
  const f = r.figure;
  return {
    governmentId: r.governmentId,
    name: r.name,
    type: r.type,
    state: stateOf(r),
    releasedAt: r.releasedAt?.toISOString() ?? null,
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    withdrawReason: r.withdrawReason,
    computed: {
      score: r.rounded,
      band: r.band,
      zone: (r.zone as ReleaseRow['computed']['zone']) ?? null,
      opinion: null,
    },
    official: f?.id
      ? {
          score: f.score,
          band: f.band,
          zone: (f.zone as ReleaseRow['computed']['zone']) ?? null,
          opinion: f.opinion,
          source: f.source,
          note: f.note,
        }
      : null,
  };
}

async function listOf(db: Executor, actor: Actor, cycle: CycleRow): Promise<ReleaseList> {
  const rows = await repo.listReleaseRows(db, cycle, reachIds(actor));
  return {
    cycleId: cycle.id,
    year: cycle.year,
    releasable: cycle.kind === 'official' && cycle.status === 'published',
    items: rows.map(toRow),
  };
}

/** Every government of the cycle in the actor's reach, with its figures and release state. */
export async function listReleases(db: Executor, actor: Actor, cycleId: string): Promise<ReleaseList> {
  return listOf(db, actor, await releaseCycle(db, actor, cycleId));
}

/**
 * The requested governments (all in reach when none are named) as rows of the cycle; a government
 * not in the cycle or out of reach is a field error on `governmentIds` (the same for both, so it
 * reveals nothing).
 */
async function targetRows(
  db: Executor,
  actor: Actor,
  cycle: CycleRow,
  governmentIds: string[] | undefined,
): Promise<ReleaseRowRecord[]> {
  const rows = await repo.listReleaseRows(db, cycle, reachIds(actor));
  if (!governmentIds) return rows;
  const byId = new Map(rows.map((r) => [r.governmentId, r]));
  const wanted = [...new Set(governmentIds)];
  if (wanted.some((id) => !byId.has(id)))
    throw new ValidationError({ governmentIds: { message: 'field.releaseGovernment' } });
  return wanted.map((id) => byId.get(id)!);
}

const label = (cycle: CycleRow, r: ReleaseRowRecord) => `${r.name} — ${cycle.name}`;

/**
 * Releases the cycle's governments (these, or every one in reach) to the public portal. 409
 * before the cycle is published. Idempotent: a live release stays as it was; a withdrawn one is
 * released again (its withdrawal cleared). The official figures of the cycle's year not yet tied
 * to a cycle are tied to this one. The released governments' improvement points become follow-up
 * items (saran perbaikan) in the same transaction.
 */
export async function releaseResults(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentIds: string[] | undefined,
): Promise<ReleaseList> {
  const cycle = await releaseCycle(db, actor, cycleId);
  if (cycle.status !== 'published') throw new ConflictError('conflict.releaseNotPublished');
  await inTransaction(db, async (tx) => {
    await repo.lockReleases(tx, cycle.id);
    const targets = await targetRows(tx, actor, cycle, governmentIds);
    const ids = targets.map((r) => r.governmentId).sort();
    const changed = await repo.upsertReleases(tx, cycle.id, ids, actor.id);
    await repo.linkFiguresToCycle(tx, cycle, ids);
    // Issue 17: the released governments' improvement points become saran perbaikan (once each).
    await raiseReleasedCycleItems(tx, cycle, ids, actor.id);
    const byId = new Map(targets.map((r) => [r.governmentId, r]));
    await recordAudits(
      tx,
      actor,
      changed.map(({ governmentId, inserted }): AuditEntry => {
        const r = byId.get(governmentId)!;
        return {
          action: inserted ? 'create' : 'update',
          entityType: 'result_release',
          entityId: cycle.id,
          governmentId,
          officeId: cycle.officeId,
          before: inserted ? undefined : { name: label(cycle, r), publicRelease: RELEASE_WORDS.withdrawn },
          after: { name: label(cycle, r), year: cycle.year, publicRelease: RELEASE_WORDS.released },
        };
      }),
    );
  });
  return listOf(db, actor, cycle);
}

/**
 * Withdraws the live releases of these governments (with the reason, kept on the row and in the
 * audit log); the public pages stop showing them. Governments not released are left as they are.
 */
export async function withdrawResults(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentIds: string[],
  reason: string,
): Promise<ReleaseList> {
  const cycle = await releaseCycle(db, actor, cycleId);
  await inTransaction(db, async (tx) => {
    await repo.lockReleases(tx, cycle.id);
    const targets = await targetRows(tx, actor, cycle, governmentIds);
    const byId = new Map(targets.map((r) => [r.governmentId, r]));
    const withdrawn = await repo.withdrawReleases(tx, cycle.id, [...byId.keys()], actor.id, reason);
    await recordAudits(
      tx,
      actor,
      withdrawn.map((governmentId): AuditEntry => {
        const r = byId.get(governmentId)!;
        return {
          action: 'update',
          entityType: 'result_release',
          entityId: cycle.id,
          governmentId,
          officeId: cycle.officeId,
          before: { name: label(cycle, r), publicRelease: RELEASE_WORDS.released },
          after: { name: label(cycle, r), publicRelease: RELEASE_WORDS.withdrawn, withdrawReason: reason },
        };
      }),
    );
  });
  return listOf(db, actor, cycle);
}
