/**
 * Turns a stored audit row (before/after snapshots of a record) into what a reader needs: the
 * record's name and the fields that changed, as display text. Pure: no I/O.
 */
import { MASKED, PERSONAL_FIELDS, type AuditChange } from '../../../shared/contracts/audit';

/** Bookkeeping columns that say nothing a reader of the log needs. */
const NOISE = new Set(['id', 'createdAt', 'updatedAt', 'governmentId', 'officeId', 'unitId', 'cycleId']);

/** Never shown to anyone, whatever the role (hashes, tokens, one-time secrets). */
const SECRET = /(password|hash|token|secret|pin)$/i;

const PERSONAL = new Set<string>(PERSONAL_FIELDS);

/** Which snapshot key names the record, in order of preference. */
const LABEL_KEYS = [
  'name',
  'title',
  'indicatorCode',
  'indicator',
  'code',
  'fileName',
  'originalName',
  'year',
];

type Snapshot = Record<string, unknown>;

function asSnapshot(v: unknown): Snapshot | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Snapshot) : null;
}

/** A value as one line of text: strings as they are, the rest as compact JSON. */
export function displayValue(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function isPersonal(field: string): boolean {
  return PERSONAL.has(field);
}

/** The record's name from its snapshots (after first), never a personal or secret field. */
export function entityLabel(before: unknown, after: unknown): string | null {
  for (const snap of [asSnapshot(after), asSnapshot(before)]) {
    if (!snap) continue;
    for (const key of LABEL_KEYS) {
      const v = snap[key];
      if (typeof v === 'string' && v.trim()) return v;
      if (typeof v === 'number') return String(v);
    }
  }
  return null;
}

/**
 * The fields that differ between two snapshots, in the order they first appear. A creation lists
 * every field of `after`; an archive or restore lists what changed (usually `archivedAt`). Secret
 * fields are left out entirely; personal ones are masked unless `mayReadPersonal`.
 */
export function auditChanges(before: unknown, after: unknown, mayReadPersonal: boolean): AuditChange[] {
  const b = asSnapshot(before);
  const a = asSnapshot(after);
  if (!b && !a) {
    const text = displayValue(after ?? before);
    return text === null ? [] : [{ field: 'value', before: null, after: text, masked: false }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const out: AuditChange[] = [];
  for (const field of keys) {
    if (NOISE.has(field) || SECRET.test(field)) continue;
    const from = b?.[field];
    const to = a?.[field];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const masked = isPersonal(field) && !mayReadPersonal;
    out.push({
      field,
      before: masked && from != null ? MASKED : displayValue(from),
      after: masked && to != null ? MASKED : displayValue(to),
      masked,
    });
  }
  return out;
}
