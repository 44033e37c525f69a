import crypto from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrosswalkList, CrosswalkRowDto } from '../../../shared/contracts/crosswalk';
import type { FrameworkDetail } from '../../../shared/contracts/frameworks';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import {
  CrosswalkFileError,
  crosswalkProblems,
  loadCrosswalkDirectory,
  listCrosswalks,
} from '../../frameworks/crosswalk-catalog';
import { rowsOf } from '../../db/client';
import { syncBuiltInFrameworks } from './frameworks.sync';

let ctx: TestContext;
let t: Tenant;
let admin: Agent;
let copy: FrameworkDetail;
beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
  t = await makeTenant(ctx);
  admin = await t.as('admin');
  const res = await admin.post('/api/frameworks/ombudsman-2022-2024/duplicate', {
    id: `uji-cw-${crypto.randomBytes(3).toString('hex')}`,
    version: '2024.1',
    name: 'Salinan Uji Crosswalk',
  });
  expect(res.statusCode, res.body).toBe(201);
  copy = res.json<FrameworkDetail>();
});
afterAll(async () => ctx?.close());

const url = (id: string) => `/api/frameworks/${id}/crosswalk`;

describe('built-in crosswalk files', () => {
  it('load, name real indicators of both versions, and mark the uncertain rows', () => {
    const files = listCrosswalks();
    expect(files.map((f) => `${f.from}→${f.to}`)).toEqual([
      'ombudsman-2016-2021→ombudsman-2022-2024',
      'ombudsman-2022-2024→opini-ombudsman-2025',
    ]);
    for (const f of files) expect(crosswalkProblems(f)).toEqual([]);
    const old = files[0]!;
    expect(old.rows).toContainEqual({ from: 'PROSES.6.A', to: 'PROSES.6.A' });
    expect(old.rows).toHaveLength(12);
    const opini = files[1]!;
    expect(opini.rows).toContainEqual({ from: 'PENGADUAN.6', to: 'PENGADUAN.2' });
    expect(opini.rows.find((r) => r.from === 'INPUT.SARPRAS.6')?.note).toMatch(/^ragu/);
    // The 2022–2024 compliance checklist has no counterpart in 2025: no row invents one.
    expect(opini.rows.some((r) => r.from.startsWith('PROSES.'))).toBe(false);
  });

  it('a file naming a code its version does not define stops the start, naming the file and the row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-'));
    writeFileSync(
      join(dir, 'ombudsman-2022-2024--opini-ombudsman-2025.json'),
      JSON.stringify({
        from: 'ombudsman-2022-2024',
        to: 'opini-ombudsman-2025',
        rows: [{ from: 'PROSES.99', to: 'INPUT.1' }],
      }),
    );
    expect(() => loadCrosswalkDirectory(dir)).toThrow(CrosswalkFileError);
    expect(() => loadCrosswalkDirectory(dir)).toThrow(/rows\.0\.from: PROSES\.99 bukan indikator/);
    const misnamed = mkdtempSync(join(tmpdir(), 'cw-'));
    writeFileSync(
      join(misnamed, 'x.json'),
      JSON.stringify({
        from: 'ombudsman-2022-2024',
        to: 'opini-ombudsman-2025',
        rows: [{ from: 'OUTPUT.1', to: 'PROSES.2' }],
      }),
    );
    expect(() => loadCrosswalkDirectory(misnamed)).toThrow(/nama berkas harus/);
  });

  it('are synced into framework_crosswalk as built-in rows, idempotently, and read by everyone', async () => {
    await syncBuiltInFrameworks(ctx.database.db);
    const count = rowsOf<{ n: number }>(
      await ctx.database.db.execute(
        sql`select count(*)::int as n from framework_crosswalk where source = 'builtin'`,
      ),
    );
    expect(count[0]!.n).toBe(12 + 21);
    const res = await (await t.as('unit_pic')).get(url('ombudsman-2022-2024'));
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<CrosswalkList>();
    expect(list.rows).toHaveLength(33);
    expect(list.rows).toContainEqual({
      fromFrameworkId: 'ombudsman-2022-2024',
      fromCode: 'OUTPUT.3',
      toFrameworkId: 'opini-ombudsman-2025',
      toCode: 'PROSES.2',
      note: 'persepsi maladministrasi pengguna pindah ke Dimensi Proses 2025',
      source: 'builtin',
    });
    expect((await admin.get(url('tidak-ada'))).statusCode).toBe(404);
  });
});

