/**
 * The counter QR over HTTP across the unit's local midnight (a WIT unit: 00:00 WIT is 15:00 UTC),
 * with the clock set: yesterday's token opens nothing after midnight, but a form rendered at 23:59
 * may still be sent within the hour; a WIB unit at the same instant is still on its old day. And
 * the POSTs are rate-limited per client address: a clear page with Retry-After, not a 500.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { hidden, Visitor } from '../complaints-public/lapor-test-helpers';
import { counterToken } from './counter-token';
import {
  answerFields,
  counterUrl,
  makePeriod,
  openForm,
  responsesOf,
  type TestPeriod,
} from './survei-test-helpers';

const LIMIT = 6;
let ctx: TestContext;
let wit: Tenant;
let wib: Tenant;
let pWit: TestPeriod;
let pWib: TestPeriod;
beforeAll(async () => {
  ctx = await createTestContext({ PATUH_PUBLIC_RATE_LIMIT: String(LIMIT) });
  wit = await makeTenant(ctx, { provinceCodes: ['91'] }); // Papua: WIT
  wib = await makeTenant(ctx, { provinceCodes: ['31'] }); // Jakarta: WIB
  pWit = await makePeriod(ctx.database.db, { governmentId: wit.governmentId, unitId: wit.unitId });
  pWib = await makePeriod(ctx.database.db, { governmentId: wib.governmentId, unitId: wib.unitId });
});
afterEach(() => vi.useRealTimers());
afterAll(async () => ctx?.close());

const url = (p: TestPeriod, day: string) =>
  `/publik/survei/u/${p.unitId}?k=${counterToken(p.tokenSecret, p.unitId, day)}`;
const at = (iso: string) => vi.setSystemTime(new Date(iso));

describe('across local midnight', () => {
  it('WIT: the 5th’s token until 23:59, the 6th’s from 00:00; a form from 23:59 sent until 00:59', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-12-05T14:59:00Z'); // 23:59 WIT
    const v = new Visitor(ctx.app, '198.51.100.50');
    const late = await v.get(url(pWit, '2026-12-05'));
    expect(late.statusCode).toBe(200);
    const form = { formToken: hidden(late.body, 'formToken'), mulai: hidden(late.body, 'mulai') };
    expect((await v.get(url(pWit, '2026-12-06'))).statusCode).toBe(403); // not yet

    at('2026-12-05T15:00:00Z'); // 00:00 WIT
    expect((await v.get(url(pWit, '2026-12-05'))).statusCode).toBe(403);
    expect((await v.get(url(pWit, '2026-12-06'))).statusCode).toBe(200);
    // Jakarta is still at 22:00 on the 5th.
    expect((await v.get(url(pWib, '2026-12-05'))).statusCode).toBe(200);
    expect((await v.get(url(pWib, '2026-12-06'))).statusCode).toBe(403);

    at('2026-12-05T15:30:00Z'); // 00:30 WIT: the 23:59 form is sent with the 5th's token
    const sent = await v.postForm(url(pWit, '2026-12-05'), { ...answerFields(3), ...form });
    expect(sent.statusCode, sent.body.slice(0, 300)).toBe(303);
    const [row] = await responsesOf(ctx.database.db, pWit.id);
    expect(row!.submittedAt.toISOString()).toBe('2026-12-05T15:30:00.000Z');
    expect(row!.durationMs).toBe(31 * 60_000);

    at('2026-12-05T16:05:00Z'); // 01:05 WIT: too late for yesterday's token
    const other = new Visitor(ctx.app, '198.51.100.51');
    at('2026-12-05T14:58:00Z');
    const old = await other.get(url(pWit, '2026-12-05'));
    const oldForm = { formToken: hidden(old.body, 'formToken'), mulai: hidden(old.body, 'mulai') };
    at('2026-12-05T16:05:00Z');
    const refused = await other.postForm(url(pWit, '2026-12-05'), { ...answerFields(2), ...oldForm });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Kode QR ini sudah tidak berlaku');
    expect(await responsesOf(ctx.database.db, pWit.id)).toHaveLength(1);
  });
});

describe('rate limit', () => {
  it(`the ${LIMIT + 1}th POST a minute from one address gets a page with Retry-After; another address is not held`, async () => {
    const v = new Visitor(ctx.app, '203.0.113.99');
    const form = await openForm(ctx, v, counterUrl(pWib), { period: pWib, seconds: 60 });
    const codes: number[] = [];
    for (let i = 0; i < LIMIT; i++)
      codes.push((await v.postForm(counterUrl(pWib), { ...answerFields(9), ...form.fields })).statusCode);
    expect(codes).toEqual(Array.from({ length: LIMIT }, () => 400)); // refused answers (9 is no answer)
    const last = await v.postForm(counterUrl(pWib), { ...answerFields(9), ...form.fields });
    expect(last.statusCode).toBe(429);
    expect(last.headers['retry-after']).toMatch(/^\d+$/);
    expect(last.headers['content-type']).toContain('text/html');
    expect(last.body).toContain('Terlalu banyak kiriman');
    const other = new Visitor(ctx.app, '203.0.113.100');
    const f2 = await openForm(ctx, other, counterUrl(pWib), { period: pWib, seconds: 60 });
    const ok = await other.postForm(counterUrl(pWib), { ...answerFields(4), ...f2.fields });
    expect(ok.statusCode).toBe(303);
  });
});
