/**
 * The reporter's identity at rest (issue 14 part 9; UU 37/2008 Pasal 3 huruf h, Pasal 24(2)):
 * AES-256-GCM under a key that is never in the database — `PATUH_IDENTITY_KEY` (32 bytes, base64)
 * or, without it, `<data>/keys/identity.key`, created on first start with mode 0600 (backups carry
 * the `keys/` folder). A second key derived from it (HKDF) makes the keyed hash that finds
 * duplicate reports without the clear text. The PIN of a report is hashed with scrypt and compared
 * in constant time.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConflictError } from './errors';

export interface IdentityKeys {
  /** AES-256-GCM key. */
  cipher: Buffer;
  /** HMAC-SHA-256 key for duplicate detection. */
  hash: Buffer;
}

const KEY_BYTES = 32;

function derive(master: Buffer): IdentityKeys {
  const take = (info: string) =>
    Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), Buffer.from(info), KEY_BYTES));
  return { cipher: take('patuh identity cipher v1'), hash: take('patuh identity hash v1') };
}

export function identityKeyPath(dataDir: string): string {
  return path.join(dataDir, 'keys', 'identity.key');
}

/**
 * The identity keys: from `envKey` (base64 of 32 bytes) when given, else from the key file, which
 * is created (0600, its folder 0700) when missing. A malformed key stops the start: data encrypted
 * under one key must never be written under another by accident.
 */
export function loadIdentityKeys(dataDir: string, envKey?: string): IdentityKeys {
  if (envKey) {
    const master = Buffer.from(envKey, 'base64');
    if (master.length !== KEY_BYTES) throw new Error('PATUH_IDENTITY_KEY must be 32 bytes, base64');
    return derive(master);
  }
  const file = identityKeyPath(dataDir);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      // `wx`: two processes starting at once — the second reads the first one's key.
      fs.writeFileSync(file, crypto.randomBytes(KEY_BYTES).toString('base64') + '\n', {
        flag: 'wx',
        mode: 0o600,
      });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const master = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (master.length !== KEY_BYTES) throw new Error(`${file} is not a 32-byte base64 key`);
  return derive(master);
}

const loaded = new Map<string, IdentityKeys>();

/** The keys of a configuration, loaded (and the key file created) once per process. */
export function identityKeysOf(config: { dataDir: string; identityKey: string | undefined }): IdentityKeys {
  const id = `${config.dataDir}\u0000${config.identityKey ?? ''}`;
  let keys = loaded.get(id);
  if (!keys) {
    keys = loadIdentityKeys(config.dataDir, config.identityKey);
    loaded.set(id, keys);
  }
  return keys;
}

/** `iv.tag.ciphertext`, each base64url. */
export function encryptJson(keys: IdentityKeys, value: unknown): string {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', keys.cipher, iv);
  const body = Buffer.concat([c.update(JSON.stringify(value), 'utf8'), c.final()]);
  return [iv, c.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

/**
 * The value `encryptJson` sealed. Text altered or sealed under another key (a database restored
 * without its key, or started with another data folder) is a 409 naming the key, never a 500.
 */
export function decryptJson<T>(keys: IdentityKeys, sealed: string): T {
  const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16)
    throw new ConflictError('error.identityKeyMismatch');
  try {
    const d = crypto.createDecipheriv('aes-256-gcm', keys.cipher, iv);
    d.setAuthTag(tag);
    return JSON.parse(Buffer.concat([d.update(body), d.final()]).toString('utf8')) as T;
  } catch {
    throw new ConflictError('error.identityKeyMismatch');
  }
}

/** Lower case, no accents, no punctuation, single spaces: "  Siti  NURHALIZA, " = "siti nurhaliza". */
export function normaliseForHash(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Keyed hash of the parts (normalised), hex. Equal parts give equal hashes under one key only. */
export function keyedHash(keys: IdentityKeys, parts: readonly string[]): string {
  return crypto
    .createHmac('sha256', keys.hash)
    .update(parts.map(normaliseForHash).join('\u0001'))
    .digest('hex');
}

const SCRYPT = { N: 16384, r: 8, p: 1 } as const;

/** `scrypt$salt$hash` of a PIN. */
export function hashPin(pin: string): string {
  const salt = crypto.randomBytes(16);
  const hash = crypto.scryptSync(pin, salt, 32, SCRYPT);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** A fixed hash to compare against when the tracking number is unknown (same time as a real one). */
const DECOY = hashPin('000000');

/**
 * Constant-time check of a PIN against its stored hash. With `stored` undefined (no such tracking
 * number) it still does the same work, so a wrong number and a wrong PIN take the same time.
 */
export function verifyPin(pin: string, stored: string | undefined): boolean {
  const [scheme, saltB64, hashB64] = (stored ?? DECOY).split('$');
  if (scheme !== 'scrypt' || !saltB64 || !hashB64) return false;
  const expected = Buffer.from(hashB64, 'base64url');
  const actual = crypto.scryptSync(pin, Buffer.from(saltB64, 'base64url'), expected.length, SCRYPT);
  return crypto.timingSafeEqual(actual, expected) && stored !== undefined;
}

const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A tracking number like `LM-2026-7K3Q9X2P` (8 random symbols, no 0/O/1/I). */
export function newTrackingNumber(year: number): string {
  const bytes = crypto.randomBytes(8);
  let s = '';
  for (const b of bytes) s += TRACKING_ALPHABET[b % TRACKING_ALPHABET.length];
  return `LM-${year}-${s}`;
}

/** A 6-digit PIN, uniformly drawn. */
export function newPin(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}
