import { FOLLOWUP_KINDS, FOLLOWUP_STATUSES } from '../../../../shared/contracts/followups';
import type { FollowupFilters } from '../api/followups-api';

/**
 * The backlog's filters live in the page address (shareable, survive a reload): every key is the
 * API's query parameter of the same name; unknown or malformed values are dropped.
 */
const TEXT_KEYS = ['governmentId', 'unitId', 'dueFrom', 'dueTo', 'q'] as const;

export function filtersFromParams(params: URLSearchParams): FollowupFilters {
  const f: FollowupFilters = {};
  const kind = params.get('kind');
  if (kind && (FOLLOWUP_KINDS as readonly string[]).includes(kind)) f.kind = kind as FollowupFilters['kind'];
  const group = params.get('group');
  if (group === 'taat' || group === 'own') f.group = group;
  const status = params.get('status');
  if (status && (FOLLOWUP_STATUSES as readonly string[]).includes(status))
    f.status = status as FollowupFilters['status'];
  const sort = params.get('sort');
  if (sort === 'created' || sort === 'government') f.sort = sort;
  if (params.get('overdue') === 'true') f.overdue = true;
  if (params.get('todo') === 'true') f.todo = true;
  if (params.get('owner') === 'me') f.owner = 'me';
  for (const key of TEXT_KEYS) {
    const v = params.get(key)?.trim();
    if (v) f[key] = v;
  }
  return f;
}

export function paramsFromFilters(f: FollowupFilters, keep?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    out.set(k, String(v));
  }
  const item = keep?.get('item');
  if (item) out.set('item', item);
  return out;
}

/** Filters that narrow the list (the order does not). */
export const activeFilterCount = (f: FollowupFilters) =>
  Object.entries(f).filter(([k, v]) => k !== 'sort' && v !== undefined && v !== '' && v !== false).length;
