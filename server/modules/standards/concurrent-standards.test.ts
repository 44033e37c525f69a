/**
 * Standards under real concurrency (issue 15). On PostgreSQL the test database has a pool of several
 * connections, so requests sent at once run in parallel transactions: editors opening a draft of
 * the same product at once end with one draft (the others get 409 standard_draft_exists naming
 * it); two coordinators setting the same version at once — exactly one sets it, the other gets a
 * clear 409 — and one set version per product remains; autosaves racing on one row version keep
 * exactly one. On PGlite (one connection) the same assertions hold trivially.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardVersion } from '../../../shared/contracts/standards';
import { serviceStandardEdits, serviceStandards } from '../../db/schema-standards';
import { users } from '../../db/schema';
import { makeTenant, TEST_PASSWORD, type Tenant } from '../../test/factories';
import { createTestContext, signIn, type Agent, type TestContext } from '../../test/harness';
import { createUser } from '../users/users.service';
import { draftAndSet, FULL_CONTENT, postSet, SK_FIELDS } from './standards.fixture';

let ctx: TestContext;
let t: Tenant;
let coords: Agent[];
let pic: Agent;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  const second = await createUser(ctx.database.db, null, {
    email: `koordinator-dua-${t.governmentId.slice(0, 8)}@uji.test`,
    name: 'Koordinator Kedua',
    password: TEST_PASSWORD,
    role: 'gov_coordinator',
    governmentId: t.governmentId,
  });
  const [row] = await ctx.database.db.select().from(users).where(eq(users.id, second.id));
  coords = [await t.as('gov_coordinator'), await signIn(ctx.app, row!.email, TEST_PASSWORD)];
  pic = await t.as('unit_pic');
}, 60_000);
afterAll(async () => ctx?.close());

const ROUNDS = 4;

async function newProduct(i: number): Promise<string> {
  const res = await coords[0]!.post(`/api/units/${t.unitId}/products`, {
    name: `Layanan Serentak ${i}`,
    type: 'administratif',
    description: null,
  });
  return res.json<{ id: string }>().id;
}

describe('concurrent standards', () => {
  it(`drafts opened at once, ${ROUNDS} rounds: one draft, the others 409 naming it`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const product = await newProduct(round);
      // Round 2+ starts from a set version, so the draft copies it (version 2).
      if (round % 2) {
        await draftAndSet(pic, coords[0]!, product, FULL_CONTENT);
      }
      const results = await Promise.all(
        [...coords, pic, ...coords].map((a) => a.post(`/api/products/${product}/standard/draft`)),
      );
      for (const r of results) expect([201, 409], r.body.slice(0, 200)).toContain(r.statusCode);
      const created = results.filter((r) => r.statusCode === 201);
      expect(created).toHaveLength(1);
      const id = created[0]!.json<StandardVersion>().id;
      for (const r of results.filter((x) => x.statusCode === 409))
        expect(r.json().error).toMatchObject({ code: 'standard_draft_exists', details: { id } });
      const open = await ctx.database.db
        .select()
        .from(serviceStandards)
        .where(
          and(
            eq(serviceStandards.productId, product),
            inArray(serviceStandards.status, ['draft', 'diajukan']),
          ),
        );
      expect(open.map((o) => o.id)).toEqual([id]);
      expect(open[0]!.version).toBe(round % 2 ? 2 : 1);
    }
  }, 120_000);

  it(`two coordinators set the same version at once, ${ROUNDS} rounds: exactly one wins`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const product = await newProduct(100 + round);
      // Odd rounds: a version is already set, so the winner also supersedes it.
      const previous = round % 2 ? await draftAndSet(pic, coords[0]!, product, FULL_CONTENT) : null;
      const draft = await draftAndSet(
        pic,
        coords[0]!,
        product,
        { ...FULL_CONTENT, sarana: `Ronde ${round}` },
        {
          set: false,
        },
      );
      const results = await Promise.all(
        coords.map((c, i) =>
          postSet(c, draft.id, draft.rowVersion, { ...SK_FIELDS, skNumber: `SK-${round}-${i}` }),
        ),
      );
      const statuses = results.map((r) => r.statusCode).sort();
      expect(statuses, results.map((r) => r.body.slice(0, 200)).join('\n')).toEqual([200, 409]);
      const loser = results.find((r) => r.statusCode === 409)!.json().error;
      expect(loser.message).toMatch(/^Versi ini sudah ditetapkan oleh Koordinator (Uji|Kedua) pada /);
      const winner = results.find((r) => r.statusCode === 200)!.json<StandardVersion>();
      const rows = await ctx.database.db
        .select()
        .from(serviceStandards)
        .where(eq(serviceStandards.productId, product));
      const set = rows.filter((r) => r.status === 'ditetapkan');
      expect(set).toHaveLength(1);
      expect(set[0]).toMatchObject({ id: draft.id, skNumber: winner.skNumber });
      if (previous) expect(rows.find((r) => r.id === previous.id)?.status).toBe('diganti');
    }
  }, 120_000);

  it('autosaves racing on one row version: one saved, the rest 409, one edit recorded', async () => {
    const product = await newProduct(200);
    const draft = await draftAndSet(pic, coords[0]!, product, { sarana: 'Awal' }, { set: false });
    const agents = [...coords, pic, ...coords, pic];
    const results = await Promise.all(
      agents.map((a, i) =>
        a.request('PUT', `/api/standards/${draft.id}`, {
          rowVersion: draft.rowVersion,
          content: { sarana: `Penyunting ${i}` },
          publishManufacturing: false,
        }),
      ),
    );
    const ok = results.filter((r) => r.statusCode === 200);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => x.statusCode !== 200)) {
      expect(r.statusCode).toBe(409);
      expect(r.json().error.code).toBe('standard_conflict');
    }
    const [row] = await ctx.database.db
      .select()
      .from(serviceStandards)
      .where(eq(serviceStandards.id, draft.id));
    expect(row!.rowVersion).toBe(draft.rowVersion + 1);
    expect(row!.content).toEqual(ok[0]!.json<StandardVersion>().content);
    const edits = await ctx.database.db
      .select()
      .from(serviceStandardEdits)
      .where(eq(serviceStandardEdits.standardId, draft.id));
    // One from draftAndSet's own save, one from the race's winner.
    expect(edits).toHaveLength(2);
  }, 60_000);
});
