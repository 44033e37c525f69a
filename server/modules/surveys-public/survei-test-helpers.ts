/**
 * Test helpers of the respondent's pages: an SKM period written straight to the tables (with the
 * built-in instrument when the database has none yet), a slip with a known code, the counter URL
 * of today, a normal response's fields, and a form opened the way a browser does.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Executor } from '../../db/client';
import { unitServiceProfiles } from '../../db/schema-standards';
import {
  surveyInstruments,
  surveyPeriodUnits,
  surveyPeriods,
  surveyResponses,
  surveySlips,
} from '../../db/schema-surveys';
import { identityKeysOf } from '../../lib/identity-crypto';
import { projectRoot } from '../../lib/paths';
import type { TimeZoneCode } from '../../../shared/format/time-zones';
import type { TestContext } from '../../test/harness';
import { hidden, type Visitor } from '../complaints-public/lapor-test-helpers';
import { counterToken, localDateOf } from './counter-token';
import { signStart } from './survei-session';
import { slipCodeHash } from '../surveys/slip-codes';

export const SKM = 'skm-permenpan-14-2017';

/** The built-in SKM instrument row (the start-up sync writes it; written here when missing). */
export async function ensureSkmInstrument(db: Executor): Promise<void> {
  const file = path.join(projectRoot(), 'instruments', `${SKM}.json`);
  const definition = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string; name: { id: string } };
  await db
    .insert(surveyInstruments)
    .values({
      id: SKM,
      version: definition.version,
      kind: 'skm',
      name: definition.name.id,
      definition,
      source: 'builtin',
      frozenAt: new Date(),
    })
    .onConflictDoNothing();
}

export interface TestPeriod {
  id: string;
  unitId: string;
  tokenSecret: string;
}

/** An SKM period of a government surveying one unit (its products listed when given). */
export async function makePeriod(
  db: Executor,
  o: {
    governmentId: string;
    unitId: string;
    productIds?: string[];
    startsOn?: string;
    endsOn?: string;
    status?: 'open' | 'closed';
  },
): Promise<TestPeriod> {
  await ensureSkmInstrument(db);
  const tokenSecret = crypto.randomBytes(32).toString('hex');
  const [p] = await db
    .insert(surveyPeriods)
    .values({
      kind: 'skm',
      instrumentId: SKM,
      title: `SKM Uji ${crypto.randomBytes(3).toString('hex')}`,
      governmentId: o.governmentId,
      startsOn: o.startsOn ?? '2020-01-01',
      endsOn: o.endsOn ?? '2099-12-31',
      status: o.status ?? 'open',
      tokenSecret,
    })
    .returning();
  await db.insert(surveyPeriodUnits).values({
    periodId: p!.id,
    unitId: o.unitId,
    governmentId: o.governmentId,
    population: 100,
    productIds: o.productIds ?? [],
  });
  return { id: p!.id, unitId: o.unitId, tokenSecret };
}

/** A one-time slip of the period with a known code. */
export async function makeSlip(db: Executor, p: TestPeriod, code: string): Promise<string> {
  const [slip] = await db
    .insert(surveySlips)
    .values({ periodId: p.id, unitId: p.unitId, codeHash: slipCodeHash(code), batch: 1 })
    .returning();
  return slip!.id;
}

/** Opening hours on every weekday, or closed every day. */
export async function setOpeningHours(
  db: Executor,
  unitId: string,
  governmentId: string,
  hours: 'always' | 'never',
): Promise<void> {
  const openingHours = [1, 2, 3, 4, 5, 6, 7].map((day) =>
    hours === 'always' ? { day, closed: false, open: '00:00', close: '23:59' } : { day, closed: true },
  );
  await db.insert(unitServiceProfiles).values({ unitId, governmentId, openingHours });
}

/** Today's counter URL of the period's unit (its zone decides the date). */
export function counterUrl(p: TestPeriod, zone: TimeZoneCode = 'WIB', extra = ''): string {
  const token = counterToken(p.tokenSecret, p.unitId, localDateOf(zone, new Date()));
  return `/publik/survei/u/${p.unitId}?k=${token}${extra}`;
}

/** All questions answered (`v` or one value per question) and a profile. */
export function answerFields(v: number | number[] = 3): Record<string, string> {
  const values = Array.isArray(v) ? v : Array.from({ length: 9 }, () => v);
  return {
    ...Object.fromEntries(values.map((a, i) => [`q.U${i + 1}`, String(a)])),
    'profil.jenis_kelamin': 'P',
    'profil.usia': '30-39',
    'profil.pendidikan': 's1',
    'profil.pekerjaan': 'swasta',
    saran: 'Antrean <b>lebih</b> tertib & ruang tunggu diperluas.',
  };
}

/**
 * Opens the form (asserting 200) and returns its hidden fields; `read` re-signs the start as a
 * respondent who read the page that many seconds (with the server's own key, as the page would).
 */
export async function openForm(
  ctx: TestContext,
  v: Visitor,
  url: string,
  read?: { period: TestPeriod; seconds: number },
) {
  const res = await v.get(url);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  const fields = { formToken: hidden(res.body, 'formToken'), mulai: hidden(res.body, 'mulai') };
  if (read) {
    const key = identityKeysOf(ctx.app.deps.config).hash;
    const at = new Date(Date.now() - read.seconds * 1000);
    fields.mulai = signStart(key, read.period.id, read.period.unitId, at);
  }
  return { page: res.body, ...fields, fields };
}

/** The responses of a period, oldest first. */
export async function responsesOf(db: Executor, periodId: string) {
  return db
    .select()
    .from(surveyResponses)
    .where(eq(surveyResponses.periodId, periodId))
    .orderBy(surveyResponses.seq);
}

/** A page with every run of white space as one space (the templates are formatted). */
export const flat = (page: string): string => page.replace(/\s+/g, ' ');
