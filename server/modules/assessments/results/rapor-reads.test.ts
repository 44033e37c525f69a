/**
 * Issue 9: the rapor's reads folded into one statement (results.repository raporReads) and the
 * cycle access check folded into one (cycles.repository findCycleForAccess). The folded reads
 * must return what the separate reads they replace return — government and office, ranked result,
 * unit results, improvement points (archived ones left out), score history, the previous published
 * result, the stored view scores and the built-in base — and the rapor must take a bounded number
 * of statements. The access check must answer as before for each kind of actor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testFramework } from '../../../../shared/scoring/test-framework.fixture';
import type { Executor } from '../../../db/client';
import { improvementPoints } from '../../../db/schema-assessments';
import { NotFoundError } from '../../../lib/errors';
import type { Actor, Role } from '../../../lib/reach';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { frameworkBuiltInBase } from '../../followups/taat/taat.repository';
import { insertFrameworkRow } from '../../frameworks/frameworks.repository';
import { cycleForActor, cycleGovernmentForActor, frameworkOf } from '../assessments.access';
import { publishedCycle } from '../common/assessment-fixtures';
import { findCycle } from '../cycles/cycles.repository';
import { listImprovements } from '../verification/verification.repository';
import { buildRapor } from './rapor.service';
import * as repo from './results.repository';
import { findGovernmentResult, listScoreVersions, unitResultsOf } from './scoring.repository';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let first: string;
let second: string;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
  const fwId = `uji-fold-${Math.random().toString(36).slice(2, 8)}`;
  await insertFrameworkRow(ctx.database.db, {
    id: fwId,
    version: '1',
    name: 'Uji lipat',
    definition: { ...testFramework(), id: fwId },
    source: 'custom',
  });
  first = await publishedCycle(t, fwId, 2030, t.unitId, (i) => (i === 'B.2' ? 1 : 0));
  second = await publishedCycle(t, fwId, 2031, t.unitId, (i) => (i === 'B.2' ? 2 : 1));
  const db = ctx.database.db;
  await db.insert(improvementPoints).values([
    { cycleId: second, governmentId: t.governmentId, unitId: t.unitId, text: 'Poin unit' },
    { cycleId: second, governmentId: t.governmentId, unitId: null, text: 'Poin pemerintah' },
    { cycleId: second, governmentId: t.governmentId, text: 'Diarsipkan', archivedAt: new Date() },
  ]);
}, 180_000);
afterAll(async () => ctx?.close());

/** The actor a session of `role` in `tenant` resolves to (auth.service resolveSession's reach). */
function actorOf(tenant: Tenant, role: Role): Actor {
  const government = role === 'gov_coordinator' || role === 'internal_verifier' || role === 'unit_pic';
  return {
    id: tenant.userIds[role],
    name: role,
    email: tenant.emails[role],
    role,
    officeId: government ? null : tenant.officeId,
    governmentId: government ? tenant.governmentId : null,
    locale: 'id',
    reach:
      role === 'admin'
        ? { all: true, officeIds: [], governmentIds: [], unitIds: null }
        : government
          ? { all: false, officeIds: [], governmentIds: [tenant.governmentId], unitIds: null }
          : { all: false, officeIds: [tenant.officeId], governmentIds: [tenant.governmentId], unitIds: null },
  };
}

/** An executor that counts the statements sent through it. */
function counting(db: Executor) {
  const sent = { n: 0 };
  const proxy = new Proxy(db, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key === 'execute' && typeof value === 'function')
        return (...args: unknown[]) => {
          sent.n++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      if (key === 'select' && typeof value === 'function')
        return (...args: unknown[]) => {
          sent.n++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      return value;
    },
  });
  return { db: proxy, sent };
}

