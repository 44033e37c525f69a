/**
 * Synthetic SKM surveys: the count follows the target, a realistic share is flagged (3–6 %) and
 * staff-entered, the same seed gives the same rows; loaded through the real bulk path (COPY on
 * PGlite), a government's IKM from the results service equals the one computed in JS from the raw
 * rows with the shared rules (isAccepted, computeIkm).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIkm } from '../../../shared/surveys/ikm';
import { isAccepted } from '../../../shared/surveys/flags';
import type { SurveyReviewDecision } from '../../../shared/contracts/surveys';
import type { Actor } from '../../lib/reach';
import { createTestContext, type TestContext } from '../../test/harness';
import { getResults } from '../survey-results/survey-results.service';
import { buildModel } from './synth-model';
import type { Row, Sink } from './synth-sink';
import { loadSurveys } from './synth-surveys';
import { runSynth } from './synth.service';
import { InstrumentSchema } from '../../../shared/surveys/instrument.schema';
import fs from 'node:fs';

const instrument = InstrumentSchema.parse(
  JSON.parse(fs.readFileSync('instruments/skm-permenpan-14-2017.json', 'utf8')),
);

function memorySink(): Sink & { tables: Map<string, Row[]> } {
  const tables = new Map<string, Row[]>();
  return {
    kind: 'insert',
    tables,
    begin: async () => undefined,
    commit: async () => undefined,
    rollback: async () => undefined,
    end: async () => undefined,
    async open(table) {
      const rows: Row[] = [];
      tables.set(table, rows);
      return { push: (r) => void rows.push(r), close: async () => rows.length };
    },
  };
}

describe('synthetic SKM responses (in memory)', () => {
  it('hits the target with a realistic share flagged and staff-entered, deterministically', async () => {
    const model = buildModel('small', 7, 1);
    const a = memorySink();
    const load = await loadSurveys(model, a, instrument, 20_000);
    expect(load.responses).toBeGreaterThan(18_000);
    expect(load.responses).toBeLessThan(22_000);
    expect(load.flagged / load.responses).toBeGreaterThan(0.03);
    expect(load.flagged / load.responses).toBeLessThan(0.06);
    expect(load.staff / load.responses).toBeGreaterThan(0.05);
    expect(load.staff / load.responses).toBeLessThan(0.11);
    expect(load.reviews).toBeGreaterThan(0);
    expect(a.tables.get('survey_periods')).toHaveLength(model.governments.length);
    const b = memorySink();
    await loadSurveys(model, b, instrument, 20_000);
    expect(b.tables.get('survey_responses')!.slice(0, 50)).toEqual(
      a.tables.get('survey_responses')!.slice(0, 50),
    );
  });
});

describe('synthetic SKM through the bulk path', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    await runSynth(ctx.database, { scale: 'small', seed: 3, complaints: 0, surveyResponses: 2_000 });
  }, 600_000);
  afterAll(() => ctx.close());

  it('a government’s IKM from the results service equals the shared rules over the raw rows', async () => {
    const [period] = await ctx.database.query<{ id: string }>(
      `select p.id from survey_periods p where p.kind = 'skm' order by p.id limit 1`,
    );
    const raw = await ctx.database.query<{
      answers: Array<number | null>;
      flags: string[];
      review: SurveyReviewDecision | null;
      superseded: boolean;
    }>(
      `select r.answers, r.flags,
         (select v.decision from survey_response_reviews v where v.response_id = r.id order by v.seq desc limit 1) as review,
         exists (select 1 from survey_responses s where s.supersedes_id = r.id) as superseded
       from survey_responses r where r.period_id = $1`,
      [period!.id],
    );
    const codes = instrument.questions.map((q) => q.code);
    const accepted = raw
      .filter((r) => isAccepted(r.flags, r.review, r.superseded))
      .map((r) => Object.fromEntries(codes.map((c, i) => [c, r.answers[i] ?? null])));
    const expected = computeIkm(codes, accepted);
    const admin: Actor = {
      id: '00000000-0000-4000-8000-000000000000',
      name: 'admin',
      email: 'admin@synth.test',
      role: 'admin',
      officeId: null,
      governmentId: null,
      locale: 'id',
      reach: { all: true, officeIds: [], governmentIds: [], unitIds: null },
    };
    const got = await getResults(ctx.database.db, admin, period!.id, {});
    expect(raw.length).toBeGreaterThan(0);
    expect(got.received).toBe(raw.length);
    expect(got.respondents).toBe(accepted.length);
    expect(got.ikmRounded).toBe(expected.ikmRounded);
    expect(got.ikm).toBeCloseTo(expected.ikm!, 10);
  });
});
