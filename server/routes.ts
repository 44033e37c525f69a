import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema } from '../shared/contracts/system';
import { auditRoutes } from './modules/audit/audit.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { releaseRoutes } from './modules/public-release/release.routes';
import { jobsRoutes } from './modules/jobs/jobs.routes';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { importRoutes } from './modules/imports/imports.routes';
import { standardsImportRoutes } from './modules/standards-import/standards-import.routes';
import { regionRoutes } from './modules/regions/regions.routes';
import { governmentRoutes } from './modules/registry/governments.routes';
import { officeRoutes } from './modules/registry/offices.routes';
import { unitRoutes } from './modules/registry/units.routes';
import { unitHistoryRoutes } from './modules/registry/unit-history.routes';
import { productRoutes } from './modules/registry/products.routes';
import { contactRoutes } from './modules/registry/contacts.routes';
import { agreementRoutes } from './modules/registry/agreements.routes';
import { userRoutes } from './modules/users/users.routes';
import { peopleRoutes } from './modules/people/people.routes';
import { appealRoutes } from './modules/assessments/appeals/appeals.routes';
import { checklistRoutes } from './modules/assessments/checklist/checklist.routes';
import { cycleRoutes } from './modules/assessments/cycles/cycles.routes';
import { internalCycleRoutes } from './modules/assessments/cycles/internal-cycles.routes';
import { recomputeRoutes } from './modules/assessments/cycles/recompute.routes';
import { resultRoutes } from './modules/assessments/results/results.routes';
import { internalResultRoutes } from './modules/assessments/results/internal-results.routes';
import { verificationRoutes } from './modules/assessments/verification/verification.routes';
import { cycleHistoryRoutes } from './modules/assessments/history/cycle-history.routes';
import { frameworkRoutes } from './modules/frameworks/frameworks.routes';
import { reportRoutes } from './modules/reports/reports.routes';
import { internalReportRoutes } from './modules/reports/internal-report.routes';
import { resultsExportRoutes } from './modules/reports/results-export.routes';
import { openDataRoutes } from './modules/public/open-data.routes';
import { complaintDeadlineRoutes } from './modules/complaints/deadlines.routes';
import { complaintRuleRoutes } from './modules/complaints/complaint-rules.routes';
import { complaintStatsRoutes } from './modules/complaint-stats/complaint-stats.routes';
import { complaintRoutes } from './modules/complaints/complaints.routes';
import { complaintLetterRoutes } from './modules/complaint-letters/letters.routes';
import { activityRoutes } from './modules/activities/activities.routes';
import { followupSourceRoutes } from './modules/followups/sources/sources.routes';
import { surveyResultsRoutes } from './modules/survey-results/survey-results.routes';
import { followupRoutes } from './modules/followups/followups.routes';
import { taatRoutes } from './modules/followups/taat/taat.routes';
import { followupReportRoutes } from './modules/followup-reports/followup-reports.routes';
import { unitProfileRoutes } from './modules/unit-profile/unit-profile.routes';
import { unitLibraryRoutes } from './modules/unit-profile/unit-library.routes';
import { assessmentContextRoutes } from './modules/unit-profile/assessment-context.routes';
import { standardRoutes } from './modules/standards/standards.routes';
import { surveyRoutes } from './modules/surveys/surveys.routes';
import { surveyFeedRoutes } from './modules/survey-feed/survey-feed.routes';

/** Every API route, under /api. Each declares `config.access` (checked by the authorization matrix). */
export const registerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database engine',
        response: { 200: HealthSchema },
      },
    },
    async () => {
      await app.deps.database.query('select 1');
      return { status: 'ok' as const, database: app.deps.database.engine };
    },
  );
  await app.register(authRoutes);
  await app.register(regionRoutes);
  await app.register(officeRoutes);
  await app.register(governmentRoutes);
  await app.register(unitRoutes);
  await app.register(unitHistoryRoutes);
  await app.register(productRoutes);
  await app.register(contactRoutes);
  await app.register(agreementRoutes);
  await app.register(userRoutes);
  await app.register(peopleRoutes);
  await app.register(auditRoutes);
  await app.register(jobsRoutes);
  await app.register(notificationRoutes);
  await app.register(importRoutes);
  await app.register(standardsImportRoutes);
  await app.register(cycleRoutes);
  await app.register(internalCycleRoutes);
  await app.register(recomputeRoutes);
  await app.register(checklistRoutes);
  await app.register(verificationRoutes);
  await app.register(cycleHistoryRoutes);
  await app.register(appealRoutes);
  await app.register(resultRoutes);
  await app.register(internalResultRoutes);
  await app.register(frameworkRoutes);
  await app.register(reportRoutes);
  await app.register(internalReportRoutes);
  await app.register(resultsExportRoutes);
  await app.register(calendarRoutes);
  await app.register(openDataRoutes);
  await app.register(releaseRoutes);
  await app.register(complaintDeadlineRoutes);
  await app.register(complaintRuleRoutes);
  await app.register(complaintStatsRoutes);
  await app.register(complaintRoutes);
  await app.register(complaintLetterRoutes);
  await app.register(followupRoutes);
  await app.register(taatRoutes);
  await app.register(followupReportRoutes);
  await app.register(activityRoutes);
  await app.register(followupSourceRoutes);
  await app.register(unitProfileRoutes);
  await app.register(unitLibraryRoutes);
  await app.register(assessmentContextRoutes);
  await app.register(standardRoutes);
  await app.register(surveyRoutes);
  await app.register(surveyFeedRoutes);
  await app.register(surveyResultsRoutes);
};
