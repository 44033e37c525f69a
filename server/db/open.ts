import path from 'node:path';
import type { Config } from '../config';
import { openDatabase, type Database } from './client';
import { syncOfficialCalendar } from '../modules/calendar/calendar.sync';
import { syncComplaintReferenceData } from '../modules/complaints/complaints.sync';
import { syncBuiltInFrameworks } from '../modules/frameworks/frameworks.sync';
import { syncBuiltInInstruments } from '../modules/surveys/instruments.sync';
import { migrate } from './migrate';

/**
 * Opens the configured engine (PostgreSQL when DATABASE_URL is set, else PGlite in <data>/pglite),
 * migrates, and brings the built-in frameworks (frameworks/*.json) into the frameworks table and the
 * official holiday lists (shared/calendar/official-holidays.ts) into the calendar, once per year, and
 * the complaints' reference data (maladministration forms, deadline rules v1).
 */
export async function openConfiguredDatabase(
  config: Config,
  opts: { migrate?: boolean } = {},
): Promise<Database> {
  const database = await openDatabase(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl }
      : { pgliteDir: path.join(config.dataDir, 'pglite') },
  );
  if (opts.migrate !== false) {
    await migrate(database);
    await syncBuiltInFrameworks(database.db);
    await syncBuiltInInstruments(database.db);
    await syncOfficialCalendar(database.db);
    await syncComplaintReferenceData(database.db);
  }
  return database;
}
