/**
 * Taat per government and its roll-up (issue 17 part 4). Reach first: a government out of the
 * actor's reach answers 404 like a missing one; the roll-up lists only governments in reach (an
 * office in reach, or the nation for an admin). The figure is computed by the pure computeTaat
 * (one government) or by the SQL twin of it (the roll-up), under rules/taat.json.
 */
import {
  GovernmentTaatSchema,
  type GovernmentTaat,
  type TaatCounts,
  type TaatItem,
  type TaatRollup,
  type TaatRollupQuery,
} from '../../../../shared/contracts/taat';
import {
  computeTaat,
  taatQualifies,
  taatShare,
  wibDate,
  type TaatRule,
} from '../../../../shared/followups/taat';
import type { Executor } from '../../../db/client';
import { NotFoundError, ValidationError } from '../../../lib/errors';
import { reachesGovernment, reachesOffice, type Actor } from '../../../lib/reach';
import { todayWib } from '../../complaints/complaints.create';
import type { FullRapor } from '../../../../shared/contracts/rapor';
import * as repo from './taat.repository';
import { taatRule } from './taat-rule';

/** Taat of one government as of the end of `asOf` (WIB; today when absent), with its items. */
export async function getGovernmentTaat(
  db: Executor,
  actor: Actor,
  governmentId: string,
  asOf: string | undefined,
  rule: TaatRule = taatRule(),
): Promise<GovernmentTaat> {
  if (!reachesGovernment(actor.reach, governmentId)) throw new NotFoundError();
  const gov = await repo.findGovernment(db, governmentId);
  if (!gov) throw new NotFoundError();
  const today = todayWib();
  // A day to come would count items still running as overdue: Taat is read up to today.
  if (asOf && asOf > today) throw new ValidationError({ asOf: { message: 'complaint.futureDate' } });
  const day = asOf ?? today;
  const rows = await repo.governmentItems(db, governmentId, day);
  const result = computeTaat(
    rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      createdAt: r.created_at,
      dueOn: r.due_on,
      sentAt: r.sent_at,
      answeredAt: r.answered_at,
      verifiedAt: r.verified_at,
    })),
    rule,
    day,
  );
  // A unit PIC reads the figure of their government but only their units' items.
  const units = actor.reach.all ? null : actor.reach.unitIds;
  const listed: TaatItem[] = [];
  let hiddenItems = 0;
  rows.forEach((r, i) => {
    const v = result.items[i]!;
    if (units !== null && (r.unit_id === null || !units.includes(r.unit_id))) {
      if (v.counted) hiddenItems += 1;
      return;
    }
    listed.push({
      id: r.id,
      kind: r.kind,
      unitName: r.unit_name,
      action: r.action,
      status: r.status,
      issuedOn: wibDate(r.created_at),
      dueOn: r.due_on,
      due: v.due,
      dueImplied: v.dueImplied,
      answerOn: v.answerOn,
      verifiedOn: r.verified_at ? wibDate(r.verified_at) : null,
      outcome: v.outcome,
      counted: v.counted,
    });
  });
  // The rule's kinds first (counted before not counted), the government's own items last.
  const order = (t: TaatItem) => (t.counted ? 0 : rule.kinds.includes(t.kind) ? 1 : 2);
  listed.sort((a, b) => order(a) - order(b));
  const { items: _verdicts, ...figure } = result;
  void _verdicts;
  return GovernmentTaatSchema.parse({
    ...figure,
    governmentId: gov.id,
    governmentName: gov.name,
    rule,
    items: listed,
    hiddenItems,
  });
}

/**
 * The short Taat the rapor files print (as of the cycle year's end, or today while it runs), or
 * null when the actor does not reach the government (the rapor's own access was checked before).
 */
export async function raporTaat(
  db: Executor,
  actor: Actor,
  governmentId: string,
  year: number,
  builtInBase: string | null,
): Promise<NonNullable<FullRapor['taat']> | null> {
  if (!reachesGovernment(actor.reach, governmentId)) return null;
  const t = await getGovernmentTaat(db, actor, governmentId, asOfForYear(year));
  return {
    share: t.share,
    counted: t.counted,
    onTime: t.onTime,
    asOf: t.asOf,
    qualifies: t.qualifies,
    opinion2025: builtInBase === 'opini-ombudsman-2025',
  };
}

/** The year's "as of" day: 31 December, or today while the year runs. */
export function asOfForYear(year: number, today = todayWib()): string {
  const end = `${year}-12-31`;
  return end < today ? end : today;
}

/**
 * Taat per government in the actor's reach (of `officeId` when given; the nation for an admin
 * without one), as of the end of `year` (or today). One grouped SQL query; no per-government
 * round trips. Helper for the bench: call with an admin actor for the national roll-up.
 */
export async function getTaatRollup(
  db: Executor,
  actor: Actor,
  query: TaatRollupQuery,
  rule: TaatRule = taatRule(),
): Promise<TaatRollup> {
  if (query.officeId && !reachesOffice(actor.reach, query.officeId)) throw new NotFoundError();
  const today = todayWib();
  const currentYear = Number(today.slice(0, 4));
  if (query.year !== undefined && query.year > currentYear)
    throw new ValidationError({ year: { message: 'field.figureYearFuture', params: { year: currentYear } } });
  const year = query.year ?? currentYear;
  const asOf = asOfForYear(year, today);
  const rows = await repo.taatRollup(db, rule, asOf, {
    officeId: query.officeId ?? null,
    governmentIds: actor.reach.all ? null : actor.reach.governmentIds,
  });
  const total = { counted: 0, onTime: 0, late: 0, overdue: 0, awaitingVerification: 0, excludedNotDue: 0 };
  let excludedNoDueDate = 0;
  let qualifying = 0;
  const out = rows.map((r) => {
    const counts = countsOf(r);
    const qualifies = taatQualifies(counts.onTime, counts.counted, rule);
    if (qualifies) qualifying += 1;
    total.counted += counts.counted;
    total.onTime += counts.onTime;
    total.late += counts.late;
    total.overdue += counts.overdue;
    total.awaitingVerification += counts.awaitingVerification;
    total.excludedNotDue += counts.excludedNotDue;
    excludedNoDueDate += counts.excludedNoDueDate;
    return {
      ...counts,
      governmentId: r.government_id,
      governmentName: r.government_name,
      officeId: r.office_id,
      qualifies,
    };
  });
  return {
    asOf,
    year,
    officeId: query.officeId ?? null,
    rule: {
      id: rule.id,
      version: rule.version,
      thresholdPercent: rule.qualifier.thresholdPercent,
      minCounted: rule.qualifier.minCounted,
    },
    rows: out,
    total: {
      ...total,
      excludedNoDueDate,
      share: taatShare(total.onTime, total.counted),
      governments: out.length,
      qualifying,
    },
  };
}

function countsOf(r: repo.RollupRow): TaatCounts {
  const onTime = Number(r.on_time);
  const late = Number(r.late);
  const overdue = Number(r.overdue);
  const counted = onTime + late + overdue;
  return {
    counted,
    onTime,
    late,
    overdue,
    awaitingVerification: Number(r.awaiting),
    excludedNotDue: Number(r.not_due),
    excludedNoDueDate: Number(r.no_due_date),
    share: taatShare(onTime, counted),
  };
}
