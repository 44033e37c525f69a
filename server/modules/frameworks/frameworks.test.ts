import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Framework, FrameworkNode } from '../../../shared/frameworks/framework.schema';
import { cycles } from '../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { freezeFramework } from './frameworks.repository';
import type { FrameworkDetail, FrameworkSummary } from '../../../shared/contracts/frameworks';
import { syncBuiltInFrameworks } from './frameworks.sync';

let ctx: TestContext;
let t: Tenant;
let admin: Agent;
beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
  t = await makeTenant(ctx);
  admin = await t.as('admin');
});
afterAll(async () => ctx.close());

const rand = () => crypto.randomBytes(3).toString('hex');

async function duplicate(agent: Agent, sourceId: string, body: object) {
  return agent.post(`/api/frameworks/${sourceId}/duplicate`, body);
}

async function newCustom(): Promise<FrameworkDetail> {
  const res = await duplicate(admin, 'ombudsman-2022-2024', {
    id: `uji-${rand()}`,
    version: '2025.1',
    name: 'Penilaian Kepatuhan Uji 2025',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<FrameworkDetail>();
}

const put = (agent: Agent, id: string, definition: unknown) =>
  agent.request('PUT', `/api/frameworks/${id}`, { definition });

function node(fw: Framework, code: string): FrameworkNode {
  const walk = (nodes: FrameworkNode[]): FrameworkNode | undefined => {
    for (const n of nodes) {
      if (n.code === code) return n;
      const hit = n.children ? walk(n.children) : undefined;
      if (hit) return hit;
    }
    return undefined;
  };
  const hit = walk(fw.nodes);
  if (!hit) throw new Error(`no node ${code}`);
  return hit;
}

describe('reading frameworks', () => {
  it('lists the built-ins as frozen for every signed-in role, and shows one with no problems', async () => {
    for (const role of ['admin', 'oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'] as const) {
      const res = await (await t.as(role)).get('/api/frameworks');
      expect(res.statusCode, role).toBe(200);
      const list = res.json<FrameworkSummary[]>();
      const builtIn = list.find((f) => f.id === 'ombudsman-2022-2024');
      expect(builtIn).toMatchObject({ source: 'builtin', frozen: true, basedOn: null, archived: false });
      expect(list.map((f) => f.id)).toEqual(
        expect.arrayContaining(['ombudsman-2016-2021', 'pekppp-2022', 'spot-check-2024']),
      );
    }
    const res = await (await t.as('unit_pic')).get('/api/frameworks/pekppp-2022');
    expect(res.statusCode).toBe(200);
    const detail = res.json<FrameworkDetail>();
    expect(detail.problems).toEqual([]);
    expect((detail.definition as unknown as Framework).nodes).toHaveLength(6);
  });

  it('answers 404 for an unknown framework and 400 for a malformed id', async () => {
    expect((await admin.get('/api/frameworks/tidak-ada')).statusCode).toBe(404);
    expect((await admin.get('/api/frameworks/Bukan_Id')).statusCode).toBe(400);
  });
});

describe('duplicating', () => {
  it('makes a custom, unfrozen copy that records its source', async () => {
    const copy = await newCustom();
    expect(copy).toMatchObject({
      source: 'custom',
      basedOn: 'ombudsman-2022-2024',
      frozen: false,
      usedByCycles: 0,
      version: '2025.1',
      problems: [],
    });
    const def = copy.definition as unknown as Framework;
    expect(def.id).toBe(copy.id);
    expect(def.version).toBe('2025.1');
    expect(def.name).toEqual({ id: 'Penilaian Kepatuhan Uji 2025', en: 'Penilaian Kepatuhan Uji 2025' });
    expect(def.nodes.map((n) => [n.code, n.weight])).toEqual([
      ['INPUT', 21.85],
      ['PROSES', 32.37],
      ['OUTPUT', 24.24],
      ['PENGADUAN', 21.54],
    ]);
    const list = (await admin.get('/api/frameworks')).json<FrameworkSummary[]>();
    expect(list.find((f) => f.id === copy.id)).toMatchObject({ source: 'custom', frozen: false });
  });

  it('derives a clean free id and a "copy" name from the source and version when none is given', async () => {
    const a = await duplicate(admin, 'spot-check-2024', { version: '2025 rev 1' });
    expect(a.statusCode, a.body).toBe(201);
    // the source's years are dropped: not spot-check-2024-2025-rev-1
    expect(a.json<FrameworkDetail>().id).toBe('spot-check-2025-rev-1');
    const source = (await admin.get('/api/frameworks/spot-check-2024')).json<FrameworkDetail>();
    expect(a.json<FrameworkDetail>().name).toBe(`${source.name} (salinan 2025 rev 1)`);
    const sourceName = source.definition.name as { id: string; en: string };
    expect(a.json<FrameworkDetail>().definition.name).toEqual({
      id: `${sourceName.id} (salinan 2025 rev 1)`,
      en: `${sourceName.en} (copy 2025 rev 1)`,
    });
    const b = await duplicate(admin, 'spot-check-2024', { version: '2025 rev 1' });
    expect(b.json<FrameworkDetail>().id).toBe('spot-check-2025-rev-1-2');
    const c = await duplicate(admin, 'ombudsman-2022-2024', { version: '2025' });
    expect(c.json<FrameworkDetail>().id).toBe('ombudsman-2025');
  });

  it('refuses an id that is taken (409 at the id field) or malformed (400)', async () => {
    const taken = await duplicate(admin, 'ombudsman-2022-2024', { id: 'pekppp-2022', version: 'x' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields.id).toContain('pekppp-2022');
    const bad = await duplicate(admin, 'ombudsman-2022-2024', { id: 'Huruf Besar', version: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.id).toContain('huruf kecil');
  });

  it('is for admins and oversight heads (whose copy belongs to their office) only', async () => {
    for (const role of ['assessor', 'gov_coordinator', 'unit_pic'] as const) {
      const res = await duplicate(await t.as(role), 'ombudsman-2022-2024', {
        id: `uji-${rand()}`,
        version: '1',
      });
      expect(res.statusCode, role).toBe(403);
    }
    const head = await duplicate(await t.as('oversight_head'), 'ombudsman-2022-2024', {
      id: `uji-${rand()}`,
      version: '1',
    });
    expect(head.statusCode).toBe(201);
    expect(head.json<FrameworkDetail>()).toMatchObject({ officeId: t.officeId, mayChange: true });
  });
});

describe('editing', () => {
  it('reports weights that do not add up at the parent node, then saves the fixed tree', async () => {
    const copy = await newCustom();
    const def = structuredClone(copy.definition) as unknown as Framework;
    node(def, 'INPUT.KOMP').weight = 35; // INPUT's children: 35 + 60 = 95
    const wrong = await put(admin, copy.id, def);
    expect(wrong.statusCode, wrong.body).toBe(400);
    const err = wrong.json<{ error: { code: string; message: string; fields: Record<string, string> } }>()
      .error;
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.fields).toEqual({ INPUT: 'Jumlah bobot anak 95, seharusnya 100.' });
    expect(err.message).toContain('1 masalah');
    // nothing was saved
    const still = (await admin.get(`/api/frameworks/${copy.id}`)).json<FrameworkDetail>();
    expect(node(still.definition as unknown as Framework, 'INPUT.KOMP').weight).toBe(40);

    node(def, 'INPUT.SARPRAS').weight = 65; // 35 + 65 = 100
    def.version = '2025.2';
    const fixed = await put(admin, copy.id, def);
    expect(fixed.statusCode, fixed.body).toBe(200);
    const saved = fixed.json<FrameworkDetail>();
    expect(saved).toMatchObject({ version: '2025.2', frozen: false, problems: [] });
    const reread = (await admin.get(`/api/frameworks/${copy.id}`)).json<FrameworkDetail>();
    expect(node(reread.definition as unknown as Framework, 'INPUT.KOMP').weight).toBe(35);
    expect(node(reread.definition as unknown as Framework, 'INPUT.SARPRAS').weight).toBe(65);
    expect(reread.version).toBe('2025.2');
  });

  it('speaks the user’s language, and reports top-level weights and bands by their path', async () => {
    const copy = await newCustom();
    const en = await makeTenant(ctx);
    const enAdmin = await en.as('admin');
    expect((await enAdmin.patch('/api/auth/me', { locale: 'en' })).statusCode).toBe(200);
    const def = structuredClone(copy.definition) as unknown as Framework;
    node(def, 'INPUT.KOMP').weight = 35;
    def.nodes[0]!.weight = 20; // top level: 20 + 32.37 + 24.24 + 21.54 = 98.15
    def.bands[1]!.min = 79; // gap between C (max 77.99) and B
    const res = await put(enAdmin, copy.id, def);
    expect(res.statusCode).toBe(400);
    const err = res.json<{ error: { message: string; fields: Record<string, string> } }>().error;
    expect(err.message).toBe(
      'The framework is not valid yet (3 problems). Fix the marked nodes and save again.',
    );
    expect(err.fields.INPUT).toBe('Weights do not add up to 100 (they add up to 95).');
    expect(err.fields.nodes).toBe('Weights do not add up to 100 (they add up to 98,15).');
    expect(Object.keys(err.fields)).toEqual(expect.arrayContaining(['INPUT', 'nodes', 'bands[1].min']));
  });

  it('refuses a definition whose id is not the framework’s, and a body that is not an object', async () => {
    const copy = await newCustom();
    const def = { ...copy.definition, id: 'lain' };
    const res = await put(admin, copy.id, def);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.id).toContain(copy.id);
    expect((await put(admin, copy.id, 'bukan objek')).statusCode).toBe(400);
  });

  it('refuses to edit a built-in (409)', async () => {
    const builtIn = (await admin.get('/api/frameworks/ombudsman-2016-2021')).json<FrameworkDetail>();
    const res = await put(admin, builtIn.id, builtIn.definition);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('Kerangka bawaan');
  });

  it('freezes once a cycle uses it: 409 "frozen because a cycle uses it", and the list says so', async () => {
    const copy = await newCustom();
    await ctx.database.db
      .insert(cycles)
      .values({ officeId: t.officeId, year: 2025, name: `Siklus Uji ${rand()}`, frameworkId: copy.id });
    const res = await put(admin, copy.id, copy.definition);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
    expect(res.json().error.message).toContain('dibekukan karena sudah dipakai oleh siklus');
    const list = (await admin.get('/api/frameworks')).json<FrameworkSummary[]>();
    expect(list.find((f) => f.id === copy.id)).toMatchObject({ frozen: true, usedByCycles: 1 });
    // a copy of the frozen version is editable again
    const again = await duplicate(admin, copy.id, { id: `uji-${rand()}`, version: '2025.3' });
    expect(again.statusCode).toBe(201);
    expect(again.json<FrameworkDetail>()).toMatchObject({ basedOn: copy.id, frozen: false });
  });

  it('stays frozen when frozen_at is set, even without a cycle row', async () => {
    const copy = await newCustom();
    await freezeFramework(ctx.database.db, copy.id);
    const res = await put(admin, copy.id, copy.definition);
    expect(res.statusCode).toBe(409);
    const detail = (await admin.get(`/api/frameworks/${copy.id}`)).json<FrameworkDetail>();
    expect(detail.frozen).toBe(true);
    expect(detail.frozenAt).not.toBeNull();
  });

  it('is for admins only when the version belongs to no office', async () => {
    const copy = await newCustom();
    for (const role of ['oversight_head', 'assessor', 'gov_coordinator', 'unit_pic'] as const) {
      const agent = await t.as(role);
      expect((await put(agent, copy.id, copy.definition)).statusCode, role).toBe(403);
      expect((await agent.post(`/api/frameworks/${copy.id}/archive`)).statusCode, role).toBe(403);
    }
    expect((await put(admin, copy.id, copy.definition)).statusCode).toBe(200);
  });
});

describe('archiving', () => {
  it('hides a version from the list (unless asked), blocks edits, and restores', async () => {
    const copy = await newCustom();
    const archived = await admin.post(`/api/frameworks/${copy.id}/archive`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json<FrameworkSummary>().archived).toBe(true);
    expect(
      (await admin.get('/api/frameworks')).json<FrameworkSummary[]>().some((f) => f.id === copy.id),
    ).toBe(false);
    const all = (await admin.get('/api/frameworks?includeArchived=true')).json<FrameworkSummary[]>();
    expect(all.find((f) => f.id === copy.id)?.archived).toBe(true);
    expect((await put(admin, copy.id, copy.definition)).statusCode).toBe(409);
    const restored = await admin.post(`/api/frameworks/${copy.id}/restore`);
    expect(restored.json<FrameworkSummary>().archived).toBe(false);
    expect((await put(admin, copy.id, copy.definition)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown framework', async () => {
    expect((await admin.post('/api/frameworks/tidak-ada/archive')).statusCode).toBe(404);
  });
});
