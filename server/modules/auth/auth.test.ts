import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, TEST_PASSWORD } from '../../test/factories';
import { createTestContext, signIn, type TestContext } from '../../test/harness';
import { LOCK_AFTER } from './auth.service';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });

describe('sign-in, sessions and CSRF', () => {
  it('sets an httpOnly SameSite session cookie and /auth/me returns the user with a CSRF token', async () => {
    const t = await makeTenant(ctx);
    const res = await login(t.emails.gov_coordinator, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'patuh_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `patuh_session=${cookie.value}` },
    });
    expect(me.json()).toMatchObject({
      user: { email: t.emails.gov_coordinator, role: 'gov_coordinator', governmentId: t.governmentId },
    });
    expect(me.json().csrfToken).toBe(res.json().csrfToken);
  });

  it('a wrong password answers 401 in Indonesian and, after repeated failures, the account must wait', async () => {
    const t = await makeTenant(ctx);
    const first = await login(t.emails.unit_pic, 'salah-sekali');
    expect(first.statusCode).toBe(401);
    expect(first.json().error).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'Email atau kata sandi salah.',
    });
    for (let i = 1; i < LOCK_AFTER; i++) await login(t.emails.unit_pic, 'salah-lagi');
    // Not a hard lock (423 would tell anyone the account exists): a generic "wait N seconds".
    const waiting = await login(t.emails.unit_pic, TEST_PASSWORD);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().error.code).toBe('RATE_LIMITED');
    expect(waiting.json().error.message).toMatch(/Terlalu banyak percobaan\. Coba lagi dalam \d+ detik\./);
  });

  it('an unknown e-mail gets the same answer as a wrong password', async () => {
    const res = await login('tidak-ada@uji.test', 'apa-saja-123');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses writes without the CSRF header (403 CSRF_INVALID, nothing created)', async () => {
    const t = await makeTenant(ctx);
    const agent = await t.as('admin');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/offices',
      payload: { name: 'X', code: 'XX' },
      headers: { cookie: agent.cookie, 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    const offices = await agent.get('/api/offices');
    expect(offices.json().items.map((o: { code: string }) => o.code)).not.toContain('XX');
  });

  it('no session → 401 on protected routes; logout ends the server session', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/governments' })).statusCode).toBe(401);
    const t = await makeTenant(ctx);
    const agent = await signIn(ctx.app, t.emails.assessor, TEST_PASSWORD);
    expect((await agent.get('/api/governments')).statusCode).toBe(200);
    expect((await agent.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await agent.get('/api/governments')).statusCode).toBe(401);
  });

  it('remembers the language per user; errors then come in English', async () => {
    const t = await makeTenant(ctx);
    const agent = await t.as('gov_coordinator');
    expect((await agent.patch('/api/auth/me', { locale: 'en' })).json()).toEqual({ locale: 'en' });
    const me = await agent.get('/api/auth/me');
    expect(me.json().user.locale).toBe('en');
    const res = await agent.get('/api/governments/00000000-0000-4000-8000-000000000000');
    expect(res.json().error.message).toBe('Not found, or you do not have access.');
    const bad = await agent.patch('/api/auth/me', { locale: 'fr' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.locale).toMatch(/Invalid choice/);
  });

  it('the health route names the engine and security headers are set', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: ctx.database.engine });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('OpenAPI is served at /api/docs/json and lists the routes', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/governments', '/api/auth/login']),
    );
  });
});
