/**
 * The API attacked from outside, over HTTP, against a running server (`npm start`) on the synthetic
 * dataset: every route and method of /api/docs/json, as anonymous and as one account of each role,
 * with real ids of that data in the path (a child's id with its own parent's), then the junk cases
 * of the suite's fuzzer (server/test/fuzz-cases.ts) on the first real path. Counts the answers by
 * status class and prints every 5xx with its request. Exit 1 when any answer was a 5xx.
 *
 * Any method but GET changes the data, so writes need SWEEP_WRITES=1 and a scratch copy of the
 * database (`createdb -T patuh_national patuh_sweep`, then the server and this script on it).
 *   BASE=http://127.0.0.1:3000 DATABASE_URL=… [SWEEP_WRITES=1] [SWEEP_ROLES=admin,unit_pic]
 *   [SWEEP_TUPLES=3] npx tsx bench/probe-sweep.ts
 * Sessions are made with the login service on the same database (bench/pools.ts), as the bench does.
 */
import crypto from 'node:crypto';
import { loadConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open';
import {
  casesFor,
  operationsOf,
  type ApiDoc,
  type FuzzCase,
  type Operation,
  type Schema,
} from '../server/test/fuzz-cases';
import { signIn, synthAccountOf, type BenchSession } from './pools';

const BASE = process.env.BASE ?? 'http://127.0.0.1:3000';
const WRITES = process.env.SWEEP_WRITES === '1';
const TUPLES = Number(process.env.SWEEP_TUPLES ?? 3);
const ROLES = (
  process.env.SWEEP_ROLES ??
  'anonymous,admin,oversight_head,assessor,gov_coordinator,unit_pic,internal_verifier'
).split(',');
/** Signing out would end the session the sweep runs with. */
const SKIP = new Set(['post /api/auth/logout']);

/**
 * Real ids for a path's parameters, by the path's `segment:param` chain. `:gov` is the account's
 * government (or none), so a tenant's first tuple is within its reach and the others mostly not.
 */
const TUPLE_SQL: Record<string, string> = {
  'activities:id': `select id from activities order by (government_id = :gov) desc, md5(id::text)`,
  'activities:id/photos:photoId': `select a.id, p.id as "photoId" from activity_photos p join activities a on a.id = p.activity_id order by (a.government_id = :gov) desc, md5(p.id::text)`,
  'agreements:id': `select id from agreements order by (government_id = :gov) desc, md5(id::text)`,
  'answers:id': `select id from answers order by (government_id = :gov) desc, md5(id::text)`,
  'appeals:id': `select id from appeals order by (government_id = :gov) desc, md5(id::text)`,
  'appeals:appealId/files:fileId': `select f.appeal_id as "appealId", f.file_id as "fileId" from appeal_files f join appeals a on a.id = f.appeal_id order by (a.government_id = :gov) desc, md5(f.file_id::text)`,
  'complaint-letters:lid': `select id as lid from complaint_letters order by (addressee_government_id = :gov) desc, md5(id::text)`,
  'complaint-letters:lid/files:fid': `select letter_id as lid, file_id as fid from complaint_letter_files order by md5(file_id::text)`,
  'complaints:id': `select id from complaints order by md5(id::text)`,
  'complaints:id/pauses:pauseId': `select complaint_id as id, id as "pauseId" from complaint_pauses order by md5(id::text)`,
  'complaints:id/attachments:aid': `select complaint_id as id, id as aid from complaint_attachments order by md5(id::text)`,
  'contacts:id': `select id from contacts order by (government_id = :gov) desc, md5(id::text)`,
  'cycles:id': `select id from cycles order by (owner_government_id = :gov) desc nulls last, md5(id::text)`,
  'cycles:id/governments:governmentId': `select cycle_id as id, government_id as "governmentId" from cycle_governments order by (government_id = :gov) desc, md5(cycle_id::text || government_id::text)`,
  'cycles:id/units:unitId': `select cycle_id as id, unit_id as "unitId" from cycle_units order by (government_id = :gov) desc, md5(cycle_id::text || unit_id::text)`,
  'cycles:id/products:productId': `select cycle_id as id, product_id as "productId" from cycle_products order by (government_id = :gov) desc, md5(product_id::text)`,
  'cycles:id/governments:governmentId/units:unitId': `select cycle_id as id, government_id as "governmentId", unit_id as "unitId" from cycle_units order by (government_id = :gov) desc, md5(unit_id::text)`,
  'days:id': `select id from calendar_days order by md5(id::text)`,
  'evidence:id': `select id from evidence order by (government_id = :gov) desc, md5(id::text)`,
  'files:fileId': `select file_id as "fileId" from appeal_files order by md5(file_id::text)`,
  'followup-letters:id': `select id from followup_letters order by (government_id = :gov) desc, md5(id::text)`,
  'followups:id': `select id from followup_items order by (government_id = :gov) desc, md5(id::text)`,
  'followups:id/files:fid': `select item_id as id, file_id as fid from followup_evidence where file_id is not null order by md5(id::text)`,
  'frameworks:id': `select id from frameworks order by md5(id::text)`,
  'governments:governmentId': `select id as "governmentId" from governments order by (id = :gov) desc, md5(id::text)`,
  'governments:id': `select id from governments order by (id = :gov) desc, md5(id::text)`,
  'governments:key': `select id as key from governments order by (id = :gov) desc, md5(id::text)`,
  'governments:id/units:unitId': `select government_id as id, id as "unitId" from units order by (government_id = :gov) desc, md5(id::text)`,
  'governments:governmentId/official-figures:year': `select government_id as "governmentId", year::text as year from official_figures order by (government_id = :gov) desc, md5(id::text)`,
  'imports:id': `select id from imports order by (government_id = :gov) desc, md5(id::text)`,
  'improvements:id': `select id from improvement_points order by (government_id = :gov) desc, md5(id::text)`,
  'jobs:id': `select id::text from jobs order by md5(id::text)`,
  'letters:lid': `select id as lid from complaint_letters order by md5(id::text)`,
  'letters:lid/files:fid': `select letter_id as lid, file_id as fid from complaint_letter_files order by md5(file_id::text)`,
  'mail-outbox:name': `select 'bukan-surat.eml' as name`,
  'map:layer': `select unnest(array['provinsi', 'kabkota']) as layer`,
  'maladministration-forms:code': `select code from maladministration_forms order by code`,
  'notifications:id': `select id::text from notifications order by md5(id::text)`,
  'offices:id': `select id from offices order by md5(id::text)`,
  'products:id': `select id from service_products order by (government_id = :gov) desc, md5(id::text)`,
  'products:productId': `select id as "productId" from service_products order by (government_id = :gov) desc, md5(id::text)`,
  'results-exports:id': `select id from results_exports order by md5(id::text)`,
  'standards:id': `select id from service_standards order by (government_id = :gov) desc, md5(id::text)`,
  'survey-instruments:id': `select id from survey_instruments order by md5(id::text)`,
  'survey-periods:id': `select id from survey_periods order by md5(id::text)`,
  'survey-periods:id/units:unitId': `select period_id as id, unit_id as "unitId" from survey_period_units order by (government_id = :gov) desc, md5(unit_id::text)`,
  'survey-periods:id/units:unitId/slips:batch': `select period_id as id, unit_id as "unitId", batch::text as batch from survey_slips order by md5(id::text)`,
  'survey-responses:id': `select id from survey_responses order by (government_id = :gov) desc, md5(id::text)`,
  'unit-documents:id': `select id from unit_documents order by (government_id = :gov) desc, md5(id::text)`,
  'units:id': `select id from units order by (government_id = :gov) desc, md5(id::text)`,
  'units:unitId': `select id as "unitId" from units order by (government_id = :gov) desc, md5(id::text)`,
  'users:id': `select id from users order by (government_id = :gov) desc, md5(id::text)`,
  'visits:id': `select id from field_visits order by (government_id = :gov) desc, md5(id::text)`,
  'visits:visitId/photos:fileId': `select p.visit_id as "visitId", p.file_id as "fileId" from field_visit_photos p join field_visits v on v.id = p.visit_id order by (v.government_id = :gov) desc, md5(p.file_id::text)`,
};

const config = loadConfig();
const database = await openConfiguredDatabase(config, { migrate: false });
const doc = (await (await fetch(`${BASE}/api/docs/json`)).json()) as ApiDoc;
const resolve = (ref: string): Schema =>
  doc.components?.schemas?.[ref.replace('#/components/schemas/', '')] ?? {};

function chain(path: string): string {
  return [...path.matchAll(/\/([^/{]+)\/\{([^}]+)\}/g)].map((m) => `${m[1]}:${m[2]}`).join('/');
}

const tupleCache = new Map<string, Record<string, string>[]>();
async function tuplesFor(key: string, gov: string | null): Promise<Record<string, string>[]> {
  const sql = TUPLE_SQL[key];
  if (!sql) throw new Error(`probe-sweep: no id query for ${key}`);
  const cacheKey = `${key}|${gov}`;
  if (!tupleCache.has(cacheKey)) {
    const literal = gov && /^[0-9a-f-]{36}$/.test(gov) ? `'${gov}'::uuid` : 'null::uuid';
    const rows = await database.query<Record<string, string>>(
      `select * from (${sql.replaceAll(':gov', literal)}) t limit ${TUPLES}`,
    );
    tupleCache.set(cacheKey, rows);
  }
  return tupleCache.get(cacheKey)!;
}

async function realPaths(path: string, gov: string | null): Promise<string[]> {
  const key = chain(path);
  if (!key) return [path];
  let rows = await tuplesFor(key, gov);
  // The synth leaves some tables empty (appeals, letters, visits …): ids that exist nowhere then.
  if (!rows.length)
    rows = [Object.fromEntries(key.split('/').map((p) => [p.split(':')[1]!, crypto.randomUUID()]))];
  return rows.map((row) =>
    path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(row[name]!)),
  );
}

