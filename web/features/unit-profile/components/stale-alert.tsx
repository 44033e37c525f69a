import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';

/** Whether a save failed because someone else saved first (the optimistic lock's 409). */
export const isStale = (err: unknown) => err instanceof ApiError && err.status === 409;

/** "Someone else just changed this": the server's message and a reload that fetches the latest version. */
export function StaleAlert({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (!isStale(error)) return null;
  return (
    <Alert color="orange" data-testid="stale-alert">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">{(error as ApiError).message || t('unitProfile.errors.stale')}</Text>
        <Button size="xs" variant="light" color="orange" onClick={onReload}>
          {t('unitProfile.reload')}
        </Button>
      </Group>
    </Alert>
  );
}
