import { describe, expect, it } from 'vitest';
import { sniffFileType } from './file-sniff';

const b = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffFileType', () => {
  it.each([
    ['PDF', b('%PDF-1.7\n%âãÏÓ'), 'application/pdf'],
    ['PNG', b([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'],
    ['JPEG', b([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'), 'image/jpeg'],
    ['WebP', b('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
  ])('recognises %s', (_name, head, mime) => {
    expect(sniffFileType(head)?.mimeType).toBe(mime);
  });

  it.each([
    ['plain text', b('hello, this is not a PDF')],
    ['HTML', b('<!doctype html><script>')],
    ['SVG', b('<svg xmlns="http://www.w3.org/2000/svg">')],
    ['RIFF that is not WebP (WAV)', b('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['truncated PNG signature', b([0x89, 0x50, 0x4e])],
    ['PDF marker not at the start', b(' %PDF-1.4')],
    ['empty', b('')],
  ])('rejects %s', (_name, head) => {
    expect(sniffFileType(head)).toBeNull();
  });
});
