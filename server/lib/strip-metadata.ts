/**
 * Image metadata stripped from a copy before it leaves the office with a letter (UU 37/2008
 * Pasal 24(2): the reporter's identity stays confidential, and a phone photo's EXIF carries the
 * place it was taken — often the reporter's home — the device and the owner's name).
 *
 * - JPEG: the APP1 (Exif, XMP), APP13 (Photoshop IPTC) and COM segments are dropped; the image
 *   data (everything from the start of scan) is copied unchanged.
 * - PNG: the eXIf, tEXt, iTXt, zTXt and tIME chunks are dropped; the others are copied with
 *   their CRCs (nothing is re-encoded).
 * - WebP: the EXIF and XMP chunks are dropped and the VP8X flags for them cleared.
 * - PDF: copied unchanged — a PDF's own metadata is not touched, and the result says so.
 *
 * A file that does not parse as the format it claims is refused (`MetadataError`): sending it
 * unchanged could send the metadata out.
 */

export type StripOutcome = 'stripped' | 'unchanged_pdf';

export interface StripResult {
  bytes: Buffer;
  outcome: StripOutcome;
  /** What was removed, e.g. `APP1`, `COM`, `eXIf` (for the letter's history; no content). */
  removed: string[];
}

export class MetadataError extends Error {}

const JPEG_DROP = new Map<number, string>([
  [0xe1, 'APP1'],
  [0xed, 'APP13'],
  [0xfe, 'COM'],
]);
const PNG_DROP = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Strips the metadata of `bytes` of type `mimeType` (as sniffed from the content). */
export function stripMetadata(bytes: Buffer, mimeType: string): StripResult {
  switch (mimeType) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
    case 'application/pdf':
      return { bytes, outcome: 'unchanged_pdf', removed: [] };
    default:
      throw new MetadataError(`unsupported type ${mimeType}`);
  }
}

/** Markers without a length field: TEM and RSTn (SOI/EOI are handled where they occur). */
const standalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);

export function stripJpeg(bytes: Buffer): StripResult {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new MetadataError('not a JPEG');
  const out: Buffer[] = [bytes.subarray(0, 2)];
  const removed: string[] = [];
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new MetadataError('JPEG segment expected');
    // Fill bytes (0xFF repeated) may precede a marker.
    let j = i;
    while (j < bytes.length && bytes[j] === 0xff) j++;
    if (j >= bytes.length) throw new MetadataError('JPEG truncated');
    const marker = bytes[j]!;
    if (marker === 0xd9) {
      out.push(bytes.subarray(j - 1));
      break;
    }
    if (standalone(marker)) {
      out.push(bytes.subarray(j - 1, j + 1));
      i = j + 1;
      continue;
    }
    if (j + 3 > bytes.length) throw new MetadataError('JPEG truncated');
    const length = bytes.readUInt16BE(j + 1);
    const end = j + 1 + length;
    if (length < 2 || end > bytes.length) throw new MetadataError('JPEG segment length');
    if (marker === 0xda) {
      // Start of scan: the compressed image and whatever follows are copied as they are.
      out.push(bytes.subarray(j - 1));
      break;
    }
    const drop = JPEG_DROP.get(marker);
    if (drop) removed.push(drop);
    else out.push(bytes.subarray(j - 1, end));
    i = end;
  }
  return { bytes: Buffer.concat(out), outcome: 'stripped', removed };
}

export function stripPng(bytes: Buffer): StripResult {
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new MetadataError('not a PNG');
  const out: Buffer[] = [bytes.subarray(0, 8)];
  const removed: string[] = [];
  let i = 8;
  let ended = false;
  while (i < bytes.length && !ended) {
    if (i + 12 > bytes.length) throw new MetadataError('PNG truncated');
    const length = bytes.readUInt32BE(i);
    const type = bytes.toString('latin1', i + 4, i + 8);
    const end = i + 12 + length;
    if (end > bytes.length || !/^[A-Za-z]{4}$/.test(type)) throw new MetadataError('PNG chunk');
    if (PNG_DROP.has(type)) removed.push(type);
    else out.push(bytes.subarray(i, end));
    ended = type === 'IEND';
    i = end;
  }
  if (!ended) throw new MetadataError('PNG without IEND');
  return { bytes: Buffer.concat(out), outcome: 'stripped', removed };
}

export function stripWebp(bytes: Buffer): StripResult {
  if (
    bytes.length < 12 ||
    bytes.toString('latin1', 0, 4) !== 'RIFF' ||
    bytes.toString('latin1', 8, 12) !== 'WEBP'
  )
    throw new MetadataError('not a WebP');
  const out: Buffer[] = [];
  const removed: string[] = [];
  let i = 12;
  while (i < bytes.length) {
    if (i + 8 > bytes.length) throw new MetadataError('WebP truncated');
    const type = bytes.toString('latin1', i, i + 4);
    const size = bytes.readUInt32LE(i + 4);
    const end = i + 8 + size + (size % 2);
    if (i + 8 + size > bytes.length) throw new MetadataError('WebP chunk');
    const chunk = Buffer.from(bytes.subarray(i, Math.min(end, bytes.length)));
    if (type === 'EXIF' || type === 'XMP ') removed.push(type.trim());
    else {
      // VP8X flags: bit 3 = EXIF present, bit 2 = XMP present.
      if (type === 'VP8X' && chunk.length > 8) chunk[8] = chunk[8]! & ~0x0c;
      out.push(chunk);
    }
    i = end;
  }
  const body = Buffer.concat(out);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return { bytes: Buffer.concat([header, body]), outcome: 'stripped', removed };
}
