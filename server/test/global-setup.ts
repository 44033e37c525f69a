/**
 * Vitest global setup: prepares one migrated database with reference data that every test file
 * clones — a PGlite data-dir dump (default) or a PostgreSQL template database (DB_ENGINE=postgres).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import { migrate } from '../db/migrate';
import { syncOfficialCalendar } from '../modules/calendar/calendar.sync';
import { syncComplaintReferenceData } from '../modules/complaints/complaints.sync';
import { syncBuiltInFrameworks } from '../modules/frameworks/frameworks.sync';
import { syncBuiltInInstruments } from '../modules/surveys/instruments.sync';
import { importRegions } from '../modules/regions/regions.service';
import { startPgCluster, type PgCluster } from './pg-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    dbEngine: 'pglite' | 'postgres';
    pgliteImage: string;
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

let cluster: PgCluster | undefined;
let imageFile: string | undefined;

export default async function setup(project: TestProject) {
  const engine = process.env.DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';
  project.provide('dbEngine', engine);
  if (engine === 'postgres') {
    cluster = process.env.TEST_DATABASE_URL ? undefined : await startPgCluster();
    const adminUrl = process.env.TEST_DATABASE_URL ?? cluster!.url();
    const template = `patuh_template_${process.pid}`;
    const admin = await openDatabase({ databaseUrl: adminUrl, poolMax: 1 });
    await admin.exec(`drop database if exists ${template}`);
    await admin.exec(`create database ${template}`);
    await admin.close();
    const tpl = await openDatabase({ databaseUrl: adminUrl.replace(/\/[^/]*$/, `/${template}`), poolMax: 1 });
    await migrate(tpl);
    await importRegions(tpl);
    await syncBuiltInFrameworks(tpl.db);
    await syncBuiltInInstruments(tpl.db);
    await syncOfficialCalendar(tpl.db);
    await syncComplaintReferenceData(tpl.db);
    await tpl.close();
    project.provide('pgAdminUrl', adminUrl);
    project.provide('pgTemplate', template);
    project.provide('pgliteImage', '');
  } else {
    const db = await openDatabase({ pgliteDir: 'memory://' });
    await migrate(db);
    await importRegions(db);
    await syncBuiltInFrameworks(db.db);
    await syncBuiltInInstruments(db.db);
    await syncOfficialCalendar(db.db);
    await syncComplaintReferenceData(db.db);
    const dump = Buffer.from(await (await db.pglite!.dumpDataDir('gzip')).arrayBuffer());
    imageFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-img-')), 'golden.tar.gz');
    fs.writeFileSync(imageFile, dump);
    await db.close();
    project.provide('pgliteImage', imageFile);
    project.provide('pgAdminUrl', '');
    project.provide('pgTemplate', '');
  }
  return () => {
    cluster?.stop();
    if (imageFile) fs.rmSync(path.dirname(imageFile), { recursive: true, force: true });
  };
}
