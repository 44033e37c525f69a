/**
 * Published results: the ranked table, one government's result, its score history and the
 * explanation of every score down to the answers behind it. Government roles see scores only
 * after publication, and only their own government's rows (resultsScope).
 */
import { effectiveWeights, type FrameworkNode } from '../../../../shared/frameworks/framework.schema';
import { round2 } from '../../../../shared/scoring/rounding';
import type { Executor } from '../../../db/client';
import { NotFoundError } from '../../../lib/errors';
import { decodeCursor, encodeCursor } from '../../../lib/pagination';
import { reachesUnit, type Actor } from '../../../lib/reach';
import type { ExplainNode } from '../../../../shared/contracts/assessments-results';
import {
  frameworkOf,
  assertResultsVisible,
  cycleForActor,
  cycleGovernmentForActor,
  isOmbudsman,
} from '../assessments.access';
import * as repo from './results.repository';
import { governmentAnswers, listScoreVersions, type AnswerRow } from './scoring.repository';
import { cycleState, scoreRows, type RowAnswer } from './scoring.service';
import { withSurveySources } from '../../survey-feed/explain-sources';

const roundDims = (d: Record<string, number | null> | null) =>
  Object.fromEntries(Object.entries(d ?? {}).map(([k, v]) => [k, round2(v)]));

function rowDto(r: repo.RankedRow) {
  return {
    governmentId: r.government_id,
    name: r.name,
    type: r.type,
    score: r.rounded,
    band: r.band,
    zone: r.zone,
    dimensions: roundDims(r.dimensions),
    rank: r.rank,
    peers: r.peers,
    version: r.version ?? 0,
  };
}

/**
 * The governments whose results an actor reads, for every results read (table, summary, progress):
 * undefined (every government of the cycle) for Ombudsman roles, else only the actor's own
 * governments — government roles never see other governments' scores, ranks or progress.
 */
export function resultsScope(actor: Actor): string[] | undefined {
  return actor.reach.all || isOmbudsman(actor) ? undefined : actor.reach.governmentIds;
}

