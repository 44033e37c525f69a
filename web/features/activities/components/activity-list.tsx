import { Anchor, Badge, Group, NativeSelect, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  type ActivityKind,
  type ActivitySummary,
} from '../../../../shared/contracts/activities';
import { Empty } from '../../../components/ui/empty';
import { LoadMore } from '../../../components/ui/load-more';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { useActivityList, useGovernmentChoices, type ActivityFilters } from '../api/activities-api';
import { useLabel } from './activity-labels';

/** One activity as a card: kind, title, government, date, place and what it holds. */
export function ActivityCard({ a, showGovernment }: { a: ActivitySummary; showGovernment: boolean }) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useFormat();
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="activity-row" data-activity={a.id}>
      <Group justify="space-between" gap={4} wrap="wrap" align="flex-start">
        <Anchor component={Link} to={`/kegiatan/${a.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {a.title}
        </Anchor>
        <Badge variant="filled" color="indigo.9">
          {label(ACTIVITY_KIND_LABELS[a.kind])}
        </Badge>
      </Group>
      <Text size="sm" c="gray.7" mt={4} style={{ overflowWrap: 'anywhere' }}>
        {[format.date(a.heldOn), showGovernment ? a.governmentName : null, a.place]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Text size="xs" c="gray.7">
        {t('activities.counts', {
          units: format.number(a.unitCount),
          actions: format.number(a.actionCount),
          photos: format.number(a.photoCount),
        })}
      </Text>
    </Paper>
  );
}

/** The years a filter offers: next year, this one and the eight before. */
function yearOptions(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 10 }, (_, i) => now + 1 - i);
}

/** Filters of the list: government (office staff only), kind and year. */
export function ActivityFiltersBar({
  value,
  onChange,
  showGovernment,
}: {
  value: ActivityFilters;
  onChange: (next: ActivityFilters) => void;
  showGovernment: boolean;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const governments = useGovernmentChoices(showGovernment);
  return (
    <SimpleGrid cols={{ base: 1, xs: showGovernment ? 3 : 2 }} spacing="sm">
      {showGovernment && (
        <Select
          label={t('activities.government')}
          placeholder={t('common.all')}
          searchable
          clearable
          data={(governments.data?.items ?? []).map((g) => ({ value: g.id, label: g.name }))}
          value={value.governmentId ?? null}
          onChange={(v) => onChange({ ...value, governmentId: v ?? undefined })}
          nothingFoundMessage={t('common.nothingFound')}
          data-testid="activity-filter-government"
        />
      )}
      <NativeSelect
        label={t('activities.kind')}
        value={value.kind ?? ''}
        onChange={(e) => onChange({ ...value, kind: (e.currentTarget.value || undefined) as ActivityKind })}
        data={[
          { value: '', label: t('common.all') },
          ...ACTIVITY_KINDS.map((k) => ({ value: k, label: label(ACTIVITY_KIND_LABELS[k]) })),
        ]}
        data-testid="activity-filter-kind"
      />
      <NativeSelect
        label={t('activities.year')}
        value={value.year ? String(value.year) : ''}
        onChange={(e) => onChange({ ...value, year: Number(e.currentTarget.value) || undefined })}
        data={[{ value: '', label: t('common.all') }, ...yearOptions().map((y) => String(y))]}
        data-testid="activity-filter-year"
      />
    </SimpleGrid>
  );
}

/** Activities under the filters, newest first, as cards (they read on a phone and a desk alike). */
export function ActivityList({
  filters,
  showGovernment,
}: {
  filters: ActivityFilters;
  showGovernment: boolean;
}) {
  const { t } = useTranslation();
  const list = useActivityList(filters);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(filters.governmentId || filters.kind || filters.year);
  return (
    <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
      {items.length === 0 ? (
        <Empty
          title={filtered ? t('activities.list.emptyFiltered') : t('activities.list.empty')}
          hint={t('activities.list.emptyHint')}
        />
      ) : (
        <Stack gap="xs" data-testid="activity-list">
          {items.map((a) => (
            <ActivityCard key={a.id} a={a} showGovernment={showGovernment} />
          ))}
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
