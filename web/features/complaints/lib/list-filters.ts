/**
 * The case list's filters as the page address carries them (`/pengaduan?stage=pleno&mine=true`),
 * so a filtered list can be bookmarked and shared, and as the query the API reads
 * (ComplaintListQuerySchema). Without `status` the list shows open cases; `status=all` shows every case.
 */
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_STAGES,
  type ComplaintChannel,
  type ComplaintStage,
} from '../../../../shared/complaints/stages';
import type { ComplaintListQuery } from '../../../../shared/contracts/complaints';

export type StatusFilter = 'open' | 'closed' | 'all';

export interface CaseFilters {
  status: StatusFilter;
  stage: ComplaintStage | '';
  channel: ComplaintChannel | '';
  form: string;
  overdue: boolean;
  mine: boolean;
  q: string;
}

export const NO_FILTERS: CaseFilters = {
  status: 'open',
  stage: '',
  channel: '',
  form: '',
  overdue: false,
  mine: false,
  q: '',
};

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | '' =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : '';

/** Reads the filters from the page address; unknown values are ignored. */
export function filtersFromParams(params: URLSearchParams): CaseFilters {
  const status = params.get('status');
  return {
    status: status === 'closed' || status === 'all' ? status : 'open',
    stage: oneOf(COMPLAINT_STAGES, params.get('stage')),
    channel: oneOf(COMPLAINT_CHANNELS, params.get('channel')),
    form: (params.get('form') ?? '').slice(0, 60),
    overdue: params.get('overdue') === 'true',
    mine: params.get('mine') === 'true',
    q: (params.get('q') ?? '').slice(0, 100),
  };
}

/** The page address of the filters: only what differs from the default. */
export function paramsFromFilters(f: CaseFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.status !== 'open') out.status = f.status;
  if (f.stage) out.stage = f.stage;
  if (f.channel) out.channel = f.channel;
  if (f.form) out.form = f.form;
  if (f.overdue) out.overdue = 'true';
  if (f.mine) out.mine = 'true';
  if (f.q.trim()) out.q = f.q.trim();
  return out;
}

/**
 * The API query of the filters. A stage implies its status, so a closed stage with "open" asks
 * for no status rather than an empty list.
 */
export function queryOf(f: CaseFilters): Partial<ComplaintListQuery> {
  const q: Partial<ComplaintListQuery> = {};
  if (f.stage) q.stage = f.stage;
  else if (f.status !== 'all') q.status = f.status;
  if (f.channel) q.channel = f.channel;
  if (f.form) q.form = f.form;
  if (f.overdue) q.overdue = 'true';
  if (f.mine) q.mine = 'true';
  if (f.q.trim()) q.q = f.q.trim();
  return q;
}

/** How many filters differ from the default (a "reset" button shows when any does). */
export function activeFilterCount(f: CaseFilters): number {
  return Object.keys(paramsFromFilters(f)).length;
}
