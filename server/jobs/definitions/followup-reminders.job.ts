import { z } from 'zod';
import { todayIn } from '../../../shared/format/format';
import { sendFollowupReminders } from '../../modules/followups/reminders/reminders.service';
import { defineJob } from '../job-definition';

/**
 * Daily: the follow-up backlog's reminders before the due date (owner), after it (coordinator)
 * and the escalation to the issuer (server/modules/followups/reminders). Each is sent once per
 * person, item and stage, so a run repeated the same day sends nothing new.
 */
export const followupRemindersJob = defineJob({
  name: 'followup-reminders',
  payload: z.object({}).strict(),
  maxAttempts: 3,
  everyMs: 24 * 3_600_000,
  async run({ database }) {
    await sendFollowupReminders(database.db, todayIn('WIB'));
  },
});
