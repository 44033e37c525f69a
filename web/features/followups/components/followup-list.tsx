import { Anchor, Badge, Checkbox, Chip, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import {
  FOLLOWUP_KIND_LABELS,
  FOLLOWUP_STATUS_LABELS,
  FOLLOWUP_STATUSES,
  type FollowupList,
} from '../../../../shared/contracts/followups';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { useFollowupList, type FollowupFilters, type FollowupItem } from '../api/followups-api';
import { activeFilterCount } from '../lib/filters';
import { STATUS_COLOR, useWords } from '../lib/labels';

export function StatusBadges({ item }: { item: FollowupItem }) {
  const { t } = useTranslation();
  const words = useWords();
  return (
    <Group gap={4} wrap="wrap">
      <Badge color={STATUS_COLOR[item.status]} variant="filled" data-testid="followup-status">
        {words(FOLLOWUP_STATUS_LABELS[item.status])}
      </Badge>
      {item.overdue && (
        <Badge color="red.8" variant="filled" data-testid="followup-overdue">
          {t('followups.overdue')}
        </Badge>
      )}
    </Group>
  );
}

/** The counts over the whole filter, as chips that set the status (or overdue) filter. */
function CountChips({
  counts,
  filters,
  onChange,
}: {
  counts: FollowupList['counts'];
  filters: FollowupFilters;
  onChange: (f: FollowupFilters) => void;
}) {
  const { t } = useTranslation();
  const words = useWords();
  const format = useFormat();
  const current = filters.overdue ? 'overdue' : (filters.status ?? 'all');
  const pick = (v: string) =>
    onChange({
      ...filters,
      status: FOLLOWUP_STATUSES.includes(v as never) ? (v as FollowupFilters['status']) : undefined,
      overdue: v === 'overdue' ? true : undefined,
    });
  const chips = [
    { value: 'all', label: t('followups.list.total'), n: counts.total },
    ...FOLLOWUP_STATUSES.map((s) => ({ value: s, label: words(FOLLOWUP_STATUS_LABELS[s]), n: counts[s] })),
    { value: 'overdue', label: t('followups.overdue'), n: counts.overdue },
  ];
  return (
    <Chip.Group multiple={false} value={current} onChange={pick}>
      <Group gap={6} wrap="wrap" data-testid="fu-counts" role="group" aria-label={t('followups.list.counts')}>
        {chips.map((c) => (
          <Chip key={c.value} value={c.value} size="xs" data-testid={`fu-count-${c.value}`}>
            {`${c.label}: ${format.number(c.n)}`}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}

interface Selection {
  enabled: boolean;
  ids: Set<string>;
  toggle: (item: FollowupItem) => void;
  toggleAll: (items: FollowupItem[], on: boolean) => void;
}

const selectable = (i: FollowupItem) => i.can.includes('assign') || i.can.includes('send');

function Rows({
  items,
  sel,
  onOpen,
}: {
  items: FollowupItem[];
  sel: Selection;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const words = useWords();
  const format = useFormat();
  const pickable = items.filter(selectable);
  const allOn = pickable.length > 0 && pickable.every((i) => sel.ids.has(i.id));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="fu-table">
        <Table.Thead>
          <Table.Tr>
            {sel.enabled && (
              <Table.Th>
                <Checkbox
                  aria-label={t('followups.bulk.selectAll')}
                  checked={allOn}
                  disabled={pickable.length === 0}
                  onChange={(e) => sel.toggleAll(pickable, e.currentTarget.checked)}
                  data-testid="fu-select-all"
                />
              </Table.Th>
            )}
            <Table.Th>{t('followups.list.action')}</Table.Th>
            <Table.Th>{t('followups.list.kind')}</Table.Th>
            <Table.Th>{t('followups.list.where')}</Table.Th>
            <Table.Th>{t('followups.dueOn')}</Table.Th>
            <Table.Th>{t('followups.owner')}</Table.Th>
            <Table.Th>{t('followups.list.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.id} data-testid="fu-row" data-id={i.id}>
              {sel.enabled && (
                <Table.Td>
                  <Checkbox
                    aria-label={`${t('followups.bulk.select')}: ${i.action.slice(0, 60)}`}
                    checked={sel.ids.has(i.id)}
                    disabled={!selectable(i)}
                    onChange={() => sel.toggle(i)}
                    data-testid="fu-select"
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => onOpen(i.id)}
                  ta="left"
                  size="sm"
                  fw={600}
                  lineClamp={2}
                  data-testid="fu-open"
                >
                  {i.action}
                </Anchor>
                <Text size="xs" c="gray.7" lineClamp={1}>
                  {i.source.label}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{words(FOLLOWUP_KIND_LABELS[i.kind])}</Text>
                {i.indicatorCode && (
                  <Text size="xs" c="gray.7">
                    {i.indicatorCode}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{i.governmentName ?? '—'}</Text>
                <Text size="xs" c="gray.7">
                  {i.unitName ?? i.addressee}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.dueOn ? format.date(i.dueOn) : '—'}</Table.Td>
              <Table.Td>
                {i.owner?.name ?? (
                  <Text size="sm" c="gray.7">
                    {t('followups.noOwner')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <StatusBadges item={i} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A phone shows one card per item instead of the table. */
function Cards({
  items,
  sel,
  onOpen,
}: {
  items: FollowupItem[];
  sel: Selection;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const words = useWords();
  const format = useFormat();
  return (
    <Stack gap="xs" data-testid="fu-cards">
      {items.map((i) => (
        <Paper key={i.id} withBorder p="sm" radius="sm" data-testid="fu-row" data-id={i.id}>
          <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
            <Text size="xs" c="gray.7">
              {words(FOLLOWUP_KIND_LABELS[i.kind])}
              {i.indicatorCode ? ` · ${i.indicatorCode}` : ''}
            </Text>
            {sel.enabled && (
              <Checkbox
                aria-label={`${t('followups.bulk.select')}: ${i.action.slice(0, 60)}`}
                checked={sel.ids.has(i.id)}
                disabled={!selectable(i)}
                onChange={() => sel.toggle(i)}
                data-testid="fu-select"
              />
            )}
          </Group>
          <Anchor
            component="button"
            type="button"
            onClick={() => onOpen(i.id)}
            ta="left"
            size="sm"
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
            data-testid="fu-open"
          >
            {i.action}
          </Anchor>
          <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
            {[i.governmentName, i.unitName ?? i.addressee].filter(Boolean).join(' · ')}
          </Text>
          <Group gap={6} mt={4} wrap="wrap">
            <StatusBadges item={i} />
            <Text size="xs" c="gray.7">
              {t('followups.dueOn')}: {i.dueOn ? format.date(i.dueOn) : '—'}
            </Text>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** The backlog under the filters: count chips, a table on a desktop, cards on a phone, "Muat lagi". */
export function FollowupListView({
  filters,
  onFilters,
  onOpen,
  selection,
}: {
  filters: FollowupFilters;
  onFilters: (f: FollowupFilters) => void;
  onOpen: (id: string) => void;
  selection: Selection;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const phone = useMediaQuery('(max-width: 48em)') ?? false;
  const list = useFollowupList(filters);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const counts = list.data?.pages[0]?.counts;
  const filtered = activeFilterCount(filters) > 0;
  return (
    <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
      <Stack gap="xs">
        {counts && <CountChips counts={counts} filters={filters} onChange={onFilters} />}
        {items.length === 0 ? (
          <Empty
            title={filtered ? t('followups.list.emptyFiltered') : t('followups.list.empty')}
            hint={filtered ? t('followups.list.emptyFilteredHint') : t('followups.list.emptyHint')}
          />
        ) : (
          <>
            <Text size="sm" c="gray.7" data-testid="fu-shown">
              {t('followups.list.shown', {
                shown: format.number(items.length),
                total: format.number(counts?.total ?? items.length),
              })}
            </Text>
            {phone ? (
              <Cards items={items} sel={selection} onOpen={onOpen} />
            ) : (
              <Rows items={items} sel={selection} onOpen={onOpen} />
            )}
          </>
        )}
      </Stack>
      <LoadMore
        hasMore={Boolean(list.hasNextPage)}
        loading={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
      />
    </QueryState>
  );
}

export type { Selection };
