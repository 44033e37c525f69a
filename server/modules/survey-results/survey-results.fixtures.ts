/**
 * Test records for survey results: the built-in SKM instrument (when the surveys module's start-up
 * sync has not put it there), a period with units, and stored responses and reviews written
 * straight into the tables (the results read what is stored, whatever path wrote it).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/client';
import { InstrumentSchema } from '../../../shared/surveys/instrument.schema';

export const SKM_INSTRUMENT = 'skm-permenpan-14-2017';

export async function ensureInstrument(database: Database, id = SKM_INSTRUMENT): Promise<void> {
  const file = path.join(process.cwd(), 'instruments', `${id}.json`);
  const def = InstrumentSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  await database.query(
    `insert into survey_instruments (id, version, kind, name, definition, source, frozen_at)
     values ($1, $2, $3, $4, $5::jsonb, 'builtin', now()) on conflict (id) do nothing`,
    [def.id, def.version, def.kind, def.name.id, JSON.stringify(def)],
  );
}

export interface PeriodOpts {
  governmentId: string;
  units: Array<{ unitId: string; population?: number; productIds?: string[] }>;
  title?: string;
  interimVisible?: boolean;
  status?: 'open' | 'closed';
  startsOn?: string;
  endsOn?: string;
}

export async function makeSkmPeriod(database: Database, o: PeriodOpts): Promise<string> {
  await ensureInstrument(database);
  const [p] = await database.query<{ id: string }>(
    `insert into survey_periods (kind, instrument_id, title, government_id, starts_on, ends_on, status,
       interim_visible, token_secret)
     values ('skm', $1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [
      SKM_INSTRUMENT,
      o.title ?? `SKM Uji ${crypto.randomBytes(3).toString('hex')}`,
      o.governmentId,
      o.startsOn ?? '2024-01-01',
      o.endsOn ?? '2024-12-31',
      o.status ?? 'open',
      o.interimVisible ?? false,
      crypto.randomBytes(32).toString('hex'),
    ],
  );
  for (const u of o.units)
    await database.query(
      `insert into survey_period_units (period_id, unit_id, government_id, population, product_ids)
       values ($1, $2, $3, $4, $5::uuid[])`,
      [p!.id, u.unitId, o.governmentId, u.population ?? 100, `{${(u.productIds ?? []).join(',')}}`],
    );
  return p!.id;
}

export interface StoredResponse {
  answers: Array<number | null>;
  productId?: string | null;
  flags?: string[];
  channel?: 'counter' | 'slip' | 'link' | 'staff' | 'import' | 'interview';
  profile?: Record<string, string>;
  suggestion?: string | null;
  supersedesId?: string | null;
}

/** Inserts responses in order (seq grows); returns their ids. */
export async function addResponses(
  database: Database,
  at: { periodId: string; unitId: string; governmentId: string },
  rows: StoredResponse[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const r of rows) {
    const [row] = await database.query<{ id: string }>(
      `insert into survey_responses (period_id, unit_id, government_id, product_id, instrument_id, answers,
         profile, suggestion, channel, flags, supersedes_id)
       values ($1, $2, $3, $4, $5, $6::smallint[], $7::jsonb, $8, $9, $10::text[], $11) returning id`,
      [
        at.periodId,
        at.unitId,
        at.governmentId,
        r.productId ?? null,
        SKM_INSTRUMENT,
        `{${r.answers.map((a) => (a === null ? 'NULL' : String(a))).join(',')}}`,
        JSON.stringify(r.profile ?? {}),
        r.suggestion ?? null,
        r.channel ?? 'counter',
        `{${(r.flags ?? []).join(',')}}`,
        r.supersedesId ?? null,
      ],
    );
    ids.push(row!.id);
  }
  return ids;
}

export async function addReview(
  database: Database,
  at: { periodId: string; unitId: string; responseId: string; decidedBy: string },
  decision: 'accept' | 'exclude',
  reason: string,
): Promise<void> {
  await database.query(
    `insert into survey_response_reviews (response_id, period_id, unit_id, decision, reason, decided_by)
     values ($1, $2, $3, $4, $5, $6)`,
    [at.responseId, at.periodId, at.unitId, decision, reason, at.decidedBy],
  );
}

/**
 * N respondents whose answers to element i sum to sums[i]: each element's answers are as even as
 * they can be (⌊S/N⌋, the first S mod N respondents one more), so NRR_i = sums[i] / N exactly.
 */
export function respondentsWithSums(n: number, sums: readonly number[]): Array<Array<number | null>> {
  return Array.from({ length: n }, (_, r) => sums.map((s) => Math.floor(s / n) + (r < s % n ? 1 : 0)));
}
