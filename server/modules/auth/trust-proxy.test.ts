/**
 * The per-IP sign-in limit counts the real client (issue 8, finding 1): X-Forwarded-For is only
 * believed when PATUH_TRUST_PROXY names the proxy that sets it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import type { TestContext } from '../../test/harness';
import { createContextWith } from './auth-test-app';

const LIMIT = 3;
const env = { PATUH_LOGIN_RATE_LIMIT: String(LIMIT) };

describe('PATUH_TRUST_PROXY', () => {
  const parse = (value?: string) =>
    loadConfig({ PATUH_DEMO: '0', ...(value === undefined ? {} : { PATUH_TRUST_PROXY: value }) }).trustProxy;

  it('trusts nobody by default; a hop count or a list of proxy addresses/CIDRs when set', () => {
    expect(parse()).toBe(false);
    expect(parse('')).toBe(false);
    expect(parse('1')).toBe(1);
    expect(parse('10.0.0.0/8, 127.0.0.1,fd00::/8')).toEqual(['10.0.0.0/8', '127.0.0.1', 'fd00::/8']);
    expect(parse('loopback')).toEqual(['loopback']);
  });

  it.each(['true', 'semua', '10.0.0.0/33', '300.1.1.1', '1,2', '99'])('refuses %s', (value) => {
    expect(() => parse(value)).toThrow(/PATUH_TRUST_PROXY/);
  });
});

const attempt = (ctx: TestContext, i: number, forwardedFor: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: `tamu-${i}@uji.test`, password: 'tebak-tebakan' },
    remoteAddress: '203.0.113.7',
    headers: { 'x-forwarded-for': forwardedFor },
  });

describe('per-IP sign-in limit with the default settings', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createContextWith(env);
  });
  afterAll(async () => ctx?.close());

  it('a different spoofed X-Forwarded-For on every attempt still hits the limit of the real address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++)
      statuses.push((await attempt(ctx, i, `198.51.100.${i + 1}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const last = await attempt(ctx, 99, '192.0.2.55');
    expect(last.statusCode).toBe(429);
    expect(last.json().error.code).toBe('RATE_LIMITED');
  });
});

describe('per-IP sign-in limit behind a trusted proxy (PATUH_TRUST_PROXY=1)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createContextWith({ ...env, PATUH_TRUST_PROXY: '1' });
  });
  afterAll(async () => ctx?.close());

  it('counts each client the proxy names, and still limits one client', async () => {
    // Clients behind the proxy each have their own allowance…
    for (let i = 0; i < LIMIT + 2; i++)
      expect((await attempt(ctx, i, `198.51.100.${i + 1}`)).statusCode).toBe(401);
    // …and one client is limited whatever it writes in front of the proxy's entry.
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++)
      statuses.push((await attempt(ctx, 50 + i, `10.9.9.${i}, 192.0.2.10`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
