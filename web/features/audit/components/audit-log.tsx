import { Badge, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat, type TimeZoneCode } from '../../../lib/format';
import { Empty } from '../../../components/ui/empty';
import { JsonDiff } from '../../../components/ui/json-diff';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { useAuditLog, useGovernmentOptions } from '../api/audit-api';

const ACTION_COLOR: Record<string, string> = {
  create: 'teal',
  update: 'blue',
  archive: 'red',
  restore: 'green',
};

/**
 * Who changed what, newest first. With `governmentId` fixed (government tab) there is no
 * filter; otherwise the user may filter by government.
 */
export function AuditLog({
  governmentId,
  showFilter,
  timeZone,
}: {
  governmentId?: string;
  showFilter: boolean;
  /** The government's zone when the log is one government's; else the browser's. */
  timeZone?: TimeZoneCode;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const effective = governmentId ?? (filter || undefined);
  const log = useAuditLog(effective);
  const options = useGovernmentOptions(showFilter && !governmentId);
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  const format = useFormat(timeZone);
  const when = (at: string) => format.dateTime(at);

  return (
    <Stack>
      {showFilter && !governmentId && (
        <NativeSelect
          label={t('audit.filterGovernment')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.all') },
            ...(options.data?.items ?? []).map((g) => ({ value: g.id, label: g.name })),
          ]}
          w={360}
          data-testid="audit-filter-government"
        />
      )}
      <QueryState isPending={log.isPending} error={log.error} onRetry={() => void log.refetch()}>
        {items.length === 0 ? (
          <Empty title={t('audit.empty')} hint={t('audit.emptyHint')} />
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="xs" striped fz="sm" data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.when')}</Table.Th>
                  <Table.Th>{t('audit.who')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th>{t('audit.entity')}</Table.Th>
                  <Table.Th>{t('audit.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(e.at)}</Table.Td>
                    <Table.Td>{e.actorName ?? t('audit.system')}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={ACTION_COLOR[e.action.split('.').pop() ?? ''] ?? 'gray'}>
                        {e.action}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.entityType}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {e.entityId.slice(0, 8)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <JsonDiff before={e.before} after={e.after} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore
          hasMore={Boolean(log.hasNextPage)}
          loading={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        />
      </QueryState>
    </Stack>
  );
}
