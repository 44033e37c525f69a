/**
 * The authorization matrix's record of the evidence library (block `// unit profile` of
 * server/test/authorization-matrix.ts): one PDF in the tenant's unit's library, on disk.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { files } from '../../db/schema';
import { unitDocuments } from '../../db/schema-standards';
import type { Tenant } from '../../test/factories';
import type { TestContext } from '../../test/harness';
import { uploadsDir } from '../files/files.service';

export async function unitProfileMatrixFixture(ctx: TestContext, t: Tenant): Promise<{ documentId: string }> {
  const dir = uploadsDir(ctx.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const storageName = crypto.randomUUID();
  const bytes = Buffer.from('%PDF-1.4\n%pustaka\n%%EOF\n');
  fs.writeFileSync(path.join(dir, storageName), bytes);
  const db = ctx.database.db;
  const [file] = await db
    .insert(files)
    .values({
      governmentId: t.governmentId,
      originalName: 'sk-standar.pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      storageName,
    })
    .returning();
  const [doc] = await db
    .insert(unitDocuments)
    .values({
      unitId: t.unitId,
      governmentId: t.governmentId,
      kind: 'sk_standar',
      title: 'SK Standar Pelayanan',
      fileId: file!.id,
    })
    .returning();
  return { documentId: doc!.id };
}
