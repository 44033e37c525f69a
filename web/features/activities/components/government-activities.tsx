import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useGovernmentActivities } from '../api/activities-api';
import { ActivityCard } from './activity-list';

/** The "Kegiatan" section of a government's page: its latest activities and a link to them all. */
export function GovernmentActivities({
  governmentId,
  canWrite,
}: {
  governmentId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const list = useGovernmentActivities(governmentId, 5);
  const items = list.data?.items ?? [];
  return (
    <Stack gap="sm" data-testid="government-activities">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          {t('activities.latest')}
        </Title>
        {canWrite && (
          <Button
            component={Link}
            to={`/kegiatan/baru?pemerintah=${governmentId}`}
            size="xs"
            data-testid="government-activity-new"
          >
            {t('activities.new')}
          </Button>
        )}
      </Group>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {items.length === 0 ? (
          <Empty title={t('activities.list.empty')} hint={t('activities.list.emptyHint')} />
        ) : (
          <Stack gap="xs">
            {items.map((a) => (
              <ActivityCard key={a.id} a={a} showGovernment={false} />
            ))}
          </Stack>
        )}
      </QueryState>
      <Text size="sm">
        <Anchor
          component={Link}
          to={`/kegiatan?pemerintah=${governmentId}`}
          data-testid="government-activities-all"
        >
          {t('activities.seeAll')}
        </Anchor>
      </Text>
    </Stack>
  );
}
