/**
 * Sends one e-mail: through SMTP when `SMTP_URL` is set (nodemailer), otherwise as an .eml file under
 * `dataDir/mail/` that admins can list and open (the outbox of an installation without a mail server).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../../config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The folder of written .eml files. */
export function outboxDir(config: Config): string {
  return path.join(config.dataDir, 'mail');
}

/** Delivers the message; returns where it went (`smtp` or the .eml file name). */
export async function sendMail(config: Config, mail: Mail): Promise<{ via: 'smtp' | 'file'; name?: string }> {
  const message = { from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text };
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    try {
      await transport.sendMail(message);
    } finally {
      transport.close();
    }
    return { via: 'smtp' };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await transport.sendMail(message);
  const dir = outboxDir(config);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}.eml`;
  fs.writeFileSync(path.join(dir, name), info.message as Buffer, { mode: 0o600 });
  return { via: 'file', name };
}

const EML_NAME = /^[0-9TZ-]+-[0-9a-f]{8}\.eml$/;

/** The written messages, newest first, with their recipient and subject (read from the headers). */
export function listOutbox(config: Config, limit = 200) {
  const dir = outboxDir(config);
  if (!fs.existsSync(dir)) return [];
  const names = fs
    .readdirSync(dir)
    .filter((n) => EML_NAME.test(n))
    .sort()
    .reverse()
    .slice(0, limit);
  return names.map((name) => {
    const file = path.join(dir, name);
    const stat = fs.statSync(file);
    const head = fs.readFileSync(file, 'utf8').split(/\n\n/, 1)[0] ?? '';
    const header = (key: string) => new RegExp(`^${key}: (.*)$`, 'mi').exec(head)?.[1]?.trim() ?? '';
    return {
      name,
      size: stat.size,
      createdAt: stat.mtime.toISOString(),
      to: header('To'),
      subject: header('Subject'),
    };
  });
}

/** One written message's path, or null for a name that is not one of ours. */
export function outboxFile(config: Config, name: string): string | null {
  if (!EML_NAME.test(name)) return null;
  const file = path.join(outboxDir(config), name);
  return fs.existsSync(file) ? file : null;
}
