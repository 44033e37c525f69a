/**
 * Part F (issue 17): the follow-up backlog under load.
 * - The backlog list GET /api/followups with many users — the synthetic batch's admin, office
 *   heads and assessors, and the coordinators, unit PICs and Inspektorat auditors of many
 *   governments — × many filters (kind, group, status, overdue, government, owner=me, todo, q,
 *   sort) × cursor pages, in closed loop (50 connections) and open loop (Poisson at
 *   BENCH_FOLLOWUP_RATES, default 50,100), each beside the bare route (/bench/constant) driven
 *   the same way in the same run, read cache as `npm start`. Pairs the server refuses (a filter it
 *   rejects, a route not there yet) are dropped by the precheck and counted in the log.
 * - The national Taat roll-up: GET /api/taat?year=… as the admin, uncached (read cache off),
 *   sequential, beside the bare route; and in process, the route's own roll-up statement
 *   (taat.repository taatRollup, rules/taat.json) over every government beside its floor — a plain
 *   count of the same items per government with no rule.
 */
import type { Database } from '../server/db/client';
import { OMBUDSMAN_PRODUCTS } from '../shared/followups/kinds';
import { Prng } from '../server/modules/synth/prng';
import { taatRule } from '../server/modules/followups/taat/taat-rule';
import { taatRollup } from '../server/modules/followups/taat/taat.repository';
import { startServer, type BenchServer } from './http';
import { log, median, ms, now, timeRuns } from './lib';
import { closedLoop, get, openLoop, seeded, type LoadFigures } from './load';
import { signIn, type BenchSession, type Pair } from './pools';
import type { ResultRow } from './report';
import { precheck } from './workload';

const RATES = (process.env.BENCH_FOLLOWUP_RATES ?? '50,100').split(',').map(Number);
const OFFICE_SESSIONS = 20;
const GOVERNMENT_SESSIONS = 60;
const CONNECTIONS = 50;

export interface FollowupTargets {
  sessions: BenchSession[];
  admin: BenchSession | null;
  /** Per session: a government in its reach (the office's for office staff). */
  governmentOf: Map<string, string>;
  items: number;
  /** The in-process roll-up rows (measured before the server starts). */
  rollup: ResultRow[];
}

const kindsSql = OMBUDSMAN_PRODUCTS.map((k) => `'${k}'`).join(', ');
/** The floor: the same items counted per government, no rule at all. */
const FLOOR_SQL = `select government_id, count(*)::int from followup_items where kind in (${kindsSql}) group by government_id`;

async function rollupRows(database: Database, runs: number, items: number): Promise<ResultRow[]> {
  const asOf = '2025-12-31';
  const rule = taatRule();
  let governments = 0;
  // The roll-up's own statement (GET /api/taat's repository), every government of the nation.
  const rollupMs = median(
    await timeRuns(
      runs,
      async () => {
        governments = (await taatRollup(database.db, rule, asOf, { officeId: null, governmentIds: null }))
          .length;
      },
      1,
    ),
  );
  const floorMs = median(await timeRuns(runs, () => database.query(FLOOR_SQL), 1));
  log(
    `followups: Taat roll-up SQL over ${governments} governments in ${ms(rollupMs)} ms; floor ${ms(floorMs)} ms`,
  );
  return [
    {
      part: 'F',
      measure: `Taat roll-up in process (taatRollup, rules/taat.json), ${governments} governments, ${items.toLocaleString('en-US')} items (as of ${asOf})`,
      figure: `${ms(rollupMs)} ms`,
      floor: `${ms(floorMs)} ms (count of the products per government, no rule)`,
      ratio: rollupMs / floorMs,
      target: '–',
      met: null,
      raw: { rollupMs, floorMs, governments },
    },
  ];
}

