import { z } from 'zod';
import { todayWib } from '../../modules/complaints/complaints.create';
import { sweepDeadlines } from '../../modules/complaints/deadlines.sweep';
import { defineJob } from '../job-definition';

/**
 * Once a day (00:00 UTC = 07:00 WIB, or at the next start when the server was down): the case
 * clocks' reminders, lapses and prompts (server/modules/complaints/deadlines.sweep.ts). Each
 * message goes out once per clock however often it runs.
 */
export const complaintDeadlinesJob = defineJob({
  name: 'complaint-deadlines',
  payload: z.object({}).strict(),
  maxAttempts: 3,
  everyMs: 24 * 3_600_000,
  async run({ database }) {
    await sweepDeadlines(database.db, todayWib());
  },
});
