import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useFollowups } from '../api/followups-api';
import { FollowupCard } from './followup-card';

/**
 * The body's corrective actions (from the Ombudsman's LHPs): action, due date, status; the detail
 * with the answer form on expand. The whole backlog is on the Tindak lanjut page.
 */
export function BodyFollowups() {
  const { t } = useTranslation();
  const list = useFollowups({ kind: 'tindakan_korektif' });
  const items = list.data?.items ?? [];
  return (
    <Stack data-testid="body-followups">
      <Text fw={600}>{t('followups.bodyTitle')}</Text>
      <Anchor component={Link} to="/tindak-lanjut?kind=tindakan_korektif" size="sm">
        {t('followups.openBacklog')}
      </Anchor>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {items.length === 0 && <Empty title={t('followups.none')} />}
        {items.map((item) => (
          <FollowupCard key={item.id} item={item} />
        ))}
      </QueryState>
    </Stack>
  );
}
