/**
 * Checks an uploaded .xlsx (a zip) before anything inflates it, so a small upload cannot become
 * gigabytes in memory or on disk (a "zip bomb"):
 * - `inspectXlsxZip` (cheap, on the request): the central directory is read and every entry's
 *   declared uncompressed size is summed against MAX_UNCOMPRESSED_BYTES; the local entries must
 *   lie back to back exactly as the directory lists them, so a streaming reader (exceljs reads
 *   the zip front to back) meets no entry the directory hides. No ZIP64, at most MAX_ENTRIES.
 * - `verifyInflation` (in the worker): inflates each entry with its declared size as the hard
 *   output limit, so an entry that lies about its size is refused rather than believed.
 */
import zlib from 'node:zlib';
import { AppError, ValidationError } from '../../lib/errors';

/** Sum of the declared uncompressed sizes: a 20,000-row-per-sheet template is ~35 MB of XML. */
export const MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** An Excel workbook holds a dozen entries; hundreds mean something else. */
export const MAX_ENTRIES = 200;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const U32_MAX = 0xffffffff;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  localOffset: number;
  compressedSize: number;
  size: number;
  /** Where the entry's compressed data starts (after its local header). */
  dataStart: number;
}

const notXlsx = () => new AppError('UNSUPPORTED_FILE', 415, 'import.notXlsx');
export const tooLarge = () =>
  new ValidationError({
    file: { message: 'import.tooLargeUncompressed', params: { max: MAX_UNCOMPRESSED_BYTES / 1024 / 1024 } },
  });

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/**
 * The zip's entries as its central directory declares them. Throws 415 for anything that is not
 * a well-formed zip and 400 (field `file`) when the declared content is larger than allowed.
 */
export function inspectXlsxZip(buf: Buffer): ZipEntry[] {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) throw notXlsx();
  const eocd = findEocd(buf);
  if (eocd < 0) throw notXlsx();
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === U32_MAX || cdOffset === U32_MAX) throw tooLarge(); // ZIP64
  if (count === 0 || cdOffset + cdSize > eocd) throw notXlsx();
  if (count > MAX_ENTRIES) throw tooLarge();

  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) throw notXlsx();
    const entry: ZipEntry = {
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + buf.readUInt16LE(p + 28)),
      dataStart: 0,
    };
    if (entry.size === U32_MAX || entry.compressedSize === U32_MAX || entry.localOffset === U32_MAX)
      throw tooLarge();
    if (entry.method !== 0 && entry.method !== 8) throw notXlsx();
    if (entry.method === 0 && entry.size !== entry.compressedSize) throw notXlsx();
    total += entry.size;
    if (total > MAX_UNCOMPRESSED_BYTES) throw tooLarge();
    entries.push(entry);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }

  // The local entries, front to back, must be exactly the directory's entries.
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expected = 0;
  for (const e of ordered) {
    if (e.localOffset !== expected || e.localOffset + 30 > cdOffset) throw notXlsx();
    if (buf.readUInt32LE(e.localOffset) !== LOCAL) throw notXlsx();
    e.dataStart = dataStart(buf, e);
    let end = e.dataStart + e.compressedSize;
    if (e.flags & 0x8) {
      // Data descriptor after the data: optional signature, CRC, sizes (12 bytes without it).
      end += end + 4 <= cdOffset && buf.readUInt32LE(end) === DESCRIPTOR ? 16 : 12;
    }
    if (end > cdOffset) throw notXlsx();
    expected = end;
  }
  if (expected !== cdOffset) throw notXlsx();
  return entries;
}

function dataStart(buf: Buffer, e: ZipEntry): number {
  return e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
}

/**
 * Inflates every entry with its declared size as the limit (CPU work: run it in the worker).
 * Throws the 400 of `tooLarge` when an entry inflates beyond what it declared, 415 when it is corrupt.
 */
export function verifyInflation(buf: Buffer, entries: ZipEntry[]): void {
  for (const e of entries) {
    if (e.method === 0) continue;
    const start = e.dataStart;
    let out: Buffer;
    try {
      out = zlib.inflateRawSync(buf.subarray(start, start + e.compressedSize), {
        maxOutputLength: Math.max(1, e.size),
      });
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw tooLarge();
      throw notXlsx();
    }
    if (out.length !== e.size) throw notXlsx();
  }
}
