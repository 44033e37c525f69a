/**
 * Survey results (issue 16 §5): computed from the accepted responses when asked, cached per
 * (period, unit) in survey_unit_results and reused while the unit's largest response and review seq
 * (and their counts) are unchanged — a new response or review makes the next read recompute that
 * unit only. Products, units and the period are graded from summed element counts.
 */
import type { z } from 'zod';
import type { SurveyKind, SurveyResults, SurveyTrendSchema } from '../../../shared/contracts/surveys';
import type { Instrument } from '../../../shared/surveys/instrument.schema';
import type { Executor } from '../../db/client';
import { AppError, NotFoundError } from '../../lib/errors';
import { reachesGovernment, type Actor } from '../../lib/reach';
import { resultsInReach } from './survey-results.access';
import {
  elementsOf,
  emptyTotals,
  exclusionsOf,
  figure,
  ikmOf,
  lowestOf,
  profileOf,
  sumTotals,
  type Totals,
} from './survey-results.compute';
import * as repo from './survey-results.repository';

type SurveyTrend = z.infer<typeof SurveyTrendSchema>;

const SUGGESTIONS = 200;

function sameStamp(a: repo.Stamp, b: repo.Stamp | undefined): boolean {
  return (
    !!b &&
    a.responseSeq === b.responseSeq &&
    a.reviewSeq === b.reviewSeq &&
    a.responses === b.responses &&
    a.reviews === b.reviews
  );
}

/** Each unit's aggregate: from the cache when still valid, else recomputed and stored. */
export async function unitAggregates(
  db: Executor,
  periodId: string,
  instrument: Instrument,
  unitIds: string[],
): Promise<Map<string, repo.UnitAggregate>> {
  const out = new Map<string, repo.UnitAggregate>();
  for (const s of await repo.unitSeqs(db, periodId, unitIds)) {
    if (s.result && sameStamp(s.stamp, s.result.stamp)) {
      out.set(s.unitId, s.result);
      continue;
    }
    const fresh = await repo.aggregateUnit(db, periodId, s.unitId, instrument.questions.length);
    await repo.storeUnitResult(db, periodId, s.unitId, fresh);
    out.set(s.unitId, fresh);
  }
  return out;
}

const totalsOf = (q: number, agg: repo.UnitAggregate | undefined, productId?: string): Totals =>
  sumTotals(
    q,
    (agg?.groups ?? []).filter((g) => productId === undefined || g.productId === productId),
  );

/** GET /api/survey-periods/:id/results — the period's, one unit's or one product's figures. */
export async function getResults(
  db: Executor,
  actor: Actor,
  periodId: string,
  query: { unitId?: string; productId?: string },
): Promise<SurveyResults> {
  const { period, units } = await resultsInReach(db, actor, periodId);
  const inst = period.instrument;
  const q = inst.questions.length;
  let scoped = units;
  if (query.unitId) scoped = units.filter((u) => u.unitId === query.unitId);
  if (query.productId) scoped = scoped.filter((u) => u.productIds.includes(query.productId!));
  if (scoped.length === 0) throw new NotFoundError();
  const aggs = await unitAggregates(
    db,
    periodId,
    inst,
    scoped.map((u) => u.unitId),
  );
  const unitTotals = scoped.map((u) => ({ u, t: totalsOf(q, aggs.get(u.unitId), query.productId) }));
  const total = sumTotals(
    q,
    unitTotals.map((x) => x.t),
  );
  const result = ikmOf(inst, total);
  const elements = elementsOf(inst, result);

  const productIds = [...new Set(scoped.flatMap((u) => u.productIds))].filter(
    (id) => !query.productId || id === query.productId,
  );
  const names = await repo.productNames(db, productIds);
  const products = scoped.flatMap((u) =>
    u.productIds
      .filter((id) => productIds.includes(id))
      .map((id) => ({
        id,
        name: names.get(id) ?? id,
        ...figure(ikmOf(inst, totalsOf(q, aggs.get(u.unitId), id))),
      })),
  );
  const suggestions = await repo.latestSuggestions(
    db,
    periodId,
    scoped.map((u) => u.unitId),
    query.productId ?? null,
    SUGGESTIONS,
  );
  return {
    periodId,
    kind: period.kind,
    scope: { unitId: query.unitId ?? null, productId: query.productId ?? null },
    interim: period.status !== 'closed',
    ...figure(result),
    received: total.received,
    excluded: exclusionsOf(total),
    staffEntered: total.staff,
    elements,
    lowest: lowestOf(elements),
    units: unitTotals.map(({ u, t }) => ({ id: u.unitId, name: u.unitName, ...figure(ikmOf(inst, t)) })),
    products,
    profile: profileOf(inst, total),
    suggestions: suggestions.map((s) => ({ ...s, submittedAt: new Date(s.submittedAt).toISOString() })),
  };
}

/**
 * GET /api/governments/:id/surveys/trend — the government's figure in each period of a kind it is
 * in (its own units only), oldest first; periods out of the actor's reach are left out.
 */
export async function getTrend(
  db: Executor,
  actor: Actor,
  governmentId: string,
  kind: SurveyKind,
): Promise<SurveyTrend> {
  if (!reachesGovernment(actor.reach, governmentId) || !(await repo.governmentExists(db, governmentId)))
    throw new NotFoundError();
  const items: SurveyTrend['items'] = [];
  for (const { id } of await repo.governmentPeriods(db, governmentId, kind)) {
    let found;
    try {
      found = await resultsInReach(db, actor, id);
    } catch (err) {
      if (err instanceof AppError && (err.status === 404 || err.status === 403)) continue;
      throw err;
    }
    const { period } = found;
    const units = found.units.filter((u) => u.governmentId === governmentId);
    if (units.length === 0) continue;
    const q = period.instrument.questions.length;
    const aggs = await unitAggregates(
      db,
      id,
      period.instrument,
      units.map((u) => u.unitId),
    );
    const total = sumTotals(
      q,
      units.map((u) => totalsOf(q, aggs.get(u.unitId))),
    );
    items.push({
      periodId: id,
      title: period.title,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      status: period.status,
      ...figure(ikmOf(period.instrument, total)),
    });
  }
  return { items };
}

/** The index of every accepted response of an instrument (the nation), computed now, uncached. */
export async function instrumentIkm(db: Executor, instrument: Instrument) {
  const a = await repo.aggregateInstrument(db, instrument.id, instrument.questions.length);
  return { received: a.received, ...ikmOf(instrument, { ...emptyTotals(0), ...a }) };
}
