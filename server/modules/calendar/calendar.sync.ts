/**
 * The official lists (shared/calendar/official-holidays.ts, SKB 3 Menteri 2025 and 2026) → the
 * calendar_days table, at start (server/db/open.ts) like the built-in frameworks. Each official year
 * is seeded once: a year already recorded in app_meta is left alone, so an admin's later edit or
 * deletion of a seeded day stands; a year added to the file in a later release is seeded on the next
 * start. Idempotent and safe for two processes starting at once (insert … on conflict do nothing).
 */
import { OFFICIAL_HOLIDAYS, type OfficialYear } from '../../../shared/calendar/official-holidays';
import type { Executor } from '../../db/client';
import { inTransaction } from '../../lib/transaction';
import {
  bumpCalendarVersion,
  insertMissingDays,
  readSeededYears,
  writeSeededYears,
} from './calendar.repository';

/** Seeds the official years not seeded before; returns how many days were added. */
export async function syncOfficialCalendar(
  db: Executor,
  official: readonly OfficialYear[] = OFFICIAL_HOLIDAYS,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const seeded = await readSeededYears(tx);
    const todo = official.filter((y) => !seeded.includes(y.year));
    if (todo.length === 0) return 0;
    const added = await insertMissingDays(
      tx,
      todo.flatMap((y) =>
        y.holidays.map((h) => ({
          date: h.date,
          name: h.name,
          kind: h.kind,
          provinceCode: null,
          source: y.source,
        })),
      ),
    );
    await writeSeededYears(
      tx,
      [...seeded, ...todo.map((y) => y.year)].sort((a, b) => a - b),
    );
    await bumpCalendarVersion(tx);
    return added;
  });
}
