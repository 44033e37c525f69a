import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { RegionDto, RegionQuery } from '../../../shared/contracts/regions';
import type { Database, Executor } from '../../db/client';
import { listRegions, upsertRegions, type RegionInput } from './regions.repository';

const require = createRequire(import.meta.url);

/** Title-cases the UPPER-CASE names shipped by idn-area-data 3.x ("KABUPATEN BALANGAN" → "Kabupaten Balangan"). */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s\-(/])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\bDki\b/g, 'DKI')
    .replace(/\bDi\b/g, 'DI');
}

/** Reads the official Kemendagri provinces and regencies/cities from the idn-area-data package's CSVs. */
export function readAreaData(): RegionInput[] {
  const dataDir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  const provinces = parse(fs.readFileSync(path.join(dataDir, 'provinces.csv'), 'utf8'), {
    columns: true,
  }) as {
    code: string;
    name: string;
  }[];
  const regencies = parse(fs.readFileSync(path.join(dataDir, 'regencies.csv'), 'utf8'), {
    columns: true,
  }) as {
    code: string;
    province_code: string;
    name: string;
  }[];
  return [
    ...provinces.map((p) => ({
      code: p.code,
      name: titleCase(p.name),
      level: 'province' as const,
      kind: 'provinsi' as const,
      provinceCode: p.code,
    })),
    ...regencies.map((r) => {
      const name = titleCase(r.name);
      return {
        code: r.code,
        name,
        level: 'regency' as const,
        kind: /^kota\b/i.test(name) ? ('kota' as const) : ('kabupaten' as const),
        provinceCode: r.province_code,
      };
    }),
  ];
}

/** Loads (or refreshes) the regions table; idempotent. Returns the counts. */
export async function importRegions(database: Database): Promise<{ provinces: number; regencies: number }> {
  const rows = readAreaData();
  await upsertRegions(database, rows);
  return {
    provinces: rows.filter((r) => r.level === 'province').length,
    regencies: rows.filter((r) => r.level === 'regency').length,
  };
}

/** Provinces or regencies/cities for a picker; `unregistered` leaves out those already a government. */
export async function listRegionsForPicker(db: Executor, q: RegionQuery): Promise<RegionDto[]> {
  return listRegions(db, {
    level: q.level,
    provinceCode: q.provinceCode,
    q: q.q,
    unregistered: q.unregistered === 'true',
  });
}
