import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGovernmentStandards } from '../api/standards-api';
import { RollupSummary } from './rollup-summary';

/**
 * "Standar pelayanan" on a government's page: the roll-up and the way to the full list. Quiet
 * while loading or when the list cannot be read; the full page shows those states.
 */
export function GovernmentStandardsSection({ governmentId }: { governmentId: string }) {
  const { t } = useTranslation();
  const data = useGovernmentStandards(governmentId);
  if (!data.data) return null;
  return (
    <Paper withBorder p="md" radius="md" mb="lg" data-testid="government-standards-section">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('standards.title')}
        </Title>
        <RollupSummary rollup={data.data.total} />
        <Anchor
          component={Link}
          to={`/governments/${governmentId}/standards`}
          size="sm"
          data-testid="standards-full-list"
        >
          {t('standards.rollup.fullList')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
