/**
 * The public follow-up section's data (issue 17 §7): what the offices chose to publish of a
 * government's backlog (repository: the rule in SQL), as progress per unit and the items, with no
 * person in it. Used by the portal's government page and by the open-data API.
 */
import {
  OpenDataFollowupsSchema,
  PUBLIC_FOLLOWUP_KINDS,
  type PublicFollowups,
} from '../../../shared/contracts/followup-reports';
import { OPEN_DATA_LICENCE, OPEN_DATA_VERSION } from '../../../shared/contracts/open-data';
import { todayIn } from '../../../shared/format/format';
import type { Executor } from '../../db/client';
import { governmentByKey } from '../public/public.repository';
import { publicItems } from './public-followups.repository';

type PublicKind = (typeof PUBLIC_FOLLOWUP_KINDS)[number];
const isPublicKind = (k: string): k is PublicKind => (PUBLIC_FOLLOWUP_KINDS as readonly string[]).includes(k);

export async function publicFollowups(db: Executor, governmentId: string): Promise<PublicFollowups> {
  const today = todayIn('WIB');
  const items = (await publicItems(db, governmentId)).flatMap((r) =>
    // The SQL admits only these kinds; the check keeps the type honest.
    isPublicKind(r.kind)
      ? [
          {
            kind: r.kind,
            year: r.year,
            unitName: r.unit_name,
            indicatorCode: r.indicator_code,
            action: r.action,
            dueOn: r.due_on,
            done: r.status === 'selesai',
            overdue: !!r.due_on && r.due_on < today && r.status !== 'selesai',
          },
        ]
      : [],
  );
  const units = new Map<string, { unitName: string; total: number; done: number; overdue: number }>();
  for (const i of items) {
    const name = i.unitName ?? '—';
    const u = units.get(name) ?? { unitName: name, total: 0, done: 0, overdue: 0 };
    u.total += 1;
    if (i.done) u.done += 1;
    if (i.overdue) u.overdue += 1;
    units.set(name, u);
  }
  return {
    total: items.length,
    done: items.filter((i) => i.done).length,
    overdue: items.filter((i) => i.overdue).length,
    kinds: PUBLIC_FOLLOWUP_KINDS.filter((k) => items.some((i) => i.kind === k)),
    units: [...units.values()],
    items,
  };
}

/** The open-data answer of a government's public key; null when nobody has the key. */
export async function publicFollowupsJson(db: Executor, key: string) {
  const g = await governmentByKey(db, key);
  if (!g) return null;
  return OpenDataFollowupsSchema.parse({
    version: OPEN_DATA_VERSION,
    licence: { ...OPEN_DATA_LICENCE },
    government: { key: g.region_code ?? g.id, name: g.name },
    followups: await publicFollowups(db, g.id),
  });
}
