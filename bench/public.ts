/**
 * Part P (issue 13): the public portal under load — the home page `/publik` and 200 different
 * government pages `/publik/pemerintah/<key>` (released governments from the database, a fixed
 * pseudo-random sample), 50 connections in closed loop, no session, as a browser accepting
 * gzip. Cold = the server's response cache off (PATUH_READ_CACHE_SECONDS=0: every page rendered
 * from the database); warm = as `npm start`, after one pass over every page. Beside each, the bare
 * route of the same server in the same run.
 */
import type { Database } from '../server/db/client';
import { cannon, startServer, type CannonResult } from './http';
import { log, median, ms } from './lib';
import { closedLoop, type LoadFigures } from './load';
import type { Kind } from './pools';
import type { ResultRow } from './report';

const PAGES = 200;
const CONNECTIONS = 50;

/** Keys of released governments (live release of a published official cycle), at most `PAGES`. */
export async function releasedKeys(database: Database): Promise<string[]> {
  const rows = await database.query<{ key: string }>(
    `select distinct coalesce(g.region_code, g.id::text) as key, md5(g.id::text || 'bench') as o
       from result_releases rr
       join cycles c on c.id = rr.cycle_id
       join governments g on g.id = rr.government_id and g.archived_at is null
      where rr.withdrawn_at is null and c.kind = 'official' and c.status = 'published' and c.archived_at is null
      order by o limit $1`,
    [PAGES],
  );
  return rows.map((r) => r.key);
}

interface PublicFigures {
  label: string;
  floor: CannonResult;
  home: LoadFigures;
  pages: LoadFigures;
}

/** Closed loop over `paths` (round robin from a random start per worker), no session. */
function loop(base: string, paths: string[], seconds: number): Promise<LoadFigures> {
  const url = new URL(base);
  let i = 0;
  return closedLoop(
    { host: url.hostname, port: Number(url.port) },
    () => ({ kind: 'other' as Kind, path: paths[i++ % paths.length]!, session: null }),
    CONNECTIONS,
    seconds,
  );
}

function middle(runs: LoadFigures[]): LoadFigures {
  const mid = median(runs.map((r) => r.p99));
  return runs.find((r) => r.p99 === mid)!;
}

async function measure(
  label: string,
  env: Record<string, string>,
  pages: string[],
  runs: number,
  seconds: number,
): Promise<PublicFigures> {
  const server = await startServer(env, `public-${label.split(' ')[0]}`);
  try {
    await cannon(`${server.base}/bench/constant`, null, 2);
    const floor = await cannon(`${server.base}/bench/constant`, null, seconds);
    // Warm-up: every page once (fills the cache when it is on; JIT and connections either way).
    await loop(server.base, ['/publik', ...pages], Math.max(2, Math.ceil((pages.length + 1) / 100)));
    const home: LoadFigures[] = [];
    const gov: LoadFigures[] = [];
    for (let r = 0; r < runs; r++) {
      home.push(await loop(server.base, ['/publik'], seconds));
      gov.push(await loop(server.base, pages, seconds));
    }
    const f = { label, floor, home: middle(home), pages: middle(gov) };
    log(
      `public (${label}): home ${f.home.rps.toFixed(0)} req/s p99 ${ms(f.home.p99)} ms; ` +
        `${pages.length} government pages ${f.pages.rps.toFixed(0)} req/s p99 ${ms(f.pages.p99)} ms; ` +
        `bare ${Math.round(floor.requests.average)} req/s`,
    );
    return f;
  } finally {
    await server.stop();
  }
}

const text = (f: LoadFigures) =>
  `${f.rps.toFixed(0)} req/s, p50 ${ms(f.p50)} / p99 ${ms(f.p99)} ms${f.errors ? `, ${f.errors} non-2xx` : ''}`;

function rowsOf(f: PublicFigures, pages: number): ResultRow[] {
  const floor = `bare route ${Math.round(f.floor.requests.average)} req/s, p99 ${f.floor.latency.p99} ms`;
  const row = (measure: string, x: LoadFigures): ResultRow => ({
    part: 'P',
    measure,
    figure: text(x),
    floor,
    ratio: x.rps / f.floor.requests.average,
    target: '–',
    met: x.errors === 0 ? null : false,
    raw: { ...x, floor: f.floor },
  });
  return [
    row(`public home /publik, ${CONNECTIONS} connections, ${f.label}`, f.home),
    row(
      `${pages} different government pages /publik/pemerintah/<key>, ${CONNECTIONS} connections, ${f.label}`,
      f.pages,
    ),
  ];
}

/** Part P: cold (server cache off) and warm (as npm start), each beside its bare route. */
export async function benchPublic(keys: string[], runs: number, seconds: number): Promise<ResultRow[]> {
  if (keys.length === 0) {
    log('public: no released result in this database (release some first): part P skipped');
    return [
      {
        part: 'P',
        measure: 'public portal',
        figure: 'skipped: no released result',
        floor: '–',
        ratio: NaN,
        target: '–',
        met: null,
        raw: null,
      },
    ];
  }
  const pages = keys.map((k) => `/publik/pemerintah/${encodeURIComponent(k)}`);
  const rows: ResultRow[] = [];
  for (const [label, env] of [
    ['cold (server cache off: PATUH_READ_CACHE_SECONDS=0)', { PATUH_READ_CACHE_SECONDS: '0' }],
    ['warm (server cache on, as npm start)', {}],
  ] as const) {
    rows.push(...rowsOf(await measure(label, env, pages, runs, seconds), pages.length));
  }
  return rows;
}
