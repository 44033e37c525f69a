import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors';
import { inspectXlsxZip, MAX_ENTRIES, MAX_UNCOMPRESSED_BYTES, verifyInflation } from './xlsx-guard';

interface Entry {
  name: string;
  data: Buffer;
  /** The uncompressed size the zip declares (defaults to the truth). */
  declared?: number;
}

/** A minimal zip (deflated entries, no data descriptors), with sizes as declared. */
function zip(entries: Entry[], opts: { hidden?: Entry } = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const local = (e: Entry) => {
    const name = Buffer.from(e.name);
    const body = zlib.deflateRawSync(e.data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(e.declared ?? e.data.length, 22);
    head.writeUInt16LE(name.length, 26);
    return { bytes: Buffer.concat([head, name, body]), name, body };
  };
  for (const e of entries) {
    const { bytes, name, body } = local(e);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(e.declared ?? e.data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    locals.push(bytes);
    offset += bytes.length;
    if (opts.hidden && locals.length === 1) {
      const hidden = local(opts.hidden).bytes;
      locals.push(hidden);
      offset += hidden.length;
    }
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const xml = (n: number) => Buffer.from('<row/>'.repeat(n));
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError)
      return { status: err.status, key: err.fields?.file?.message ?? err.messageKey };
    throw err;
  }
  return null;
};

describe('xlsx zip guard', () => {
  it('accepts a well-formed zip and inflates it within the declared sizes', () => {
    const buf = zip([
      { name: 'xl/workbook.xml', data: xml(10) },
      { name: 'xl/worksheets/sheet1.xml', data: xml(1000) },
    ]);
    const entries = inspectXlsxZip(buf);
    expect(entries.map((e) => [e.name, e.size])).toEqual([
      ['xl/workbook.xml', 60],
      ['xl/worksheets/sheet1.xml', 6000],
    ]);
    expect(failure(() => verifyInflation(buf, entries))).toBeNull();
  });

  it('refuses, before inflating, a zip that declares more than the limit (a zip bomb that says so)', () => {
    const bomb = zip([
      { name: 'xl/worksheets/sheet1.xml', data: xml(10), declared: MAX_UNCOMPRESSED_BYTES + 1 },
    ]);
    expect(failure(() => inspectXlsxZip(bomb))).toEqual({ status: 400, key: 'import.tooLargeUncompressed' });
  });

  it('refuses an entry that inflates beyond what it declared (a zip bomb that lies)', () => {
    // 20 MB of zeros deflate to ~20 KB; the zip claims 1 KB.
    const liar = zip([
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024), declared: 1024 },
    ]);
    const entries = inspectXlsxZip(liar);
    expect(failure(() => verifyInflation(liar, entries))).toEqual({
      status: 400,
      key: 'import.tooLargeUncompressed',
    });
  });

  it('refuses too many entries, an entry the directory hides, and what is not a zip', () => {
    const many = zip(
      Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({ name: `x/${i}.xml`, data: xml(1) })),
    );
    expect(failure(() => inspectXlsxZip(many))?.status).toBe(400);
    const hidden = zip(
      [
        { name: 'xl/workbook.xml', data: xml(1) },
        { name: 'xl/styles.xml', data: xml(1) },
      ],
      { hidden: { name: 'xl/worksheets/sheet9.xml', data: xml(100) } },
    );
    expect(failure(() => inspectXlsxZip(hidden))).toEqual({ status: 415, key: 'import.notXlsx' });
    const fake = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 7)]);
    expect(failure(() => inspectXlsxZip(fake))).toEqual({ status: 415, key: 'import.notXlsx' });
  });
});
