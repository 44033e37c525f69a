import { Button, Card, Collapse, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { useFollowup, type FollowupItem } from '../api/followups-api';
import { FollowupDetailView } from './followup-detail';
import { StatusBadges } from './followup-list';

/**
 * One item in a complaint panel: what, due, status; "Rincian" fetches the detail (list rows carry
 * no history) and shows the history with its evidence and the forms the item's `can` allows.
 */
export function FollowupCard({ item }: { item: FollowupItem }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const detail = useFollowup(open ? item.id : null);
  return (
    <Card withBorder padding="sm" data-testid="followup-card" data-status={item.status}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {item.addressee}
        </Text>
        <StatusBadges item={item} />
      </Group>
      <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
        {item.action}
      </Text>
      <Text size="sm">
        {t('followups.dueOn')}: {item.dueOn ? f.date(item.dueOn) : t('followups.noDue')}
      </Text>
      <Group mt={4}>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          data-testid="followup-expand"
        >
          {open ? t('followups.hideDetail') : t('followups.showDetail')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        {open && (
          <QueryState isPending={detail.isPending} error={detail.error} onRetry={() => void detail.refetch()}>
            {detail.data && <FollowupDetailView item={detail.data} />}
          </QueryState>
        )}
      </Collapse>
    </Card>
  );
}