/** One keyset page of the results table (filters: type, zone; sort by score or name). */
export async function listResults(
  db: Executor,
  actor: Actor,
  cycleId: string,
  q: {
    type?: string | undefined;
    zone?: string | undefined;
    sort: 'score' | 'name';
    dir?: 'asc' | 'desc' | undefined;
    cursor?: string | undefined;
    limit: number;
  },
) {
  const cycle = await cycleForActor(db, actor, cycleId);
  assertResultsVisible(actor, cycle);
  const dir = q.dir ?? (q.sort === 'score' ? 'desc' : 'asc');
  const raw = decodeCursor(q.cursor);
  const after =
    raw &&
    raw.length === 2 &&
    typeof raw[1] === 'string' &&
    /^[0-9a-f-]{36}$/.test(raw[1]) &&
    (typeof raw[0] === 'number' || typeof raw[0] === 'string')
      ? (raw as [number | string, string])
      : null;
  const rows = await repo.rankedPage(db, cycleId, {
    type: q.type,
    zone: q.zone,
    governmentIds: resultsScope(actor),
    sort: q.sort,
    dir,
    after,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    items: page.map(rowDto),
    nextCursor:
      rows.length > q.limit && last
        ? encodeCursor([q.sort === 'score' ? last.sort_score : last.name, last.government_id])
        : null,
  };
}

/** Score, band, dimensions, rank among peers and unit scores of one government. */
export async function getGovernmentResult(db: Executor, actor: Actor, cycleId: string, governmentId: string) {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  assertResultsVisible(actor, cycle);
  const framework = await frameworkOf(db, cycle);
  const { result: row, units } = await repo.rankedWithUnits(db, cycleId, governmentId);
  if (!row) throw new NotFoundError();
  const band = framework.bands.find((b) => b.code === row.band);
  const weights = effectiveWeights(framework.nodes);
  return {
    cycleId,
    governmentId,
    name: row.name,
    type: row.type,
    score: row.rounded,
    band: band ? { code: band.code, label: band.label, zone: band.zone } : null,
    dimensions: framework.nodes.map((n, i) => ({
      code: n.code,
      name: n.name,
      weight: weights[i]!,
      score: round2(row.dimensions?.[n.code]),
    })),
    rank: row.rank,
    peers: row.peers,
    missing: row.missing ?? 0,
    version: row.version ?? 0,
    units: units
      .filter((u) => reachesUnit(actor.reach, u.unitId, governmentId))
      .map((u) => ({
        unitId: u.unitId,
        name: u.name,
        score: u.rounded,
        band: u.band,
        zone: u.zone as 'merah' | 'kuning' | 'hijau' | null,
      })),
  };
}

/** Every version of a government's score, newest first. */
export async function getHistory(db: Executor, actor: Actor, cycleId: string, governmentId: string) {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  assertResultsVisible(actor, cycle);
  const rows = await listScoreVersions(db, cycleId, governmentId);
  return {
    items: rows.map((v) => ({
      version: v.version,
      reason: v.reason,
      score: v.rounded,
      band: v.band,
      zone: v.zone,
      at: v.createdAt.toISOString(),
    })),
  };
}

function answerDto(a: RowAnswer) {
  const r = a.row;
  return {
    answerId: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    productId: r.productId,
    productName: r.productName,
    value: typeof a.value === 'number' ? a.value : null,
    na: a.value === 'NA',
    selfValue: r.selfValue,
    verifyStatus: r.verifyStatus,
    reason: r.verifyReason,
  };
}

function explainTree(
  nodes: FrameworkNode[],
  scores: ReturnType<typeof scoreRows>['score']['nodes'],
): ExplainNode[] {
  const weights = effectiveWeights(nodes);
  return nodes.map((n, i) => {
    const s = scores[n.code]!;
    return {
      code: n.code,
      name: n.name,
      weight: weights[i]!,
      share: s.share,
      score: s.score,
      status: s.status,
      missing: s.missing,
      ...(n.children
        ? { children: explainTree(n.children, scores) }
        : { answers: ((s.answers as RowAnswer[] | undefined) ?? []).map(answerDto) }),
    };
  });
}

/** Entity-level indicators answered N/A, so a unit is explained exactly as the engine scores units. */
function unitOnly(rows: AnswerRow[], unitId: string): AnswerRow[] {
  return rows
    .filter((r) => r.unitId === unitId || r.unitId === null)
    .map((r) =>
      r.unitId === null ? { ...r, verifiedNa: true, verifyStatus: 'accepted' as const, selfNa: true } : r,
    );
}

/**
 * The score tree of a government (or of one of its units): each node's score, its share of the
 * parent after N/A weights were shared out, and for each indicator the answers behind it. Computed
 * live by the same engine that stores the results, so the numbers match.
 */
export async function explain(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
  unitId?: string,
) {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  assertResultsVisible(actor, cycle);
  if (unitId && !reachesUnit(actor.reach, unitId, governmentId)) throw new NotFoundError();
  const framework = await frameworkOf(db, cycle);
  const gov = await repo.governmentWithOffice(db, governmentId);
  let rows = await governmentAnswers(db, cycleId, governmentId);
  if (unitId) {
    if (!rows.some((r) => r.unitId === unitId)) throw new NotFoundError();
    rows = unitOnly(rows, unitId);
  } else if (actor.reach.unitIds !== null && !actor.reach.all) {
    throw new NotFoundError();
  }
  const { score } = scoreRows(framework, rows, { status: cycle.status, governmentType: gov!.type });
  return {
    cycleId,
    governmentId,
    unitId: unitId ?? null,
    cycleState: cycleState(cycle.status),
    rules: [
      'REFERENCE §10 aturan 1: nilai dinormalisasi (nilai − min) / (maks − min) × 100',
      'REFERENCE §10 aturan 2: N/A dikeluarkan dan bobotnya dibagi ke saudara; jawaban kosong dihitung 0 setelah siklus ditutup',
      'REFERENCE §10 aturan 3: rata-rata tertimbang anak; produk dirata-rata per unit, lalu unit per entitas',
      'REFERENCE §10 aturan 4: dibulatkan setengah ke atas 2 desimal hanya untuk tampilan dan kategori',
      'REFERENCE §10 aturan 5: nilai terverifikasi dipakai; nilai mandiri hanya jika kerangka mengizinkan',
    ],
    score: score.score,
    rounded: score.rounded,
    band: score.band?.code ?? null,
    zone: score.zone,
    // The survey behind an entity-level value (a unit's view shows those as N/A, without it).
    nodes: unitId
      ? explainTree(framework.nodes, score.nodes)
      : await withSurveySources(db, cycleId, governmentId, explainTree(framework.nodes, score.nodes)),
  };
}
