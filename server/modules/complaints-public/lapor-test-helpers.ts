/**
 * Test helpers for the citizen's pages: a browser-like visitor over app.inject (keeps cookies),
 * multipart bodies as a browser sends them, and a valid report's fields.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
/** A Windows executable's first bytes ("MZ"), named like a PDF. */
export const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(64)]);

export interface UploadFile {
  field: string;
  filename: string;
  content: Buffer;
  type?: string;
}

const BOUNDARY = '----patuhLaporBoundary7MA4YWxkTrZu0gW';

export function multipart(fields: Record<string, string>, files: UploadFile[] = []) {
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    chunks.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  for (const f of files)
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\nContent-Type: ${f.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      f.content,
      Buffer.from('\r\n'),
    );
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

/** A valid report's text fields (the registry government given). */
export function reportFields(governmentId: string): Record<string, string> {
  return {
    'identity.fullName': 'Siti Rahmawati',
    'identity.birthPlace': 'Paringin',
    'identity.birthDate': '1990-04-12',
    'identity.maritalStatus': 'kawin',
    'identity.occupation': 'Pedagang',
    'identity.address': 'Jl. Ahmad Yani No. 5, Paringin',
    'identity.nik': '6311015204900001',
    'identity.phone': '0812-3456-7890',
    'identity.email': 'siti@example.test',
    'body.kind': 'pemda',
    'body.governmentId': governmentId,
    'body.name': 'Dinas Kependudukan',
    'body.regionCode': '',
    subject: 'KTP-el tidak kunjung terbit',
    description: 'Sudah tiga bulan menunggu KTP-el <b>tanpa</b> kabar & tanpa alasan.',
    eventDate: '2026-06-01',
    eventPlace: 'Kantor Disdukcapil',
    priorEffort: 'Saya sudah mengadu ke loket pengaduan pada bulan lalu.',
    priorComplaintDate: '2026-06-15',
    expectation: 'KTP-el saya diterbitkan.',
    confidential: 'on',
    consent: 'on',
  };
}

/** The identity values of reportFields: none may appear on any page after the receipt. */
export const IDENTITY_VALUES = [
  'Siti Rahmawati',
  'Paringin',
  '6311015204900001',
  '0812-3456-7890',
  '081234567890',
  'siti@example.test',
  'Ahmad Yani',
  'Pedagang',
];

/** A visitor: keeps cookies between requests like a browser. */
export class Visitor {
  cookies: Record<string, string> = {};
  constructor(
    private readonly app: FastifyInstance,
    readonly ip = '203.0.113.7',
  ) {}

  private keep(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now())) delete this.cookies[c.name];
      else this.cookies[c.name] = c.value;
    }
    return res;
  }

  async get(url: string) {
    return this.keep(
      await this.app.inject({ method: 'GET', url, cookies: this.cookies, remoteAddress: this.ip }),
    );
  }

  async post(url: string, body: { payload: Buffer | string; headers: Record<string, string> }) {
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        payload: body.payload,
        headers: body.headers,
        cookies: this.cookies,
        remoteAddress: this.ip,
      }),
    );
  }

  /** A url-encoded form post. */
  async postForm(url: string, fields: Record<string, string>) {
    return this.post(url, {
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
}

/** The value of a hidden input in a page. */
export function hidden(page: string, name: string): string {
  const m = new RegExp(`name="${name}" value="([^"]*)"`).exec(page);
  if (!m) throw new Error(`no hidden ${name}`);
  return m[1]!;
}
