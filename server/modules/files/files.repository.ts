import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files } from '../../db/schema';

export type FileRow = typeof files.$inferSelect;

export async function insertFile(db: Executor, values: typeof files.$inferInsert): Promise<FileRow> {
  return (await db.insert(files).values(values).returning())[0]!;
}

export async function findFile(db: Executor, id: string): Promise<FileRow | undefined> {
  return (await db.select().from(files).where(eq(files.id, id)).limit(1))[0];
}