describe('custom rows', () => {
  it('an admin maps a code into a copy; unknown codes are field errors in the user’s language', async () => {
    const ok = await admin.post(url(copy.id), {
      fromFrameworkId: 'ombudsman-2022-2024',
      fromCode: 'PROSES.1',
      toCode: 'PROSES.2',
      note: 'uji',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<CrosswalkRowDto>()).toMatchObject({ toFrameworkId: copy.id, source: 'custom' });
    expect(
      (
        await admin.post(url(copy.id), {
          fromFrameworkId: 'ombudsman-2022-2024',
          fromCode: 'PROSES.1',
          toCode: 'PROSES.2',
        })
      ).statusCode,
    ).toBe(409);

    const bad = await admin.post(url(copy.id), {
      fromFrameworkId: 'ombudsman-2022-2024',
      fromCode: 'PROSES.99',
      toCode: 'NOPE.1',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({
      fromCode: 'Kode PROSES.99 bukan indikator kerangka ombudsman-2022-2024.',
      toCode: `Kode NOPE.1 bukan indikator kerangka ${copy.id}.`,
    });
    const malformed = await admin.post(url(copy.id), {
      fromFrameworkId: 'ombudsman-2022-2024',
      fromCode: 'a b',
      toCode: '',
    });
    expect(malformed.statusCode).toBe(400);
    expect(Object.keys(malformed.json().error.fields).sort()).toEqual(['fromCode', 'toCode']);
    const self = await admin.post(url(copy.id), {
      fromFrameworkId: copy.id,
      fromCode: 'PROSES.1',
      toCode: 'PROSES.1',
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.fields.fromFrameworkId).toMatch(/harus berbeda/);
    const unknownFrom = await admin.post(url(copy.id), {
      fromFrameworkId: 'tidak-ada',
      fromCode: 'PROSES.1',
      toCode: 'PROSES.1',
    });
    expect(unknownFrom.json().error.fields.fromFrameworkId).toBe('Kerangka penilaian tidak ditemukan.');

    const list = (await admin.get(url(copy.id))).json<CrosswalkList>();
    expect(list.rows.filter((r) => r.source === 'custom')).toHaveLength(1);
  });

  it('PUT replaces the custom rows from one version (all or none); DELETE removes one, never a built-in', async () => {
    const refused = await admin.request('PUT', url(copy.id), {
      fromFrameworkId: 'ombudsman-2022-2024',
      rows: [
        { fromCode: 'PROSES.3', toCode: 'PROSES.3' },
        { fromCode: 'PROSES.4', toCode: 'X.9' },
      ],
    });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields)).toEqual(['rows.1.toCode']);
    const kept = (await admin.get(url(copy.id)))
      .json<CrosswalkList>()
      .rows.filter((r) => r.source === 'custom');
    expect(kept.map((r) => r.fromCode)).toEqual(['PROSES.1']);

    const put = await admin.request('PUT', url(copy.id), {
      fromFrameworkId: 'ombudsman-2022-2024',
      rows: [
        { fromCode: 'PROSES.3', toCode: 'PROSES.4' },
        { fromCode: 'PROSES.5', toCode: 'PROSES.5' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const custom = put.json<CrosswalkList>().rows.filter((r) => r.source === 'custom');
    expect(custom.map((r) => `${r.fromCode}>${r.toCode}`)).toEqual([
      'PROSES.3>PROSES.4',
      'PROSES.5>PROSES.5',
    ]);

    const del = await admin.request(
      'DELETE',
      `${url(copy.id)}?fromFrameworkId=ombudsman-2022-2024&fromCode=PROSES.5&toCode=PROSES.5`,
    );
    expect(del.statusCode, del.body).toBe(204);
    const again = await admin.request(
      'DELETE',
      `${url(copy.id)}?fromFrameworkId=ombudsman-2022-2024&fromCode=PROSES.5&toCode=PROSES.5`,
    );
    expect(again.statusCode).toBe(404);
    const builtin = await admin.request(
      'DELETE',
      `${url('opini-ombudsman-2025')}?fromFrameworkId=ombudsman-2022-2024&fromCode=OUTPUT.1&toCode=PROSES.2`,
    );
    expect(builtin.statusCode).toBe(409);
    expect(builtin.json().error.message).toMatch(/bawaan/);
  });

  it('a sync keeps custom rows and drops a built-in row no file holds any more', async () => {
    const db = ctx.database.db;
    await db.execute(
      sql`insert into framework_crosswalk (from_framework_id, from_code, to_framework_id, to_code, source)
          values ('ombudsman-2016-2021', 'PROSES.1', 'ombudsman-2022-2024', 'PROSES.2', 'builtin')`,
    );
    await syncBuiltInFrameworks(db);
    const rows = (await admin.get(url(copy.id))).json<CrosswalkList>().rows;
    expect(rows.filter((r) => r.source === 'custom')).toHaveLength(1);
    const old = (await admin.get(url('ombudsman-2016-2021'))).json<CrosswalkList>().rows;
    expect(old.some((r) => r.fromCode === 'PROSES.1' && r.toCode === 'PROSES.2')).toBe(false);
  });

  it('only framework.manage writes: a head on a built-in gets 403, a coordinator 403, nothing written', async () => {
    const head = await t.as('oversight_head');
    const body = { fromFrameworkId: 'ombudsman-2016-2021', fromCode: 'PROSES.1', toCode: 'INPUT.1' };
    expect((await head.post(url('opini-ombudsman-2025'), body)).statusCode).toBe(403);
    expect((await (await t.as('gov_coordinator')).post(url('opini-ombudsman-2025'), body)).statusCode).toBe(
      403,
    );
    const rows = (await admin.get(url('opini-ombudsman-2025'))).json<CrosswalkList>().rows;
    expect(rows.every((r) => r.source === 'builtin')).toBe(true);
  });
});
