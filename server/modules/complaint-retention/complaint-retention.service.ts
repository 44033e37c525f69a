/**
 * The retention erasure (issue 14 part 9, UU 27/2022 on personal data): once a case has been
 * closed for `complaintRetentionDays`, its reporter's identity (sealed cipher and keyed hash), the
 * reporter's messages (replaced by a fixed line) and the reporter's files (rows and bytes) are
 * erased and `personal_erased_at` set. What the statistics read stays. Batches of 500, each one
 * transaction; files are unlinked after their batch commits (a crash leaves an orphan file, never
 * a row pointing at nothing). One audit entry per run, with counts only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../db/client';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import { uploadsDir } from '../files/files.service';
import * as repo from './complaint-retention.repository';

export interface RetentionResult {
  cases: number;
  messages: number;
  attachments: number;
  files: number;
}

const BATCH = 500;

export async function eraseExpiredPersonalData(
  database: Database,
  opts: { retentionDays: number; dataDir: string; now?: Date },
): Promise<RetentionResult> {
  const now = opts.now ?? new Date();
  const closedBefore = new Date(now.getTime() - opts.retentionDays * 86_400_000);
  const total: RetentionResult = { cases: 0, messages: 0, attachments: 0, files: 0 };
  for (;;) {
    const batch = await inTransaction(database.db, async (tx) => {
      const cases = await repo.casesDue(tx, closedBefore, BATCH);
      if (!cases.length) return null;
      return { cases: cases.length, ...(await repo.erase(tx, cases)) };
    });
    if (!batch) break;
    for (const name of batch.storageNames) {
      if (!/^[0-9a-f-]{36}$/.test(name)) continue;
      await fs.promises.rm(path.join(uploadsDir(opts.dataDir), name), { force: true });
    }
    total.cases += batch.cases;
    total.messages += batch.messages;
    total.attachments += batch.attachments;
    total.files += batch.storageNames.length;
    if (batch.cases < BATCH) break;
  }
  await recordAudit(database.db, null, {
    action: 'delete',
    entityType: 'complaint_retention',
    entityId: now.toISOString().slice(0, 10),
    after: { ...total, retentionDays: opts.retentionDays, closedBefore: closedBefore.toISOString() },
  });
  return total;
}
