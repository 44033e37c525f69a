/** SQL of the synthetic dataset: the batch marker, archiving for --force, row counts and a checksum. */
import type { Database } from '../../db/client';

export const SYNTH_KEY = 'synth';

export interface SynthBatchInfo {
  batch: number;
  seed: number;
  scale: string;
  cycleId: string;
  at: string;
}

/** The batches already loaded (app_meta 'synth'), oldest first. */
export async function loadedBatches(database: Database): Promise<SynthBatchInfo[]> {
  const rows = await database.query<{ value: { batches: SynthBatchInfo[] } }>(
    'select value from app_meta where key = $1',
    [SYNTH_KEY],
  );
  return rows[0]?.value.batches ?? [];
}

export async function recordBatch(database: Database, batches: SynthBatchInfo[]): Promise<void> {
  await database.query(
    `insert into app_meta (key, value) values ($1, $2::jsonb) on conflict (key) do update set value = excluded.value`,
    [SYNTH_KEY, JSON.stringify({ batches })],
  );
}

export async function activeGovernmentCount(database: Database): Promise<number> {
  const [row] = await database.query<{ n: number }>(
    'select count(*)::int as n from governments where archived_at is null',
  );
  return row!.n;
}

/** Region codes are unique among active governments: a new batch archives the active holders first. */
export async function archiveGovernmentsOfRegions(
  database: Database,
  regionCodes: string[],
): Promise<number> {
  const rows = await database.query<{ id: string }>(
    `update governments set archived_at = now(), updated_at = now()
      where region_code = any($1::text[]) and archived_at is null returning id`,
    [regionCodes],
  );
  return rows.length;
}

export const COUNTED_TABLES = [
  'complaints',
  'complaint_events',
  'complaint_deadlines',
  'offices',
  'governments',
  'units',
  'service_products',
  'users',
  'user_units',
  'contacts',
  'cycles',
  'cycle_governments',
  'cycle_units',
  'cycle_products',
  'cycle_assessors',
  'cycle_unit_team',
  'answers',
  'files',
  'evidence',
  'government_results',
  'unit_results',
  'product_results',
  'score_versions',
  'service_standards',
  'unit_maklumat',
  'followup_items',
  'followup_events',
] as const;

/** Rows per table (whole database, one statement). */
export async function tableCounts(database: Database): Promise<Record<string, number>> {
  const sql = COUNTED_TABLES.map((t) => `select '${t}' as t, count(*)::int as n from ${t}`).join(
    ' union all ',
  );
  const rows = await database.query<{ t: string; n: number }>(sql);
  const byTable = new Map(rows.map((r) => [r.t, r.n]));
  return Object.fromEntries(COUNTED_TABLES.map((t) => [t, byTable.get(t) ?? 0]));
}

/**
 * An md5 over the generated identity and values of a cycle: registry names and codes, every
 * answer's id, indicator and both values, and the government scores. Equal seeds give equal sums.
 */
export async function cycleChecksum(
  database: Database,
  cycleId: string,
): Promise<{ registry: string; answers: string; results: string }> {
  const [row] = await database.query<{ registry: string; answers: string; results: string }>(
    `select
       (select md5(string_agg(u.id::text || u.code || u.name || coalesce(u.parent_id::text, ''), ',' order by u.id))
          from units u join cycle_units cu on cu.unit_id = u.id and cu.cycle_id = $1) as registry,
       (select md5(string_agg(a.id::text || a.indicator || coalesce(a.self_value::text, 'na') || coalesce(a.verified_value::text, 'na'), ',' order by a.id))
          from answers a where a.cycle_id = $1) as answers,
       (select md5(string_agg(r.government_id::text || coalesce(r.rounded::text, '-'), ',' order by r.government_id))
          from government_results r where r.cycle_id = $1) as results`,
    [cycleId],
  );
  return row!;
}
