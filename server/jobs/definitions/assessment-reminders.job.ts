import { z } from 'zod';
import { sendAssessmentReminders } from '../../modules/notifications/reminders';
import { defineJob } from '../job-definition';

/** Every six hours: today's phase reminders (each sent once per person, deadline and day). */
export const assessmentRemindersJob = defineJob({
  name: 'assessment-reminders',
  payload: z.object({}).strict(),
  maxAttempts: 3,
  everyMs: 6 * 3_600_000,
  async run({ database }) {
    await sendAssessmentReminders(database.db, new Date().toISOString().slice(0, 10));
  },
});