/** Signs in office staff and the government side of many governments (those with items), md5 order. */
export async function followupTargets(
  database: Database,
  domain: string,
  runs: number,
): Promise<FollowupTargets | null> {
  const [{ n }] = (await database.query<{ n: number }>('select count(*)::int as n from followup_items')) as [
    { n: number },
  ];
  if (n === 0) {
    log('followups: no follow-up items loaded (run `patuh synth` first); part F skipped');
    return null;
  }
  const rollup = await rollupRows(database, runs, n);
  const office = await database.query<{ email: string; role: string; gov: string | null }>(
    `select u.email, u.role,
       (select g.id from governments g where g.office_id = u.office_id and g.archived_at is null order by md5(g.id::text) limit 1) as gov
     from users u where u.email like $1 and u.archived_at is null and u.role in ('admin', 'oversight_head', 'assessor')
     order by u.role = 'admin' desc, md5(u.email) limit $2`,
    [`%@${domain}`, OFFICE_SESSIONS],
  );
  const government = await database.query<{ email: string; role: string; gov: string }>(
    `select u.email, u.role, u.government_id as gov from users u
      where u.email like $1 and u.archived_at is null
        and u.role in ('gov_coordinator', 'unit_pic', 'internal_verifier')
        and exists (select 1 from followup_items f where f.government_id = u.government_id)
      order by md5(u.email) limit $2`,
    [`%@${domain}`, GOVERNMENT_SESSIONS],
  );
  const sessions: BenchSession[] = [];
  const governmentOf = new Map<string, string>();
  let admin: BenchSession | null = null;
  for (const u of [...office, ...government]) {
    const s = await signIn(database, u.email);
    sessions.push(s);
    if (u.gov) governmentOf.set(s.email, u.gov);
    if (u.role === 'admin') admin = s;
  }
  return { sessions, admin, governmentOf, items: n, rollup };
}

const FILTERS = [
  '',
  'status=terbuka',
  'status=dikirim',
  'status=dibuka_kembali',
  'overdue=true',
  'kind=saran_perbaikan',
  'kind=tindakan_korektif&status=terbuka',
  'kind=survei',
  'group=taat&overdue=true',
  'group=own',
  'owner=me',
  'todo=true',
  'q=standar',
  'sort=created',
  'sort=government&status=selesai',
  'dueFrom=2024-01-01&dueTo=2024-12-31',
];

/** Every session × six filters (one on its government), first pages followed by their cursors. */
export function followupPairs(t: FollowupTargets): Pair[] {
  const rng = new Prng(2024, 'bench-followups');
  const pairs: Pair[] = [];
  for (const session of t.sessions) {
    const filters = rng.shuffle(FILTERS).slice(0, 5);
    const gov = t.governmentOf.get(session.email);
    if (gov) filters.push(`governmentId=${gov}${rng.chance(0.5) ? '&overdue=true' : ''}`);
    for (const f of filters)
      pairs.push({
        kind: 'other',
        path: `/api/followups?limit=50${f ? `&${f}` : ''}`,
        session,
        followCursor: true,
      });
  }
  return pairs;
}

const uniform = (pairs: Pair[], r: () => number) => () => pairs[Math.floor(r() * pairs.length)]!;
const text = (f: LoadFigures) =>
  `${f.rps.toFixed(0)} req/s, p50 ${ms(f.p50)} / p99 ${ms(f.p99)} ms${f.errors ? `, ${f.errors} non-2xx` : ''}`;

function row(measure: string, f: LoadFigures, floor: LoadFigures | null, raw: unknown): ResultRow {
  return {
    part: 'F',
    measure,
    figure: text(f),
    floor: floor ? `bare route ${text(floor)}` : '–',
    ratio: floor ? f.rps / floor.rps : 0,
    target: '–',
    met: f.errors === 0 ? null : false,
    raw,
  };
}

