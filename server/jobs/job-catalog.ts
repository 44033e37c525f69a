import type { JobDefinition } from './job-definition';
import { maintenanceJob } from './definitions/maintenance.job';

/** Every kind of background job the server runs (one definition file each under definitions/). */
export const JOB_DEFINITIONS: JobDefinition<never>[] = [maintenanceJob as JobDefinition<never>];
