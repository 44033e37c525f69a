/**
 * How a person writes a structured component in one cell of the standards workbook, read back into
 * the component's shape (the conventions on the Petunjuk sheet): requirements "document | form |
 * count | note" per line, steps per line with "| actor", "30 menit", "Gratis | basis" or
 * "name: amount; … | basis", products per line, channels "kind: detail" per line. Pure.
 */
import {
  REQUIREMENT_FORMS,
  type RequirementForm,
  type StandardContent,
} from '../../../shared/contracts/standards';
import {
  CHANNEL_KIND_LABELS,
  CHANNEL_KINDS,
  DURATION_UNIT_LABELS,
  DURATION_UNITS,
  type ChannelKind,
  type DurationUnit,
  type StandardComponentKey,
} from '../../../shared/standards/components';

/** A cell's problem: message key and parameters (phrased in both languages by the caller). */
export interface CellProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** The non-empty lines of a cell, trimmed. */
export const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A requirement form as written in a cell ("asli dan fotokopi"). */
export const formWord = (f: RequirementForm) => f.replaceAll('_', ' ');

export type Parsed<T> = { value: T } | { problem: CellProblem };
const bad = (key: string, params?: Record<string, string | number>): { problem: CellProblem } => ({
  problem: { key, params },
});
const squash = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

const FORM_WORDS = new Map<string, RequirementForm>(
  REQUIREMENT_FORMS.flatMap((f) => [
    [squash(formWord(f)), f],
    [f, f],
  ]),
);
FORM_WORDS.set('copy', 'fotokopi');
FORM_WORDS.set('salinan', 'fotokopi');
FORM_WORDS.set('asli & fotokopi', 'asli_dan_fotokopi');

function parseRequirements(text: string): Parsed<NonNullable<StandardContent['persyaratan']>> {
  const out: NonNullable<StandardContent['persyaratan']> = [];
  for (const [i, l] of lines(text).entries()) {
    const [document = '', form = '', count = '', ...rest] = l.split('|').map((p) => p.trim());
    if (!document || !form) return bad('standardsImport.requirementFormat', { line: i + 1 });
    const f = FORM_WORDS.get(squash(form));
    if (!f) return bad('standardsImport.requirementForm', { line: i + 1, value: form });
    let n: number | null = null;
    if (count !== '' && count !== '-') {
      if (!/^\d{1,2}$/.test(count) || Number(count) < 1)
        return bad('standardsImport.requirementCount', { line: i + 1, value: count });
      n = Number(count);
    }
    const note = rest.join(' | ').trim();
    out.push({ document, form: f, count: n, note: note || null });
  }
  return { value: out };
}

function parseProcedure(text: string): Parsed<NonNullable<StandardContent['prosedur']>> {
  const out: NonNullable<StandardContent['prosedur']> = [];
  for (const [i, l] of lines(text).entries()) {
    const bar = l.indexOf('|');
    const title = (bar < 0 ? l : l.slice(0, bar)).replace(/^\d+[.)]\s*/, '').trim();
    const actor = bar < 0 ? '' : l.slice(bar + 1).trim();
    if (!title) return bad('standardsImport.procedureFormat', { line: i + 1 });
    out.push({ title, actor: actor || null });
  }
  return { value: out };
}

const UNIT_WORDS = new Map<string, DurationUnit>(
  DURATION_UNITS.flatMap((u) => [
    [squash(DURATION_UNIT_LABELS[u].id), u],
    [u, u],
  ]),
);
UNIT_WORDS.set('hari', 'hari_kerja');
UNIT_WORDS.set('hk', 'hari_kerja');

function parseDuration(text: string): Parsed<NonNullable<StandardContent['jangka_waktu']>> {
  const m = /^(\d+(?:[.,]\d+)?)\s*(.+)$/.exec(text.trim());
  const unit = m ? UNIT_WORDS.get(squash(m[2]!)) : undefined;
  if (!m || !unit) return bad('standardsImport.durationFormat');
  return { value: { value: Number(m[1]!.replace(',', '.')), unit } };
}

function parseAmount(raw: string): number | null {
  const s = raw
    .replace(/^rp\.?\s*/i, '')
    .replace(/,-$/, '')
    .replace(/\s/g, '');
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replaceAll('.', ''));
  return null;
}

function parseFees(text: string): Parsed<NonNullable<StandardContent['biaya']>> {
  const flat = text.trim();
  const bar = flat.indexOf('|');
  const left = (bar < 0 ? flat : flat.slice(0, bar)).trim();
  const legalBasis = bar < 0 ? '' : flat.slice(bar + 1).trim();
  if (/^(gratis|rp\.?\s*0|0|tidak dipungut biaya)$/i.test(left))
    return { value: { free: true, items: [], legalBasis } };
  const items: { name: string; amount: number }[] = [];
  for (const part of left.split(/[;\n]/).map((p) => p.trim())) {
    if (!part) continue;
    const colon = part.lastIndexOf(':');
    if (colon <= 0) return bad('standardsImport.feeFormat');
    const name = part.slice(0, colon).trim();
    const amount = parseAmount(part.slice(colon + 1).trim());
    if (amount === null)
      return bad('standardsImport.feeAmount', { name, value: part.slice(colon + 1).trim() });
    items.push({ name, amount });
  }
  if (items.length === 0 && !legalBasis) return bad('standardsImport.feeFormat');
  return { value: { free: false, items, legalBasis } };
}

const CHANNEL_WORDS = new Map<string, ChannelKind>(
  CHANNEL_KINDS.flatMap((k) => [
    [k, k],
    [squash(k.replaceAll('_', ' ')), k],
    [squash(CHANNEL_KIND_LABELS[k].id), k],
    [squash(CHANNEL_KIND_LABELS[k].en), k],
  ]),
);
for (const [w, k] of [
  ['wa', 'whatsapp'],
  ['email', 'surel'],
  ['e-mail', 'surel'],
  ['website', 'situs'],
  ['web', 'situs'],
  ['sp4n-lapor', 'lapor'],
  ['sp4n lapor', 'lapor'],
  ['telp', 'telepon'],
] as const)
  CHANNEL_WORDS.set(w, k);

function parseChannels(text: string): Parsed<NonNullable<StandardContent['pengaduan']>> {
  const out: NonNullable<StandardContent['pengaduan']> = [];
  for (const [i, l] of lines(text).entries()) {
    const colon = l.indexOf(':');
    const word = (colon < 0 ? l : l.slice(0, colon)).trim();
    const kind = CHANNEL_WORDS.get(squash(word));
    if (!kind)
      return bad('standardsImport.channelKind', {
        line: i + 1,
        value: word,
        values: CHANNEL_KINDS.join(', '),
      });
    out.push({ kind, detail: colon < 0 ? '' : l.slice(colon + 1).trim() });
  }
  return { value: out };
}

export function parseComponent(key: StandardComponentKey, text: string): Parsed<unknown> {
  switch (key) {
    case 'persyaratan':
      return parseRequirements(text);
    case 'prosedur':
      return parseProcedure(text);
    case 'jangka_waktu':
      return parseDuration(text);
    case 'biaya':
      return parseFees(text);
    case 'produk':
      return { value: lines(text) };
    case 'pengaduan':
      return parseChannels(text);
    default:
      return { value: text.trim() };
  }
}
