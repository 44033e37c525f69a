import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PageLoader } from '../components/ui/query-state';
import { AppLayout } from './layout/app-layout';
import { RequireAuth } from './layout/require-auth';

const LoginPage = lazy(() => import('./routes/login-page'));
const HomePage = lazy(() => import('./routes/home-page'));
const GovernmentsPage = lazy(() => import('./routes/governments-page'));
const GovernmentDetailPage = lazy(() => import('./routes/government-detail-page'));
const UnitPage = lazy(() => import('./routes/unit-page'));
const OfficesPage = lazy(() => import('./routes/offices-page'));
const UsersPage = lazy(() => import('./routes/users-page'));
const AuditPage = lazy(() => import('./routes/audit-page'));
const NotFoundPage = lazy(() => import('./routes/not-found-page'));

/** Each page is its own chunk (route-level code splitting). */
const page = (node: ReactNode) => <Suspense fallback={<PageLoader />}>{node}</Suspense>;

const router = createBrowserRouter([
  { path: '/login', element: page(<LoginPage />) },
  {
    element: (
      <RequireAuth>
        <AppLayout />
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
      { path: '*', element: page(<NotFoundPage />) },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
