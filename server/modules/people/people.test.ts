/**
 * Accounts in bulk from a government's contacts, each with a one-time sign-in link (issue 12
 * part 7): per-row results, merged e-mails, skipped contacts with reasons, tokens hashed at rest,
 * single use, expiry, rate limit, and no duplicate accounts when two batches race.
 */
import crypto from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulkAccountsResult } from '../../../shared/contracts/people';
import { accountTokens, auditLog, contacts, users } from '../../db/schema';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, signIn, type TestContext } from '../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const s = () => crypto.randomBytes(4).toString('hex');
const tokenOf = (link: string) => link.split('#t=')[1]!;
const sha = (token: string) => crypto.createHash('sha256').update(token).digest('base64url');

async function contact(t: Tenant, values: { name: string; email?: string | null; unitId?: string }) {
  const [row] = await ctx.database.db
    .insert(contacts)
    .values({ unitId: values.unitId ?? t.unitId, governmentId: t.governmentId, ...values })
    .returning();
  return row!.id;
}

const anon = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('accounts in bulk with one-time sign-in links', () => {
  it('creates one account per e-mail, skips the rest with reasons, and shows each link once', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const x = s();
    const ani = await contact(t, { name: 'Ani Lestari', email: `ani-${x}@uji.test` });
    // The same person is the PIC of a second unit: one account for both.
    const aniAgain = await contact(t, {
      name: 'Ani L.',
      email: `ANI-${x}@uji.test`,
      unitId: t.otherUnitId,
    });
    const noMail = await contact(t, { name: 'Tanpa Email' });
    const badMail = await contact(t, { name: 'Email Rusak', email: 'bukan-email' });
    const taken = await contact(t, { name: 'Sudah Dipakai', email: t.emails.assessor });
    const archived = await contact(t, { name: 'Diarsipkan', email: `arsip-${x}@uji.test` });
    await ctx.database.db.update(contacts).set({ archivedAt: new Date() }).where(eq(contacts.id, archived));
    const foreign = await contact(other, { name: 'Pemerintah Lain', email: `lain-${x}@uji.test` });
    const coord = await t.as('gov_coordinator');
    const ids = [ani, aniAgain, noMail, badMail, taken, archived, foreign];
    const res = await coord.post(`/api/governments/${t.governmentId}/people/accounts`, {
      role: 'unit_pic',
      contactIds: ids,
    });
    expect(res.statusCode).toBe(200);
    const out = res.json<BulkAccountsResult>();
    expect(out.rows.map((r) => [r.contactId, r.status, r.reason])).toEqual([
      [ani, 'created', null],
      [aniAgain, 'merged', null],
      [noMail, 'skipped', 'noEmail'],
      [badMail, 'skipped', 'invalidEmail'],
      [taken, 'skipped', 'emailTaken'],
      [archived, 'skipped', 'archived'],
      [foreign, 'skipped', 'notFound'],
    ]);
    expect(out).toMatchObject({ created: 1, skipped: 5 });
    // Another government's contact says nothing about it.
    expect(out.rows[6]).toMatchObject({ contactName: null, unitName: null, email: null });
    const [created, merged] = out.rows;
    expect(created!.setupLink).toMatch(/^http:\/\/localhost:\d+\/atur-sandi#t=[\w-]{43}$/);
    expect(merged!.setupLink).toBeNull();
    expect(merged!.userId).toBe(created!.userId);

    const people = (await coord.get(`/api/governments/${t.governmentId}/people`)).json();
    const account = people.items.find((p: { id: string }) => p.id === created!.userId);
    expect(account.role).toBe('unit_pic');
    expect(account.units.map((u: { id: string }) => u.id).sort()).toEqual([t.unitId, t.otherUnitId].sort());
    const linked = await ctx.database.db
      .select({ id: contacts.id, userId: contacts.userId })
      .from(contacts)
      .where(inArray(contacts.id, ids));
    expect(
      linked
        .filter((c) => c.userId)
        .map((c) => c.id)
        .sort(),
    ).toEqual([ani, aniAgain].sort());

    // Only the token's hash is stored, and the token is in no audit entry.
    const token = tokenOf(created!.setupLink!);
    const stored = await ctx.database.db
      .select()
      .from(accountTokens)
      .where(eq(accountTokens.userId, created!.userId!));
    expect(stored.map((r) => r.id)).toEqual([sha(token)]);
    const leaks = await ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(sql`${auditLog.after}::text like ${'%' + token + '%'}`);
    expect(leaks[0]!.n).toBe(0);

    // The same batch again: nothing new, every row says why.
    const again = (
      await coord.post(`/api/governments/${t.governmentId}/people/accounts`, {
        role: 'unit_pic',
        contactIds: [ani, aniAgain],
      })
    ).json<BulkAccountsResult>();
    expect(again.rows.map((r) => r.reason)).toEqual(['hasAccount', 'hasAccount']);
    expect(again.created).toBe(0);

    // The link: whose it is, then a password once; the person signs in and reaches the units.
    const check = await anon('/api/auth/setup-password/check', { token });
    expect(check.json()).toMatchObject({ name: 'Ani Lestari', email: `ani-${x}@uji.test` });
    const short = await anon('/api/auth/setup-password', { token, password: 'pendek' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.password).toBeTruthy();
    const set = await anon('/api/auth/setup-password', { token, password: 'sandi-baru-ani-1' });
    expect(set.statusCode).toBe(204);
    const pic = await signIn(ctx.app, `ani-${x}@uji.test`, 'sandi-baru-ani-1');
    expect((await pic.get(`/api/units/${t.otherUnitId}`)).statusCode).toBe(200);
    const reused = await anon('/api/auth/setup-password', { token, password: 'sandi-lain-ani-2' });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.message).toMatch(/^Tautan masuk ini sudah dipakai/);
    expect(reused.json().error.fields.token).toMatch(/sudah dipakai/);
    // The password of the first use stands.
    await expect(signIn(ctx.app, `ani-${x}@uji.test`, 'sandi-lain-ani-2')).rejects.toThrow(/401/);
  });

  it('internal verifiers get government accounts without units; expired, unknown and replaced links are refused', async () => {
    const t = await makeTenant(ctx);
    const x = s();
    const auditor = await contact(t, { name: 'Auditor Inspektorat', email: `auditor-${x}@uji.test` });
    const admin = await t.as('admin');
    const out = (
      await admin.post(`/api/governments/${t.governmentId}/people/accounts`, {
        role: 'internal_verifier',
        contactIds: [auditor],
      })
    ).json<BulkAccountsResult>();
    const row = out.rows[0]!;
    expect(row.status).toBe('created');
    const [account] = await ctx.database.db.select().from(users).where(eq(users.id, row.userId!));
    expect(account).toMatchObject({ role: 'internal_verifier', governmentId: t.governmentId });

    // A new link replaces the first one.
    const coord = await t.as('gov_coordinator');
    const fresh = await coord.post(`/api/governments/${t.governmentId}/people/setup-links`, {
      userId: row.userId,
    });
    expect(fresh.statusCode).toBe(201);
    const replaced = await anon('/api/auth/setup-password/check', { token: tokenOf(row.setupLink!) });
    expect(replaced.json().error.message).toMatch(/sudah dipakai atau sudah diganti/);
    // Expired: the clock moved past it.
    const token = tokenOf(fresh.json().setupLink);
    await ctx.database.db
      .update(accountTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(accountTokens.id, sha(token)));
    const expired = await anon('/api/auth/setup-password', { token, password: 'sandi-auditor-1' });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.message).toMatch(/^Tautan masuk ini sudah kedaluwarsa/);
    const en = await anon(
      '/api/auth/setup-password',
      { token, password: 'sandi-auditor-1' },
      { 'accept-language': 'en' },
    );
    expect(en.json().error.message).toMatch(/^This sign-in link has expired/);
    const unknown = await anon('/api/auth/setup-password/check', { token: 'x'.repeat(43) });
    expect(unknown.json().error.message).toMatch(/tidak dikenal/);
    // Links only for PIC and verifier accounts of the government: a coordinator's is refused.
    const notPerson = await coord.post(`/api/governments/${t.governmentId}/people/setup-links`, {
      userId: t.userIds.gov_coordinator,
    });
    expect(notPerson.statusCode).toBe(400);
  });

  it("another government's coordinator gets 404; a head and a PIC get 403", async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const body = { role: 'unit_pic', contactIds: [t.contactId] };
    const url = `/api/governments/${t.governmentId}/people/accounts`;
    expect((await (await other.as('gov_coordinator')).post(url, body)).statusCode).toBe(404);
    expect((await (await t.as('oversight_head')).post(url, body)).statusCode).toBe(403);
    expect((await (await t.as('unit_pic')).post(url, body)).statusCode).toBe(403);
    const empty = await (await t.as('gov_coordinator')).post(url, { role: 'unit_pic', contactIds: [] });
    expect(empty.json().error.fields.contactIds).toBe('Pilih paling sedikit satu kontak.');
  });

  it('two batches of the same contacts at once create each account once', async () => {
    const t = await makeTenant(ctx);
    const x = s();
    const ids = await Promise.all(
      [0, 1, 2].map((i) => contact(t, { name: `PIC Serentak ${i}`, email: `serentak-${i}-${x}@uji.test` })),
    );
    const a = await t.as('gov_coordinator');
    const b = await signIn(ctx.app, t.emails.gov_coordinator, 'rahasia-uji-123');
    const url = `/api/governments/${t.governmentId}/people/accounts`;
    const body = { role: 'unit_pic', contactIds: ids };
    const [r1, r2] = await Promise.all([a.post(url, body), b.post(url, body)]);
    expect([r1.statusCode, r2.statusCode]).toEqual([200, 200]);
    const created = [r1, r2].map((r) => r.json<BulkAccountsResult>().created).sort();
    expect(created).toEqual([0, 3]);
    const n = await ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(sql`lower(${users.email}) like ${`serentak-%-${x}@uji.test`}`);
    expect(n[0]!.n).toBe(3);
  });
});

