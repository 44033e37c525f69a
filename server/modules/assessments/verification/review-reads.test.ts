/**
 * Reads that heads, assessors and governments need during review: the assessors a head may
 * assign, field-visit photos and appeal files (lists and downloads, with their reach), the
 * per-government verification and appeal counts, the scale an appeal is answered on, and the
 * framework names in both languages.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../../db/schema';
import { answers, appealFiles, appeals, cycles, fieldVisits } from '../../../db/schema-assessments';
import { getFramework } from '../../../frameworks/framework-catalog';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { createUser } from '../../users/users.service';
import {
  makeAssessmentFixture,
  PDF_MIN,
  PNG_1PX,
  type AssessmentFixture,
} from '../common/assessment-fixtures';
import { leafIndex } from '../common/framework-index';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let f: AssessmentFixture;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
  f = await makeAssessmentFixture(ctx, t);
});
afterAll(async () => ctx.close());

const setStatus = (status: 'verification' | 'appeal') =>
  ctx.database.db.update(cycles).set({ status }).where(eq(cycles.id, f.cycleId));

describe('assessor options for heads', () => {
  it("lists the active assessors of the cycle's office, and a head can assign one of them", async () => {
    const db = ctx.database.db;
    const archived = await createUser(db, null, {
      email: `asesor-arsip-${Date.now()}@uji.test`,
      name: 'Asesor Diarsipkan',
      password: 'rahasia-asesor-123',
      role: 'assessor',
      officeId: t.officeId,
    });
    await db.update(users).set({ archivedAt: new Date() }).where(eq(users.id, archived.id));
    const head = await t.as('oversight_head');
    const res = await head.get(`/api/cycles/${f.cycleId}/assessor-options`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{ items: Array<{ id: string; name: string; email: string }> }>().items;
    expect(items).toEqual([expect.objectContaining({ id: t.userIds.assessor, email: t.emails.assessor })]);
    const put = await head.request(
      'PUT',
      `/api/cycles/${f.cycleId}/governments/${t.governmentId}/assessors`,
      {
        userIds: items.map((i) => i.id),
      },
    );
    expect(put.statusCode, put.body).toBe(200);
  });

  it('is refused to assessors (403) and to heads of another office (404)', async () => {
    expect((await (await t.as('assessor')).get(`/api/cycles/${f.cycleId}/assessor-options`)).statusCode).toBe(
      403,
    );
    expect(
      (await (await other.as('oversight_head')).get(`/api/cycles/${f.cycleId}/assessor-options`)).statusCode,
    ).toBe(404);
  });
});

describe('field-visit photos', () => {
  it('the assessor lists and downloads a photo with the evidence headers', async () => {
    const assessor = await t.as('assessor');
    const list = await assessor.get(`/api/visits/${f.visitId}/photos`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      {
        fileId: f.visitPhotoId,
        originalName: 'kunjungan.png',
        size: PNG_1PX.length,
        mimeType: 'image/png',
        uploadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        url: `/api/visits/${f.visitId}/photos/${f.visitPhotoId}`,
      },
    ]);
    // The visit list carries the same attachments (one shape for visit photos and appeal files).
    const visits = await assessor.get(`/api/cycles/${f.cycleId}/governments/${t.governmentId}/visits`);
    expect(visits.json().items.find((v: { id: string }) => v.id === f.visitId).photos).toEqual(
      list.json().items,
    );
    const file = await assessor.get(list.json().items[0].url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="kunjungan.png"/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.equals(PNG_1PX)).toBe(true);
  });

  it('a file of another visit or appeal is not found through this visit', async () => {
    const assessor = await t.as('assessor');
    expect((await assessor.get(`/api/visits/${f.visitId}/photos/${f.appealFileId}`)).statusCode).toBe(404);
    expect((await (await other.as('assessor')).get(`/api/visits/${f.visitId}/photos`)).statusCode).toBe(404);
  });

  it('government roles see them only from the appeal phase on, and PICs only on their units', async () => {
    const [sibling] = await ctx.database.db
      .insert(fieldVisits)
      .values({
        cycleId: f.cycleId,
        governmentId: t.governmentId,
        unitId: t.otherUnitId,
        visitedOn: '2024-05-03',
      })
      .returning();
    const coord = await t.as('gov_coordinator');
    const pic = await t.as('unit_pic');
    await setStatus('verification');
    const hidden = await coord.get(`/api/visits/${f.visitId}/photos`);
    expect(hidden.statusCode).toBe(409);
    expect(hidden.json().error.message).toMatch(/tahap sanggahan/);
    expect((await pic.get(`/api/visits/${sibling!.id}/photos`)).statusCode).toBe(404);
    await setStatus('appeal');
    expect((await coord.get(`/api/visits/${f.visitId}/photos`)).json().items).toHaveLength(1);
    expect((await coord.get(`/api/visits/${sibling!.id}/photos`)).json().items).toEqual([]);
    const photo = await pic.get(`/api/visits/${f.visitId}/photos/${f.visitPhotoId}`);
    expect(photo.statusCode).toBe(200);
    expect(photo.rawPayload.equals(PNG_1PX)).toBe(true);
    expect((await pic.get(`/api/visits/${sibling!.id}/photos`)).statusCode).toBe(404);
  });
});

describe('appeal files', () => {
  it('the coordinator, the PIC of the unit and the assessor list and download them', async () => {
    for (const role of ['gov_coordinator', 'unit_pic', 'assessor'] as const) {
      const agent = await t.as(role);
      const list = await agent.get(`/api/appeals/${f.appealId}/files`);
      expect(list.statusCode, `${role} ${list.body}`).toBe(200);
      expect(list.json().items).toEqual([
        {
          fileId: f.appealFileId,
          originalName: 'bukti.pdf',
          size: PDF_MIN.length,
          mimeType: 'application/pdf',
          uploadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          url: `/api/appeals/${f.appealId}/files/${f.appealFileId}`,
        },
      ]);
      const file = await agent.get(list.json().items[0].url);
      expect(file.statusCode, role).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="bukti.pdf"/);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.rawPayload.equals(PDF_MIN)).toBe(true);
    }
  });

  it('a PIC does not read an appeal on an entity-level item; other tenants and other files are 404', async () => {
    const db = ctx.database.db;
    const [entityAppeal] = await db
      .insert(appeals)
      .values({
        cycleId: f.cycleId,
        governmentId: t.governmentId,
        answerId: f.entityAnswerId,
        reason: 'Uji entitas',
      })
      .returning();
    await db.insert(appealFiles).values({ appealId: entityAppeal!.id, fileId: f.appealFileId });
    const pic = await t.as('unit_pic');
    expect((await pic.get(`/api/appeals/${entityAppeal!.id}/files`)).statusCode).toBe(404);
    expect((await pic.get(`/api/appeals/${entityAppeal!.id}/files/${f.appealFileId}`)).statusCode).toBe(404);
    expect(
      (await (await t.as('gov_coordinator')).get(`/api/appeals/${entityAppeal!.id}/files`)).statusCode,
    ).toBe(200);
    expect(
      (await (await other.as('gov_coordinator')).get(`/api/appeals/${f.appealId}/files`)).statusCode,
    ).toBe(404);
    const wrong = await (await t.as('assessor')).get(`/api/appeals/${f.appealId}/files/${f.visitPhotoId}`);
    expect(wrong.statusCode).toBe(404);
    await db.delete(appealFiles).where(eq(appealFiles.appealId, entityAppeal!.id));
    await db.delete(appeals).where(eq(appeals.id, entityAppeal!.id));
  });
});

describe('per-government counts on the progress route', () => {
  it('counts verified items and open appeals in SQL, a PIC only on their units', async () => {
    const db = ctx.database.db;
    const all = await db
      .select({ id: answers.id, unitId: answers.unitId })
      .from(answers)
      .where(eq(answers.cycleId, f.cycleId));
    const mine = all.filter((a) => a.unitId === t.unitId || a.unitId === t.childUnitId);
    await db
      .update(answers)
      .set({ verifyStatus: 'accepted', verifiedValue: 1 })
      .where(inArray(answers.id, [f.answerId, f.entityAnswerId]));
    const head = await t.as('oversight_head');
    const res = await head.get(`/api/cycles/${f.cycleId}/governments/${t.governmentId}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ itemsVerified: 2, itemsTotal: all.length, openAppeals: 1 });
    const pic = await (
      await t.as('unit_pic')
    ).get(`/api/cycles/${f.cycleId}/governments/${t.governmentId}/progress`);
    expect(pic.json()).toMatchObject({ itemsVerified: 1, itemsTotal: mine.length, openAppeals: 1 });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    await db
      .update(answers)
      .set({ verifyStatus: 'pending', verifiedValue: null })
      .where(inArray(answers.id, [f.answerId, f.entityAnswerId]));
  });
});

describe('appeals carry the indicator scale', () => {
  it('lists the scale of the framework and accepts N/A where the indicator allows it', async () => {
    await setStatus('appeal');
    const assessor = await t.as('assessor');
    const res = await assessor.get(`/api/cycles/${f.cycleId}/governments/${t.governmentId}/appeals`);
    expect(res.statusCode, res.body).toBe(200);
    const appeal = res
      .json<{ items: Array<{ id: string; indicator: string; scale: unknown; naAllowed: boolean }> }>()
      .items.find((a) => a.id === f.appealId)!;
    const { scale } = leafIndex(getFramework('ombudsman-2022-2024')!).get(appeal.indicator)!;
    expect(appeal.scale).toEqual({
      type: scale.type,
      min: scale.min,
      max: scale.max,
      levels: scale.levels.map((l) => ({ value: l.value, label: l.rubric })),
    });
    expect(appeal.naAllowed).toBe(true);
    const both = await assessor.post(`/api/appeals/${f.appealId}/respond`, {
      decision: 'accept',
      value: 1,
      na: true,
    });
    expect(both.statusCode).toBe(400);
    expect(Object.keys(both.json().error.fields)).toEqual(['value']);
    const off = await assessor.post(`/api/appeals/${f.appealId}/respond`, {
      decision: 'accept',
      value: scale.max + 1,
    });
    expect(off.statusCode).toBe(400);
    const na = await assessor.post(`/api/appeals/${f.appealId}/respond`, {
      decision: 'accept',
      na: true,
      response: 'Tidak berlaku',
    });
    expect(na.statusCode, na.body).toBe(200);
    const [row] = await ctx.database.db.select().from(answers).where(eq(answers.id, f.answerId));
    expect(row).toMatchObject({ verifyStatus: 'adjusted', verifiedNa: true, verifiedValue: null });
  });
});

describe('framework names in both languages', () => {
  it('lists each framework with the name of its definition in id and en', async () => {
    const res = await (await t.as('gov_coordinator')).get('/api/frameworks');
    expect(res.statusCode).toBe(200);
    const row = res
      .json<Array<{ id: string; nameLocalized: { id: string; en: string } }>>()
      .find((r) => r.id === 'ombudsman-2022-2024')!;
    expect(row.nameLocalized).toEqual(getFramework('ombudsman-2022-2024')!.name);
    expect(row.nameLocalized.id).not.toBe(row.nameLocalized.en);
  });
});
