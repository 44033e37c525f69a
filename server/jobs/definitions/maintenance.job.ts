import { z } from 'zod';
import { purgeExpiredSessions } from '../../modules/auth/auth.repository';
import { defineJob } from '../job-definition';
import { purgeDoneJobs } from '../jobs.repository';

/** How long a finished job stays listed for admins. Failed jobs stay until an admin retries them. */
export const KEEP_DONE_JOBS_MS = 7 * 24 * 3_600_000;

/** Hourly housekeeping: expired sessions and old finished jobs are removed. */
export const maintenanceJob = defineJob({
  name: 'maintenance',
  payload: z.object({}).strict(),
  maxAttempts: 3,
  everyMs: 3_600_000,
  async run({ database }) {
    await purgeExpiredSessions(database.db);
    await purgeDoneJobs(database.db, new Date(Date.now() - KEEP_DONE_JOBS_MS));
  },
});
