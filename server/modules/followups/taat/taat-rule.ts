/**
 * rules/taat.json → the Taat rule, validated once per process (like frameworks/ and instruments/):
 * the routes load it when the app starts, so a broken file stops the server with the file and
 * field named instead of answering 500 later.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TaatRuleSchema, type TaatRule } from '../../../../shared/followups/taat';
import { projectRoot } from '../../../lib/paths';

export const TAAT_RULE_FILE = join(projectRoot(), 'rules', 'taat.json');

export class TaatRuleFileError extends Error {
  constructor(file: string, detail: string) {
    super(`berkas aturan Taat ${file} tidak valid:\n${detail}`);
    this.name = 'TaatRuleFileError';
  }
}

/** Reads and validates a rule file; throws TaatRuleFileError naming every problem. */
export function loadTaatRuleFile(file = TAAT_RULE_FILE): TaatRule {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new TaatRuleFileError(file, `  JSON tidak dapat dibaca: ${(err as Error).message}`);
  }
  const parsed = TaatRuleSchema.safeParse(raw);
  if (!parsed.success)
    throw new TaatRuleFileError(
      file,
      parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n'),
    );
  return parsed.data;
}

let loaded: TaatRule | undefined;

/** The shipped rule (rules/taat.json), loaded and validated once. */
export function taatRule(): TaatRule {
  loaded ??= loadTaatRuleFile();
  return loaded;
}
