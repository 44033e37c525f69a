/** Test helpers for the import/export tests: build workbooks, upload them, wait for the background work. */
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Agent } from '../../test/harness';

export type Rows = Partial<Record<'Unit' | 'Layanan' | 'PIC', (string | number | null)[][]>>;

/** Downloads the template as this agent, fills the rows (after the header) and returns the .xlsx bytes. */
export async function fillTemplate(agent: Agent, governmentId: string, rows: Rows): Promise<Buffer> {
  const res = await agent.get(`/api/governments/${governmentId}/import-template`);
  if (res.statusCode !== 200) throw new Error(`template: ${res.statusCode} ${res.body}`);
  return fillWorkbook(res.rawPayload, rows);
}

export async function fillWorkbook(xlsx: Buffer, rows: Rows): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  for (const [sheet, values] of Object.entries(rows)) {
    const ws = wb.getWorksheet(sheet)!;
    for (const v of values) ws.addRow(v);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook made from scratch (for wrong layouts). */
export async function workbook(sheets: Record<string, (string | number | null)[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function upload(agent: Agent, governmentId: string, content: Buffer, fileName = 'data.xlsx') {
  const boundary = `----patuh${crypto.randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return agent.request('POST', `/api/governments/${governmentId}/imports`, body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

export interface ImportBody {
  id: string;
  status: string;
  totalRows: number;
  processedRows: number;
  summary: { units: number; products: number; contacts: number };
  errors: { sheet: string; row: number; column: string; message: string }[];
  errorCount: number;
  preview: Record<'units' | 'products' | 'contacts', Record<string, unknown>[]>;
}

/** Polls GET /imports/:id until the background work settles (bounded: ~60 s). */
export async function waitForImport(agent: Agent, id: string, seen: number[] = []): Promise<ImportBody> {
  for (let i = 0; i < 1200; i++) {
    const res = await agent.get(`/api/imports/${id}`);
    if (res.statusCode !== 200) throw new Error(`import ${id}: ${res.statusCode} ${res.body}`);
    const body = res.json<ImportBody>();
    seen.push(body.processedRows);
    if (body.status !== 'validating' && body.status !== 'committing') return body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import ${id} did not settle`);
}

/** Uploads and waits for validation. */
export async function uploadAndValidate(
  agent: Agent,
  governmentId: string,
  content: Buffer,
): Promise<ImportBody> {
  const res = await upload(agent, governmentId, content);
  if (res.statusCode !== 202) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return waitForImport(agent, res.json<{ id: string }>().id);
}

/** Commits and waits for the write. */
export async function commit(agent: Agent, id: string): Promise<ImportBody> {
  const res = await agent.post(`/api/imports/${id}/commit`);
  if (res.statusCode !== 202) throw new Error(`commit: ${res.statusCode} ${res.body}`);
  return waitForImport(agent, id);
}
