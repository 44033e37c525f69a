/**
 * Part D (issue 15): service standards under load, 50 connections in closed loop over many
 * different URLs, each beside the bare route of the same server in the same run:
 * - the public catalogue search `/publik/layanan?q=<term>` over 200 different terms (words of the
 *   synthetic services', units' and governments' names, single and paired) and 400 different
 *   service pages `/publik/layanan/<product id>` (products with a published set standard), no
 *   session, cold (server cache off: PATUH_READ_CACHE_SECONDS=0) and warm (as `npm start`, after
 *   one pass over every URL);
 * - the completeness roll-up as the admin: `/api/standards/completeness` (the nation) and
 *   `/api/governments/:id/standards` over 200 governments, cold and warm likewise.
 * URLs a server refuses (a route not there yet, a page not public) are dropped by a precheck and
 * counted in the log; a measure with none left is reported as skipped, never as a number.
 */
import type { Database } from '../server/db/client';
import { Prng } from '../server/modules/synth/prng';
import { cannon, startServer, type BenchServer, type CannonResult } from './http';
import { log, median, ms } from './lib';
import { closedLoop, type LoadFigures } from './load';
import type { BenchSession, Kind } from './pools';
import type { ResultRow } from './report';
import { api } from './workload';

const CONNECTIONS = 50;
const SERVICES = 400;
const TERMS = 200;
const GOVERNMENTS = 200;

export interface StandardsTargets {
  products: string[];
  terms: string[];
  governments: string[];
  admin: BenchSession;
}

/** Published services, search terms and governments from the loaded data (fixed pseudo-random samples). */
export async function standardsTargets(database: Database, admin: BenchSession): Promise<StandardsTargets> {
  const products = await database.query<{ id: string }>(
    `select s.product_id as id from service_standards s
       join service_products p on p.id = s.product_id and p.archived_at is null
      where s.status = 'ditetapkan' and s.published_at is not null
      order by md5(s.product_id::text || 'bench') limit $1`,
    [SERVICES],
  );
  const names = await database.query<{ name: string }>(
    `(select name from service_products where archived_at is null order by md5(id::text || 'bench') limit 300)
     union all (select name from units where archived_at is null order by md5(id::text || 'bench') limit 100)
     union all (select name from governments where archived_at is null order by md5(id::text || 'bench') limit 100)`,
  );
  const words = [
    ...new Set(
      names.flatMap((n) =>
        n.name
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter((w) => w.length >= 4),
      ),
    ),
  ].sort();
  const rng = new Prng(2024, 'bench-standards');
  const terms = new Set<string>();
  for (const w of rng.shuffle(words).slice(0, TERMS / 2)) terms.add(w);
  for (let i = 0; terms.size < TERMS && i < TERMS * 4 && words.length > 1; i++)
    terms.add(`${rng.pick(words)} ${rng.pick(words)}`);
  const governments = await database.query<{ id: string }>(
    `select id from governments where archived_at is null order by md5(id::text || 'bench') limit $1`,
    [GOVERNMENTS],
  );
  return {
    products: products.map((p) => p.id),
    terms: [...terms],
    governments: governments.map((g) => g.id),
    admin,
  };
}

interface Url {
  path: string;
  session: BenchSession | null;
}

/** Keeps the URLs that answer 200 (8 at a time); counts the others by status. */
async function keep(
  server: BenchServer,
  urls: Url[],
): Promise<{ kept: Url[]; dropped: Record<string, number> }> {
  const kept: Url[] = [];
  const dropped: Record<string, number> = {};
  const queue = [...urls];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let u = queue.shift(); u; u = queue.shift()) {
        const res = await api(server, u.path, u.session);
        await res.arrayBuffer();
        if (res.status === 200) kept.push(u);
        else dropped[res.status] = (dropped[res.status] ?? 0) + 1;
      }
    }),
  );
  return { kept, dropped };
}

