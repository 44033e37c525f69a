/**
 * Turns a stored audit row (before/after snapshots of a record) into what a reader needs: the
 * record's name and the fields that changed, as display text. Pure: no I/O.
 */
import { MASKED, PERSONAL_FIELDS, type AuditChange } from '../../../shared/contracts/audit';

/** Bookkeeping columns that say nothing a reader of the log needs. */
const NOISE = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'governmentId',
  'officeId',
  'cycleId',
  'lastLoginAt',
  'failedLogins',
  'storageName',
  'sha256',
]);

/** Fields that hold the id of another record (or a list of ids): shown by that record's name. */
export const REFERENCE_FIELDS: Record<string, 'unit' | 'user' | 'product' | 'file'> = {
  unitId: 'unit',
  parentId: 'unit',
  unitIds: 'unit',
  userId: 'user',
  createdBy: 'user',
  selfBy: 'user',
  verifiedBy: 'user',
  submittedBy: 'user',
  respondedBy: 'user',
  approvedBy: 'user',
  requestedBy: 'user',
  productId: 'product',
  documentFileId: 'file',
  fileId: 'file',
};

/** Names of referenced records, by id (filled by the service with one query per kind). */
export type NameLookup = ReadonlyMap<string, string>;

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

/** A value as one line of text: strings as they are (ids by name when known), the rest as compact JSON. */
export function displayValue(v: unknown, names: NameLookup = new Map()): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return names.get(v) ?? v;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' && names.has(x)))
    return v.map((x) => names.get(x as string)!).join(', ');
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
export function auditChanges(
  before: unknown,
  after: unknown,
  mayReadPersonal: boolean,
  names: NameLookup = new Map(),
): AuditChange[] {
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
      before: masked && from != null ? MASKED : displayValue(from, names),
      after: masked && to != null ? MASKED : displayValue(to, names),
      masked,
    });
  }
  return out;
}

/** The ids of referenced records in a set of snapshots, per kind, for one lookup query each. */
export function referencedIds(
  snapshots: unknown[],
): Record<'unit' | 'user' | 'product' | 'file', Set<string>> {
  const out = {
    unit: new Set<string>(),
    user: new Set<string>(),
    product: new Set<string>(),
    file: new Set<string>(),
  };
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  for (const snap of snapshots) {
    const s = asSnapshot(snap);
    if (!s) continue;
    for (const [field, kind] of Object.entries(REFERENCE_FIELDS)) {
      const v = s[field];
      for (const id of Array.isArray(v) ? v : [v])
        if (typeof id === 'string' && uuid.test(id)) out[kind].add(id);
    }
  }
  return out;
}
