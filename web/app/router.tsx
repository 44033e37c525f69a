import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PageLoader } from '../components/ui/query-state';
import { RequireAuth } from './layout/require-auth';

// The signed-in shell (header, navigation) is its own chunk: the login page does not carry it.
const AppLayout = lazy(() => import('./layout/app-layout').then((m) => ({ default: m.AppLayout })));

const LoginPage = lazy(() => import('./routes/login-page'));
const SetupPasswordPage = lazy(() => import('./routes/setup-password-page'));
const HomePage = lazy(() => import('./routes/home-page'));
const GovernmentsPage = lazy(() => import('./routes/governments-page'));
const GovernmentDetailPage = lazy(() => import('./routes/government-detail-page'));
const UnitPage = lazy(() => import('./routes/unit-page'));
const OfficesPage = lazy(() => import('./routes/offices-page'));
const UsersPage = lazy(() => import('./routes/users-page'));
const AuditPage = lazy(() => import('./routes/audit-page'));
const JobsPage = lazy(() => import('./routes/jobs-page'));
const CalendarPage = lazy(() => import('./routes/calendar-page'));
const ComplaintRulesPage = lazy(() => import('./routes/complaint-rules-page'));
const NotificationsPage = lazy(() => import('./routes/notifications-page'));
const CyclesPage = lazy(() => import('./routes/cycles-page'));
const CycleDetailPage = lazy(() => import('./routes/cycle-detail-page'));
const ChecklistPage = lazy(() => import('./routes/checklist-page'));
const GovernmentSelfPage = lazy(() => import('./routes/government-self-page'));
const VerificationPage = lazy(() => import('./routes/verification-page'));
const AppealsPage = lazy(() => import('./routes/appeals-page'));
const RaporPage = lazy(() => import('./routes/rapor-page'));
const InternalCyclesPage = lazy(() => import('./routes/internal-cycles-page'));
const WorkPlanPage = lazy(() => import('./routes/work-plan-page'));
const InternalResultsPage = lazy(() => import('./routes/internal-results-page'));
const FrameworksPage = lazy(() => import('./routes/frameworks-page'));
const FrameworkDetailPage = lazy(() => import('./routes/framework-detail-page'));
const ComplaintStatsPage = lazy(() => import('./routes/complaint-stats-page'));
const ComplaintsPage = lazy(() => import('./routes/complaints-page'));
const ComplaintNewPage = lazy(() => import('./routes/complaint-new-page'));
const ComplaintDetailPage = lazy(() => import('./routes/complaint-detail-page'));
const BodyLettersPage = lazy(() => import('./routes/body-letters-page'));
const ActivitiesPage = lazy(() => import('./routes/activities-page'));
const ActivityPage = lazy(() => import('./routes/activity-page'));
const ActivityFormPage = lazy(() => import('./routes/activity-form-page'));
const StandardsPage = lazy(() => import('./routes/standards-page'));
const StandardEditorPage = lazy(() => import('./routes/standard-editor-page'));
const SurveysPage = lazy(() => import('./routes/surveys-page'));
const SurveysNewPage = lazy(() => import('./routes/surveys-new-page'));
const SurveyPeriodPage = lazy(() => import('./routes/survey-period-page'));
const SurveysInstrumentsPage = lazy(() => import('./routes/surveys-instruments-page'));
const FollowupsPage = lazy(() => import('./routes/followups-page'));
const NotFoundPage = lazy(() => import('./routes/not-found-page'));

/** Each page is its own chunk (route-level code splitting). */
const page = (node: ReactNode) => <Suspense fallback={<PageLoader />}>{node}</Suspense>;

