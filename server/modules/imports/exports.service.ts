import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportQuery } from '../../../shared/contracts/imports';
import { defuseCsvCell } from '../../lib/csv-cell';
import type { Executor } from '../../db/client';
import { ValidationError } from '../../lib/errors';
import type { Actor, Reach } from '../../lib/reach';
import {
  CONTACT_SHEET,
  headerText,
  LOCAL_REF_PREFIX,
  PRODUCT_SHEET,
  UNIT_SHEET,
  writeRegistryWorkbook,
  type RowValues,
} from './import-template';
import { findGovernmentInReach } from './imports.access';
import * as repo from './imports.repository';

const PAGE = 1000;

export interface FileDownload {
  fileName: string;
  contentType: string;
  stream: Readable;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The code written for a unit: its own, or a file-local `#…` reference when it has none. */
const unitRef = (id: string, code: string | null) =>
  code ?? `${LOCAL_REF_PREFIX}${id.replace(/-/g, '').slice(0, 12)}`;

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);

async function* unitRows(db: Executor, governmentId: string, reach: Reach): AsyncGenerator<RowValues[]> {
  const parentVisible = (parentId: string) =>
    reach.all || reach.unitIds === null || reach.unitIds.includes(parentId);
  let after: [string, string] | null = null;
  for (;;) {
    const page = await repo.exportUnitsPage(db, governmentId, reach, after, PAGE);
    if (page.length === 0) return;
    yield page.map((u) => ({
      kode_unit: unitRef(u.id, u.code),
      nama_unit: u.name,
      jenis: u.type,
      sektor: u.sector,
      kode_induk: u.parentId && parentVisible(u.parentId) ? unitRef(u.parentId, u.parentCode) : null,
      alamat: u.address,
    }));
    if (page.length < PAGE) return;
    const last = page.at(-1)!;
    after = [last.name, last.id];
  }
}

async function* productRows(db: Executor, governmentId: string, reach: Reach): AsyncGenerator<RowValues[]> {
  let after: [string, string, string] | null = null;
  for (;;) {
    const page = await repo.exportProductsPage(db, governmentId, reach, after, PAGE);
    if (page.length === 0) return;
    yield page.map((p) => ({
      kode_unit: unitRef(p.unitId, p.unitCode),
      nama_layanan: p.name,
      jenis_layanan: p.type,
      deskripsi: p.description,
    }));
    if (page.length < PAGE) return;
    const last = page.at(-1)!;
    after = [last.unitName, last.name, last.id];
  }
}

async function* contactRows(db: Executor, governmentId: string, reach: Reach): AsyncGenerator<RowValues[]> {
  let after: [string, string, string] | null = null;
  for (;;) {
    const page = await repo.exportContactsPage(db, governmentId, reach, after, PAGE);
    if (page.length === 0) return;
    yield page.map((c) => ({
      kode_unit: unitRef(c.unitId, c.unitCode),
      nama: c.name,
      jabatan: c.position,
      telepon: c.phone,
      email: c.email,
    }));
    if (page.length < PAGE) return;
    const last = page.at(-1)!;
    after = [last.unitName, last.name, last.id];
  }
}

/** Every cell through `defuseCsvCell` (OWASP "CSV injection"). */
function defuse(r: RowValues): RowValues {
  const out: RowValues = {};
  for (const [k, v] of Object.entries(r)) out[k] = v ? defuseCsvCell(v) : v;
  return out;
}

/** An empty import template (headers, dropdowns, Petunjuk) for a government in reach. */
export async function importTemplate(
  db: Executor,
  actor: Actor,
  governmentId: string,
): Promise<FileDownload> {
  const gov = await findGovernmentInReach(db, actor, governmentId);
  const stream = new PassThrough();
  writeRegistryWorkbook(stream, {}, `Templat impor unit, layanan dan PIC — ${gov.name}`).catch((err: Error) =>
    stream.destroy(err),
  );
  return { fileName: `templat-impor-${slug(gov.name)}.xlsx`, contentType: XLSX_TYPE, stream };
}

/**
 * Streams the registry of one government, limited to the actor's units (a PIC gets only theirs):
 * xlsx = the three sheets in the template layout (re-importable), csv = one list with a BOM for Excel.
 */
export async function exportRegistry(
  db: Executor,
  actor: Actor,
  governmentId: string,
  q: ExportQuery,
): Promise<FileDownload> {
  const gov = await findGovernmentInReach(db, actor, governmentId);
  const date = new Date().toISOString().slice(0, 10);
  const sources = {
    units: () => unitRows(db, governmentId, actor.reach),
    products: () => productRows(db, governmentId, actor.reach),
    contacts: () => contactRows(db, governmentId, actor.reach),
  };
  if (q.format === 'xlsx') {
    const stream = new PassThrough();
    const rows = q.list
      ? { [q.list]: sources[q.list]() }
      : { units: sources.units(), products: sources.products(), contacts: sources.contacts() };
    writeRegistryWorkbook(stream, rows, `Ekspor unit, layanan dan PIC — ${gov.name} — ${date}`).catch(
      (err: Error) => stream.destroy(err),
    );
    return {
      fileName: `patuh-${slug(gov.name)}-${q.list ?? 'registri'}-${date}.xlsx`,
      contentType: XLSX_TYPE,
      stream,
    };
  }
  if (!q.list) throw new ValidationError({ list: { message: 'field.required' } });
  const sheet = { units: UNIT_SHEET, products: PRODUCT_SHEET, contacts: CONTACT_SHEET }[q.list];
  const csv = stringify({
    bom: true,
    header: true,
    columns: sheet.columns.map((c) => ({ key: c.key, header: headerText(c) })),
  });
  const source = sources[q.list]();
  void (async () => {
    try {
      for await (const batch of source)
        for (const r of batch) if (!csv.write(defuse(r))) await once(csv, 'drain');
      csv.end();
    } catch (err) {
      csv.destroy(err as Error);
    }
  })();
  return {
    fileName: `patuh-${slug(gov.name)}-${q.list}-${date}.csv`,
    contentType: 'text/csv; charset=utf-8',
    stream: csv,
  };
}
