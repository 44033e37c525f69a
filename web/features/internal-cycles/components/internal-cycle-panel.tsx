import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleDetail } from '../api/internal-cycles-api';
import { ShareToggle } from './share-toggle';

/**
 * What an internal cycle's page adds: whose penilaian mandiri it is, the work plan, the results
 * inside the government (ranking, pemetaan kekurangan, comparison), and sharing with the office.
 */
export function InternalCyclePanel({ cycle, canManage }: { cycle: CycleDetail; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" mb="md" data-testid="internal-cycle-panel">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {t('internal.owner')}
          </Text>
          {cycle.ownerGovernmentId ? (
            <Anchor
              component={Link}
              to={`/governments/${cycle.ownerGovernmentId}`}
              fw={600}
              data-testid="internal-owner"
            >
              {cycle.ownerGovernmentName}
            </Anchor>
          ) : (
            <Text fw={600}>{cycle.ownerGovernmentName ?? '—'}</Text>
          )}
          <Text size="xs" c="dimmed">
            {t('internal.ownerHint')}
          </Text>
          <Group gap="xs" mt="xs">
            <Button
              component={Link}
              to={`/cycles/${cycle.id}/work-plan`}
              variant="light"
              size="xs"
              data-testid="open-work-plan"
            >
              {t('internal.workPlan.title')}
            </Button>
            <Button
              component={Link}
              to={`/cycles/${cycle.id}/internal-results`}
              variant="light"
              color="teal"
              size="xs"
              data-testid="open-internal-results"
            >
              {t('internal.results')}
            </Button>
          </Group>
        </Stack>
        <ShareToggle cycle={cycle} canManage={canManage} />
      </SimpleGrid>
    </Paper>
  );
}
