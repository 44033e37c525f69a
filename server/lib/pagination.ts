/** Keyset pagination: the cursor is the last row's sort key, base64url-encoded JSON. */
export { pageSchema, PageQuerySchema } from '../../shared/contracts/common';

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): unknown[] | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}
