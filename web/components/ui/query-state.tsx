import { Alert, Button, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client';
import { NotFound } from './not-found';

interface QueryStateProps {
  isPending: boolean;
  error: unknown;
  onRetry?: () => void;
  children: ReactNode;
}

/** Loading spinner, "not found or no access", or an error with a retry button; else the children. */
export function QueryState({ isPending, error, onRetry, children }: QueryStateProps) {
  const { t } = useTranslation();
  if (error) {
    // 404 = missing or out of reach; a malformed id in the address is the same thing to the user
    const badId = error instanceof ApiError && error.status === 400 && 'id' in error.fields;
    if (error instanceof ApiError && (error.status === 404 || error.status === 403 || badId))
      return <NotFound />;
    return (
      <Alert color="red" title={t('common.loadFailed')}>
        {error instanceof ApiError ? error.message : t('common.networkError')}
        {onRetry && (
          <Button size="xs" variant="light" ml="md" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Alert>
    );
  }
  if (isPending) return <PageLoader />;
  return <>{children}</>;
}

export function PageLoader() {
  return (
    <Center py="xl" data-testid="loading">
      <Loader />
    </Center>
  );
}
