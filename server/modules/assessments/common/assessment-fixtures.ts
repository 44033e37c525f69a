/**
 * Test fixtures for the assessment routes: a cycle of a test tenant in the self-assessment phase
 * with its sample, an assigned assessor, answer cells, an uploaded evidence file, a field visit
 * with one photo, an improvement point and an open appeal with one file. Used by the authorization matrix and module tests.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  answers,
  appealFiles,
  appeals,
  fieldVisits,
  improvementPoints,
} from '../../../db/schema-assessments';
import type { Tenant } from '../../../test/factories';
import type { TestContext } from '../../../test/harness';
import { syncBuiltInFrameworks } from '../../frameworks/frameworks.sync';

export const PHASE_DATES = {
  selfStart: '2024-03-01',
  selfEnd: '2024-04-30',
  verifyStart: '2024-05-01',
  verifyEnd: '2024-06-30',
  appealStart: '2024-07-01',
  appealEnd: '2024-07-15',
  finalDate: '2024-07-31',
};

/** A 1×1 PNG and a minimal PDF, recognised by content. */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF_MIN = Buffer.from('%PDF-1.4\n%uji\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const BOUNDARY = 'patuhassess';
export function multipartFile(
  name: string,
  content: Buffer,
  type: string,
): { body: Buffer; headers: Record<string, string> } {
  const body = Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

export interface AssessmentFixture {
  cycleId: string;
  /** A product-level cell of the tenant's OPD (the PIC's unit). */
  answerId: string;
  entityAnswerId: string;
  evidenceId: string;
  visitId: string;
  /** The file id of the visit's photo (uploaded by the assessor). */
  visitPhotoId: string;
  pointId: string;
  appealId: string;
  /** The file id attached to the appeal (the evidence file, linked directly). */
  appealFileId: string;
}

function ok<T>(res: { statusCode: number; body: string; json: () => T }, what: string): T {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Plans a cycle through the API (head), opens self-assessment and uploads one evidence file (coordinator). */
export async function makeAssessmentFixture(ctx: TestContext, t: Tenant): Promise<AssessmentFixture> {
  await syncBuiltInFrameworks(ctx.database.db);
  const head = await t.as('oversight_head');
  const cycle = ok<{ id: string }>(
    await head.post('/api/cycles', {
      year: 2024,
      name: 'Siklus Uji',
      frameworkId: 'ombudsman-2022-2024',
      ...PHASE_DATES,
    }),
    'create cycle',
  );
  ok(
    await head.post(`/api/cycles/${cycle.id}/governments`, { governmentIds: [t.governmentId] }),
    'add government',
  );
  ok(await head.post(`/api/cycles/${cycle.id}/governments/${t.governmentId}/sample/default`), 'sample');
  ok(
    await head.request('PUT', `/api/cycles/${cycle.id}/governments/${t.governmentId}/assessors`, {
      userIds: [t.userIds.assessor],
    }),
    'assessors',
  );
  ok(await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'self_assessment' }), 'advance');
  const db = ctx.database.db;
  const [cell] = await db
    .select({ id: answers.id })
    .from(answers)
    .where(
      and(eq(answers.cycleId, cycle.id), eq(answers.unitId, t.unitId), eq(answers.productId, t.productId)),
    )
    .limit(1);
  const [entityCell] = await db
    .select({ id: answers.id })
    .from(answers)
    .where(and(eq(answers.cycleId, cycle.id), isNull(answers.unitId)))
    .limit(1);
  const coord = await t.as('gov_coordinator');
  const file = multipartFile('bukti.pdf', PDF_MIN, 'application/pdf');
  const ev = ok<{ id: string; fileId: string }>(
    await coord.request(
      'POST',
      `/api/answers/${cell!.id}/evidence?madeOn=2024-03-10`,
      file.body,
      file.headers,
    ),
    'evidence',
  );
  const [visit] = await db
    .insert(fieldVisits)
    .values({ cycleId: cycle.id, governmentId: t.governmentId, unitId: t.unitId, visitedOn: '2024-05-02' })
    .returning();
  const assessor = await t.as('assessor');
  const png = multipartFile('kunjungan.png', PNG_1PX, 'image/png');
  const photo = ok<{ id: string }>(
    await assessor.request('POST', `/api/visits/${visit!.id}/photos`, png.body, png.headers),
    'visit photo',
  );
  const [point] = await db
    .insert(improvementPoints)
    .values({ cycleId: cycle.id, governmentId: t.governmentId, text: 'Lengkapi maklumat pelayanan' })
    .returning();
  const [appeal] = await db
    .insert(appeals)
    .values({
      cycleId: cycle.id,
      governmentId: t.governmentId,
      answerId: cell!.id,
      reason: 'Bukti sudah ada',
    })
    .returning();
  await db.insert(appealFiles).values({ appealId: appeal!.id, fileId: ev.fileId });
  return {
    cycleId: cycle.id,
    answerId: cell!.id,
    entityAnswerId: entityCell!.id,
    evidenceId: ev.id,
    visitId: visit!.id,
    visitPhotoId: photo.id,
    pointId: point!.id,
    appealId: appeal!.id,
    appealFileId: ev.fileId,
  };
}

/**
 * A whole cycle through the API: one government and one sampled unit, every item answered at
 * `pick(indicator)`, all accepted at verification, then appeal, final and published.
 */
export async function publishedCycle(
  t: Tenant,
  fwId: string,
  year: number,
  unitId: string,
  pick: (indicator: string) => number,
): Promise<string> {
  const head = await t.as('oversight_head');
  const cycle = (
    await head.post('/api/cycles', { year, name: `Uji ${year}`, frameworkId: fwId, ...PHASE_DATES })
  ).json<{ id: string }>();
  await head.post(`/api/cycles/${cycle.id}/governments`, { governmentIds: [t.governmentId] });
  expect((await head.post(`/api/cycles/${cycle.id}/units`, { unitId })).statusCode).toBeLessThan(300);
  await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'self_assessment' });
  const coord = await t.as('gov_coordinator');
  type Item = { answerId: string; indicator: string };
  const items = [
    ...(await coord.get(`/api/cycles/${cycle.id}/units/${unitId}/checklist`)).json<{ items: Item[] }>().items,
    ...(await coord.get(`/api/cycles/${cycle.id}/governments/${t.governmentId}/checklist`)).json<{
      items: Item[];
    }>().items,
  ];
  const put = await coord.request('PUT', `/api/cycles/${cycle.id}/answers`, {
    answers: items.map((i) => ({ answerId: i.answerId, value: pick(i.indicator) })),
  });
  expect(put.statusCode).toBe(200);
  await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'verification' });
  await head.post(`/api/cycles/${cycle.id}/governments/${t.governmentId}/verification/accept`, {});
  await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'appeal' });
  await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'final' });
  expect((await head.post(`/api/cycles/${cycle.id}/approve`)).statusCode).toBe(200);
  return cycle.id;
}
