/**
 * Fuzzing driven by the API document: for every route and method of /api/docs/json, a bounded set
 * of junk requests (server/test/fuzz-cases.ts) as a platform admin and as a unit PIC. Bad input
 * must be answered with a 4xx in the error shape — never a 5xx. Prints how many requests were sent.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../lib/reach';
import {
  makeAssessmentFixture,
  type AssessmentFixture,
} from '../modules/assessments/common/assessment-fixtures';
import { makeTenant, TEST_PASSWORD, type Tenant } from './factories';
import {
  casesFor,
  operationsOf,
  type ApiDoc,
  type FuzzCase,
  type Operation,
  type Schema,
} from './fuzz-cases';
import { createTestContext, signIn, type Agent, type TestContext } from './harness';

let ctx: TestContext;
let t: Tenant;
let fx: AssessmentFixture;
let doc: ApiDoc;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  fx = await makeAssessmentFixture(ctx, t);
  const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
  doc = res.json();
}, 120_000);
afterAll(() => ctx.close());

/** Routes the fuzzer leaves alone: signing out would end the session it fuzzes with. */
const SKIP = new Set(['post /api/auth/logout']);

function resolve(ref: string): Schema {
  return doc.components?.schemas?.[ref.replace('#/components/schemas/', '')] ?? {};
}

/** The id of the test tenant's record a path parameter stands for (a random uuid when there is none). */
function idFor(segment: string, name: string): string {
  const byName: Record<string, string> = {
    governmentId: t.governmentId,
    unitId: t.unitId,
    productId: t.productId,
    visitId: fx.visitId,
    appealId: fx.appealId,
    fileId: fx.appealFileId,
  };
  const bySegment: Record<string, string> = {
    offices: t.officeId,
    governments: t.governmentId,
    units: t.unitId,
    products: t.productId,
    contacts: t.contactId,
    users: t.userIds.unit_pic,
    cycles: fx.cycleId,
    answers: fx.answerId,
    evidence: fx.evidenceId,
    visits: fx.visitId,
    photos: fx.visitPhotoId,
    improvements: fx.pointId,
    appeals: fx.appealId,
    files: fx.appealFileId,
    frameworks: 'kerangka-fuzz',
  };
  return (name === 'id' ? bySegment[segment] : byName[name]) ?? crypto.randomUUID();
}

function operations(): Operation[] {
  return operationsOf(doc, (method, path) => !SKIP.has(`${method} ${path}`));
}

function realPath(op: Operation): string {
  return op.path.replace(
    /\/([^/{]+)\/\{([^}]+)\}/g,
    (_m, seg: string, name: string) => `/${seg}/${idFor(seg, name)}`,
  );
}

interface Tally {
  sent: number;
  byStatus: Record<string, number>;
  fiveXX: string[];
  badShape: string[];
}

async function run(role: Role, filter: (c: FuzzCase) => boolean): Promise<Tally> {
  let agent: Agent = await t.as(role);
  const tally: Tally = { sent: 0, byStatus: {}, fiveXX: [], badShape: [] };
  for (const op of operations()) {
    for (const c of casesFor(op, realPath(op), resolve, t.unitId).filter(filter)) {
      const send = () =>
        ctx.app.inject({
          method: c.method as 'GET',
          url: c.url,
          payload: c.payload,
          headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf, ...c.headers },
        });
      let res = await send();
      tally.sent += 1;
      if (res.statusCode === 401 && !c.url.startsWith('/api/auth')) {
        // A case ended the session (e.g. changed this account): sign in again and go on.
        agent = await signIn(ctx.app, t.emails[role], TEST_PASSWORD);
        res = await send();
        tally.sent += 1;
      }
      const bucket = `${Math.floor(res.statusCode / 100)}xx`;
      tally.byStatus[bucket] = (tally.byStatus[bucket] ?? 0) + 1;
      const where = `${c.method} ${op.path} [${c.label}] → ${res.statusCode}`;
      if (res.statusCode >= 500) tally.fiveXX.push(`${where} ${res.body.slice(0, 200)}`);
      else if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
        const body = res.json<{ error?: { code?: string; message?: string } }>();
        if (!body.error?.code || !body.error.message) tally.badShape.push(where);
      }
    }
  }
  return tally;
}

describe('fuzzing every route of the API document', () => {
  it('answers no junk request as platform admin with a 5xx', async () => {
    const started = Date.now();
    const tally = await run('admin', () => true);
    console.info(
      `fuzz admin: ${tally.sent} requests, ${tally.fiveXX.length} 5xx, ${JSON.stringify(tally.byStatus)} in ${Date.now() - started} ms`,
    );
    expect(tally.sent).toBeGreaterThan(2500);
    expect(tally.fiveXX).toEqual([]);
    expect(tally.badShape).toEqual([]);
  }, 240_000);

  it('answers no junk request as unit PIC with a 5xx', async () => {
    const started = Date.now();
    // The PIC's run skips the per-field body cases: the admin's run covers validation; this one reach.
    const tally = await run('unit_pic', (c) => !c.label.startsWith('body ') && !c.label.startsWith('query '));
    console.info(
      `fuzz unit_pic: ${tally.sent} requests, ${tally.fiveXX.length} 5xx, ${JSON.stringify(tally.byStatus)} in ${Date.now() - started} ms`,
    );
    expect(tally.sent).toBeGreaterThan(500);
    expect(tally.fiveXX).toEqual([]);
  }, 240_000);
});
