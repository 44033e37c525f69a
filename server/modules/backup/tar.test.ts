import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isSafeEntryName } from './manifest';
import { readTarGz, tarHeader, TarGzWriter } from './tar';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-tar-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readAll(file: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  await readTarGz(file, async (e) => {
    const chunks: Buffer[] = [];
    return {
      write: (c) => void chunks.push(Buffer.from(c)),
      end: () => void out.set(e.name, Buffer.concat(chunks)),
    };
  });
  return out;
}

const longName = `files/uploads/${'a'.repeat(60)}/${'b'.repeat(60)}/${'c'.repeat(90)}.pdf`;
const entries: Array<[string, Buffer]> = [
  ['database/postgres.pgdump', crypto.randomBytes(300_000)],
  ['files/uploads/empty', Buffer.alloc(0)],
  ['files/uploads/exactly-one-block', crypto.randomBytes(512)],
  [longName, Buffer.from('prefix + name')],
  ['manifest.json', Buffer.from('{"ok":true}')],
];

async function writeArchive(name: string): Promise<string> {
  const file = path.join(dir, name);
  const w = new TarGzWriter(file);
  const src = path.join(dir, `${name}.src`);
  fs.writeFileSync(src, entries[0]![1]);
  const streamed = await w.addFile(entries[0]![0], src);
  expect(streamed.sha256).toBe(crypto.createHash('sha256').update(entries[0]![1]).digest('hex'));
  for (const [n, data] of entries.slice(1)) await w.addBuffer(n, data);
  await w.finish();
  return file;
}

describe('tar.gz writer and reader', () => {
  it('reads back every entry byte for byte, including empty, block-sized and long-named ones', async () => {
    const got = await readAll(await writeArchive('round.tar.gz'));
    expect([...got.keys()]).toEqual(entries.map(([n]) => n));
    for (const [n, data] of entries) expect(got.get(n)!.equals(data), n).toBe(true);
  });

  it('writes an archive GNU tar lists and extracts identically', async () => {
    const file = await writeArchive('gnu.tar.gz');
    const listed = execFileSync('tar', ['tzf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(listed).toEqual(entries.map(([n]) => n));
    const out = path.join(dir, 'gnu-out');
    fs.mkdirSync(out);
    execFileSync('tar', ['xzf', file, '-C', out]);
    expect(fs.readFileSync(path.join(out, longName)).toString()).toBe('prefix + name');
  });

  it('refuses to overwrite an existing file', async () => {
    const file = path.join(dir, 'exists.tar.gz');
    fs.writeFileSync(file, 'x');
    const w = new TarGzWriter(file);
    await w.addBuffer('manifest.json', Buffer.from('{}')).catch(() => undefined);
    await expect(w.finish()).rejects.toThrow(/EEXIST/);
    expect(fs.readFileSync(file, 'utf8')).toBe('x');
  });

  it('fails on a damaged header, a truncated archive and a non-gzip file', async () => {
    const good = fs.readFileSync(await writeArchive('damage.tar.gz'));
    const tar = zlib.gunzipSync(good);
    const badHeader = Buffer.from(tar);
    badHeader[10] = badHeader[10]! ^ 0x01; // inside the first entry's name: the header checksum no longer matches
    fs.writeFileSync(path.join(dir, 'hdr.tar.gz'), zlib.gzipSync(badHeader));
    await expect(readAll(path.join(dir, 'hdr.tar.gz'))).rejects.toThrow(/header checksum/);
    fs.writeFileSync(path.join(dir, 'short.tar.gz'), zlib.gzipSync(tar.subarray(0, 100_000)));
    await expect(readAll(path.join(dir, 'short.tar.gz'))).rejects.toThrow(/ends before/);
    fs.writeFileSync(path.join(dir, 'plain.tar.gz'), tar);
    await expect(readAll(path.join(dir, 'plain.tar.gz'))).rejects.toThrow();
  });

  it('writes sizes past 8 GiB in base-256 (the octal field holds 11 digits)', () => {
    const h = tarHeader({ name: 'database/big', size: 2 ** 33 + 5, mode: 0o600 }, new Date(0));
    expect(h[124]).toBe(0x80);
    expect(h.readUInt32BE(132)).toBe(5);
    expect(h[131]).toBe(2);
  });
});

describe('isSafeEntryName', () => {
  it.each([
    ['manifest.json', true],
    ['database/pglite.tar.gz', true],
    ['files/uploads/0b7c', true],
    ['files/secret.key', true],
    ['../etc/passwd', false],
    ['/etc/passwd', false],
    ['files/../../etc/passwd', false],
    ['files/./x', false],
    ['files//x', false],
    ['files/uploads/', false],
    ['other/file', false],
    ['files\\..\\x', false],
    ['database', false],
  ])('%s → %s', (name, safe) => expect(isSafeEntryName(name)).toBe(safe));
});
