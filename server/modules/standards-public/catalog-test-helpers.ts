/**
 * Test data for the public catalogue, written straight into the tables with drizzle (the editing
 * API is another part of issue 15): a service, a version of its standard in any state, a unit's
 * maklumat. Not a test file itself.
 */
import { eq } from 'drizzle-orm';
import type { StandardContent, StandardStatus } from '../../../shared/contracts/standards';
import type { Database } from '../../db/client';
import { serviceProducts } from '../../db/schema';
import { serviceStandards, unitMaklumat } from '../../db/schema-standards';

interface HasDatabase {
  database: Database;
}

/** A new service product of a unit; returns its id. */
export async function addService(ctx: HasDatabase, unitId: string, governmentId: string, name: string) {
  const [p] = await ctx.database.db
    .insert(serviceProducts)
    .values({ unitId, governmentId, name, type: 'administratif' })
    .returning();
  return p!.id;
}

/** Every component filled; `m` marks the text so a test can tell versions apart. */
export function fullContent(m: string): StandardContent {
  return {
    dasar_hukum: `DASAR-HUKUM ${m}`,
    persyaratan: [
      { document: 'Kartu Keluarga', form: 'fotokopi', count: 2, note: null },
      { document: `KTP-el ${m}`, form: 'asli', count: null, note: null },
    ],
    prosedur: [
      { title: `Pemohon menyerahkan berkas ${m}`, actor: 'Pemohon' },
      { title: 'Petugas memeriksa berkas', actor: null },
    ],
    jangka_waktu: { value: 14, unit: 'hari_kerja' },
    biaya: { free: true, items: [], legalBasis: 'Perda Nomor 3 Tahun 2020' },
    produk: [`Surat izin ${m}`],
    sarana: `SARANA-RAHASIA ${m}`,
    pengaduan: [{ kind: 'whatsapp', detail: '0812 0000 1111' }],
  };
}

/** A version of a product's standard in the given state (published unless `published: false`). */
export async function setStandard(
  ctx: HasDatabase,
  productId: string,
  o: {
    version: number;
    status: StandardStatus;
    content: StandardContent;
    published?: boolean;
    publishManufacturing?: boolean;
    reviewDate?: string;
  },
) {
  const [p] = await ctx.database.db.select().from(serviceProducts).where(eq(serviceProducts.id, productId));
  const isSet = o.status === 'ditetapkan' || o.status === 'diganti';
  await ctx.database.db.insert(serviceStandards).values({
    productId,
    unitId: p!.unitId,
    governmentId: p!.governmentId,
    version: o.version,
    status: o.status,
    content: o.content,
    publishManufacturing: o.publishManufacturing ?? false,
    ...(isSet
      ? {
          skNumber: '100/15/2026',
          skDate: '2026-01-15',
          skSignatory: 'Bupati Uji',
          reviewDate: o.reviewDate ?? '2099-01-15',
          setAt: new Date(),
          publishedAt: o.published === false ? null : new Date(),
          supersededAt: o.status === 'diganti' ? new Date() : null,
        }
      : {}),
  });
}

/** The unit's maklumat (created or replaced). */
export async function setMaklumat(
  ctx: HasDatabase,
  unitId: string,
  governmentId: string,
  body: string,
  published: boolean,
) {
  const values = {
    unitId,
    governmentId,
    body,
    signatory: 'Kepala Dinas Uji',
    signedOn: '2026-02-01',
    published,
  };
  await ctx.database.db
    .insert(unitMaklumat)
    .values(values)
    .onConflictDoUpdate({ target: unitMaklumat.unitId, set: { body, published } });
}

/** The text of an HTML page without tags, entities of plain names undone. */
export const textOf = (body: string) =>
  body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
