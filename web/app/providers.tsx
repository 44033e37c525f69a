import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider } from '../lib/auth';
import { queryClient } from '../lib/query-client';
import { patuhTheme } from './theme';

export function Providers({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useMemo(() => patuhTheme(t('common.close')), [t]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <AuthProvider>{children}</AuthProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
