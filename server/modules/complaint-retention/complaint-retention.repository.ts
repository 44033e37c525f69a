/**
 * SQL of the retention erasure (issue 14 part 9): the personal data of cases closed longer ago than
 * the retention period. Counts, stages, forms, bodies, clocks and history stay (the statistics do
 * not change); the identity, the reporter's messages and the reporter's files go.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

export const ERASED_MESSAGE = '[dihapus sesuai masa retensi]';

/** Up to `limit` cases closed before `closedBefore` whose personal data is still there (locked). */
export async function casesDue(db: Executor, closedBefore: Date, limit: number): Promise<string[]> {
  const res = await db.execute(sql`
    select id::text as id from complaints
    where closed_at < ${closedBefore.toISOString()}::timestamptz and personal_erased_at is null
    order by closed_at
    limit ${limit}
    for update skip locked`);
  return rowsOf<{ id: string }>(res).map((r) => r.id);
}

const ids = (list: string[]) =>
  sql.join(
    list.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** Erases the cases' personal data; returns the storage names of the reporter files removed. */
export async function erase(db: Executor, cases: string[]) {
  await db.execute(sql`
    update complaints set identity_cipher = null, identity_hash = null, personal_erased_at = now(),
      version = version + 1, updated_at = now()
    where id in (${ids(cases)})`);
  const messages = rowsOf<{ n: number }>(
    await db.execute(sql`
      with m as (
        update complaint_messages set body = ${ERASED_MESSAGE}
        where complaint_id in (${ids(cases)}) and author_kind = 'pelapor' and body <> ${ERASED_MESSAGE}
        returning 1
      ) select count(*)::int as n from m`),
  )[0]!.n;
  const removed = rowsOf<{ file_id: string }>(
    await db.execute(sql`
      delete from complaint_attachments
      where complaint_id in (${ids(cases)}) and source = 'pelapor'
      returning file_id::text as file_id`),
  );
  let storageNames: string[] = [];
  if (removed.length) {
    const fileIds = removed.map((r) => r.file_id);
    storageNames = rowsOf<{ storage_name: string }>(
      await db.execute(sql`
        delete from files f
        where f.id in (${ids(fileIds)})
          and not exists (select 1 from complaint_attachments a where a.file_id = f.id)
        returning f.storage_name`),
    ).map((r) => r.storage_name);
  }
  return { messages, attachments: removed.length, storageNames };
}
