import { Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JOB_STATUSES, type JobStatusDto } from '../../../../shared/contracts/jobs';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useJobs, useRetryJob } from '../api/jobs-api';

const STATUS_COLOR: Record<JobStatusDto, string> = {
  pending: 'blue.9',
  running: 'violet.9',
  done: 'teal.9',
  failed: 'red.9',
};

/** Background jobs for admins: counts per status, the newest jobs, and a retry for failed ones. */
export function JobList() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<JobStatusDto | ''>('failed');
  const jobs = useJobs({ status: status || undefined });
  const retry = useRetryJob();
  const first = jobs.data?.pages[0];
  const items = jobs.data?.pages.flatMap((p) => p.items) ?? [];
  const format = useFormat();
  const when = (at: string) => format.dateTime(at);

  async function doRetry(id: number) {
    try {
      await retry.mutateAsync(id);
      notifySuccess(t('jobs.retried'));
    } catch (err) {
      notifyError(err, t('common.saveFailed'));
    }
  }

  return (
    <Stack>
      {first && (
        <Group gap="xs" data-testid="job-counts">
          {JOB_STATUSES.map((s) => (
            <Badge key={s} variant="outline" color={STATUS_COLOR[s]} size="lg">
              {t(`jobs.status.${s}`)}: {first.counts[s]}
            </Badge>
          ))}
        </Group>
      )}
      <NativeSelect
        label={t('jobs.filterStatus')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as JobStatusDto | '')}
        data={[
          { value: '', label: t('common.all') },
          ...JOB_STATUSES.map((s) => ({ value: s, label: t(`jobs.status.${s}`) })),
        ]}
        maw={320}
        data-testid="job-filter-status"
      />
      <QueryState isPending={jobs.isPending} error={jobs.error} onRetry={() => void jobs.refetch()}>
        {items.length === 0 ? (
          <Empty title={t('jobs.empty')} hint={t('jobs.emptyHint')} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs" fz="sm" data-testid="job-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('jobs.name')}</Table.Th>
                  <Table.Th>{t('jobs.statusLabel')}</Table.Th>
                  <Table.Th>{t('jobs.attempts')}</Table.Th>
                  <Table.Th>{t('jobs.runAt')}</Table.Th>
                  <Table.Th>{t('jobs.lastError')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((j) => (
                  <Table.Tr key={j.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {t(`jobs.names.${j.name}`, { defaultValue: j.name })}
                      </Text>
                      <Text size="xs" c="gray.7">
                        #{j.id}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="outline" color={STATUS_COLOR[j.status]}>
                        {t(`jobs.status.${j.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {j.attempts}/{j.maxAttempts}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(j.runAt)}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{j.lastError ?? '—'}</Table.Td>
                    <Table.Td>
                      {j.status === 'failed' && (
                        <Button
                          size="compact-xs"
                          variant="light"
                          loading={retry.isPending && retry.variables === j.id}
                          onClick={() => void doRetry(j.id)}
                          data-testid={`job-retry-${j.id}`}
                        >
                          {t('jobs.retry')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore
          hasMore={Boolean(jobs.hasNextPage)}
          loading={jobs.isFetchingNextPage}
          onClick={() => void jobs.fetchNextPage()}
        />
      </QueryState>
    </Stack>
  );
}
