/**
 * Recognises an uploaded file by its first bytes ("magic numbers"), never by the name or the
 * declared content type, which the client controls. Only document and image formats that a
 * browser shows safely are accepted.
 */

export interface SniffedType {
  mimeType: 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/webp';
  extension: 'pdf' | 'png' | 'jpg' | 'webp';
}

const EXTENSIONS: Record<SniffedType['mimeType'], SniffedType['extension']> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** The file extension of a sniffed content type (null for anything the sniffer never yields). */
export function extensionForMime(mimeType: string): SniffedType['extension'] | null {
  return Object.hasOwn(EXTENSIONS, mimeType) ? EXTENSIONS[mimeType as SniffedType['mimeType']] : null;
}

/** How many leading bytes `sniffFileType` needs. */
export const SNIFF_BYTES = 16;

/** Human-readable list of accepted types, for the 415 message. */
export const ACCEPTED_FILE_TYPES = 'PDF, PNG, JPEG, WebP';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function startsWith(head: Buffer, magic: Buffer | string, at = 0): boolean {
  const m = typeof magic === 'string' ? Buffer.from(magic, 'latin1') : magic;
  return head.length >= at + m.length && head.subarray(at, at + m.length).equals(m);
}

/** The type of a file from its first SNIFF_BYTES bytes, or null when it is not an accepted format. */
export function sniffFileType(head: Buffer): SniffedType | null {
  if (startsWith(head, '%PDF-')) return { mimeType: 'application/pdf', extension: 'pdf' };
  if (startsWith(head, PNG)) return { mimeType: 'image/png', extension: 'png' };
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return { mimeType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8))
    return { mimeType: 'image/webp', extension: 'webp' };
  return null;
}