async function backlogList(server: BenchServer, t: FollowupTargets, seconds: number): Promise<ResultRow[]> {
  const { kept, dropped } = await precheck(server, followupPairs(t));
  log(`followups list: ${kept.length} (user, filter, page) pairs kept; refused ${JSON.stringify(dropped)}`);
  if (kept.length === 0)
    return [
      {
        part: 'F',
        measure: 'backlog list GET /api/followups',
        figure: `skipped: every request refused ${JSON.stringify(dropped)}`,
        floor: '–',
        ratio: 0,
        target: '–',
        met: null,
        raw: dropped,
      },
    ];
  const target = { host: server.host, port: server.port };
  // The bare route driven the same way (a public route: the session's cookie changes nothing).
  const bare: Pair[] = [{ kind: 'other', path: '/bench/constant', session: kept[0]!.session }];
  const label = `backlog list GET /api/followups: ${new Set(kept.map((p) => p.session.email)).size} users, ${kept.length} (user, filter, page) pairs`;
  // The bare route first, on the idle server: a floor measured after an overloaded open loop
  // would still be queueing behind the list's requests.
  const closedFloor = await closedLoop(target, uniform(bare, seeded(4)), CONNECTIONS, seconds);
  const openFloors = new Map<number, LoadFigures>();
  for (const rate of RATES) {
    const rf = seeded(rate + 1);
    openFloors.set(rate, await openLoop(target, uniform(bare, rf), rate, seconds, rf));
  }
  const closed = await closedLoop(target, uniform(kept, seeded(3)), CONNECTIONS, seconds);
  log(`followups list closed loop: ${text(closed)}; bare ${text(closedFloor)}`);
  const rows = [
    row(`${label}, closed loop ${CONNECTIONS} connections`, closed, closedFloor, {
      closed,
      closedFloor,
      dropped,
    }),
  ];
  for (const rate of RATES) {
    const r = seeded(rate);
    const open = await openLoop(target, uniform(kept, r), rate, seconds, r);
    const openFloor = openFloors.get(rate)!;
    log(`followups list open loop ${rate}/s: ${text(open)}; bare ${text(openFloor)}`);
    rows.push(row(`${label}, open loop ${rate} req/s (Poisson)`, open, openFloor, { open, openFloor }));
  }
  return rows;
}

/** GET /api/taat?year=… as the admin, `runs` sequential cold reads each, beside the bare route. */
async function taatRoute(server: BenchServer, admin: BenchSession, runs: number): Promise<ResultRow[]> {
  const agent = new (await import('node:http')).Agent({ keepAlive: true, maxSockets: 1 });
  const target = { host: server.host, port: server.port };
  const rows: ResultRow[] = [];
  for (const year of [2024, 2025]) {
    const path = `/api/taat?year=${year}`;
    const probe = await get(agent, target, path, admin.cookie);
    if (probe.status !== 200) {
      log(`followups: ${path} answered ${probe.status}; the route is not in this build`);
      rows.push({
        part: 'F',
        measure: `national Taat roll-up ${path} (admin)`,
        figure: `skipped: the route answered ${probe.status} (GET /api/taat not in this build; see the in-process row)`,
        floor: '–',
        ratio: NaN,
        target: '–',
        met: null,
        raw: { status: probe.status },
      });
      break;
    }
    const governments = (JSON.parse(probe.body.toString('utf8')) as { rows?: unknown[] }).rows?.length;
    const lat: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < Math.max(3, runs * 3); i++) {
      let s = now();
      await get(agent, target, path, admin.cookie);
      lat.push(now() - s);
      s = now();
      await get(agent, target, '/bench/constant', null);
      bare.push(now() - s);
    }
    const m = median(lat);
    const f = median(bare);
    log(`followups: ${path} ${ms(m)} ms median (${governments ?? '?'} governments); bare ${ms(f)} ms`);
    rows.push({
      part: 'F',
      measure: `national Taat roll-up ${path} as admin, read cache off, ${governments ?? '?'} governments`,
      figure: `${ms(m)} ms median of ${lat.length}`,
      floor: `bare route ${ms(f)} ms`,
      ratio: m / f,
      target: '–',
      met: null,
      raw: { lat, bare },
    });
  }
  agent.destroy();
  return rows;
}

/** Part F: the backlog list (cache as npm start) and the national Taat roll-up (cache off). */
export async function benchFollowups(
  t: FollowupTargets,
  runs: number,
  seconds: number,
): Promise<ResultRow[]> {
  const rows = [...t.rollup];
  const server = await startServer({}, 'followups');
  try {
    rows.push(...(await backlogList(server, t, seconds)));
  } finally {
    await server.stop();
  }
  if (t.admin) {
    const cold = await startServer({ PATUH_READ_CACHE_SECONDS: '0' }, 'followups-taat');
    try {
      rows.push(...(await taatRoute(cold, t.admin, runs)));
    } finally {
      await cold.stop();
    }
  }
  return rows;
}