const router = createBrowserRouter([
  { path: '/login', element: page(<LoginPage />) },
  // SETUP_PATH (shared/contracts/people.ts): where one-time sign-in links land; public.
  { path: '/atur-sandi', element: page(<SetupPasswordPage />) },
  {
    element: (
      <RequireAuth>
        <Suspense fallback={<PageLoader />}>
          <AppLayout />
        </Suspense>
      </RequireAuth>
    ),
    children: [
      { index: true, element: page(<HomePage />) },
      { path: 'governments', element: page(<GovernmentsPage />) },
      { path: 'governments/:id', element: page(<GovernmentDetailPage />) },
      { path: 'units/:id', element: page(<UnitPage />) },
      { path: 'offices', element: page(<OfficesPage />) },
      { path: 'users', element: page(<UsersPage />) },
      { path: 'audit', element: page(<AuditPage />) },
      { path: 'jobs', element: page(<JobsPage />) },
      { path: 'calendar', element: page(<CalendarPage />) },
      { path: 'pengaduan/aturan', element: page(<ComplaintRulesPage />) },
      { path: 'notifications', element: page(<NotificationsPage />) },
      { path: 'cycles', element: page(<CyclesPage />) },
      { path: 'cycles/:id', element: page(<CycleDetailPage />) },
      { path: 'cycles/:id/work-plan', element: page(<WorkPlanPage />) },
      { path: 'internal-cycles', element: page(<InternalCyclesPage />) },
      { path: 'cycles/:id/units/:unitId/checklist', element: page(<ChecklistPage />) },
      { path: 'cycles/:id/governments/:governmentId/progress', element: page(<GovernmentSelfPage />) },
      { path: 'cycles/:id/governments/:governmentId/checklist', element: page(<ChecklistPage />) },
      { path: 'cycles/:id/governments/:governmentId/verification', element: page(<VerificationPage />) },
      { path: 'cycles/:id/governments/:governmentId/appeals', element: page(<AppealsPage />) },
      { path: 'cycles/:id/governments/:governmentId/rapor', element: page(<RaporPage />) },
      { path: 'cycles/:id/internal-results', element: page(<InternalResultsPage />) },
      { path: 'frameworks', element: page(<FrameworksPage />) },
      { path: 'frameworks/:id', element: page(<FrameworkDetailPage />) },
      { path: 'pengaduan/statistik', element: page(<ComplaintStatsPage />) },
      // Laporan masyarakat (issue 14): the office staff's case pages.
      { path: 'pengaduan', element: page(<ComplaintsPage />) },
      { path: 'pengaduan/baru', element: page(<ComplaintNewPage />) },
      { path: 'pengaduan/:id', element: page(<ComplaintDetailPage />) },
      { path: 'surat-ombudsman', element: page(<BodyLettersPage />) },
      // Kegiatan (issue 15): the office's activities with governments.
      { path: 'kegiatan', element: page(<ActivitiesPage />) },
      { path: 'kegiatan/baru', element: page(<ActivityFormPage />) },
      { path: 'kegiatan/:id', element: page(<ActivityPage />) },
      { path: 'kegiatan/:id/ubah', element: page(<ActivityFormPage />) },
      // Standar pelayanan (issue 15): the to-do of a government, one product's editor and history.
      { path: 'standards', element: page(<StandardsPage />) },
      { path: 'governments/:id/standards', element: page(<StandardsPage />) },
      { path: 'standards/:productId', element: page(<StandardEditorPage />) },
      // Survei (issue 16): SKM of a government, perception interviews of an office, instruments.
      { path: 'survei', element: page(<SurveysPage />) },
      { path: 'survei/skm/baru', element: page(<SurveysNewPage kind="skm" />) },
      { path: 'survei/persepsi/baru', element: page(<SurveysNewPage kind="perception" />) },
      { path: 'survei/instrumen', element: page(<SurveysInstrumentsPage />) },
      { path: 'survei/:id', element: page(<SurveyPeriodPage />) },
      // Tindak lanjut (issue 17): the one follow-up backlog.
      { path: 'tindak-lanjut', element: page(<FollowupsPage />) },
      { path: '*', element: page(<NotFoundPage />) },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
