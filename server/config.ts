import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** Names proxy-addr (Fastify's trustProxy) knows for address ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, a CIDR (`10.0.0.0/8`, `fd00::/8`) or a range name. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [addr = '', bits, ...rest] = entry.split('/');
  const family = net.isIP(addr);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies may set X-Forwarded-For (and so the client address the per-IP limits count):
 * unset = none, the socket address is the client; `1` = trust that many hops; or a comma-separated
 * list of proxy addresses/CIDRs. Trusting every sender would let anyone pick their own address.
 */
const TrustProxySchema = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx): false | number | string[] => {
    if (v === undefined || v === '' || v === '0' || v === 'false') return false;
    if (/^\d+$/.test(v)) {
      const hops = Number(v);
      if (hops > 0 && hops <= 10) return hops;
    } else {
      const entries = v.split(',').map((e) => e.trim());
      if (entries.length > 0 && entries.every(isProxyAddress)) return entries;
    }
    ctx.addIssue({
      code: 'custom',
      message:
        'PATUH_TRUST_PROXY harus kosong, jumlah hop (1–10), atau daftar alamat/CIDR proksi dipisah koma',
    });
    return z.NEVER;
  });

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL harus berupa URL postgres://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PATUH_DATA_DIR: z.string().default('./data'),
  PATUH_DEMO: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  PATUH_SECURE_COOKIES: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  PATUH_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PATUH_UPLOAD_MAX_MB: z.coerce.number().positive().max(100).default(10),
  PATUH_LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(20),
  PATUH_PUBLIC_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  PATUH_READ_CACHE_SECONDS: z.coerce.number().min(0).max(300).default(10),
  PATUH_WORKER_IDLE_SECONDS: z.coerce.number().min(0.1).max(3600).default(10),
  PATUH_WORKER_HEAP_MB: z.coerce.number().int().min(64).max(4096).default(512),
  PATUH_TRUST_PROXY: TrustProxySchema,
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL harus berupa URL smtp:// atau smtps://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PATUH_MAIL_FROM: z.string().default('Patuh <patuh@localhost>'),
  PATUH_PUBLIC_URL: z.string().url().optional(),
  PATUH_REMINDER_WORKING_DAYS: z.coerce.number().int().min(0).max(20).default(3),
  PATUH_IDENTITY_KEY: z
    .string()
    .refine((s) => Buffer.from(s, 'base64').length === 32, 'harus 32 byte dalam base64')
    .optional(),
  PATUH_COMPLAINT_RETENTION_DAYS: z.coerce.number().int().min(30).max(36500).default(1825),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  secureCookies: boolean;
  logLevel: z.infer<typeof ConfigSchema>['PATUH_LOG_LEVEL'];
  uploadMaxBytes: number;
  /** Sign-in attempts per IP per minute (on top of the per-account lockout). */
  loginRateLimit: number;
  /** Open-data API (/api/public/v1) requests per client address per minute, across its routes. */
  publicRateLimit: number;
  /**
   * How long a cached read (session, results, summary, rapor, checklist) may be served; writes
   * through this server empty the cache at once, so this only bounds how late writes made by
   * another process show. 0 turns the cache off.
   */
  readCacheSeconds: number;
  /**
   * The heavy-work pool (server/lib/worker-pool.ts): a worker with nothing to do exits after this
   * many seconds, so its heap leaves the server's RSS soon after a PDF or an export (issue 9).
   */
  workerIdleSeconds: number;
  /** V8 old-generation limit of each heavy-work worker, in MB. */
  workerHeapMb: number;
  /**
   * Fastify's trustProxy: false (the socket address is the client), a hop count, or the proxies'
   * addresses/CIDRs. Only a trusted proxy's X-Forwarded-For names the client.
   */
  trustProxy: false | number | string[];
  /** SMTP server for e-mail; without it messages are written as .eml files under `dataDir/mail`. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people open Patuh at, for links in e-mails (default http://localhost:PORT). */
  publicUrl: string;
  /**
   * Whether PATUH_PUBLIC_URL was set: then the public pages' absolute links (Open Graph, sitemap)
   * always use it, whatever Host a request names; else the request's plain host name.
   */
  publicUrlFixed: boolean;
  /** Internal cycles' reminders start this many working days before their date (default 3). */
  reminderWorkingDays: number;
  /**
   * Key of the reporters' identities (32 bytes, base64); without it `<data>/keys/identity.key` is
   * created on first start (server/lib/identity-crypto.ts). Never logged.
   */
  identityKey: string | undefined;
  /** Days after a case closes before its reporter's personal data is erased (default 5 years). */
  complaintRetentionDays: number;
}

/** Parses the environment once; no DATABASE_URL means the embedded PGlite engine in the data directory. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Konfigurasi tidak valid:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.PATUH_DATA_DIR),
    demo: c.PATUH_DEMO,
    secureCookies: c.PATUH_SECURE_COOKIES,
    logLevel: c.PATUH_LOG_LEVEL,
    uploadMaxBytes: Math.round(c.PATUH_UPLOAD_MAX_MB * 1024 * 1024),
    loginRateLimit: c.PATUH_LOGIN_RATE_LIMIT,
    publicRateLimit: c.PATUH_PUBLIC_RATE_LIMIT,
    readCacheSeconds: c.PATUH_READ_CACHE_SECONDS,
    workerIdleSeconds: c.PATUH_WORKER_IDLE_SECONDS,
    workerHeapMb: c.PATUH_WORKER_HEAP_MB,
    trustProxy: c.PATUH_TRUST_PROXY,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.PATUH_MAIL_FROM,
    publicUrl: (c.PATUH_PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ''),
    publicUrlFixed: c.PATUH_PUBLIC_URL !== undefined,
    reminderWorkingDays: c.PATUH_REMINDER_WORKING_DAYS,
    identityKey: c.PATUH_IDENTITY_KEY,
    complaintRetentionDays: c.PATUH_COMPLAINT_RETENTION_DAYS,
  };
}
