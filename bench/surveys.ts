/**
 * Part S (issue 16): surveys.
 * - Responses accepted per second at 50 connections in closed loop, beside the bare route of the
 *   same server: each a respondent at the counter — GET the form from the unit's QR link (today's
 *   token, a new device each time), POST it filled; accepted = the thanks redirect. When the public
 *   form answers no form, the staff entry API (POST /api/survey-periods/:id/responses, the same one
 *   insert path, as a coordinator) is measured instead and the row says so; neither → skipped, never
 *   a number. The bench opens a period of its own (today inside its dates) over a government's units;
 *   the public rate limit is lifted for the run (PATUH_PUBLIC_RATE_LIMIT).
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
import { counterToken } from '../server/modules/surveys/counter-token';
import { cannon, startServer } from './http';
import { log, median, ms, now, timeRuns } from './lib';
import { signIn, type BenchSession } from './pools';
import type { ResultRow } from './report';

const CONNECTIONS = 50;
const SKM = 'skm-permenpan-14-2017';

export interface SurveyTargets {
  periodId: string;
  /** HMAC key of the counter QR of the bench's period (the bench prints its own QR links). */
  tokenSecret: string;
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
  const tokenSecret = crypto.randomBytes(32).toString('hex');
  const [p] = await database.query<{ id: string }>(
    `insert into survey_periods (kind, instrument_id, title, government_id, starts_on, ends_on, token_secret)
     values ('skm', $1, 'SKM bench', $2, $3, $4, $5) returning id`,
    [SKM, gov.id, shift(today, -30), shift(today, 30), tokenSecret],
  );
  const units = await database.query<{ id: string }>(
    `insert into survey_period_units (period_id, unit_id, government_id, population)
     select $1, id, government_id, 1000 from units where government_id = $2 and archived_at is null
     returning unit_id as id`,
    [p!.id, gov.id],
  );
  return {
    periodId: p!.id,
    tokenSecret,
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

interface Answer {
  status: number;
  cookies: string[];
  body: string;
}

/** One request with optional cookies and body; the page's text and its Set-Cookie pairs. */
function send(
  agent: http.Agent,
  base: URL,
  method: 'GET' | 'POST',
  path: string,
  cookies: string[],
  body?: string,
): Promise<Answer> {
  return new Promise((resolve) => {
    const headers: http.OutgoingHttpHeaders = {};
    if (cookies.length) headers.cookie = cookies.join('; ');
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const req = http.request(
      { agent, host: base.hostname, port: base.port, path, method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            cookies: (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, cookies: [], body: '' }));
    req.end(body);
  });
}

const hiddenValue = (page: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(page)?.[1] ?? '';

/**
 * A respondent at the counter: opens the form from the QR link (a new device each time: no
 * cookie), then sends it filled (the form token and signed start from the page). Accepted = the
 * thanks redirect (303).
 */
export async function respondAtCounter(
  agent: http.Agent,
  base: URL,
  url: string,
  i: number,
): Promise<number> {
  const page = await send(agent, base, 'GET', url, []);
  if (page.status !== 200) return page.status;
  const fields = new URLSearchParams({
    formToken: hiddenValue(page.body, 'formToken'),
    mulai: hiddenValue(page.body, 'mulai'),
    'profil.jenis_kelamin': i % 2 ? 'L' : 'P',
  });
  for (let k = 1; k <= 9; k++) fields.set(`q.U${k}`, String(1 + ((i + k) % 4)));
  const sent = await send(agent, base, 'POST', url, page.cookies, fields.toString());
  return sent.status === 303 ? 201 : sent.status;
}

/** The units' counter links that open a form today (the unit's zone is not known here: try all three). */
export async function counterUrls(agent: http.Agent, base: URL, t: SurveyTargets): Promise<string[]> {
  const urls: string[] = [];
  for (const unitId of t.unitIds) {
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) {
      const url = `/publik/survei/u/${unitId}?k=${counterToken(t.tokenSecret, unitId, todayIn(zone))}`;
      if ((await send(agent, base, 'GET', url, [])).status === 200) {
        urls.push(url);
        break;
      }
    }
  }
  return urls;
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
  const staffPath = `/api/survey-periods/${t.periodId}/responses`;
  const server = await startServer({ PATUH_PUBLIC_RATE_LIMIT: '100000000' }, 'surveys');
  try {
    const base = new URL(server.base);
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    // The public counter form when it is there; else the staff entry API (the same insert path).
    const urls = await counterUrls(agent, base, t);
    const viaPublic = urls.length > 0 && (await respondAtCounter(agent, base, urls[0]!, 0)) === 201;
    const label = viaPublic
      ? 'GET + POST /publik/survei/u/:unitId?k=… (the public counter form, a new device per respondent)'
      : 'POST /api/survey-periods/:id/responses (staff entry API; the public counter form answered no form)';
    const one = (n: number) =>
      viaPublic
        ? respondAtCounter(agent, base, urls[n % urls.length]!, n)
        : post(agent, base, staffPath, t.coordinator, form(t.unitIds[n % t.unitIds.length]!, n));
    const probe = await one(0);
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
            const status = await one(n);
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
      measure: `${label}, ${CONNECTIONS} connections, ${viaPublic ? urls.length : t.unitIds.length} units`,
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
