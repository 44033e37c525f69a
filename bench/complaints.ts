/**
 * Part C (issue 14): the complaints' staff reads under load — the case list with many users ×
 * filters × cursor pages, and the statistics route — each in closed loop (50 connections) and in
 * open loop (Poisson at BENCH_RATES for the list, BENCH_COMPLAINT_STATS_RATES — default 5,10,20 —
 * for the statistics), read cache as `npm start`. Sessions: the synthetic batch's admin, office
 * heads and assessors (each reads their own office; the admin also the whole country). Pairs a
 * server refuses (the list route before it exists, a filter it rejects) are dropped by the
 * precheck and counted in the log.
 */
import type { Database } from '../server/db/client';
import { Prng } from '../server/modules/synth/prng';
import { startServer } from './http';
import { log, ms } from './lib';
import { closedLoop, openLoop, seeded, type LoadFigures } from './load';
import { signIn, type BenchSession, type Pair } from './pools';
import type { ResultRow } from './report';
import { precheck } from './workload';

const STAFF_SESSIONS = 40;
const STATS_RATES = (process.env.BENCH_COMPLAINT_STATS_RATES ?? '5,10,20').split(',').map(Number);

/** Signs in the synthetic batch's complaint readers: one admin, then heads and assessors (md5 order). */
export async function complaintSessions(database: Database, domain: string): Promise<BenchSession[]> {
  const users = await database.query<{ email: string; role: string }>(
    `select email, role from users where email like $1 and archived_at is null
       and role in ('admin', 'oversight_head', 'assessor') order by role = 'admin' desc, md5(email) limit $2`,
    [`%@${domain}`, STAFF_SESSIONS],
  );
  const out: BenchSession[] = [];
  for (const u of users) out.push(await signIn(database, u.email));
  return out;
}

const LIST_FILTERS = [
  '',
  'status=open',
  'status=closed',
  'stage=pemeriksaan',
  'stage=verifikasi_formil',
  'overdue=true',
  'channel=web',
  'form=penundaan_berlarut',
  'sort=due_asc&status=open',
  'sort=received_asc',
  'mine=true',
  'q=izin',
];

/** Every session × a few list filters (first pages followed by their cursors) and two statistics reads. */
export function complaintPairs(sessions: BenchSession[]): { list: Pair[]; stats: Pair[] } {
  const rng = new Prng(2024, 'bench-complaints');
  const list: Pair[] = [];
  const stats: Pair[] = [];
  for (const session of sessions) {
    for (const f of rng.shuffle(LIST_FILTERS).slice(0, 5))
      list.push({
        kind: 'other',
        path: `/api/complaints?limit=25${f ? `&${f}` : ''}`,
        session,
        followCursor: true,
      });
    const year = 2024 + rng.int(0, 2);
    stats.push({ kind: 'other', path: '/api/complaint-stats', session });
    stats.push({ kind: 'other', path: `/api/complaint-stats?year=${year}`, session });
  }
  return { list, stats };
}

const uniform = (pairs: Pair[], r: () => number) => () => pairs[Math.floor(r() * pairs.length)]!;
const text = (f: LoadFigures) =>
  `${f.rps.toFixed(0)} req/s, p50 ${ms(f.p50)} / p99 ${ms(f.p99)} ms${f.errors ? `, ${f.errors} non-2xx` : ''}`;

async function measure(
  label: string,
  base: Pair[],
  server: Awaited<ReturnType<typeof startServer>>,
  rates: number[],
  seconds: number,
): Promise<ResultRow[]> {
  const { kept, dropped } = await precheck(server, base);
  log(`complaints ${label}: ${kept.length} pairs kept; refused ${JSON.stringify(dropped)}`);
  if (kept.length === 0)
    return [
      {
        part: 'C',
        measure: `complaints ${label}`,
        figure: `skipped: every request refused ${JSON.stringify(dropped)}`,
        floor: '–',
        ratio: 0,
        target: '–',
        met: null,
        raw: dropped,
      },
    ];
  const target = { host: server.host, port: server.port };
  const closed = await closedLoop(target, uniform(kept, seeded(3)), 50, seconds);
  log(`complaints ${label} closed loop: ${text(closed)}`);
  const rows: ResultRow[] = [
    {
      part: 'C',
      measure: `${label}: ${kept.length} (user, filter, cursor) pairs, closed loop 50 connections`,
      figure: text(closed),
      floor: '–',
      ratio: 0,
      target: '–',
      met: closed.errors === 0 ? null : false,
      raw: closed,
    },
  ];
  for (const rate of rates) {
    const r = seeded(rate);
    const open = await openLoop(target, uniform(kept, r), rate, seconds, r);
    log(`complaints ${label} open loop ${rate}/s: ${text(open)}`);
    rows.push({
      part: 'C',
      measure: `${label}: open loop ${rate} req/s (Poisson)`,
      figure: text(open),
      floor: '–',
      ratio: 0,
      target: '–',
      met: open.errors === 0 ? null : false,
      raw: open,
    });
  }
  return rows;
}

/** Part C on a server started as `npm start`. */
export async function benchComplaints(
  sessions: BenchSession[],
  rates: number[],
  seconds: number,
): Promise<ResultRow[]> {
  const { list, stats } = complaintPairs(sessions);
  const server = await startServer({}, 'complaints');
  try {
    return [
      ...(await measure('case list GET /api/complaints', list, server, rates, seconds)),
      ...(await measure('statistics GET /api/complaint-stats', stats, server, STATS_RATES, seconds)),
    ];
  } finally {
    await server.stop();
  }
}