function operations(): Operation[] {
  return operationsOf(
    doc,
    (method, path) =>
      method !== 'options' &&
      !path.includes('*') &&
      !SKIP.has(`${method} ${path}`) &&
      (method === 'get' || WRITES),
  );
}

interface Tally {
  sent: number;
  byStatus: Record<string, number>;
  fiveXX: string[];
}

async function sweep(role: string): Promise<Tally> {
  const tally: Tally = { sent: 0, byStatus: {}, fiveXX: [] };
  const account = role === 'anonymous' ? null : await synthAccountOf(database, role);
  if (role !== 'anonymous' && !account) {
    console.warn(`probe-sweep: no synth account with role ${role}; skipped`);
    return tally;
  }
  let session: BenchSession | null = account ? await signIn(database, account.email) : null;
  const send = async (c: FuzzCase) => {
    const headers: Record<string, string> = { ...c.headers };
    if (session) {
      headers.cookie = session.cookie;
      headers['x-csrf-token'] = session.csrf;
    }
    const res = await fetch(`${BASE}${c.url}`, {
      method: c.method,
      headers,
      body: c.payload as string | undefined,
      redirect: 'manual',
    }).catch((err: Error) => ({ status: 599, text: async () => err.message }));
    tally.sent += 1;
    return res;
  };
  const started = Date.now();
  for (const op of operations()) {
    const paths = await realPaths(op.path, account?.governmentId ?? null);
    for (const [i, url] of paths.entries()) {
      const all = casesFor(op, url, resolve, '00000000-0000-4000-8000-000000000000');
      // Every tuple gets the plain request and the plausible body; the first also the junk cases.
      const cases = i === 0 ? all : all.filter((c) => c.label === 'plain' || c.label === 'plausible body');
      for (const c of cases) {
        let res = await send(c);
        if (res.status === 401 && session && account && !c.url.startsWith('/api/auth')) {
          // A case ended this session (changed this account, say): sign in again and go on.
          session = await signIn(database, account.email).catch(() => null);
          if (session) res = await send(c);
        }
        const bucket = `${Math.floor(res.status / 100)}xx`;
        tally.byStatus[bucket] = (tally.byStatus[bucket] ?? 0) + 1;
        if (res.status >= 500)
          tally.fiveXX.push(
            `${c.method} ${c.url.slice(0, 160)} [${c.label}] → ${res.status} ${(await res.text()).slice(0, 200)}`,
          );
      }
    }
  }
  console.info(
    `sweep ${role}: ${tally.sent} requests in ${((Date.now() - started) / 1000).toFixed(0)} s, ${JSON.stringify(tally.byStatus)}`,
  );
  return tally;
}

let fiveXX = 0;
for (const role of ROLES) {
  const tally = await sweep(role);
  fiveXX += tally.fiveXX.length;
  for (const line of tally.fiveXX) console.info(`  5xx ${line}`);
}
await database.close();
console.info(`probe-sweep: ${fiveXX} answers 5xx`);
process.exit(fiveXX ? 1 : 0);
