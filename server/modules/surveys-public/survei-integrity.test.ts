/**
 * Integrity through the public form (issue 16 §4): each flag raised by a scripted pattern and not by
 * a normal response — the same device twice (device_reuse), a start 3 s before the submit
 * (too_fast), three identical answers within minutes (identical_burst), an answer when the unit is
 * closed by its service profile (outside_hours) — and the respondent is thanked either way; a
 * one-time slip works once, a second use is refused with "Kode ini sudah dipakai" (409), a wrong
 * code is a 404 page. Run on PostgreSQL too: two answers from one device at the same instant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { Visitor } from '../complaints-public/lapor-test-helpers';
import {
  answerFields,
  counterUrl,
  makePeriod,
  makeSlip,
  openForm,
  responsesOf,
  setOpeningHours,
  type TestPeriod,
} from './survei-test-helpers';

let ctx: TestContext;
let t: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  // The child unit is open around the clock, the other unit never: known hours both ways.
  await setOpeningHours(ctx.database.db, t.childUnitId, t.governmentId, 'always');
  await setOpeningHours(ctx.database.db, t.otherUnitId, t.governmentId, 'never');
});
afterAll(async () => ctx?.close());

const db = () => ctx.database.db;
const newPeriod = (unitId = t.childUnitId) => makePeriod(db(), { governmentId: t.governmentId, unitId });

/** One respondent: opens the counter form, reads for `seconds`, sends `answers`; expects thanks. */
async function answer(
  p: TestPeriod,
  v: Visitor,
  answers: number | number[],
  seconds = 60,
  url = counterUrl(p),
) {
  const form = await openForm(ctx, v, url, { period: p, seconds });
  const res = await v.postForm(url, { ...answerFields(answers), ...form.fields });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
  expect(res.headers.location).toBe('/publik/survei/terima-kasih');
  const rows = await responsesOf(db(), p.id);
  return rows.at(-1)!;
}

describe('flags from scripted patterns (and not from normal responses)', () => {
  it('normal respondents at a unit open around the clock: no flag', async () => {
    const p = await newPeriod();
    const a = await answer(p, new Visitor(ctx.app, '198.51.100.1'), [4, 3, 3, 4, 3, 3, 4, 4, 3]);
    const b = await answer(p, new Visitor(ctx.app, '198.51.100.2'), [2, 3, 2, 4, 3, 2, 3, 3, 2]);
    expect(a.flags).toEqual([]);
    expect(b.flags).toEqual([]);
    expect(a.deviceHash).not.toBe(b.deviceHash);
  });

  it('the same device (cookie) answering twice: the second is device_reuse, still thanked', async () => {
    const p = await newPeriod();
    const v = new Visitor(ctx.app);
    const first = await answer(p, v, [4, 4, 3, 3, 4, 4, 3, 3, 4]);
    const second = await answer(p, v, [1, 2, 1, 2, 1, 2, 1, 2, 1]);
    expect(first.flags).toEqual([]);
    expect(second.flags).toEqual(['device_reuse']);
    expect(second.deviceHash).toBe(first.deviceHash);
  });

  it('a start 3 s before the submit: too_fast (the signed start can’t be moved back)', async () => {
    const p = await newPeriod();
    const row = await answer(p, new Visitor(ctx.app), [3, 4, 3, 4, 3, 4, 3, 4, 3], 3);
    expect(row.flags).toEqual(['too_fast']);
    expect(row.durationMs).toBeLessThan(10_000);
  });

  it('three identical answers from three devices within minutes: the third is identical_burst', async () => {
    const p = await newPeriod();
    const same = [4, 4, 4, 4, 4, 4, 4, 4, 4];
    const rows = [];
    for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3'])
      rows.push(await answer(p, new Visitor(ctx.app, ip), same));
    expect(rows.map((r) => r.flags)).toEqual([[], [], ['identical_burst']]);
  });

  it('outside the unit’s opening hours (its service profile closes every day): outside_hours', async () => {
    const p = await newPeriod(t.otherUnitId);
    const row = await answer(p, new Visitor(ctx.app), [3, 3, 4, 4, 3, 3, 4, 4, 3]);
    expect(row.flags).toEqual(['outside_hours']);
  });
});

