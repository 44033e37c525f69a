/**
 * Part S (issue 16): surveys.
 * - Responses accepted per second at 50 connections in closed loop, each a POST of one filled SKM
 *   form, beside the bare route of the same server. The public counter form is written by another
 *   branch; until it is on main this part posts through the staff entry API
 *   (POST /api/survey-periods/:id/responses, the same one insert path, as a coordinator) — the row
 *   says which route it measured, and a route not there yet is reported as skipped, never a number.
 *   The bench opens a period of its own (today inside its dates) over a government's units.
 * - The nation's IKM: every accepted SKM response summed per element in one statement, uncached
 *   (the acceptance rule: not superseded, the latest review, flags), beside the SQL floor — the
 *   same sums over every row with no rule at all.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { Database } from '../server/db/client';
import { todayIn } from '../shared/format/format';
import { InstrumentSchema, type Instrument } from '../shared/surveys/instrument.schema';
import { instrumentIkm } from '../server/modules/survey-results/survey-results.service';
import { cannon, startServer } from './http';
import { log, median, ms, now, timeRuns } from './lib';
import { signIn, type BenchSession } from './pools';
import type { ResultRow } from './report';

const CONNECTIONS = 50;
const SKM = 'skm-permenpan-14-2017';

export interface SurveyTargets {
  periodId: string;
  unitIds: string[];
  coordinator: BenchSession;
  nation: ResultRow[];
}

const shift = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The nation's IKM uncached beside the SQL floor (in process, before the server starts). */
async function nationRows(database: Database, runs: number): Promise<ResultRow[]> {
  const [row] = await database.query<{ definition: unknown; n: number }>(
    `select definition, (select count(*)::int from survey_responses where instrument_id = $1) as n
       from survey_instruments where id = $1`,
    [SKM],
  );
  if (!row || row.n === 0) {
    log('surveys: no SKM responses loaded (run `patuh synth` first); nation IKM skipped');
    return [];
  }
  const instrument: Instrument = InstrumentSchema.parse(row.definition);
  let figure: Awaited<ReturnType<typeof instrumentIkm>> | null = null;
  const ikmMs = median(
    await timeRuns(
      runs,
      async () => {
        figure = await instrumentIkm(database.db, instrument);
      },
      1,
    ),
  );
  const cols = instrument.questions
    .map((_, i) => `sum(answers[${i + 1}]), count(answers[${i + 1}])`)
    .join(', ');
  const floorMs = median(
    await timeRuns(
      runs,
      () => database.query(`select ${cols} from survey_responses where instrument_id = $1`, [SKM]),
      1,
    ),
  );
  const f = figure!;
  log(
    `surveys: nation IKM ${f.ikmRounded} (${f.grade}) from ${f.respondents} of ${f.received} responses in ${ms(ikmMs)} ms; floor ${ms(floorMs)} ms`,
  );
  return [
    {
      part: 'S',
      measure: `IKM of the nation, uncached: ${row.n.toLocaleString('en-US')} SKM responses, acceptance rule in SQL`,
      figure: `${ms(ikmMs)} ms (IKM ${f.ikmRounded?.toFixed(2)}, ${f.grade}; ${f.respondents.toLocaleString('en-US')} accepted)`,
      floor: `${ms(floorMs)} ms (element sums over every row, no rule)`,
      ratio: ikmMs / floorMs,
      target: '–',
      met: null,
      raw: { ikmMs, floorMs, figure: f },
    },
  ];
}

