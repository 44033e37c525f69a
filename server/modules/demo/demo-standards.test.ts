/**
 * The demo's standards: the seeds' units have standards in every state the coordinator and the
 * office tell apart (complete, missing components, stale, draft, none), read back through the one
 * completeness rule; maklumat published and not; service profiles whose shape the unit profile
 * accepts; one bimtek with its units and agreed actions; seeded once.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_COMPONENT_KEYS } from '../../../shared/standards/components';
import { productCompleteness } from '../../../shared/standards/completeness';
import { files, governments, serviceProducts, units } from '../../db/schema';
import {
  activities,
  activityActions,
  activityUnits,
  serviceStandards,
  unitDocuments,
  unitMaklumat,
  unitServiceProfiles,
} from '../../db/schema-standards';
import { sniffFileType } from '../../lib/file-sniff';
import { uploadsDir } from '../files/files.service';
import { createTestContext, signIn, type TestContext } from '../../test/harness';
import { DEMO_PASSWORD } from './demo-data';
import { todayWib } from '../complaints/complaints.create';
import { DEMO_STANDARDS, seedDemoStandards } from './demo-standards';
import { seedDemo } from './demo.service';

let ctx: TestContext;
let made: number;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database);
  made = await seedDemoStandards(ctx.database, { dataDir: ctx.dataDir });
}, 180_000);
afterAll(async () => ctx.close());

/** Balangan's products with the completeness state of each (none = belum_ada). */
async function balanganStates() {
  const db = ctx.database.db;
  const [gov] = await db.select().from(governments).where(eq(governments.regionCode, '63.11'));
  const products = await db
    .select({ id: serviceProducts.id, name: serviceProducts.name, unit: units.code })
    .from(serviceProducts)
    .innerJoin(units, eq(units.id, serviceProducts.unitId))
    .where(eq(serviceProducts.governmentId, gov!.id));
  const versions = await db.select().from(serviceStandards).where(eq(serviceStandards.governmentId, gov!.id));
  const today = todayWib();
  return products.map((p) => {
    const mine = versions.filter((v) => v.productId === p.id);
    const current = mine.find((v) => v.status === 'ditetapkan');
    const draft = mine.find((v) => v.status === 'draft' || v.status === 'diajukan');
    const c = productCompleteness(
      {
        current: current
          ? {
              content: current.content,
              reviewDate: current.reviewDate,
              published: current.publishedAt !== null,
            }
          : null,
        draft: draft ? { content: draft.content } : null,
      },
      today,
    );
    return { key: `${p.unit} ${p.name}`, ...c };
  });
}

