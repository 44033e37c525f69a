/**
 * The one insert path of survey responses (issue 16): the public form (counter QR, one-time slip,
 * link), staff entry, interviews, corrections and the Excel import all come through here, so the
 * validation, the integrity flags and the one-use slip rule are the same everywhere.
 *
 * Flags are computed inside the caller's transaction after a per-(period, unit) advisory lock: two
 * answers from one device at the same instant run one after the other on PostgreSQL, and the
 * second sees the first (device_reuse on exactly one of them).
 */
import type { Tx } from '../../db/client';
import { AppError, ConflictError, NotFoundError, ValidationError, type FieldProblem } from '../../lib/errors';
import {
  STAFF_CHANNELS,
  SURVEY_CHANNELS,
  type SurveyChannel,
  type SurveyFlag,
  type SurveyProfileAnswers,
} from '../../../shared/contracts/surveys';
import { OpeningHoursSchema } from '../../../shared/contracts/unit-profile';
import { todayIn } from '../../../shared/format/format';
import { zoneOfGovernment } from '../../../shared/format/time-zones';
import { isWithinOpeningHours } from '../../../shared/standards/opening-hours';
import { FLAG_RULES, flagsFor } from '../../../shared/surveys/flags';
import type { Instrument } from '../../../shared/surveys/instrument.schema';
import { parsedInstrument } from './instrument-cache';
import * as repo from './responses-insert.repository';

export interface NewResponse {
  periodId: string;
  unitId: string;
  productId: string | null;
  /** By question code of the period's instrument. */
  answers: Record<string, number | null>;
  profile: SurveyProfileAnswers;
  suggestion: string | null;
  channel: SurveyChannel;
  enteredBy: string | null;
  deviceHash: string | null;
  slipId: string | null;
  startedAt: Date | null;
  /** Default now. */
  submittedAt?: Date;
  supersedesId?: string | null;
  supersedeReason?: string | null;
}

const RESPONDENT_CHANNELS = SURVEY_CHANNELS.filter((c) => !STAFF_CHANNELS.includes(c));
const MAX_DURATION_MS = 2_147_483_647;

/**
 * Validates (unknown code / value outside 1–4 / no answer at all / unit not in the period / product
 * not of the unit / period closed or, for respondents, outside its dates → ValidationError or
 * AppError with field-level, id+en messages), takes the per-(period,unit) advisory lock, gathers
 * the flag facts, inserts; a used slip → AppError 409 `survey.slip_used`. A missing period → 404.
 */
