/**
 * The realistic workload's pools (docs/PERFORMANCE.md, "Round 3"): sessions of every role and
 * tenant that the synth creates (admin; head and assessors of the head office, which owns the
 * cycle; heads and assessors of several regional offices; coordinators and PICs of many
 * governments), signed in through the auth service before the server starts, and the URLs each
 * of them really opens, each request paired with a session that may see it. The HTTP precheck
 * (bench/workload.ts) follows the results cursors and drops any pair the server refuses.
 */
import type { Database } from '../server/db/client';
import type { Actor } from '../server/lib/reach';
import { login, logout, resolveSession } from '../server/modules/auth/auth.service';
import { Prng } from '../server/modules/synth/prng';
import { SYNTH_PASSWORD } from '../server/modules/synth/synth.service';
import { log } from './lib';

/** What a request is, for the per-kind figures and the mix weights. */
export type Kind = 'results' | 'rapor' | 'checklist' | 'summary' | 'result' | 'other';

/** Share of each kind in the mix (a kind missing from the pools is left out and the rest rescaled). */
export const MIX_WEIGHTS: Record<Kind, number> = {
  results: 0.3,
  rapor: 0.15,
  checklist: 0.25,
  summary: 0.08,
  result: 0.08,
  other: 0.14,
};

export interface BenchSession {
  role: Actor['role'];
  email: string;
  cookie: string;
  csrf: string;
  token: string;
  actor: Actor;
}

export interface Pair {
  kind: Kind;
  path: string;
  session: BenchSession;
  /** A results first page whose nextCursor pages the precheck adds (same session). */
  followCursor?: boolean;
}

export interface PoolSizes {
  sessions: Record<string, number>;
  pairs: Record<Kind, number>;
}

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
export const POOL = {
  coordinators: num('BENCH_POOL_COORDINATORS', 50),
  pics: num('BENCH_POOL_PICS', 60),
  regionalOffices: num('BENCH_POOL_OFFICES', 8),
  headOfficeAssessors: num('BENCH_POOL_ASSESSORS', 4),
  rapor: num('BENCH_POOL_RAPOR', 230),
  checklists: num('BENCH_POOL_CHECKLISTS', 530),
  resultPages: num('BENCH_RESULT_PAGES', 5),
};

const TYPES = ['kementerian', 'lembaga', 'pemprov', 'pemkab', 'pemkot'];
const ZONES = ['merah', 'kuning', 'hijau'];
const SORTS = ['sort=score', 'sort=score&dir=asc', 'sort=name', 'sort=name&dir=desc'];

export async function signIn(database: Database, email: string): Promise<BenchSession> {
  const s = await login(database.db, {
    email,
    password: SYNTH_PASSWORD,
    ip: '127.0.0.1',
    userAgent: 'bench',
  });
  const actor = (await resolveSession(database.db, s.token))!.actor;
  return {
    role: actor.role,
    email,
    cookie: `patuh_session=${s.token}`,
    csrf: s.csrfToken,
    token: s.token,
    actor,
  };
}

/** One synth account of a role, the same on every run (the first by md5 of its e-mail), or null. */
export async function synthAccountOf(
  database: Database,
  role: string,
): Promise<{ email: string; governmentId: string | null } | null> {
  const [row] = await database.query<{ email: string; government_id: string | null }>(
    `select email, government_id from users
      where role = $1 and archived_at is null and email like '%@synth.patuh.test'
      order by md5(email) limit 1`,
    [role],
  );
  return row ? { email: row.email, governmentId: row.government_id } : null;
}

/** Signs out every session of the pools (they would otherwise live 12 h). */
export async function signOutAll(database: Database, sessions: BenchSession[]): Promise<void> {
  for (const s of sessions) await logout(database.db, s.token);
}