describe('one-time slips', () => {
  it('works once; the second use is refused with a clear page (409), in both languages', async () => {
    const p = await newPeriod();
    const slipId = await makeSlip(db(), p, 'K7PQ4MX9TA');
    const v = new Visitor(ctx.app);
    const url = '/publik/survei/k/k7pq-4mx9ta'; // as typed from the sheet: lower case, a dash
    const form = await openForm(ctx, v, url, { period: p, seconds: 45 });
    expect(form.page).toContain('action="/publik/survei/k/K7PQ4MX9TA"');
    const res = await v.postForm('/publik/survei/k/K7PQ4MX9TA', { ...answerFields(3), ...form.fields });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
    const [row] = await responsesOf(db(), p.id);
    expect(row!.channel).toBe('slip');
    expect(row!.slipId).toBe(slipId);
    expect(row!.flags).toEqual([]);

    const again = await new Visitor(ctx.app).get('/publik/survei/k/K7PQ4MX9TA');
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Kode ini sudah dipakai');
    const en = await new Visitor(ctx.app).get('/publik/survei/k/K7PQ4MX9TA?lang=en');
    expect(en.statusCode).toBe(409);
    expect(en.body).toContain('This code has already been used');
    // The form kept open in another tab and sent after the first use: refused, nothing recorded.
    const resend = await v.postForm('/publik/survei/k/K7PQ4MX9TA', { ...answerFields(2), ...form.fields });
    expect(resend.statusCode).toBe(409);
    expect(resend.body).toContain('Kode ini sudah dipakai');
    expect(await responsesOf(db(), p.id)).toHaveLength(1);
  });

  it('two tabs of one unused slip sent one after the other: the second gets the used page', async () => {
    const p = await newPeriod();
    await makeSlip(db(), p, 'HX4RT6WQ3N');
    const a = new Visitor(ctx.app, '203.0.113.10');
    const b = new Visitor(ctx.app, '203.0.113.11');
    const fa = await openForm(ctx, a, '/publik/survei/k/HX4RT6WQ3N', { period: p, seconds: 40 });
    const fb = await openForm(ctx, b, '/publik/survei/k/HX4RT6WQ3N', { period: p, seconds: 40 });
    const ra = await a.postForm('/publik/survei/k/HX4RT6WQ3N', { ...answerFields(3), ...fa.fields });
    const rb = await b.postForm('/publik/survei/k/HX4RT6WQ3N', { ...answerFields(4), ...fb.fields });
    expect([ra.statusCode, rb.statusCode]).toEqual([303, 409]);
    expect(await responsesOf(db(), p.id)).toHaveLength(1);
  });

  it('an unknown or malformed code: 404 page; a slip of a closed period: "Survei sudah ditutup"', async () => {
    for (const code of ['ZZZZZZZZZZ', 'x', '%3Cscript%3E', 'A'.repeat(60)]) {
      const res = await new Visitor(ctx.app).get(`/publik/survei/k/${code}`);
      expect(res.statusCode, code).toBe(404);
      expect(res.body).toContain('Kode kupon ini tidak dikenal');
      expect(res.body).not.toContain('<script>');
    }
    const closed = await makePeriod(db(), {
      governmentId: t.governmentId,
      unitId: t.childUnitId,
      status: 'closed',
    });
    await makeSlip(db(), closed, 'CMQXED3A47');
    const res = await new Visitor(ctx.app).get('/publik/survei/k/CMQXED3A47');
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('Survei sudah ditutup');
  });
});

describe('at the same instant', () => {
  it('two answers from one device sent together: both thanked, exactly one flagged device_reuse', async () => {
    const p = await newPeriod();
    const v = new Visitor(ctx.app);
    const url = counterUrl(p);
    const f1 = await openForm(ctx, v, url, { period: p, seconds: 50 });
    const f2 = await openForm(ctx, v, url, { period: p, seconds: 55 });
    const [r1, r2] = await Promise.all([
      v.postForm(url, { ...answerFields([4, 3, 4, 3, 4, 3, 4, 3, 4]), ...f1.fields }),
      v.postForm(url, { ...answerFields([2, 3, 2, 3, 2, 3, 2, 3, 2]), ...f2.fields }),
    ]);
    expect([r1.statusCode, r2.statusCode]).toEqual([303, 303]);
    const rows = await responsesOf(db(), p.id);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.flags).sort()).toEqual([[], ['device_reuse']]);
  });
});
