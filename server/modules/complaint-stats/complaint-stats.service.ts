/**
 * Complaint statistics for staff (issue 14 part 10). Reach first: an officer reads their office
 * (another office, or a government no office of theirs covers, is 404 like a missing one); admins
 * read any office or, without one, the whole country. The answer is aggregates only.
 */
import {
  DEFAULT_DEADLINE_RULES,
  STAGE_DEADLINE,
  type DeadlineRule,
} from '../../../shared/complaints/deadline-rules';
import { COMPLAINT_STAGES, type ComplaintStage } from '../../../shared/complaints/stages';
import {
  ComplaintStatsSchema,
  type ComplaintStats,
  type ComplaintStatsQuery,
} from '../../../shared/contracts/complaints-stats';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { reachesOffice, type Actor } from '../../lib/reach';
import { todayWib } from '../complaints/complaints.create';
import { currentRuleSet } from '../complaints/complaints.sync';
import * as repo from './complaint-stats.repository';

const days = (v: unknown): number | null =>
  v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10;

/** Count and median (days, one decimal) of a histogram in tenths of a day. */
export function histogramMedian(buckets: { tenths: number; n: number }[]): {
  stays: number;
  median: number | null;
} {
  const sorted = [...buckets].sort((a, b) => a.tenths - b.tenths);
  const total = sorted.reduce((a, b) => a + b.n, 0);
  if (total === 0) return { stays: 0, median: null };
  const at = (i: number) => {
    let seen = 0;
    for (const b of sorted) {
      seen += b.n;
      if (i < seen) return b.tenths;
    }
    return sorted.at(-1)!.tenths;
  };
  const mid = total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
  return { stays: total, median: Math.round(mid) / 10 };
}

/** The period of a query: the year's bounds intersected with `from`/`to`. */
export function periodOf(q: Pick<ComplaintStatsQuery, 'year' | 'from' | 'to'>) {
  let from = q.from ?? null;
  let to = q.to ?? null;
  if (q.year !== undefined) {
    const yFrom = `${q.year}-01-01`;
    const yTo = `${q.year}-12-31`;
    from = from && from > yFrom ? from : yFrom;
    to = to && to < yTo ? to : yTo;
  }
  return { from, to };
}

/** Resolves the scope the actor may read, or throws 404. */
export async function scopeFor(
  db: Executor,
  actor: Actor,
  q: ComplaintStatsQuery,
): Promise<repo.StatsScope & { officeName: string | null; governmentName: string | null }> {
  let officeIds: string[] | null;
  let officeName: string | null = null;
  if (q.officeId) {
    if (!reachesOffice(actor.reach, q.officeId)) throw new NotFoundError();
    const name = await repo.officeName(db, q.officeId);
    if (name === undefined) throw new NotFoundError();
    officeIds = [q.officeId];
    officeName = name;
  } else if (actor.reach.all) {
    officeIds = null;
  } else {
    officeIds = [...actor.reach.officeIds];
    if (officeIds.length === 1) officeName = (await repo.officeName(db, officeIds[0]!)) ?? null;
  }
  let governmentName: string | null = null;
  if (q.governmentId) {
    const gov = await repo.governmentOf(db, q.governmentId);
    if (!gov || (!actor.reach.all && !(gov.office_id && reachesOffice(actor.reach, gov.office_id))))
      throw new NotFoundError();
    governmentName = gov.name;
  }
  return { officeIds, governmentId: q.governmentId ?? null, ...periodOf(q), officeName, governmentName };
}

export async function complaintStats(
  db: Executor,
  actor: Actor,
  q: ComplaintStatsQuery,
): Promise<ComplaintStats> {
  const scope = await scopeFor(db, actor, q);
  const today = todayWib();
  const [dims, closeMedian, forms, stays, clocks, govs, ruleSet] = await Promise.all([
    repo.dimensionCounts(db, scope),
    repo.medianDaysToClose(db, scope),
    repo.formCounts(db, scope),
    repo.stageDays(db, scope),
    repo.deadlineCounts(db, scope, today),
    repo.governmentProfiles(db, scope),
    currentRuleSet(db),
  ]);
  const rules: readonly DeadlineRule[] = ruleSet.rules.length ? ruleSet.rules : DEFAULT_DEADLINE_RULES;
  const of = (dim: repo.DimensionRow['dim']) => dims.filter((r) => r.dim === dim);
  const counted = (dim: repo.DimensionRow['dim'], col: keyof repo.DimensionRow) =>
    of(dim)
      .filter((r) => r[col] !== null)
      .map((r) => ({ key: String(r[col]), count: r.n }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const total = of('total')[0];
  const byStage = new Map(of('stage').map((r) => [r.stage, r.n]));
  const stayOf = new Map(
    COMPLAINT_STAGES.map((stage) => [stage, histogramMedian(stays.filter((s) => s.stage === stage))]),
  );
  return ComplaintStatsSchema.parse({
    scope: {
      officeId: scope.officeIds?.length === 1 ? scope.officeIds[0] : null,
      officeName: scope.officeName,
      governmentId: scope.governmentId,
      governmentName: scope.governmentName,
      from: scope.from,
      to: scope.to,
      today,
    },
    total: total?.n ?? 0,
    open: total?.open ?? 0,
    closed: (total?.n ?? 0) - (total?.open ?? 0),
    byForm: forms.map((f) => ({ key: f.code, nameId: f.name_id, nameEn: f.name_en, count: f.n })),
    byBody: of('body')
      .map((r) => ({
        kind: r.body_kind ?? 'lainnya',
        name: r.body_name ?? '',
        governmentId: r.body_government_id,
        count: r.n,
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, 10),
    bySector: of('sector')
      .map((r) => ({ key: r.sector, count: r.n }))
      .sort((a, b) => b.count - a.count),
    byChannel: counted('channel', 'channel'),
    byStage: COMPLAINT_STAGES.map((s) => ({ key: s, count: byStage.get(s) ?? 0 })),
    byTrack: counted('track', 'track'),
    byClosure: counted('closure', 'closure_reason'),
    stageDays: COMPLAINT_STAGES.filter((s) => s !== 'selesai').map((stage: ComplaintStage) => {
      const key = STAGE_DEADLINE[stage];
      const rule = key ? rules.find((r) => r.key === key) : undefined;
      const stay = stayOf.get(stage);
      return {
        stage,
        stays: stay?.stays ?? 0,
        medianDays: stay?.median ?? null,
        deadline: rule ? { key: rule.key, days: rule.days, unit: rule.unit } : null,
      };
    }),
    deadlines: clocks
      .map((c) => ({ key: c.key, onTime: c.on_time, late: c.late, running: c.running, overdue: c.overdue }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    overdue: clocks.reduce((n, c) => n + c.overdue, 0),
    medianDaysToClose: days(closeMedian),
    governments: govs.map((g) => ({
      governmentId: g.government_id,
      name: g.name,
      total: g.total,
      open: g.open,
      medianDaysToClose: days(g.median_close),
    })),
  });
}