describe('raporReads: the rapor’s reads in one statement', () => {
  it('returns what the separate reads return', async () => {
    const db = ctx.database.db;
    const cycle = (await findCycle(db, second))!;
    const reads = await repo.raporReads(db, cycle, t.governmentId);

    expect(reads.gov).toEqual(await repo.governmentWithOffice(db, t.governmentId));
    const { result, units } = await repo.rankedWithUnits(db, second, t.governmentId);
    expect(reads.result).toEqual(result);
    expect(reads.result).toMatchObject({ government_id: t.governmentId, rank: 1, peers: 1 });
    expect(reads.units).toEqual(await unitResultsOf(db, second, t.governmentId));
    expect(reads.units).toEqual(units);
    expect(reads.units.map((u) => u.unitId)).toEqual([t.unitId]);

    const points = await listImprovements(db, second, t.governmentId);
    expect(reads.points).toEqual(points.map((p) => ({ unitId: p.unitId, text: p.text })));
    expect(reads.points.map((p) => p.text).sort()).toEqual(['Poin pemerintah', 'Poin unit']);

    const versions = await listScoreVersions(db, second, t.governmentId);
    expect(versions.length).toBeGreaterThan(0);
    expect(reads.history).toEqual(
      versions.map((v) => ({
        version: v.version,
        reason: v.reason,
        rounded: v.rounded,
        at: v.createdAt.toISOString(),
      })),
    );

    const previous = await repo.previousResult(db, cycle.officeId, cycle.year, t.governmentId);
    expect(previous?.cycle_id).toBe(first);
    expect(reads.previous).toEqual(previous);

    const stored = await findGovernmentResult(db, second, t.governmentId);
    expect(reads.views).toEqual((stored?.detail as { views?: unknown }).views ?? null);
    expect(reads.builtInBase).toBe(await frameworkBuiltInBase(db, cycle.frameworkId));
  });

  it('the earlier cycle has no previous result; a government outside the cycle has no result', async () => {
    const db = ctx.database.db;
    const earlier = await repo.raporReads(db, (await findCycle(db, first))!, t.governmentId);
    expect(earlier.previous).toBeNull();
    expect(earlier.points).toEqual([]);
    const outside = await repo.raporReads(db, (await findCycle(db, second))!, other.governmentId);
    expect(outside.result).toBeNull();
    expect(outside.units).toEqual([]);
    expect(outside.gov).toMatchObject({ id: other.governmentId });
  });

  it('the rapor takes at most four statements (it took thirteen): access with the framework stamp, gaps, reads, lineage', async () => {
    const head = actorOf(t, 'oversight_head');
    const { db, sent } = counting(ctx.database.db);
    const rapor = await buildRapor(db, head, second, t.governmentId);
    expect(rapor.previous?.cycleId).toBe(first);
    expect(rapor.improvementPoints).toEqual(['Poin pemerintah']);
    expect(rapor.units[0]!.improvementPoints).toEqual(['Poin unit']);
    expect(sent.n).toBeGreaterThan(0);
    expect(sent.n).toBeLessThanOrEqual(4);
  });
});

describe('findCycleForAccess: the access check in one statement', () => {
  const notFound = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(NotFoundError);

  it('a government role reaches the cycle through its government, and nothing else', async () => {
    const db = ctx.database.db;
    const own = actorOf(t, 'gov_coordinator');
    const foreign = actorOf(other, 'gov_coordinator');
    const cycle = await cycleForActor(db, own, second);
    expect(cycle.id).toBe(second);
    expect(Object.keys(cycle)).not.toContain('reachesAny');
    expect(Object.keys(cycle)).not.toContain('hasGovernment');
    expect((await cycleGovernmentForActor(db, own, second, t.governmentId)).id).toBe(second);
    await notFound(cycleForActor(db, foreign, second));
    await notFound(cycleGovernmentForActor(db, foreign, second, other.governmentId));
    await notFound(cycleGovernmentForActor(db, own, second, other.governmentId));
  });

  it('an Ombudsman role: its office’s cycle, only with a government in it', async () => {
    const db = ctx.database.db;
    const head = actorOf(t, 'oversight_head');
    expect((await cycleGovernmentForActor(db, head, second, t.governmentId)).id).toBe(second);
    await notFound(cycleGovernmentForActor(db, head, second, other.governmentId));
    await notFound(cycleForActor(db, actorOf(other, 'oversight_head'), second));
  });

  it('frameworkOf: a cycle the check returned brings its framework stamp (no statement); another cycle object asks', async () => {
    const db = ctx.database.db;
    const cycle = await cycleForActor(db, actorOf(t, 'oversight_head'), second);
    const parsed = await frameworkOf(db, cycle);
    const quiet = counting(db);
    expect(await frameworkOf(quiet.db, cycle)).toBe(parsed);
    expect(quiet.sent.n).toBe(0);
    const asking = counting(db);
    expect(await frameworkOf(asking.db, { ...cycle })).toBe(parsed);
    expect(asking.sent.n).toBe(1);
  });

  it('a platform admin: any cycle, only with a government in it; an unknown cycle is 404', async () => {
    const db = ctx.database.db;
    const admin = actorOf(t, 'admin');
    expect((await cycleGovernmentForActor(db, admin, second, t.governmentId)).id).toBe(second);
    await notFound(cycleGovernmentForActor(db, admin, second, other.governmentId));
    await notFound(cycleForActor(db, admin, '00000000-0000-4000-8000-00000000abcd'));
  });
});
