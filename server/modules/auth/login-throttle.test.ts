/**
 * Sign-in under attack (issue 8, finding 2): guesses sent at once cannot get past the throttle,
 * nobody learns from the answers whether an account exists, and a user who waits gets back in.
 * Runs on PostgreSQL with a pool of several connections too (DB_ENGINE=postgres), where the
 * concurrent attempts really race.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, TEST_PASSWORD } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { ACCOUNT_THROTTLE, CLIENT_THROTTLE, LOCK_AFTER, throttleKey } from './auth.service';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

let nextIp = 1;
/** Each test signs in from its own client address, so the per-client throttle stays out of the way. */
const clientIp = () => `10.8.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;

const login = (email: string, password: string, ip: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

/** What the user sees, with the seconds to wait (which tick with the clock) left out. */
const answer = (res: { statusCode: number; body: string }) => ({
  status: res.statusCode,
  body: res.body.replace(/\d+/g, 'N'),
});

/** The time a user waits: moves the throttle's "not before" moment into the past. */
async function waitOut(email: string) {
  await ctx.database.query(
    `update login_throttle set blocked_until = now() - interval '1 second' where key = $1`,
    [throttleKey('email', email)],
  );
}

async function throttleOf(email: string) {
  const rows = await ctx.database.query<{ failures: number; wait: number | null }>(
    `select failures, extract(epoch from blocked_until - now())::float as wait from login_throttle where key = $1`,
    [throttleKey('email', email)],
  );
  return rows[0];
}

describe('sign-in throttle', () => {
  it('29 wrong passwords and the right one sent at once: only the first attempts are evaluated, the right one is refused', async () => {
    const t = await makeTenant(ctx);
    const email = t.emails.gov_coordinator;
    const ip = clientIp();
    const wrong = Array.from({ length: 29 }, (_, i) => login(email, `salah-${i}-kata-sandi`, ip));
    const results = await Promise.all([...wrong, login(email, TEST_PASSWORD, ip)]);
    const right = results.at(-1)!;
    expect(right.statusCode, right.body).toBe(429);
    expect(right.cookies.find((c) => c.name === 'patuh_session')).toBeUndefined();
    const statuses = results.map((r) => r.statusCode);
    // Exactly LOCK_AFTER attempts were checked against the password; every other one waited.
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOCK_AFTER);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - LOCK_AFTER);
    expect((await throttleOf(email))?.failures).toBe(LOCK_AFTER);
    // Right after, the right password is still refused, without a session.
    const again = await login(email, TEST_PASSWORD, ip);
    expect(again.statusCode).toBe(429);
    expect(again.json().error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(again.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(ACCOUNT_THROTTLE.baseDelaySeconds);
  });

  it('a user who waits signs in again; each further failure doubles the wait instead of locking for good', async () => {
    const t = await makeTenant(ctx);
    const email = t.emails.unit_pic;
    const ip = clientIp();
    for (let i = 0; i < LOCK_AFTER; i++)
      expect((await login(email, 'salah-lagi-123', ip)).statusCode).toBe(401);
    expect((await login(email, TEST_PASSWORD, ip)).statusCode).toBe(429);
    const first = await throttleOf(email);
    expect(first!.wait).toBeGreaterThan(ACCOUNT_THROTTLE.baseDelaySeconds - 5);
    expect(first!.wait).toBeLessThanOrEqual(ACCOUNT_THROTTLE.baseDelaySeconds);

    await waitOut(email);
    // After the wait exactly one attempt is evaluated; a wrong one doubles the next wait.
    expect((await login(email, 'masih-salah-123', ip)).statusCode).toBe(401);
    expect((await login(email, TEST_PASSWORD, ip)).statusCode).toBe(429);
    const second = await throttleOf(email);
    expect(second!.wait).toBeGreaterThan(2 * ACCOUNT_THROTTLE.baseDelaySeconds - 5);

    await waitOut(email);
    const ok = await login(email, TEST_PASSWORD, ip);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await throttleOf(email)).toBeUndefined();
    // The count starts afresh: one wrong password is an ordinary 401 again.
    expect((await login(email, 'salah-sekali-123', ip)).statusCode).toBe(401);
    expect((await login(email, TEST_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('an admin resetting the password lifts the wait at once', async () => {
    const t = await makeTenant(ctx);
    const email = t.emails.assessor;
    const ip = clientIp();
    for (let i = 0; i < LOCK_AFTER; i++) await login(email, 'salah-terus-123', ip);
    expect((await login(email, TEST_PASSWORD, ip)).statusCode).toBe(429);
    const admin = await t.as('admin');
    const reset = await admin.patch(`/api/users/${t.userIds.assessor}`, { password: 'sandi-baru-12345' });
    expect(reset.statusCode, reset.body).toBe(200);
    const ok = await login(email, 'sandi-baru-12345', ip);
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('an unknown address, an archived account, a wrong password and a throttled account are answered alike', async () => {
    const t = await makeTenant(ctx);
    const real = t.emails.assessor;
    const archived = t.emails.oversight_head;
    const unknown = `tidak-ada-${Date.now()}@uji.test`;
    const admin = await t.as('admin');
    expect((await admin.post(`/api/users/${t.userIds.oversight_head}/archive`)).statusCode).toBe(200);

    const wrong = await login(real, 'salah-kata-sandi', clientIp());
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'Email atau kata sandi salah.',
    });
    for (const email of [unknown, archived]) {
      const res = await login(email, TEST_PASSWORD, clientIp());
      expect(answer(res)).toEqual(answer(wrong));
      expect(res.headers['content-type']).toBe(wrong.headers['content-type']);
    }

    // Past the threshold the real account (even with its right password) and the unknown address
    // get the same generic 429: anyone can slow an address down, nobody learns whether it exists.
    const ip = clientIp();
    for (let i = 1; i < LOCK_AFTER; i++) await login(real, 'salah-kata-sandi', ip);
    for (let i = 0; i < LOCK_AFTER; i++) await login(unknown, 'salah-kata-sandi', ip);
    const throttledReal = await login(real, TEST_PASSWORD, ip);
    const throttledUnknown = await login(unknown, TEST_PASSWORD, ip);
    expect(throttledReal.statusCode).toBe(429);
    expect(throttledReal.json().error.code).toBe('RATE_LIMITED');
    expect(answer(throttledUnknown)).toEqual(answer(throttledReal));
    expect(throttledReal.statusCode).not.toBe(423);
  });

  it('one client trying many accounts is slowed down after a run of failures, whatever the addresses', async () => {
    const ip = clientIp();
    const statuses: number[] = [];
    for (let i = 0; i <= CLIENT_THROTTLE.freeAttempts; i++)
      statuses.push((await login(`sembarang-${i}-${Date.now()}@uji.test`, 'tebak-tebakan', ip)).statusCode);
    expect(statuses.slice(0, CLIENT_THROTTLE.freeAttempts).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Another client is not affected.
    const t = await makeTenant(ctx);
    expect((await login(t.emails.admin, TEST_PASSWORD, clientIp())).statusCode).toBe(200);
  });
});
