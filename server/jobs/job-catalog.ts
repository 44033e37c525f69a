import type { JobDefinition } from './job-definition';
import { assessmentRemindersJob } from './definitions/assessment-reminders.job';
import { complaintDeadlinesJob } from './definitions/complaint-deadlines.job';
import { complaintReporterMailJob } from './definitions/complaint-reporter-mail.job';
import { complaintRetentionJob } from './definitions/complaint-retention.job';
import { followupRemindersJob } from './definitions/followup-reminders.job';
import { maintenanceJob } from './definitions/maintenance.job';
import { recomputeJob } from './definitions/recompute.job';
import { sendEmailJob } from './definitions/send-email.job';

/** Every kind of background job the server runs (one definition file each under definitions/). */
export const JOB_DEFINITIONS: JobDefinition<never>[] = [
  maintenanceJob,
  sendEmailJob,
  assessmentRemindersJob,
  recomputeJob,
  complaintDeadlinesJob,
  complaintReporterMailJob,
  complaintRetentionJob,
  followupRemindersJob,
] as unknown as JobDefinition<never>[];