describe('demo standards', () => {
  it('gives the seeds’ units standards in every state, once', async () => {
    expect(made).toBeGreaterThanOrEqual(DEMO_STANDARDS.length);
    expect(await seedDemoStandards(ctx.database)).toBe(0);
    const states = await balanganStates();
    const byKey = new Map(states.map((s) => [s.key, s]));
    expect(byKey.get('DISDUKCAPIL Penerbitan KTP-el')).toMatchObject({
      state: 'lengkap',
      published: true,
      missing: [],
    });
    expect(byKey.get('DPMPTSP Persetujuan Bangunan Gedung')).toMatchObject({ state: 'tidak_lengkap' });
    expect(byKey.get('DPMPTSP Persetujuan Bangunan Gedung')!.missing.sort()).toEqual(
      ['biaya', 'evaluasi_kinerja', 'kompetensi', 'pengaduan'].sort(),
    );
    expect(byKey.get('DPMPTSP Izin Usaha melalui OSS')).toMatchObject({ state: 'kedaluwarsa', stale: true });
    expect(byKey.get('DINKES Pelayanan Rawat Jalan')!.state).toBe('draf');
    expect(byKey.get('DISDIK Legalisir Ijazah')).toMatchObject({ published: false });
    const seen = new Set(states.map((s) => s.state));
    for (const s of ['lengkap', 'tidak_lengkap', 'kedaluwarsa', 'draf', 'belum_ada'])
      expect(seen, s).toContain(s);
  });

  it('keeps the rules of versions: one set and one open draft per product, the superseded one frozen', async () => {
    const rows = await ctx.database.db.select().from(serviceStandards);
    const perProduct = new Map<string, typeof rows>();
    for (const r of rows) perProduct.set(r.productId, [...(perProduct.get(r.productId) ?? []), r]);
    for (const list of perProduct.values()) {
      expect(list.filter((r) => r.status === 'ditetapkan').length).toBeLessThanOrEqual(1);
      expect(list.filter((r) => r.status === 'draft' || r.status === 'diajukan').length).toBeLessThanOrEqual(
        1,
      );
      expect(new Set(list.map((r) => r.version)).size).toBe(list.length);
    }
    const superseded = rows.filter((r) => r.status === 'diganti');
    expect(superseded.length).toBeGreaterThanOrEqual(1);
    for (const r of superseded) expect(r.supersededAt).not.toBeNull();
    for (const r of rows.filter((x) => x.status === 'ditetapkan')) {
      expect(r.skNumber && r.skDate && r.reviewDate && r.setAt).toBeTruthy();
      for (const k of Object.keys(r.content)) expect(STANDARD_COMPONENT_KEYS).toContain(k);
    }
    // Other governments too, so the office's roll-up has more than one line.
    expect(new Set(rows.map((r) => r.governmentId)).size).toBeGreaterThanOrEqual(3);
  });

  it('has maklumat published and not, profiles with opening hours, and a bimtek with units and actions', async () => {
    const db = ctx.database.db;
    const maklumat = await db.select().from(unitMaklumat);
    expect(maklumat.some((m) => m.published)).toBe(true);
    expect(maklumat.some((m) => !m.published)).toBe(true);
    const profiles = await db.select().from(unitServiceProfiles);
    expect(profiles.length).toBeGreaterThanOrEqual(3);
    for (const p of profiles) {
      const days = p.openingHours as { day: number; closed: boolean; open?: string; close?: string }[];
      expect(days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      for (const d of days) if (!d.closed) expect(d.open! < d.close!).toBe(true);
    }
    const [bimtek] = await db.select().from(activities).where(eq(activities.kind, 'bimtek'));
    expect(bimtek).toBeDefined();
    const present = await db.select().from(activityUnits).where(eq(activityUnits.activityId, bimtek!.id));
    expect(present.length).toBeGreaterThanOrEqual(4);
    const actions = await db.select().from(activityActions).where(eq(activityActions.activityId, bimtek!.id));
    expect(actions).toHaveLength(3);
    const unitGov = await db
      .select({ governmentId: units.governmentId })
      .from(units)
      .where(
        and(
          inArray(
            units.id,
            present.map((p) => p.unitId),
          ),
        ),
      );
    for (const u of unitGov) expect(u.governmentId).toBe(bimtek!.governmentId);
  });

  it('files each set standard’s SK and the display photos as stored files in the evidence library', async () => {
    const db = ctx.database.db;
    const setRows = await db.select().from(serviceStandards);
    const [gov] = await db.select().from(governments).where(eq(governments.regionCode, '63.11'));
    const balanganSet = setRows.filter(
      (r) => r.governmentId === gov!.id && (r.status === 'ditetapkan' || r.status === 'diganti'),
    );
    expect(balanganSet.length).toBeGreaterThanOrEqual(5);
    for (const r of balanganSet) expect(r.skFileId, `version ${r.version}`).not.toBeNull();
    const docs = await db.select().from(unitDocuments);
    expect(docs.map((d) => d.kind).sort()).toEqual(
      ['foto_maklumat', 'foto_standar', 'sk_standar', 'sk_standar', 'sk_standar', 'sk_standar'].sort(),
    );
    expect(docs.find((d) => d.kind === 'foto_standar')!.productId).not.toBeNull();
    const stored = await db
      .select()
      .from(files)
      .where(
        inArray(
          files.id,
          docs.map((d) => d.fileId),
        ),
      );
    expect(stored).toHaveLength(docs.length);
    for (const f of stored) {
      const bytes = await fs.promises.readFile(path.join(uploadsDir(ctx.dataDir), f.storageName));
      expect(bytes.length).toBe(f.size);
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      expect(sniffFileType(bytes.subarray(0, 16))?.mimeType).toBe(f.mimeType);
    }
  });

  it('reads through the standards API and the public catalogue as the coordinator and a citizen see them', async () => {
    const db = ctx.database.db;
    const [gov] = await db.select().from(governments).where(eq(governments.regionCode, '63.11'));
    const coord = await signIn(ctx.app, 'koordinator.balangan@patuh.local', DEMO_PASSWORD);
    const res = await coord.get(`/api/governments/${gov!.id}/standards`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{
      total: { byState: Record<string, number> };
      units: { unitName: string; maklumatPublished: boolean }[];
    }>();
    for (const state of ['lengkap', 'tidak_lengkap', 'kedaluwarsa', 'draf', 'belum_ada'])
      expect(body.total.byState[state], state).toBeGreaterThan(0);
    expect(
      body.units.find((u) => u.unitName === 'Dinas Kependudukan dan Pencatatan Sipil')!.maklumatPublished,
    ).toBe(true);
    const states = await balanganStates();
    const products = await db
      .select({ id: serviceProducts.id, name: serviceProducts.name, unit: units.code })
      .from(serviceProducts)
      .innerJoin(units, eq(units.id, serviceProducts.unitId))
      .where(eq(serviceProducts.governmentId, gov!.id));
    const idOf = (unit: string, name: string) => products.find((p) => p.unit === unit && p.name === name)!.id;
    expect(states.length).toBe(products.length);
    const page = await ctx.app.inject({
      method: 'GET',
      url: `/publik/layanan/${idOf('DISDUKCAPIL', 'Penerbitan KTP-el')}`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kartu Keluarga');
    // A draft and a set-but-unpublished standard are not public.
    for (const [unit, name] of [
      ['DINKES', 'Pelayanan Rawat Jalan'],
      ['DISDIK', 'Legalisir Ijazah'],
    ] as const) {
      const hidden = await ctx.app.inject({ method: 'GET', url: `/publik/layanan/${idOf(unit, name)}` });
      expect(hidden.statusCode, `${unit} ${name}`).toBe(404);
    }
  });
});
