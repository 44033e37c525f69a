import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Database } from '../../db/client';

const require = createRequire(import.meta.url);

interface RegionInput {
  code: string;
  name: string;
  level: 'province' | 'regency';
  kind: 'provinsi' | 'kabupaten' | 'kota';
  provinceCode: string;
}

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
  const chunk = 200;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const params: unknown[] = [];
    const values = part.map((r, j) => {
      params.push(r.code, r.name, r.level, r.kind, r.provinceCode);
      const b = j * 5;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
    });
    await database.query(
      `insert into regions (code, name, level, kind, province_code) values ${values.join(',')}
       on conflict (code) do update set name = excluded.name, level = excluded.level, kind = excluded.kind, province_code = excluded.province_code`,
      params,
    );
  }
  return {
    provinces: rows.filter((r) => r.level === 'province').length,
    regencies: rows.filter((r) => r.level === 'regency').length,
  };
}
