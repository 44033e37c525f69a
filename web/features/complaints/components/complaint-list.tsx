import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BODY_KIND_LABELS, CHANNEL_LABELS } from '../../../../shared/complaints/stages';
import type { ComplaintSummary } from '../../../../shared/contracts/complaints';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { useComplaintList } from '../api/complaints-api';
import { useWords } from '../lib/labels';
import { activeFilterCount, queryOf, type CaseFilters } from '../lib/list-filters';
import { DueBadge, StageBadge } from './stage-badge';

function NextDue({ c }: { c: ComplaintSummary }) {
  const { t } = useTranslation();
  if (!c.nextDeadline) return <Text c="gray.7">{t('complaints.noDeadline')}</Text>;
  const { dueOn, overdue, paused } = c.nextDeadline;
  return <DueBadge dueOn={dueOn} overdue={overdue} paused={paused} />;
}

function Rows({ items }: { items: ComplaintSummary[] }) {
  const { t } = useTranslation();
  const words = useWords();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="cx-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('complaints.trackingNumber')}</Table.Th>
            <Table.Th>{t('complaints.subject')}</Table.Th>
            <Table.Th>{t('complaints.body')}</Table.Th>
            <Table.Th>{t('complaints.stage')}</Table.Th>
            <Table.Th>{t('complaints.received')}</Table.Th>
            <Table.Th>{t('complaints.nextDue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} data-testid="cx-row" data-tracking={c.trackingNumber}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/pengaduan/${c.id}`} fw={600}>
                  {c.trackingNumber}
                </Anchor>
                {c.track === 'rco' && (
                  <Badge ml={4} size="xs" color="red.8" variant="filled">
                    RCO
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {c.subject}
                </Text>
                <Text size="xs" c="gray.7">
                  {words(CHANNEL_LABELS[c.channel])}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.bodyName}</Text>
                <Text size="xs" c="gray.7">
                  {words(BODY_KIND_LABELS[c.bodyKind])}
                </Text>
              </Table.Td>
              <Table.Td>
                <StageBadge stage={c.stage} closure={c.closureReason} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(c.receivedAt)}</Table.Td>
              <Table.Td>
                <NextDue c={c} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A phone shows one card per case instead of the table. */
function Cards({ items }: { items: ComplaintSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="cx-cards">
      {items.map((c) => (
        <Paper key={c.id} withBorder p="sm" radius="sm" data-testid="cx-row" data-tracking={c.trackingNumber}>
          <Group justify="space-between" gap={4} wrap="wrap">
            <Anchor component={Link} to={`/pengaduan/${c.id}`} fw={600}>
              {c.trackingNumber}
            </Anchor>
            <StageBadge stage={c.stage} closure={c.closureReason} />
          </Group>
          <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
            {c.subject}
          </Text>
          <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
            {c.bodyName} · {format.date(c.receivedAt)}
          </Text>
          <Group gap={4} mt={4} wrap="wrap">
            <Text size="xs" c="gray.7">
              {t('complaints.nextDue')}:
            </Text>
            <NextDue c={c} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** The office's cases under the filters: table on a desktop, cards on a phone, "Muat lagi" pages. */
export function ComplaintList({ filters }: { filters: CaseFilters }) {
  const { t } = useTranslation();
  const format = useFormat();
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const list = useComplaintList(queryOf(filters));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const filtered = activeFilterCount(filters) > 0;

  return (
    <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
      {items.length === 0 ? (
        <Empty
          title={filtered ? t('complaints.list.emptyFiltered') : t('complaints.list.empty')}
          hint={filtered ? t('complaints.list.emptyFilteredHint') : t('complaints.list.emptyHint')}
        />
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="gray.7" data-testid="cx-total" data-total={total}>
            {t('complaints.list.total', { shown: format.number(items.length), total: format.number(total) })}
          </Text>
          {phone ? <Cards items={items} /> : <Rows items={items} />}
        </Stack>
      )}
      <LoadMore
        hasMore={Boolean(list.hasNextPage)}
        loading={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
      />
    </QueryState>
  );
}
