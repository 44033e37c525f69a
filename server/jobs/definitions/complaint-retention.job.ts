import { z } from 'zod';
import { eraseExpiredPersonalData } from '../../modules/complaint-retention/complaint-retention.service';
import { defineJob } from '../job-definition';

/**
 * Daily: the personal data of cases closed more than PATUH_COMPLAINT_RETENTION_DAYS ago is erased
 * (identity, the reporter's messages and files); the case statistics stay. One audit entry per run.
 */
export const complaintRetentionJob = defineJob({
  name: 'complaint-retention',
  payload: z.object({}).strict(),
  maxAttempts: 3,
  everyMs: 24 * 3_600_000,
  async run({ database, config }) {
    await eraseExpiredPersonalData(database, {
      retentionDays: config.complaintRetentionDays,
      dataDir: config.dataDir,
    });
  },
});
