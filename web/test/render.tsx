/**
 * Renders a component as the app does: Mantine with the app's theme (transitions and portals off),
 * notifications, i18next in Bahasa Indonesia, a fresh QueryClient with the app's defaults, the
 * signed-in user from the fake `GET /api/auth/me`, and a memory data router (so useBlocker,
 * useParams and Link work).
 */
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { patuhTheme } from '../app/theme';
import i18n from '../i18n';
import { AuthProvider, type CurrentUser } from '../lib/auth';
import { createQueryClient } from '../lib/query-client';
import { FakeApi } from './fake-api';

export const testUser = (over: Partial<CurrentUser> = {}): CurrentUser => ({
  id: '00000000-0000-4000-8000-0000000000a1',
  name: 'Rina Wulandari',
  email: 'rina@example.go.id',
  role: 'admin',
  officeId: null,
  governmentId: null,
  locale: 'id',
  unitIds: null,
  ...over,
});

interface Options {
  /** The route pattern the element is mounted at, e.g. `/cycles/:id/units/:unitId/checklist`. */
  path?: string;
  /** The address the router starts at. */
  at?: string;
  user?: CurrentUser;
  api?: FakeApi;
}

export function renderApp(element: ReactNode, options: Options = {}) {
  const api = options.api ?? new FakeApi();
  api.on('GET', '/auth/me', { body: { user: options.user ?? testUser(), csrfToken: 'csrf-test-token' } });
  api.install();
  const queryClient = createQueryClient();
  const router = createMemoryRouter(
    [
      { path: options.path ?? '/', element },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [options.at ?? options.path ?? '/'] },
  );
  const theme = patuhTheme(i18n.t('common.close'));
  const result = render(
    <MantineProvider theme={theme} defaultColorScheme="light" env="test">
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, api, router, queryClient, user: userEvent.setup({ delay: null }) };
}