describe('a link used twice at once', () => {
  it('sets the password once; the other use is refused', async () => {
    const t = await makeTenant(ctx);
    const x = s();
    const id = await contact(t, { name: 'Dua Kali', email: `duakali-${x}@uji.test` });
    const coord = await t.as('gov_coordinator');
    const out = (
      await coord.post(`/api/governments/${t.governmentId}/people/accounts`, {
        role: 'unit_pic',
        contactIds: [id],
      })
    ).json<BulkAccountsResult>();
    const token = tokenOf(out.rows[0]!.setupLink!);
    const [a, b] = await Promise.all(
      ['sandi-pertama-111', 'sandi-kedua-2222'].map((password) =>
        anon('/api/auth/setup-password', { token, password }),
      ),
    );
    expect([a!.statusCode, b!.statusCode].sort()).toEqual([204, 400]);
    const winner = a!.statusCode === 204 ? 'sandi-pertama-111' : 'sandi-kedua-2222';
    const loser = winner === 'sandi-pertama-111' ? 'sandi-kedua-2222' : 'sandi-pertama-111';
    await expect(signIn(ctx.app, `duakali-${x}@uji.test`, winner)).resolves.toBeTruthy();
    await expect(signIn(ctx.app, `duakali-${x}@uji.test`, loser)).rejects.toThrow(/401/);
  });
});

describe('the sign-in link routes are rate-limited per client address', () => {
  it('answers 429 after the limit', async () => {
    const limited = await createTestContext({ PATUH_LOGIN_RATE_LIMIT: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/auth/setup-password/check',
              payload: { token: 'y'.repeat(43) },
            })
          ).statusCode,
        );
      expect(codes).toEqual([400, 400, 400, 429]);
    } finally {
      await limited.close();
    }
  });
});
