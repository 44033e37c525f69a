import {
  NOTIFICATION_KINDS,
  renderNotification,
  type Inbox,
  type NotificationKind,
  type NotificationSettings,
} from '../../../shared/contracts/notifications';
import type { Executor } from '../../db/client';
import { enqueueJob } from '../../jobs/job-definition';
import { sendEmailJob } from '../../jobs/definitions/send-email.job';
import { NotFoundError, ValidationError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import * as repo from './notifications.repository';

/**
 * Sends a notification to one person as their settings allow: into the inbox (unless they turned
 * that kind off there) and by e-mail through the job queue (unless they turned e-mail off). A
 * repeated `dedupeKey` sends nothing. Returns the notification's id, or null when nothing was sent.
 */
export async function notify(db: Executor, n: repo.NewNotification): Promise<string | null> {
  const setting = (await repo.settingsOf(db, n.userId)).find((s) => s.kind === n.kind);
  const inApp = setting?.inApp ?? true;
  const email = setting?.email ?? true;
  if (!inApp && !email) return null;
  const row = await repo.insertNotification(db, n);
  if (!row) return null;
  if (!inApp) await repo.markRead(db, n.userId, row.id);
  if (email) await enqueueJob(db, sendEmailJob, { notificationId: row.id }, { dedupeKey: `mail:${row.id}` });
  return row.id;
}

function encodeCursor(r: { createdAt: Date; id: string }): string {
  return `${r.createdAt.toISOString()}|${r.id}`;
}

function decodeCursor(c: string | undefined): { at: Date; id: string } | undefined {
  if (!c) return undefined;
  const [at, id] = c.split('|');
  const date = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime()))
    throw new ValidationError({ cursor: { message: 'field.invalid' } });
  return { at: date, id };
}

/** The signed-in person's inbox in their language, newest first, with the unread count. */
export async function inboxOf(
  db: Executor,
  actor: Actor,
  q: { unread?: 'true' | 'false'; limit: number; cursor?: string },
  lang: 'id' | 'en',
): Promise<Inbox> {
  const rows = await repo.listInbox(db, actor.id, {
    unreadOnly: q.unread === 'true',
    after: decodeCursor(q.cursor),
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  return {
    unread: await repo.countUnread(db, actor.id),
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      ...renderNotification(r.kind, r.params as Record<string, string | number>, lang),
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > q.limit ? encodeCursor(page.at(-1)!) : null,
  };
}

/** Marks one of the person's notifications read; another person's is "not found". */
export async function readNotification(db: Executor, actor: Actor, id: string): Promise<void> {
  if (!(await repo.markRead(db, actor.id, id))) throw new NotFoundError();
}

export async function readAllNotifications(db: Executor, actor: Actor): Promise<{ marked: number }> {
  return { marked: await repo.markAllRead(db, actor.id) };
}

/** Every kind with the person's choice (both on where they never chose). */
export async function settingsFor(db: Executor, actor: Actor): Promise<NotificationSettings> {
  const saved = new Map((await repo.settingsOf(db, actor.id)).map((s) => [s.kind, s]));
  return {
    items: NOTIFICATION_KINDS.map((kind) => ({
      kind,
      inApp: saved.get(kind)?.inApp ?? true,
      email: saved.get(kind)?.email ?? true,
    })),
  };
}

export async function saveSettings(
  db: Executor,
  actor: Actor,
  input: NotificationSettings,
): Promise<NotificationSettings> {
  for (const s of input.items)
    await repo.putSetting(db, actor.id, s.kind as NotificationKind, s.inApp, s.email);
  return settingsFor(db, actor);
}