/** Opens a bench period (today inside it) over the units of the government with most units. */
export async function surveyTargets(database: Database, runs: number): Promise<SurveyTargets | null> {
  const nation = await nationRows(database, runs);
  const [gov] = await database.query<{ id: string; email: string }>(
    `select g.id, u.email from governments g join users u on u.government_id = g.id and u.role = 'gov_coordinator'
      where g.archived_at is null and u.archived_at is null
      order by (select count(*) from units x where x.government_id = g.id) desc, g.id limit 1`,
  );
  if (!gov) return null;
  const today = todayIn('WITA');
  const [p] = await database.query<{ id: string }>(
    `insert into survey_periods (kind, instrument_id, title, government_id, starts_on, ends_on, token_secret)
     values ('skm', $1, 'SKM bench', $2, $3, $4, $5) returning id`,
    [SKM, gov.id, shift(today, -30), shift(today, 30), crypto.randomBytes(32).toString('hex')],
  );
  const units = await database.query<{ id: string }>(
    `insert into survey_period_units (period_id, unit_id, government_id, population)
     select $1, id, government_id, 1000 from units where government_id = $2 and archived_at is null
     returning unit_id as id`,
    [p!.id, gov.id],
  );
  return {
    periodId: p!.id,
    unitIds: units.map((u) => u.id),
    coordinator: await signIn(database, gov.email),
    nation,
  };
}

function post(agent: http.Agent, base: URL, path: string, s: BenchSession, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        path,
        method: 'POST',
        headers: {
          cookie: s.cookie,
          'x-csrf-token': s.csrf,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

const form = (unitId: string, i: number) =>
  JSON.stringify({
    unitId,
    answers: Object.fromEntries(Array.from({ length: 9 }, (_, k) => [`U${k + 1}`, 1 + ((i + k) % 4)])),
    profile: { jenis_kelamin: i % 2 ? 'L' : 'P' },
  });

/** Part S: responses accepted per second at 50 connections (and the nation rows measured before). */
export async function benchSurveys(t: SurveyTargets, runs: number, seconds: number): Promise<ResultRow[]> {
  const rows = [...t.nation];
  const path = `/api/survey-periods/${t.periodId}/responses`;
  const label = `POST ${'/api/survey-periods/:id/responses'} (staff entry API; the public form was not on main)`;
  const server = await startServer({}, 'surveys');
  try {
    const base = new URL(server.base);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const probe = await post(agent, base, path, t.coordinator, form(t.unitIds[0]!, 0));
    if (probe !== 201) {
      log(`surveys: ${label} answered ${probe}; skipped`);
      rows.push({
        part: 'S',
        measure: label,
        figure: `skipped: the route answered ${probe}`,
        floor: '–',
        ratio: NaN,
        target: '–',
        met: null,
        raw: { probe },
      });
      return rows;
    }
    const floor = await cannon(`${server.base}/bench/constant`, null, seconds);
    const figures: Array<{ accepted: number; other: number; rps: number; p50: number; p99: number }> = [];
    for (let r = 0; r < runs; r++) {
      let i = 0;
      let accepted = 0;
      let other = 0;
      const lat: number[] = [];
      const t0 = now();
      const end = t0 + seconds * 1000;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (now() < end) {
            const n = i++;
            const s = now();
            const status = await post(
              agent,
              base,
              path,
              t.coordinator,
              form(t.unitIds[n % t.unitIds.length]!, n),
            );
            lat.push(now() - s);
            if (status === 201) accepted++;
            else other++;
          }
        }),
      );
      lat.sort((a, b) => a - b);
      const secs = (now() - t0) / 1000;
      figures.push({
        accepted,
        other,
        rps: accepted / secs,
        p50: lat[Math.floor(lat.length / 2)]!,
        p99: lat[Math.floor(lat.length * 0.99)]!,
      });
    }
    agent.destroy();
    const f = figures.sort((a, b) => a.rps - b.rps)[Math.floor(figures.length / 2)]!;
    log(
      `surveys: ${f.rps.toFixed(0)} responses/s accepted (p50 ${ms(f.p50)} / p99 ${ms(f.p99)} ms, ${f.other} refused)`,
    );
    rows.push({
      part: 'S',
      measure: `${label}, ${CONNECTIONS} connections, ${t.unitIds.length} units`,
      figure: `${f.rps.toFixed(0)} responses/s accepted, p50 ${ms(f.p50)} / p99 ${ms(f.p99)} ms${f.other ? `, ${f.other} not 201` : ''}`,
      floor: `bare route ${Math.round(floor.requests.average)} req/s, p99 ${floor.latency.p99} ms`,
      ratio: f.rps / floor.requests.average,
      target: '–',
      met: f.other === 0 ? null : false,
      raw: { figures, floor },
    });
    return rows;
  } finally {
    await server.stop();
  }
}
