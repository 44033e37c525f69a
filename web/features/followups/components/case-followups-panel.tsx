import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../../components/ui/empty';
import { QueryState } from '../../../components/ui/query-state';
import { fieldErrors, notifyError, notifySuccess } from '../../../lib/notify';
import { useFollowups, useVerifyFollowup, type FollowupItem } from '../api/followups-api';
import { FollowupCard } from './followup-card';

function Verify({ item }: { item: FollowupItem }) {
  const { t } = useTranslation();
  const verify = useVerifyFollowup();
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const errors = fieldErrors(verify.error);
  async function decide(decision: 'selesai' | 'buka_kembali') {
    try {
      await verify.mutateAsync({ id: item.id, decision, reason: reason || undefined, version: item.version });
      notifySuccess(t(decision === 'selesai' ? 'followups.verified' : 'followups.reopened'));
      setReopening(false);
      setReason('');
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }
  if (item.status === 'terbuka' || item.status === 'dibuka_kembali') return null;
  return (
    <Stack gap="xs" mt="xs">
      {reopening && (
        <Textarea
          label={t('followups.reopenReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
          error={errors.reason}
          data-testid="followup-reason"
        />
      )}
      <Group gap="xs">
        {item.status === 'dijawab' && !reopening && (
          <Button
            size="xs"
            onClick={() => decide('selesai')}
            loading={verify.isPending}
            data-testid="followup-done"
          >
            {t('followups.markDone')}
          </Button>
        )}
        <Button
          size="xs"
          variant="default"
          onClick={() => (reopening ? decide('buka_kembali') : setReopening(true))}
          loading={verify.isPending}
          data-testid="followup-reopen"
        >
          {t('followups.reopen')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The corrective actions of a case: status, due date, overdue, history; verify or reopen. */
export function CaseFollowupsPanel({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const list = useFollowups(complaintId);
  const items = list.data?.items ?? [];
  return (
    <Stack data-testid="case-followups">
      <Text fw={600}>{t('followups.title')}</Text>
      <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {items.length === 0 && <Empty title={t('followups.none')} />}
        {items.map((item) => (
          <FollowupCard key={item.id} item={item}>
            <Verify item={item} />
          </FollowupCard>
        ))}
      </QueryState>
    </Stack>
  );
}
