/**
 * Built-in instrument files (instruments/*.json) → survey_instruments, at start (like frameworks).
 * Each file is validated and must be named `<id>.json`; built-ins are frozen (never edited here:
 * duplicate one to change it). Idempotent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Executor } from '../../db/client';
import { projectRoot } from '../../lib/paths';
import { InstrumentSchema, type Instrument } from '../../../shared/surveys/instrument.schema';
import { upsertBuiltInInstrument } from './instruments.repository';

export const BUILT_IN_INSTRUMENTS_DIR = join(projectRoot(), 'instruments');

export class InstrumentFileError extends Error {
  constructor(file: string, detail: string) {
    super(`berkas instrumen ${file} tidak valid:\n${detail}`);
    this.name = 'InstrumentFileError';
  }
}

/** Every `*.json` of the folder, validated; throws naming the first bad file and its problems. */
export function loadInstrumentDirectory(dir = BUILT_IN_INSTRUMENTS_DIR): Instrument[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      throw new InstrumentFileError(file, `  JSON tidak dapat dibaca: ${(err as Error).message}`);
    }
    const parsed = InstrumentSchema.safeParse(raw);
    if (!parsed.success)
      throw new InstrumentFileError(
        file,
        parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n'),
      );
    if (`${parsed.data.id}.json` !== file)
      throw new InstrumentFileError(file, `  id "${parsed.data.id}" harus sama dengan nama berkas`);
    return parsed.data;
  });
}

let loaded: Instrument[] | null = null;

export async function syncBuiltInInstruments(db: Executor): Promise<void> {
  loaded ??= loadInstrumentDirectory();
  for (const inst of loaded) await upsertBuiltInInstrument(db, inst);
}
