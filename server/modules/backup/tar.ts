/**
 * A small streaming tar (ustar) writer and reader, gzip-compressed with node:zlib: the backup
 * archive's container. Only regular files are written or accepted; every header's checksum is
 * verified on read, sizes over 8 GiB use the base-256 form GNU tar and bsdtar read.
 */
import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

const BLOCK = 512;
const OCTAL_SIZE_MAX = 8 ** 11 - 1;

export interface TarEntry {
  name: string;
  size: number;
  mode: number;
}

function writeOctal(buf: Buffer, value: number, offset: number, length: number): void {
  buf.write(`${value.toString(8).padStart(length - 1, '0')}\0`, offset, length, 'ascii');
}

function writeSize(buf: Buffer, size: number): void {
  if (size <= OCTAL_SIZE_MAX) return writeOctal(buf, size, 124, 12);
  // base-256: high bit set in the first byte, big-endian value in the rest
  buf[124] = 0x80;
  let v = BigInt(size);
  for (let i = 135; i > 124; i--) {
    buf[i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

/** Splits a path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a slash. */
function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', base: name };
  for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) {
    const prefix = name.slice(0, i);
    const base = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(base) <= 100) return { prefix, base };
  }
  throw new Error(`path too long for the archive: ${name}`);
}

export function tarHeader(entry: TarEntry, mtime: Date): Buffer {
  const h = Buffer.alloc(BLOCK, 0);
  const { prefix, base } = splitName(entry.name);
  h.write(base, 0, 100, 'utf8');
  writeOctal(h, entry.mode & 0o7777, 100, 8);
  writeOctal(h, 0, 108, 8);
  writeOctal(h, 0, 116, 8);
  writeSize(h, entry.size);
  writeOctal(h, Math.floor(mtime.getTime() / 1000), 136, 12);
  h.write('        ', 148, 8, 'ascii');
  h.write('0', 156, 1, 'ascii');
  h.write('ustar\0', 257, 6, 'ascii');
  h.write('00', 263, 2, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return h;
}

const padding = (size: number) => (BLOCK - (size % BLOCK)) % BLOCK;

/** Writes a .tar.gz file entry by entry; each entry's SHA-256 is returned as it is written. */
export class TarGzWriter {
  private readonly gzip = zlib.createGzip({ level: 6 });
  private readonly done: Promise<void>;
  private readonly mtime = new Date();

  constructor(file: string) {
    this.done = pipeline(this.gzip, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    this.done.catch(() => undefined); // surfaced by finish()
  }

  private async push(chunk: Buffer): Promise<void> {
    if (!this.gzip.write(chunk)) await Promise.race([once(this.gzip, 'drain'), this.done]);
  }

  /** Adds an in-memory entry. */
  async addBuffer(name: string, data: Buffer, mode = 0o640): Promise<string> {
    await this.push(tarHeader({ name, size: data.length, mode }, this.mtime));
    await this.push(data);
    await this.push(Buffer.alloc(padding(data.length)));
    return crypto.createHash('sha256').update(data).digest('hex');
  }

  /**
   * Streams a file from disk: the bytes it had when opened (a file still being written is cut at
   * that size). A file missing when opened throws ENOENT before anything is written.
   */
  async addFile(name: string, source: string): Promise<{ size: number; sha256: string }> {
    const fh = await fs.promises.open(source, 'r');
    try {
      const stat = await fh.stat();
      await this.push(tarHeader({ name, size: stat.size, mode: stat.mode & 0o777 }, this.mtime));
      const hash = crypto.createHash('sha256');
      let size = 0;
      if (stat.size > 0)
        for await (const chunk of fh.createReadStream({ start: 0, end: stat.size - 1, autoClose: false })) {
          const c = chunk as Buffer;
          size += c.length;
          hash.update(c);
          await this.push(c);
        }
      if (size !== stat.size) throw new Error(`${source} shrank while it was being archived`);
      await this.push(Buffer.alloc(padding(size)));
      return { size, sha256: hash.digest('hex') };
    } finally {
      await fh.close();
    }
  }

  /** Writes the end-of-archive blocks and waits until the file is on disk. */
  async finish(): Promise<void> {
    await this.push(Buffer.alloc(BLOCK * 2));
    this.gzip.end();
    await this.done;
  }

  /** Stops writing after a failure (the caller removes the file). */
  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.done.catch(() => undefined);
  }
}

function readOctal(h: Buffer, offset: number, length: number): number {
  const text = h
    .toString('ascii', offset, offset + length)
    .replace(/[\0 ]+$/g, '')
    .trim();
  if (!/^[0-7]*$/.test(text)) throw new Error('damaged archive: a header field is not a number');
  return text === '' ? 0 : parseInt(text, 8);
}

function readSize(h: Buffer): number {
  if ((h[124]! & 0x80) === 0) return readOctal(h, 124, 12);
  let v = 0n;
  for (let i = 125; i < 136; i++) v = (v << 8n) | BigInt(h[i]!);
  return Number(v);
}

function parseHeader(h: Buffer): TarEntry {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i]!;
  if (sum !== readOctal(h, 148, 8)) throw new Error('damaged archive: header checksum does not match');
  const type = String.fromCharCode(h[156]!);
  if (type !== '0' && type !== '\0') throw new Error(`unsupported archive entry type "${type}"`);
  const cstr = (o: number, l: number) => {
    const s = h.subarray(o, o + l);
    const end = s.indexOf(0);
    return s.toString('utf8', 0, end === -1 ? l : end);
  };
  const base = cstr(0, 100);
  const prefix = cstr(345, 155);
  return { name: prefix ? `${prefix}/${base}` : base, size: readSize(h), mode: readOctal(h, 100, 8) };
}

