import { z } from 'zod';
import { sendInternalReminders } from '../../modules/notifications/internal-reminders';
import { sendAssessmentReminders } from '../../modules/notifications/reminders';
import { defineJob } from '../job-definition';

/**
 * Every six hours: today's phase reminders of official cycles (each sent once per person, deadline
 * and day) and of internal cycles (working days before their dates: PATUH_REMINDER_WORKING_DAYS).
 */
export const assessmentRemindersJob = defineJob({
  name: 'assessment-reminders',
  payload: z.object({}).strict(),
  maxAttempts: 3,
  everyMs: 6 * 3_600_000,
  async run({ database, config }) {
    const now = new Date();
    await sendAssessmentReminders(database.db, now.toISOString().slice(0, 10));
    await sendInternalReminders(database.db, now, config.reminderWorkingDays);
  },
});
