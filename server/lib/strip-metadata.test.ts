/**
 * Metadata stripping on real crafted files that carry GPS EXIF: after stripping, the GPS tags'
 * bytes, the Exif/XMP/IPTC blocks and every text chunk are gone, and the image data is intact.
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MetadataError, stripMetadata } from './strip-metadata';
import {
  gpsLatitudeBytes,
  gpsTiff,
  jpegWithGps,
  pngChunk,
  pngWithGps,
  SECRET_TEXT,
} from './strip-metadata.fixture';

/** The markers of a JPEG up to the start of scan. */
function jpegMarkers(b: Buffer): number[] {
  const markers: number[] = [];
  let i = 2;
  while (i < b.length) {
    const m = b[i + 1]!;
    markers.push(m);
    if (m === 0xda) break;
    i += 2 + b.readUInt16BE(i + 2);
  }
  return markers;
}

function pngChunks(b: Buffer): { type: string; data: Buffer }[] {
  const chunks: { type: string; data: Buffer }[] = [];
  for (let i = 8; i < b.length;) {
    const len = b.readUInt32BE(i);
    chunks.push({ type: b.toString('latin1', i + 4, i + 8), data: b.subarray(i + 8, i + 8 + len) });
    i += 12 + len;
  }
  return chunks;
}

describe('stripMetadata', () => {
  it('JPEG: drops APP1 (Exif with GPS, XMP), APP13 and COM; keeps JFIF, tables and the scan', () => {
    const original = jpegWithGps();
    expect(original.includes(gpsLatitudeBytes())).toBe(true);
    expect(original.includes(Buffer.from('Exif\0\0'))).toBe(true);
    expect(original.includes(Buffer.from(SECRET_TEXT))).toBe(true);
    const { bytes, outcome, removed } = stripMetadata(original, 'image/jpeg');
    expect(outcome).toBe('stripped');
    expect(removed).toEqual(['APP1', 'APP1', 'APP13', 'COM']);
    expect(bytes.includes(gpsLatitudeBytes())).toBe(false);
    expect(bytes.includes(Buffer.from([0x25, 0x88]))).toBe(false); // the GPS IFD pointer tag
    expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
    expect(bytes.includes(Buffer.from('GPSLatitude'))).toBe(false);
    expect(bytes.includes(Buffer.from(SECRET_TEXT))).toBe(false);
    expect(jpegMarkers(bytes)).toEqual([0xe0, 0xdb, 0xc0, 0xc4, 0xc4, 0xda]);
    // The compressed image and EOI are byte for byte the original's.
    const sos = original.indexOf(Buffer.from([0xff, 0xda]));
    expect(bytes.subarray(bytes.indexOf(Buffer.from([0xff, 0xda])))).toEqual(original.subarray(sos));
    // Stripping twice changes nothing more.
    expect(stripMetadata(bytes, 'image/jpeg').bytes).toEqual(bytes);
  });

  it('PNG: drops eXIf, tEXt, iTXt, zTXt and tIME; the pixel and the CRCs survive', () => {
    const original = pngWithGps();
    expect(original.includes(gpsLatitudeBytes())).toBe(true);
    const { bytes, removed } = stripMetadata(original, 'image/png');
    expect(removed).toEqual(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);
    expect(bytes.includes(gpsLatitudeBytes())).toBe(false);
    expect(bytes.includes(gpsTiff())).toBe(false);
    expect(bytes.includes(Buffer.from(SECRET_TEXT))).toBe(false);
    const chunks = pngChunks(bytes);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([...zlib.inflateSync(chunks[1]!.data)]).toEqual([0, 0x33, 0x66, 0xcc]);
    for (const c of chunks) expect(bytes.includes(pngChunk(c.type, c.data))).toBe(true);
  });

  it('WebP: drops EXIF and XMP chunks and clears their VP8X flags', () => {
    const chunk = (type: string, data: Buffer) => {
      const h = Buffer.alloc(8);
      h.write(type, 0, 'latin1');
      h.writeUInt32LE(data.length, 4);
      return Buffer.concat([h, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
    };
    const vp8x = Buffer.alloc(10);
    vp8x[0] = 0x0c;
    const body = Buffer.concat([
      chunk('VP8X', vp8x),
      chunk('VP8L', Buffer.from([0x2f, 0, 0, 0, 0])),
      chunk('EXIF', gpsTiff()),
      chunk('XMP ', Buffer.from(`<x>${SECRET_TEXT}</x>`)),
    ]);
    const head = Buffer.alloc(12);
    head.write('RIFF', 0, 'latin1');
    head.writeUInt32LE(body.length + 4, 4);
    head.write('WEBP', 8, 'latin1');
    const { bytes, removed } = stripMetadata(Buffer.concat([head, body]), 'image/webp');
    expect(removed).toEqual(['EXIF', 'XMP']);
    expect(bytes.includes(gpsLatitudeBytes())).toBe(false);
    expect(bytes.includes(Buffer.from(SECRET_TEXT))).toBe(false);
    expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
    expect(bytes[20]! & 0x0c).toBe(0);
  });

  it('PDF: unchanged, and says so', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
    const r = stripMetadata(pdf, 'application/pdf');
    expect(r.outcome).toBe('unchanged_pdf');
    expect(r.bytes).toEqual(pdf);
  });

  it('refuses what does not parse instead of sending it out unchanged', () => {
    const jpeg = jpegWithGps();
    expect(() => stripMetadata(jpeg.subarray(0, 30), 'image/jpeg')).toThrow(MetadataError);
    expect(() => stripMetadata(Buffer.from('not a png'), 'image/png')).toThrow(MetadataError);
    const png = pngWithGps();
    expect(() => stripMetadata(png.subarray(0, png.length - 12), 'image/png')).toThrow(MetadataError);
    expect(() => stripMetadata(Buffer.from('x'), 'text/html')).toThrow(MetadataError);
  });
});
