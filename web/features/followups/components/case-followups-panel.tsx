import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { useFollowups } from '../api/followups-api';
import { FollowupCard } from './followup-card';

/** The corrective actions of a case: status, due date, overdue; the detail (history, verify or reopen) on expand. */
export function CaseFollowupsPanel({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const list = useFollowups({ complaintId });
  const items = list.data?.items ?? [];
  return (
    <Stack data-testid="case-followups">
      <Text fw={600}>{t('followups.title')}</Text>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {items.length === 0 && <Empty title={t('followups.none')} />}
        {items.map((item) => (
          <FollowupCard key={item.id} item={item} />
        ))}
      </QueryState>
    </Stack>
  );
}
