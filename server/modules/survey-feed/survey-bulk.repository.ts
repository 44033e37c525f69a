/**
 * Bulk writes of surveys for tests and the demo (SQL, so a repository): a period of either kind
 * with its units, and responses inserted in bulk with explicit flags (the surveys module's insertResponse computes
 * flags one by one; here the flags are the test's or the demo's to choose).
 */
import crypto from 'node:crypto';
import type { Executor } from '../../db/client';
import {
  surveyPeriods,
  surveyPeriodUnits,
  surveyResponseReviews,
  surveyResponses,
} from '../../db/schema-surveys';
import type { SurveyChannel, SurveyFlag, SurveyProfileAnswers } from '../../../shared/contracts/surveys';

export const PERCEPTION = 'persepsi-maladministrasi-2023';
export const SKM = 'skm-permenpan-14-2017';

/** The built-in instruments in the table (the surveys module's own sync, as at start). */
export { syncBuiltInInstruments as ensureInstruments } from '../surveys/instruments.sync';

export interface PeriodSpec {
  kind: 'skm' | 'persepsi_maladministrasi';
  title: string;
  /** SKM: the government; perception: the office and its cycle. */
  governmentId?: string;
  officeId?: string;
  cycleId?: string;
  startsOn: string;
  endsOn: string;
  status?: 'open' | 'closed';
  units: Array<{
    unitId: string;
    governmentId: string;
    population?: number;
    sampleTarget?: number;
    productIds?: string[];
  }>;
  createdBy?: string | null;
}

export async function insertPeriod(db: Executor, p: PeriodSpec): Promise<string> {
  const [row] = await db
    .insert(surveyPeriods)
    .values({
      kind: p.kind,
      instrumentId: p.kind === 'skm' ? SKM : PERCEPTION,
      title: p.title,
      governmentId: p.governmentId ?? null,
      officeId: p.officeId ?? null,
      cycleId: p.cycleId ?? null,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status ?? 'open',
      closedAt: p.status === 'closed' ? new Date(`${p.endsOn}T10:00:00Z`) : null,
      tokenSecret: crypto.randomBytes(32).toString('hex'),
      createdBy: p.createdBy ?? null,
    })
    .returning({ id: surveyPeriods.id });
  await db.insert(surveyPeriodUnits).values(
    p.units.map((u) => ({
      periodId: row!.id,
      unitId: u.unitId,
      governmentId: u.governmentId,
      population: u.population ?? null,
      sampleTarget: u.sampleTarget ?? (u.population ? null : 30),
      productIds: u.productIds ?? [],
    })),
  );
  return row!.id;
}

export interface ResponseSpec {
  unitId: string;
  governmentId: string;
  productId?: string | null;
  /** In the instrument's question order; null = skipped. */
  answers: Array<number | null>;
  flags?: SurveyFlag[];
  channel?: SurveyChannel;
  enteredBy?: string | null;
  profile?: SurveyProfileAnswers;
  suggestion?: string | null;
  submittedAt?: Date;
  durationMs?: number | null;
  deviceHash?: string | null;
}

/** Inserts responses in batches; returns their ids in order. */
export async function insertResponses(
  db: Executor,
  periodId: string,
  instrumentId: string,
  list: ResponseSpec[],
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < list.length; i += 500) {
    const rows = await db
      .insert(surveyResponses)
      .values(
        list.slice(i, i + 500).map((r) => ({
          periodId,
          unitId: r.unitId,
          governmentId: r.governmentId,
          productId: r.productId ?? null,
          instrumentId,
          answers: r.answers as number[],
          suggestion: r.suggestion ?? null,
          profile: r.profile ?? {},
          channel: r.channel ?? 'interview',
          enteredBy: r.enteredBy ?? null,
          flags: r.flags ?? [],
          durationMs: r.durationMs ?? null,
          deviceHash: r.deviceHash ?? null,
          ...(r.submittedAt
            ? {
                submittedAt: r.submittedAt,
                startedAt: new Date(r.submittedAt.getTime() - (r.durationMs ?? 0)),
              }
            : {}),
        })),
      )
      .returning({ id: surveyResponses.id, seq: surveyResponses.seq });
    // RETURNING does not promise the order of VALUES; the sequence does.
    ids.push(...rows.sort((a, b) => a.seq - b.seq).map((r) => r.id));
  }
  return ids;
}

export async function insertReview(
  db: Executor,
  r: {
    responseId: string;
    periodId: string;
    unitId: string;
    decision: 'accept' | 'exclude';
    reason: string;
    by: string;
  },
): Promise<void> {
  await db.insert(surveyResponseReviews).values({
    responseId: r.responseId,
    periodId: r.periodId,
    unitId: r.unitId,
    decision: r.decision,
    reason: r.reason,
    decidedBy: r.by,
  });
}
