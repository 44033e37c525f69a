/**
 * A transaction PostgreSQL rolled back because it crossed another (deadlock 40P01, serialization
 * failure 40001) answers 409 "send it again" in the user's language, never 500: nothing of it was
 * written. A real deadlock is provoked in work-plan-concurrent.test.ts before its fix; here the
 * driver's error shape (the code on the wrapped cause) is thrown directly.
 */
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorsPlugin } from './errors.plugin';

function appThrowing(code: string) {
  const app = Fastify();
  app.register(errorsPlugin);
  app.get('/x', async () => {
    throw Object.assign(new Error('Failed query: update …'), {
      cause: Object.assign(new Error('deadlock detected'), { code }),
    });
  });
  return app;
}

describe('crossed transactions', () => {
  it.each([
    ['40P01', 'deadlock'],
    ['40001', 'serialization failure'],
  ])('%s (%s) answers 409 RETRY with a plain message, no SQL', async (code) => {
    const app = appThrowing(code);
    const res = await app.inject({ method: 'GET', url: '/x' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      error: {
        code: 'RETRY',
        message:
          'Perubahan ini bertabrakan dengan perubahan lain yang dikirim pada saat yang sama, jadi tidak disimpan. Kirim sekali lagi.',
      },
    });
    expect(res.body).not.toContain('deadlock');
    await app.close();
  });

  it('any other database error stays a 500 with the generic message', async () => {
    const app = appThrowing('42P01');
    const res = await app.inject({ method: 'GET', url: '/x' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('Failed query');
    await app.close();
  });
});