/** Sessions of every role and tenant, and the (session, URL) pairs of the mix. */
export async function buildPools(
  database: Database,
  cycleId: string,
  domain: string,
): Promise<{ sessions: BenchSession[]; admin: BenchSession; pairs: Pair[]; sizes: PoolSizes }> {
  const rng = new Prng(2024, 'bench-pools');
  const users = await database.query<{ email: string; role: string; office_id: string | null }>(
    `select email, role, office_id from users where email like $1 and archived_at is null order by md5(email)`,
    [`%@${domain}`],
  );
  const [cycle] = (await database.query<{ office_id: string }>('select office_id from cycles where id = $1', [
    cycleId,
  ])) as [{ office_id: string }];
  const byRole = (role: string) => users.filter((u) => u.role === role);
  const headOffice = [
    ...byRole('oversight_head').filter((u) => u.office_id === cycle.office_id),
    ...byRole('assessor')
      .filter((u) => u.office_id === cycle.office_id)
      .slice(0, POOL.headOfficeAssessors),
  ];
  const regionalOffices = [
    ...new Set(
      byRole('oversight_head').flatMap((u) => (u.office_id !== cycle.office_id ? [u.office_id] : [])),
    ),
  ].slice(0, POOL.regionalOffices);
  const regional = regionalOffices.flatMap((o) => [
    ...byRole('oversight_head').filter((u) => u.office_id === o),
    ...byRole('assessor')
      .filter((u) => u.office_id === o)
      .slice(0, 1),
  ]);
  const emails = [
    ...byRole('admin').slice(0, 1),
    ...headOffice,
    ...regional,
    ...byRole('gov_coordinator').slice(0, POOL.coordinators),
    ...byRole('unit_pic').slice(0, POOL.pics),
  ].map((u) => u.email);
  log(`pools: signing in ${emails.length} accounts …`);
  const sessions: BenchSession[] = [];
  for (const email of emails) sessions.push(await signIn(database, email));
  const admin = sessions.find((s) => s.role === 'admin')!;

  const govs = await database.query<{ id: string; type: string }>(
    `select g.id, g.type from cycle_governments cg join governments g on g.id = cg.government_id
      where cg.cycle_id = $1 order by md5(g.id::text)`,
    [cycleId],
  );
  const units = await database.query<{ id: string; government_id: string }>(
    `select unit_id as id, government_id from cycle_units where cycle_id = $1 order by md5(unit_id::text)`,
    [cycleId],
  );
  const c = `/api/cycles/${cycleId}`;
  const pairs: Pair[] = [];
  const add = (kind: Kind, path: string, session: BenchSession, followCursor = false) =>
    pairs.push({ kind, path, session, followCursor });
  const cycleReaders = sessions.filter(
    (s) => s.role === 'admin' || headOffice.some((u) => u.email === s.email),
  );
  const govRoles = sessions.filter((s) => s.role === 'gov_coordinator' || s.role === 'unit_pic');
  const reachesGov = (s: BenchSession, g: string) =>
    s.actor.reach.all || s.actor.reach.governmentIds.includes(g);
  const reachesUnit = (s: BenchSession, u: { id: string; government_id: string }) =>
    reachesGov(s, u.government_id) &&
    (s.actor.reach.unitIds === null || s.actor.reach.unitIds.includes(u.id));
  const readerOf = (eligible: BenchSession[]) => (eligible.length ? rng.pick(eligible) : admin);

  // Results table: every sort with no filter, each type, each zone and each type × zone; the
  // precheck follows nextCursor for up to BENCH_RESULT_PAGES pages.
  const filters = ['', ...TYPES.map((t) => `type=${t}`), ...ZONES.map((z) => `zone=${z}`)];
  for (const t of TYPES) for (const z of ZONES) filters.push(`type=${t}&zone=${z}`);
  for (const sort of SORTS)
    for (const f of filters) {
      const limit = rng.pick([20, 50, 50, 100]);
      add(
        'results',
        `${c}/results?${[f, sort, `limit=${limit}`].filter(Boolean).join('&')}`,
        rng.pick(cycleReaders),
        true,
      );
    }
  // Government-side roles open their own row of the results and the dashboard.
  for (const s of govRoles) {
    add('results', `${c}/results`, s);
    add('summary', `${c}/summary`, s);
  }
  for (const s of cycleReaders) add('summary', `${c}/summary`, s);

  // Rapor and result of governments (a sample), each by a session that reaches it.
  for (const g of govs.slice(0, POOL.rapor)) {
    const coordinator = govRoles.filter((s) => s.role === 'gov_coordinator' && reachesGov(s, g.id));
    const who = readerOf([...cycleReaders.filter((s) => reachesGov(s, g.id)), ...coordinator]);
    add('rapor', `${c}/governments/${g.id}/rapor`, who);
    add(
      'result',
      `${c}/governments/${g.id}/result`,
      readerOf(cycleReaders.filter((s) => reachesGov(s, g.id))),
    );
    add('other', `${c}/governments/${g.id}/progress`, who);
  }
  // Checklists of units (a sample), each by a session that reaches the unit.
  for (const u of units.slice(0, POOL.checklists)) {
    const pics = govRoles.filter((s) => s.role === 'unit_pic' && reachesUnit(s, u));
    const others = [...cycleReaders, ...govRoles.filter((s) => s.role === 'gov_coordinator')].filter((s) =>
      reachesUnit(s, u),
    );
    add(
      'checklist',
      `${c}/units/${u.id}/checklist`,
      pics.length && rng.chance(0.7) ? rng.pick(pics) : readerOf(others),
    );
  }
  // What a coordinator and a PIC open besides: their government's result, rapor and checklist, their units.
  for (const s of govRoles) {
    const g = s.actor.reach.governmentIds[0];
    if (!g) continue;
    add('result', `${c}/governments/${g}/result`, s);
    if (s.role === 'gov_coordinator') {
      add('rapor', `${c}/governments/${g}/rapor`, s);
      add('other', `${c}/governments/${g}/checklist`, s);
    }
    for (const u of (s.actor.reach.unitIds ?? []).slice(0, 3))
      add('checklist', `${c}/units/${u}/checklist`, s);
  }
  // Every session loads who it is and the cycles on each page; regional offices (which do not
  // own the synth cycle) browse the registry of their governments.
  for (const s of sessions) {
    add('other', '/api/auth/me', s);
    add('other', '/api/cycles', s);
    if (regional.some((u) => u.email === s.email)) {
      add('other', '/api/governments', s);
      for (const g of s.actor.reach.governmentIds.slice(0, 4)) add('other', `/api/governments/${g}/units`, s);
    }
  }

  const sizes: PoolSizes = {
    sessions: Object.fromEntries(
      ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'].map((r) => [
        r,
        sessions.filter((s) => s.role === r).length,
      ]),
    ),
    pairs: countKinds(pairs),
  };
  return { sessions, admin, pairs, sizes };
}

export function countKinds(pairs: Pair[]): Record<Kind, number> {
  const out = { results: 0, rapor: 0, checklist: 0, summary: 0, result: 0, other: 0 };
  for (const p of pairs) out[p.kind]++;
  return out;
}

/** A picker over the pairs: a kind by MIX_WEIGHTS, then a pair of that kind uniformly. */
export function mixPicker(pairs: Pair[], random: () => number = Math.random): () => Pair {
  const byKind = new Map<Kind, Pair[]>();
  for (const p of pairs) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  const kinds = [...byKind.keys()];
  const total = kinds.reduce((a, k) => a + MIX_WEIGHTS[k], 0);
  return () => {
    let x = random() * total;
    let kind = kinds[kinds.length - 1]!;
    for (const k of kinds) {
      x -= MIX_WEIGHTS[k];
      if (x < 0) {
        kind = k;
        break;
      }
    }
    const list = byKind.get(kind)!;
    return list[Math.floor(random() * list.length)]!;
  };
}
