/**
 * Real, decodable images carrying GPS EXIF (and other identifying metadata), built byte by byte
 * for the metadata tests: a 1×1 baseline JPEG and a 1×1 PNG. The GPS position is 6°12′34.56″ S,
 * and every metadata block also holds the text `RUMAH-PELAPOR` so a test can search the bytes.
 */
import zlib from 'node:zlib';

export const SECRET_TEXT = 'RUMAH-PELAPOR';

/** A TIFF (little endian) whose IFD0 points to a GPS IFD with GPSLatitudeRef 'S' and GPSLatitude. */
export function gpsTiff(): Buffer {
  const b = Buffer.alloc(118 + SECRET_TEXT.length + 1);
  b.write('II', 0, 'latin1');
  b.writeUInt16LE(42, 2);
  b.writeUInt32LE(8, 4);
  // IFD0: 2 entries — GPS IFD pointer (0x8825) and Artist (0x013b, ASCII) holding the secret text.
  b.writeUInt16LE(2, 8);
  b.writeUInt16LE(0x8825, 10);
  b.writeUInt16LE(4, 12);
  b.writeUInt32LE(1, 14);
  b.writeUInt32LE(38, 18);
  b.writeUInt16LE(0x013b, 22);
  b.writeUInt16LE(2, 24);
  b.writeUInt32LE(SECRET_TEXT.length + 1, 26);
  b.writeUInt32LE(118, 30);
  b.writeUInt32LE(0, 34);
  // GPS IFD at 38: GPSLatitudeRef (0x0001, ASCII 'S') and GPSLatitude (0x0002, 3 RATIONAL at 68).
  b.writeUInt16LE(2, 38);
  b.writeUInt16LE(0x0001, 40);
  b.writeUInt16LE(2, 42);
  b.writeUInt32LE(2, 44);
  b.write('S\0', 48, 'latin1');
  b.writeUInt16LE(0x0002, 52);
  b.writeUInt16LE(5, 54);
  b.writeUInt32LE(3, 56);
  b.writeUInt32LE(68, 60);
  b.writeUInt32LE(0, 64);
  const rationals = [6, 1, 12, 1, 3456, 100];
  rationals.forEach((v, k) => b.writeUInt32LE(v, 68 + k * 4));
  // 92..117 padding; the Artist text at 118.
  b.write(`${SECRET_TEXT}\0`, 118, 'latin1');
  return b;
}

/** The GPSLatitude rationals as they sit in the file: the bytes a test looks for. */
export function gpsLatitudeBytes(): Buffer {
  const b = Buffer.alloc(24);
  [6, 1, 12, 1, 3456, 100].forEach((v, k) => b.writeUInt32LE(v, k * 4));
  return b;
}

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** A 1×1 grey baseline JPEG with APP0 (JFIF), APP1 Exif (GPS), APP1 XMP, APP13 and a COM segment. */
export function jpegWithGps(): Buffer {
  const jfif = Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const exif = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), gpsTiff()]);
  const xmp = Buffer.from(
    `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>6,12.576S</exif:GPSLatitude><dc:creator>${SECRET_TEXT}</dc:creator></x:xmpmeta>`,
    'latin1',
  );
  const iptc = Buffer.from(`Photoshop 3.0\u00008BIM${SECRET_TEXT}`, 'latin1');
  const dqt = Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]);
  const sof = Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0]);
  const oneCode = (cls: number) => Buffer.concat([Buffer.from([cls, 1]), Buffer.alloc(15), Buffer.from([0])]);
  const sos = Buffer.from([1, 1, 0, 0, 0x3f, 0]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, jfif),
    segment(0xe1, exif),
    segment(0xe1, xmp),
    segment(0xed, iptc),
    segment(0xfe, Buffer.from(`Foto oleh ${SECRET_TEXT}`, 'latin1')),
    segment(0xdb, dqt),
    segment(0xc0, sof),
    segment(0xc4, oneCode(0x00)),
    segment(0xc4, oneCode(0x10)),
    segment(0xda, sos),
    // DC difference 0 ('0'), then end of block ('0'), padded with ones.
    Buffer.from([0x3f, 0xff, 0xd9]),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A 1×1 RGB PNG (one pixel #3366cc) with eXIf (GPS), tEXt, iTXt, zTXt and tIME chunks. */
export function pngWithGps(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const pixels = zlib.deflateSync(Buffer.from([0, 0x33, 0x66, 0xcc]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('eXIf', gpsTiff()),
    pngChunk('tEXt', Buffer.from(`Author\0${SECRET_TEXT}`, 'latin1')),
    pngChunk('iTXt', Buffer.from(`Description\0\0\0\0\0${SECRET_TEXT}`, 'latin1')),
    pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), zlib.deflateSync(SECRET_TEXT)])),
    pngChunk('tIME', Buffer.from([0x07, 0xea, 6, 1, 12, 0, 0])),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