export async function insertResponse(
  tx: Tx,
  r: NewResponse,
): Promise<{ id: string; seq: number; flags: SurveyFlag[] }> {
  const submittedAt = r.submittedAt ?? new Date();
  const ctx = await repo.insertContext(tx, r.periodId, r.unitId);
  if (!ctx) throw new NotFoundError();
  if (!ctx.unitGovernmentId) throw new ValidationError({ unitId: { message: 'survey.unitNotInPeriod' } });
  const zone = zoneOfGovernment(ctx.regionCode, ctx.officeProvinceCodes ?? []);
  if (ctx.status !== 'open') throw new ConflictError('survey.periodClosed');
  if (!STAFF_CHANNELS.includes(r.channel)) {
    const today = todayIn(zone, submittedAt);
    if (today < ctx.startsOn || today > ctx.endsOn)
      throw new AppError('CONFLICT', 409, 'survey.outsideDates', undefined, {
        startsOn: ctx.startsOn,
        endsOn: ctx.endsOn,
      });
  }
  const instrument = parsedInstrument(ctx.instrumentId, ctx.instrumentUpdatedAt, ctx.definition);
  const fields: Record<string, FieldProblem> = {};
  const answers = answerArray(instrument, r.answers, fields);
  checkProfile(instrument, r.profile, fields);
  if (r.productId) {
    const listed = ctx.productIds ?? [];
    const ok =
      (listed.length === 0 || listed.includes(r.productId)) &&
      (await repo.productOfUnit(tx, r.productId, r.unitId));
    if (!ok) fields.productId = { message: 'survey.productNotOfUnit' };
  }
  if (r.slipId) {
    const slip = await repo.slipRow(tx, r.slipId);
    if (!slip || slip.periodId !== r.periodId || slip.unitId !== r.unitId)
      fields.slipId = { message: 'survey.slipNotOfUnit' };
  }
  if (Object.keys(fields).length) throw new ValidationError(fields);

  await repo.lockPeriodUnit(tx, r.periodId, r.unitId);

  if (r.supersedesId) {
    const old = await repo.responseForSupersede(tx, r.supersedesId);
    if (!old || old.periodId !== r.periodId || old.unitId !== r.unitId)
      throw new ValidationError({ supersedesId: { message: 'survey.supersedeOther' } });
    if (old.supersededBy) throw new ConflictError('survey.alreadySuperseded');
  }
  // A slip belongs to one (period, unit), so under this lock the check is exact; the unique index
  // stays the last word (a race with another path answers the same 409).
  if (r.slipId && (await repo.slipAlreadyUsed(tx, r.slipId))) throw new ConflictError('survey.slip_used');

  const durationMs =
    r.startedAt === null
      ? null
      : Math.min(MAX_DURATION_MS, Math.max(0, submittedAt.getTime() - r.startedAt.getTime()));
  const profile = normalisedProfile(r.profile);
  const facts = await repo.flagFacts(tx, {
    periodId: r.periodId,
    unitId: r.unitId,
    deviceHash: r.deviceHash,
    slipId: r.slipId,
    answers,
    profile,
    submittedAt,
    windowMinutes: FLAG_RULES.burstWindowMinutes,
    respondentChannels: RESPONDENT_CHANNELS,
  });
  const flags = flagsFor({
    channel: r.channel,
    questions: instrument.questions.length,
    durationMs,
    deviceSeenBefore: facts.seen,
    identicalRecent: facts.identical,
    withinOpeningHours: withinHours(ctx.openingHours, submittedAt, zone),
  });
  const suggestion = r.suggestion?.trim() ? r.suggestion.trim().slice(0, 2_000) : null;
  try {
    const row = await repo.insertResponseRow(tx, {
      periodId: r.periodId,
      unitId: r.unitId,
      governmentId: ctx.unitGovernmentId,
      productId: r.productId,
      instrumentId: ctx.instrumentId,
      // smallint[] with NULL elements (skipped questions); Drizzle types the elements as non-null.
      answers: answers as number[],
      suggestion,
      profile,
      channel: r.channel,
      enteredBy: r.enteredBy,
      deviceHash: r.deviceHash,
      slipId: r.slipId,
      startedAt: r.startedAt,
      submittedAt,
      durationMs,
      flags,
      supersedesId: r.supersedesId ?? null,
      supersedeReason: r.supersedesId ? (r.supersedeReason?.trim() ?? null) : null,
    });
    return { id: row.id, seq: Number(row.seq), flags };
  } catch (err) {
    const constraint = uniqueViolation(err);
    if (constraint === 'survey_responses_slip_uq') throw new ConflictError('survey.slip_used');
    if (constraint === 'survey_responses_supersedes_uq') throw new ConflictError('survey.alreadySuperseded');
    throw err;
  }
}

/** The answers in the instrument's question order; problems go to `fields`. */
function answerArray(
  instrument: Instrument,
  given: Record<string, number | null>,
  fields: Record<string, FieldProblem>,
): (number | null)[] {
  const codes = new Set(instrument.questions.map((q) => q.code));
  // At most a few unknown codes are named back: a request with thousands gets a short answer.
  const unknown = Object.keys(given).filter((code) => !codes.has(code));
  for (const code of unknown.slice(0, 10))
    fields[`answers.${code}`] = { message: 'survey.unknownQuestion', params: { code } };
  const answers = instrument.questions.map((q) => {
    const v = Object.hasOwn(given, q.code) ? given[q.code] : null;
    if (v === null || v === undefined) return null;
    if (!Number.isInteger(v) || v < 1 || v > 4) {
      fields[`answers.${q.code}`] = { message: 'survey.answerRange' };
      return null;
    }
    return v;
  });
  if (answers.every((a) => a === null) && !Object.keys(fields).some((k) => k.startsWith('answers.')))
    fields.answers = { message: 'survey.noAnswers' };
  return answers;
}

function checkProfile(
  instrument: Instrument,
  profile: SurveyProfileAnswers,
  fields: Record<string, FieldProblem>,
): void {
  for (const [code, value] of Object.entries(profile)) {
    if (value === undefined || value === '') continue;
    const field = instrument.profile.find((p) => p.code === code);
    const options = field?.options?.map((o) => o.code) ?? [];
    if (!field || !options.includes(value))
      fields[`profile.${code}`] = {
        message: field ? 'field.choice' : 'field.unknown',
        params: { values: options.join(', ') },
      };
  }
}

/** Only the answered profile codes, in a fixed key order (so identical profiles compare equal). */
function normalisedProfile(profile: SurveyProfileAnswers): SurveyProfileAnswers {
  const out: SurveyProfileAnswers = {};
  for (const key of ['jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan'] as const)
    if (profile[key]) out[key] = profile[key];
  return out;
}

function withinHours(openingHours: unknown, at: Date, zone: ReturnType<typeof zoneOfGovernment>) {
  const parsed = OpeningHoursSchema.safeParse(openingHours ?? []);
  if (!parsed.success) return null;
  return isWithinOpeningHours({ openingHours: parsed.data }, at, zone);
}

function uniqueViolation(err: unknown): string | null {
  for (
    let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  )
    if (e.code === '23505') return e.constraint ?? '';
  return null;
}