/** Receives one entry's bytes. */
export interface EntrySink {
  write: (chunk: Buffer) => Promise<void> | void;
  end: () => Promise<void> | void;
}

/**
 * Reads a .tar.gz file, calling `onEntry` for each regular file and feeding its bytes to the sink
 * it returns. Fails on a damaged gzip stream, a bad header checksum or a truncated archive.
 */
export async function readTarGz(
  file: string,
  onEntry: (entry: TarEntry) => Promise<EntrySink>,
): Promise<void> {
  let pending: Buffer = Buffer.alloc(0);
  let sink: EntrySink | null = null;
  let remaining = 0;
  let skip = 0;
  let ended = false;
  // pipeline reports an error thrown in the consumer as an abort: keep the real one.
  let failure: unknown;
  const consume = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      let buf: Buffer = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      pending = Buffer.alloc(0);
      while (buf.length > 0 && !ended) {
        if (sink) {
          const take = Math.min(remaining, buf.length);
          if (take > 0) await sink.write(buf.subarray(0, take));
          buf = buf.subarray(take);
          remaining -= take;
          if (remaining === 0) {
            await sink.end();
            sink = null;
          }
        } else if (skip > 0) {
          const take = Math.min(skip, buf.length);
          buf = buf.subarray(take);
          skip -= take;
        } else if (buf.length < BLOCK) {
          pending = buf;
          break;
        } else {
          const h = buf.subarray(0, BLOCK);
          buf = buf.subarray(BLOCK);
          if (h.every((b) => b === 0)) {
            ended = true;
            break;
          }
          const entry = parseHeader(h);
          sink = await onEntry(entry);
          remaining = entry.size;
          skip = padding(entry.size);
          if (remaining === 0) {
            await sink.end();
            sink = null;
          }
        }
      }
    }
  };
  // pipeline may settle on a stream error while the consumer is still writing an entry: wait for it.
  let consuming: Promise<void> | undefined;
  try {
    await pipeline(fs.createReadStream(file), zlib.createGunzip(), (source: AsyncIterable<Buffer>) => {
      consuming = consume(source).catch((err: unknown) => {
        failure = err;
        throw err;
      });
      return consuming;
    });
  } catch (err) {
    await consuming?.catch(() => undefined);
    throw failure ?? err;
  }
  if (!ended || sink) throw new Error('damaged archive: it ends before its last entry');
}
