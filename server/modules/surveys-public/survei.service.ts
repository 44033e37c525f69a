/**
 * The respondent's use cases (issue 16 §3–4): open the form from a counter QR (the rotating token
 * decides the period) or from a one-time slip, and send it. Nothing here needs an account; a
 * response always goes through the one insert path (surveys/responses-insert.ts), which sets the
 * integrity flags — a flag never refuses a respondent.
 */
import type { Executor } from '../../db/client';
import { AppError } from '../../lib/errors';
import { inTransaction } from '../../lib/transaction';
import { zoneOfGovernment, type TimeZoneCode } from '../../../shared/format/time-zones';
import type { Instrument } from '../../../shared/surveys/instrument.schema';
import { parsedInstrument } from '../surveys/instrument-cache';
import { insertResponse } from '../surveys/responses-insert';
import { normaliseSlipCode, slipCodeHash } from '../surveys/slip-codes';
import { acceptsYesterday, dayBefore, localDateOf, tokenDay } from './counter-token';
import type { ParsedAnswers } from './survei-input';
import * as repo from './survei.repository';

/** What the form needs: the period, the unit, its products, the instrument. */
export interface OpenSurvey {
  periodId: string;
  periodTitle: string;
  unitId: string;
  unitName: string;
  governmentName: string;
  zone: TimeZoneCode;
  instrument: Instrument;
  products: { id: string; name: string }[];
  slipId: string | null;
}

export type Opened =
  | { kind: 'ok'; survey: OpenSurvey }
  | { kind: 'notFound' }
  | { kind: 'token' }
  | { kind: 'closed' }
  | { kind: 'slipUsed' };

const inRange = (p: repo.UnitPeriod, day: string) =>
  p.status === 'open' && p.startsOn <= day && day <= p.endsOn;

async function surveyOf(
  db: Executor,
  place: repo.UnitPlace,
  p: repo.UnitPeriod,
  zone: TimeZoneCode,
  slipId: string | null,
): Promise<OpenSurvey> {
  return {
    periodId: p.periodId,
    periodTitle: p.title,
    unitId: place.unitId,
    unitName: place.unitName,
    governmentName: place.governmentName,
    zone,
    instrument: parsedInstrument(p.instrumentId, p.instrumentUpdatedAt, p.definition),
    products: await repo.products(db, place.unitId, p.productIds),
    slipId,
  };
}

/**
 * The survey a counter QR opens at `now`: the SKM period of the unit whose token for the unit's
 * local date (WIB/WITA/WIT) is `token`. Yesterday's token counts only for a form rendered before
 * midnight and sent within the hour (`renderedAt(periodId)` reads the form's signed start).
 * Unknown unit or no SKM period for it → notFound; no period's token → token; the token's period
 * closed or outside its dates → closed.
 */
export async function openCounter(
  db: Executor,
  unitId: string,
  token: string | undefined,
  now: Date,
  renderedAt: (periodId: string) => Date | null = () => null,
): Promise<Opened> {
  const place = await repo.unitPlace(db, unitId);
  if (!place) return { kind: 'notFound' };
  const periods = await repo.skmPeriodsOfUnit(db, unitId);
  if (periods.length === 0) return { kind: 'notFound' };
  const zone = zoneOfGovernment(place.regionCode, place.officeProvinceCodes);
  const today = localDateOf(zone, now);
  for (const p of periods) {
    const day = tokenDay(p.tokenSecret, unitId, token, zone, now);
    if (!day) continue;
    if (day === 'yesterday' && !acceptsYesterday(zone, renderedAt(p.periodId), now)) continue;
    if (!inRange(p, day === 'today' ? today : dayBefore(today))) return { kind: 'closed' };
    return { kind: 'ok', survey: await surveyOf(db, place, p, zone, null) };
  }
  return { kind: 'token' };
}

/**
 * The survey a one-time slip opens (the code as typed: any case, spaces and dashes allowed; only its
 * SHA-256 is looked up): unknown → notFound; used → slipUsed; closed → closed.
 */
export async function openSlip(db: Executor, code: string, now: Date): Promise<Opened> {
  const normal = normaliseSlipCode(code);
  if (!normal) return { kind: 'notFound' };
  const slip = await repo.slipByHash(db, slipCodeHash(normal));
  if (!slip) return { kind: 'notFound' };
  if (slip.used) return { kind: 'slipUsed' };
  const place = await repo.unitPlace(db, slip.unitId);
  const p = place && (await repo.periodOfUnit(db, slip.periodId, slip.unitId));
  if (!place || !p) return { kind: 'notFound' };
  const zone = zoneOfGovernment(place.regionCode, place.officeProvinceCodes);
  if (!inRange(p, localDateOf(zone, now))) return { kind: 'closed' };
  return { kind: 'ok', survey: await surveyOf(db, place, p, zone, slip.slipId) };
}

export type Sent = { kind: 'sent' } | { kind: 'repeat' } | { kind: 'closed' } | { kind: 'slipUsed' };

/**
 * Records a respondent's answers in one transaction through the one insert path. The same form
 * (same signed start) sent twice from one device is recorded once. A closed period or a used slip
 * is answered as such; anything else the insert path refuses is thrown (field-level messages).
 */
export async function submitResponse(
  db: Executor,
  survey: OpenSurvey,
  answers: ParsedAnswers,
  device: { deviceHash: string; startedAt: Date; now: Date },
): Promise<Sent> {
  try {
    return await inTransaction(db, async (tx) => {
      if (await repo.alreadySent(tx, survey.periodId, survey.unitId, device.deviceHash, device.startedAt))
        return { kind: 'repeat' } as const;
      await insertResponse(tx, {
        periodId: survey.periodId,
        unitId: survey.unitId,
        productId: answers.productId,
        answers: answers.answers,
        profile: answers.profile,
        suggestion: answers.suggestion,
        channel: survey.slipId ? 'slip' : 'counter',
        enteredBy: null,
        deviceHash: device.deviceHash,
        slipId: survey.slipId,
        startedAt: device.startedAt,
        submittedAt: device.now,
      });
      return { kind: 'sent' } as const;
    });
  } catch (err) {
    if (err instanceof AppError && err.messageKey === 'survey.slip_used') return { kind: 'slipUsed' };
    if (
      err instanceof AppError &&
      (err.messageKey === 'survey.periodClosed' || err.messageKey === 'survey.outsideDates')
    )
      return { kind: 'closed' };
    throw err;
  }
}
