import { z } from 'zod';
import { renderNotification } from '../../../shared/contracts/notifications';
import { sendMail } from '../../modules/notifications/mailer';
import { findNotificationForMail, markEmailed } from '../../modules/notifications/notifications.repository';
import { defineJob } from '../job-definition';

/**
 * The e-mail of one notification, in its recipient's language, with a link back into Patuh. Sent at
 * most once: a notification already e-mailed is skipped (a retried job after a crash sends nothing twice
 * once the first try recorded it).
 */
export const sendEmailJob = defineJob({
  name: 'send-email',
  payload: z.object({ notificationId: z.uuid() }),
  maxAttempts: 6,
  bulk: true,
  async run({ database, config }, { notificationId }) {
    const row = await findNotificationForMail(database.db, notificationId);
    if (!row || row.n.emailedAt) return;
    const lang = row.locale === 'en' ? 'en' : 'id';
    const { title, body } = renderNotification(
      row.n.kind,
      row.n.params as Record<string, string | number>,
      lang,
    );
    const link = row.n.link ? `${config.publicUrl}${row.n.link}` : config.publicUrl;
    const footer =
      lang === 'en'
        ? `Open in Patuh: ${link}\n\nYou receive this because of your role in Patuh. Choose what you receive under Notifications → Settings.`
        : `Buka di Patuh: ${link}\n\nAnda menerima pesan ini karena peran Anda di Patuh. Atur pemberitahuan yang Anda terima di Pemberitahuan → Pengaturan.`;
    await sendMail(config, { to: row.email, subject: `[Patuh] ${title}`, text: `${body}\n\n${footer}\n` });
    await markEmailed(database.db, notificationId);
  },
});