function loop(server: BenchServer, urls: Url[], seconds: number): Promise<LoadFigures> {
  let i = 0;
  return closedLoop(
    { host: server.host, port: server.port },
    () => {
      const u = urls[i++ % urls.length]!;
      return { kind: 'other' as Kind, path: u.path, session: u.session };
    },
    CONNECTIONS,
    seconds,
  );
}

const text = (f: LoadFigures) =>
  `${f.rps.toFixed(0)} req/s, p50 ${ms(f.p50)} / p99 ${ms(f.p99)} ms${f.errors ? `, ${f.errors} non-2xx` : ''}`;

function middle(runs: LoadFigures[]): LoadFigures {
  const mid = median(runs.map((r) => r.p99));
  return runs.find((r) => r.p99 === mid)!;
}

interface Measure {
  label: string;
  urls: Url[];
}

async function measureAll(
  label: string,
  env: Record<string, string>,
  measures: Measure[],
  runs: number,
  seconds: number,
): Promise<ResultRow[]> {
  const server = await startServer(env, `standards-${label.split(' ')[0]}`);
  try {
    await cannon(`${server.base}/bench/constant`, null, 2);
    const floor: CannonResult = await cannon(`${server.base}/bench/constant`, null, seconds);
    const floorText = `bare route ${Math.round(floor.requests.average)} req/s, p99 ${floor.latency.p99} ms`;
    const rows: ResultRow[] = [];
    for (const m of measures) {
      const { kept, dropped } = await keep(server, m.urls);
      log(
        `standards ${m.label}: ${kept.length} of ${m.urls.length} URLs kept; refused ${JSON.stringify(dropped)}`,
      );
      if (kept.length === 0) {
        rows.push({
          part: 'D',
          measure: `${m.label}, ${label}`,
          figure: `skipped: every URL refused ${JSON.stringify(dropped)}`,
          floor: '–',
          ratio: NaN,
          target: '–',
          met: null,
          raw: dropped,
        });
        continue;
      }
      // Warm-up: every URL once (fills the cache when it is on; JIT and connections either way).
      await loop(server, kept, Math.max(2, Math.ceil(kept.length / 100)));
      const figures: LoadFigures[] = [];
      for (let r = 0; r < runs; r++) figures.push(await loop(server, kept, seconds));
      const f = middle(figures);
      log(`standards ${m.label} (${label}): ${text(f)}; ${floorText}`);
      rows.push({
        part: 'D',
        measure: `${m.label} — ${kept.length} different URLs, ${CONNECTIONS} connections, ${label}`,
        figure: text(f),
        floor: floorText,
        ratio: f.rps / floor.requests.average,
        target: '–',
        met: f.errors === 0 ? null : false,
        raw: { ...f, floor, dropped },
      });
    }
    return rows;
  } finally {
    await server.stop();
  }
}

/** Part D: the catalogue search, service pages and the completeness roll-up, cold and warm. */
export async function benchStandards(
  t: StandardsTargets,
  runs: number,
  seconds: number,
): Promise<ResultRow[]> {
  const measures: Measure[] = [
    {
      label: 'public catalogue search /publik/layanan?q=<term>',
      urls: t.terms.map((q) => ({ path: `/publik/layanan?q=${encodeURIComponent(q)}`, session: null })),
    },
    {
      label: 'public service pages /publik/layanan/<product>',
      urls: t.products.map((id) => ({ path: `/publik/layanan/${id}`, session: null })),
    },
    {
      label: 'completeness roll-up of the nation GET /api/standards/completeness (admin)',
      urls: [{ path: '/api/standards/completeness', session: t.admin }],
    },
    {
      label: 'government completeness GET /api/governments/:id/standards (admin)',
      urls: t.governments.map((id) => ({ path: `/api/governments/${id}/standards`, session: t.admin })),
    },
  ];
  const rows: ResultRow[] = [];
  for (const [label, env] of [
    ['cold (server cache off: PATUH_READ_CACHE_SECONDS=0)', { PATUH_READ_CACHE_SECONDS: '0' }],
    ['warm (server cache on, as npm start)', {}],
  ] as const)
    rows.push(...(await measureAll(label, env, measures, runs, seconds)));
  return rows;
}
