import { Badge, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { useInternalGaps, type GapSort } from '../api/internal-results-api';

const STATUS_COLOR = { not_fulfilled: 'red.8', partly: 'yellow.4', unassessed: 'gray.6' } as const;

/**
 * The pemetaan kekurangan: per indicator, in how many units it is not fulfilled or partly
 * fulfilled (and which), sorted by the most failing or in the framework's order.
 */
export function GapMap({
  cycleId,
  sort,
  onSort,
}: {
  cycleId: string;
  sort: GapSort;
  onSort: (sort: GapSort) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const gaps = useInternalGaps(cycleId, sort);
  const format = useFormat(gaps.data?.cycle.government.timeZone);
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('internalResults.gapsHint')}
        </Text>
        <SegmentedControl
          size="xs"
          value={sort}
          onChange={(v) => onSort(v as GapSort)}
          aria-label={t('internalResults.sortBy')}
          data={[
            { value: 'failing', label: t('internalResults.sortFailing') },
            { value: 'framework', label: t('internalResults.sortFramework') },
          ]}
        />
      </Group>
      <QueryState isPending={gaps.isPending} error={gaps.error} onRetry={() => void gaps.refetch()}>
        {gaps.data && (
          <Table.ScrollContainer minWidth={720} className="phone-stack">
            <Table striped data-testid="internal-gaps">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('internalResults.indicator')}</Table.Th>
                  <Table.Th ta="right">{t('internalResults.failingUnits')}</Table.Th>
                  <Table.Th ta="right">{t('internalResults.status.not_fulfilled')}</Table.Th>
                  <Table.Th ta="right">{t('internalResults.status.partly')}</Table.Th>
                  <Table.Th ta="right">{t('internalResults.status.unassessed')}</Table.Th>
                  <Table.Th>{t('internalResults.units')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {gaps.data.indicators.map((g) => (
                  <Table.Tr key={g.indicator} data-testid="internal-gap-row" data-indicator={g.indicator}>
                    <Table.Td data-label={t('internalResults.indicator')}>
                      <Text size="sm" fw={600}>
                        {g.indicator}
                      </Text>
                      <Text size="xs">{g.name[lang]}</Text>
                    </Table.Td>
                    <Table.Td ta="right" fw={700} data-label={t('internalResults.failingUnits')}>
                      {format.number(g.failing, 0)} / {format.number(g.assessedUnits, 0)}
                    </Table.Td>
                    <Table.Td ta="right" data-label={t('internalResults.status.not_fulfilled')}>
                      {format.number(g.notFulfilled, 0)}
                    </Table.Td>
                    <Table.Td ta="right" data-label={t('internalResults.status.partly')}>
                      {format.number(g.partly, 0)}
                    </Table.Td>
                    <Table.Td ta="right" data-label={t('internalResults.status.unassessed')}>
                      {format.number(g.unassessed, 0)}
                    </Table.Td>
                    <Table.Td data-label={t('internalResults.units')}>
                      {g.units.length === 0 ? (
                        <Text size="xs" c="dimmed">
                          {t('internalResults.noFailing')}
                        </Text>
                      ) : (
                        <Group gap={4}>
                          {g.units.map((u) => (
                            <Badge
                              key={u.unitId}
                              size="sm"
                              color={STATUS_COLOR[u.status]}
                              autoContrast
                              variant="filled"
                              styles={{ root: { textTransform: 'none', maxWidth: 'none' } }}
                              title={t(`internalResults.status.${u.status}`)}
                            >
                              {u.name}
                              {u.fulfilment === null ? '' : ` · ${format.percent(u.fulfilment)}`}
                            </Badge>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
