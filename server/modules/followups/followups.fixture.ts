/**
 * Test helpers of the backlog: items inserted in any state, a stored PDF, a document of a unit's
 * evidence library, and the multipart answer (repeatable links, documents and files).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { files } from '../../db/schema';
import { followupEvents, followupItems } from '../../db/schema-complaints';
import { unitDocuments } from '../../db/schema-standards';
import type { Tenant } from '../../test/factories';
import type { Agent, TestContext } from '../../test/harness';
import { uploadsDir } from '../files/files.service';
import { ISSUER_OF } from '../../../shared/followups/kinds';

export const PDF = Buffer.from('%PDF-1.4\n%bukti tindak lanjut\n%%EOF\n');

type NewItem = Partial<typeof followupItems.$inferInsert>;

/** Inserts items of the tenant's government (unit: the PIC's unit unless given), each with a `dibuat` row. */
export async function insertItems(ctx: TestContext, t: Tenant, items: NewItem[]) {
  const rows = await ctx.database.db
    .insert(followupItems)
    .values(
      items.map((i) => {
        const kind = i.kind ?? 'saran_perbaikan';
        const issuer = ISSUER_OF[kind];
        return {
          kind,
          issuer,
          sourceType: 'manual' as const,
          officeId: issuer === 'office' ? t.officeId : null,
          governmentId: t.governmentId,
          unitId: t.unitId,
          addressee: 'Kepala Dinas Uji',
          action: 'Pasang papan standar pelayanan di ruang tunggu.',
          dueOn: '2099-01-31',
          ...i,
        };
      }),
    )
    .returning();
  await ctx.database.db
    .insert(followupEvents)
    .values(rows.map((r) => ({ itemId: r.id, action: 'dibuat', toStatus: 'terbuka' })));
  return rows;
}

export async function storedPdf(ctx: TestContext, t: Tenant, name = 'bukti.pdf') {
  const dir = uploadsDir(ctx.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const storageName = crypto.randomUUID();
  fs.writeFileSync(path.join(dir, storageName), PDF);
  const [file] = await ctx.database.db
    .insert(files)
    .values({
      governmentId: t.governmentId,
      officeId: t.officeId,
      originalName: name,
      mimeType: 'application/pdf',
      size: PDF.length,
      sha256: crypto.createHash('sha256').update(PDF).digest('hex'),
      storageName,
    })
    .returning();
  return file!.id;
}

/** A document of a unit's evidence library (its stored file's id too). */
export async function libraryDocument(ctx: TestContext, t: Tenant, unitId: string, title = 'SK Standar') {
  const fileId = await storedPdf(ctx, t, 'sk-standar.pdf');
  const [doc] = await ctx.database.db
    .insert(unitDocuments)
    .values({ unitId, governmentId: t.governmentId, kind: 'sk_standar', title, fileId })
    .returning();
  return { id: doc!.id, fileId };
}

export interface AnswerParts {
  version: string | number;
  note?: string;
  links?: string[];
  documentIds?: string[];
  files?: { name: string; type: string; bytes: Buffer }[];
}

export function answerBody(a: AnswerParts) {
  const boundary = `patuh${crypto.randomBytes(6).toString('hex')}`;
  const parts: Buffer[] = [];
  const field = (k: string, v: string) =>
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  field('version', String(a.version));
  if (a.note !== undefined) field('note', a.note);
  for (const l of a.links ?? []) field('link', l);
  for (const d of a.documentIds ?? []) field('documentId', d);
  for (const f of a.files ?? [])
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const answer = (agent: Agent, id: string, a: AnswerParts) => {
  const m = answerBody(a);
  return agent.request('POST', `/api/followups/${id}/answer`, m.body, m.headers);
};

export const pdfFile = (name = 'bukti.pdf') => ({ name, type: 'application/pdf', bytes: PDF });
