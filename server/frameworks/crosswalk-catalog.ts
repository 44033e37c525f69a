/**
 * Built-in crosswalk files (frameworks/crosswalks/*.json): read, checked against their schema and
 * against the built-in frameworks they name (both ids exist, every code is an indicator of its
 * version, no row twice), once per process. A bad file stops the start with a message naming it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorDefinitions } from '../../shared/frameworks/indicator-definitions';
import { CrosswalkFileSchema, type CrosswalkFile } from '../../shared/followups/crosswalk';
import { projectRoot } from '../lib/paths';
import { getFramework } from './framework-catalog';

export const BUILT_IN_CROSSWALKS_DIR = join(projectRoot(), 'frameworks', 'crosswalks');

export class CrosswalkFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`berkas crosswalk ${file} tidak valid:\n${detail}`);
    this.name = 'CrosswalkFileError';
  }
}

/** The problems of one parsed file against the frameworks it names (empty: usable). */
export function crosswalkProblems(file: CrosswalkFile): string[] {
  const from = getFramework(file.from);
  const to = getFramework(file.to);
  if (!from || !to) return [`kerangka ${!from ? file.from : file.to} tidak ada`];
  const fromCodes = indicatorDefinitions(from);
  const toCodes = indicatorDefinitions(to);
  const seen = new Set<string>();
  const problems: string[] = [];
  file.rows.forEach((r, i) => {
    if (!fromCodes.has(r.from)) problems.push(`rows.${i}.from: ${r.from} bukan indikator ${file.from}`);
    if (!toCodes.has(r.to)) problems.push(`rows.${i}.to: ${r.to} bukan indikator ${file.to}`);
    const key = `${r.from}→${r.to}`;
    if (seen.has(key)) problems.push(`rows.${i}: baris ${key} ganda`);
    seen.add(key);
  });
  return problems;
}

/** Reads and checks every `*.json` of a folder; throws CrosswalkFileError on the first bad file. */
export function loadCrosswalkDirectory(dir: string = BUILT_IN_CROSSWALKS_DIR): CrosswalkFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      } catch (err) {
        throw new CrosswalkFileError(file, `  JSON tidak dapat dibaca: ${(err as Error).message}`);
      }
      const parsed = CrosswalkFileSchema.safeParse(raw);
      if (!parsed.success)
        throw new CrosswalkFileError(
          file,
          parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n'),
        );
      if (file !== `${parsed.data.from}--${parsed.data.to}.json`)
        throw new CrosswalkFileError(file, `  nama berkas harus ${parsed.data.from}--${parsed.data.to}.json`);
      const problems = crosswalkProblems(parsed.data);
      if (problems.length) throw new CrosswalkFileError(file, problems.map((p) => `  ${p}`).join('\n'));
      return parsed.data;
    });
}

let builtIns: CrosswalkFile[] | undefined;

/** Every built-in crosswalk, loaded and checked once per process. */
export function listCrosswalks(): CrosswalkFile[] {
  builtIns ??= loadCrosswalkDirectory();
  return builtIns;
}
